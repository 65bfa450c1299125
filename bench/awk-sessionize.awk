# awk-sessionize.awk - a minimal sessionizer in awk, the throughput peer
# for jsessionize in bench/bench.sh.  Runs under mawk (and gawk, busybox).
#
#   mawk -f bench/awk-sessionize.awk access.log > pageviews.tsv
#
# Reads an Apache/nginx "combined" log.  Visitor = address + User-Agent;
# a gap of more than 30 minutes starts a new session.  A pageview is a
# GET or POST with status below 400, not a static file (by extension) and
# not from a bot (UA pattern, or an empty or "-" UA).  Prints one line per
# pageview, in input order (sessions are numbered, not grouped):
#
#   session<TAB>visitor<TAB>epoch<TAB>path
#
# where visitor is the visitor's number in order of first appearance (a
# stand-in for a keyed hash) and path has its query string removed.
# It keeps every visitor it has seen: fine for a benchmark, not for a
# month of logs.  Malformed lines are counted on stderr.

BEGIN {
	FS = "\""
	TIMEOUT = 1800
	split("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec", m, " ")
	for (i = 1; i <= 12; i++)
		MON[m[i]] = i
	n = split("css js png jpg jpeg gif ico svg woff woff2 ttf map webp", m, " ")
	for (i = 1; i <= n; i++)
		STATIC[m[i]] = 1
}

# Days since 1970-01-01 of a civil date (H. Hinnant's days_from_civil):
# no mktime, which mawk lacks and which would apply the local zone.
function days(y, mo, d,    era, yoe, doy) {
	if (mo <= 2)
		y--
	era = int(y / 400)
	yoe = y - era * 400
	doy = int((153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5) + d - 1
	return era * 146097 + yoe * 365 + int(yoe / 4) - int(yoe / 100) + doy - 719468
}

# $1 = 'host ident user [dd/Mon/yyyy:HH:MM:SS +zzzz] ', $2 = request,
# $3 = ' status bytes ', $4 = referrer, $6 = User-Agent.
NF != 7 { bad++; next }
{
	if (split($2, req, " ") != 3 || (req[1] != "GET" && req[1] != "POST"))
		next
	split($3, sb, " ")
	if (sb[1] + 0 >= 400 || sb[1] !~ /^[0-9][0-9][0-9]$/)
		next
	path = req[2]
	if ((i = index(path, "?")) > 0)
		path = substr(path, 1, i - 1)
	if (match(path, /\.[A-Za-z0-9]+$/) &&
	    tolower(substr(path, RSTART + 1)) in STATIC)
		next
	ua = $6
	if (ua == "" || ua == "-" || tolower(ua) ~ /bot|crawl|spider|curl|wget|python/)
		next
	if (split($1, h, " ") != 5 || length(h[4]) != 21 || length(h[5]) != 6) {
		bad++
		next
	}
	t = h[4]
	day = substr(t, 2, 11)		# dd/Mon/yyyy, converted once per date
	if (!(day in DAYS)) {
		if (!(substr(t, 5, 3) in MON)) {
			bad++
			next
		}
		DAYS[day] = days(substr(t, 9, 4) + 0, MON[substr(t, 5, 3)],
		    substr(t, 2, 2) + 0) * 86400
	}
	z = h[5]
	off = substr(z, 2, 2) * 3600 + substr(z, 4, 2) * 60
	if (substr(z, 1, 1) == "-")
		off = -off
	epoch = DAYS[day] + substr(t, 14, 2) * 3600 + \
	    substr(t, 17, 2) * 60 + substr(t, 20, 2) - off

	key = h[1] SUBSEP ua
	if (!(key in LAST)) {
		VID[key] = ++nvis
		LAST[key] = epoch - TIMEOUT - 1
	}
	if (epoch - LAST[key] > TIMEOUT)
		SID[key] = ++nsess
	if (epoch > LAST[key])		# a late line does not move time back
		LAST[key] = epoch
	print SID[key] "\t" VID[key] "\t" epoch "\t" path
	views++
}
END {
	printf("awk-sessionize: %d lines, %d pageviews, %d sessions, %d visitors, %d malformed\n",
	    NR, views, nsess, nvis, bad) > "/dev/stderr"
}
