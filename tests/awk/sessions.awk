# sessions.awk - INDEPENDENT REIMPLEMENTATION of jsessionize's counting, used
# only to check jsessionize (tests/jsessionize/realdata-apache.t).  It shares
# no code with lib/ or cmd/; it follows /tmp/jsessionize-spec.md (defaults).
#
# Usage: awk [-v all=1] -f tests/awk/sessions.awk [FILE...]    (mawk is fine)
# Reads Apache combined lines; prints, one per line:
#   lines, skipped, malformed, parsed, method, status, static, downloads,
#   bots, late,
#   pageviews, visitors, sessions
# Default rules: method GET/POST; status 100-399 ("-" kept); static by the
# extension of the last path segment (query/fragment removed, caseless);
# download likewise, by Matomo's download extensions less the static ones; bot
# by caseless UA substring, or UA empty/"-"; filters in that order (a line
# counts under the first that rejects it).  all=1 keeps every parsed line.
# Late: time < (newest time among earlier pageviews) - 300.  Visitor = IP+UA.
# Sessions: pageviews sorted by visitor, time, input order (sort(1)); a new
# session when the visitor changes or the gap is > 1800 s.
# Embedded fetches (unless all=1 or noemb=1) are counted as static: a
# pageview whose referrer is http(s)://HOST/P with HOST the site's (-v
# site=DOMAIN: equal to it or ending in ".DOMAIN"; all hosts if unset),
# P (path and query, no fragment) not its own, equal to the target of
# another pageview of its session with status 2xx or 304 at most 2 s
# before it or in the same second, and its own path and query named as
# referrer by no parsed line of the log (but for itself).  Sessions are
# cut first (an embedded fetch counts for the session's last time).
# Limits: UA is matched whole (jsessionize reads its first 512 bytes).
# -v uap=FILE (tests/uap.py's output, UA<TAB>uapbot<TAB>class...): a UA
# uap.py calls a bot is one too, after the substring list, and the
# sessions are counted per class as well ("class_desktop N"...).

BEGIN {
	split("css js mjs map png jpg jpeg jpe gif ico svg svgz webp avif bmp tif tiff woff woff2 ttf otf eot mp4 webm ogv mp3 ogg wav flac m4a swf txt xml", a, " ")
	for (i in a) STATIC[a[i]] = 1
	split("7z aac apk arc arj asf asx avi azw3 bin bz bz2 csv deb dmg doc docx epub exe flv gz gzip hqx ibooks iso jar mobi mov movie mp2 mpeg mpg msi msp odb odf odg ods odt pdf phps ppt pptx qt qtm ra ram rar rpm rtf sea sit tar tbz tbz2 tgz torrent wma wmv wpd xls xlsx xsd xz z zip", a, " ")
	for (i in a) DOWNLOAD[a[i]] = 1
	NBOT = split("bot crawl spider slurp curl/ wget python- python/ go-http-client java/ libwww httpclient okhttp scrapy headless phantomjs facebookexternalhit preview monitor pingdom uptime lighthouse feedfetcher nutch ia_archiver archive.org zgrab masscan nmap nikto sqlmap axios/ node-fetch guzzle httpie postman feed rss", BOT, " ")
	split("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec", a, " ")
	for (i = 1; i <= 12; i++) MON[a[i]] = i
	for (i = 0; i < 256; i++) HEXV[sprintf("%02x", i)] = i
	"mktemp" | getline TMP; close("mktemp")
	SORT = "LC_ALL=C sort -t '\t' -k1,1 -k2,2n -k3,3n > " TMP
	newest = ""
	if (uap != "")
		while ((getline l < uap) > 0) {
			split(l, f, "\t"); UAPBOT[f[1]] = f[2]; UACLASS[f[1]] = f[3]
		}
}

# days since 1970-01-01 of a civil date (proleptic Gregorian)
function days(y, m, d,   era, yoe, doy, doe) {
	if (m <= 2) y--
	era = int((y >= 0 ? y : y - 399) / 400)
	yoe = y - era * 400
	doy = int((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
	doe = yoe * 365 + int(yoe / 4) - int(yoe / 100) + doy
	return era * 146097 + doe - 719468
}

# "17/May/2015:10:05:03 +0000" -> epoch seconds (UTC), or -1
function epoch(t,   off) {
	if (t !~ /^[0-9][0-9]\/[A-Z][a-z][a-z]\/[0-9][0-9][0-9][0-9]:[0-9][0-9]:[0-9][0-9]:[0-9][0-9] [-+][0-9][0-9][0-9][0-9]$/) return -1
	if (!(substr(t, 4, 3) in MON)) return -1
	off = substr(t, 23, 2) * 3600 + substr(t, 25, 2) * 60
	if (substr(t, 22, 1) == "-") off = -off
	return days(substr(t, 8, 4) + 0, MON[substr(t, 4, 3)], substr(t, 1, 2) + 0) * 86400 \
	    + substr(t, 13, 2) * 3600 + substr(t, 16, 2) * 60 + substr(t, 19, 2) - off
}

# undo \" \\ \xHH
function unesc(s,   out, i, c, h) {
	if (index(s, "\\") == 0) return s
	out = ""
	for (i = 1; i <= length(s); i++) {
		c = substr(s, i, 1)
		if (c == "\\" && (substr(s, i + 1, 1) == "\"" || substr(s, i + 1, 1) == "\\")) { c = substr(s, ++i, 1) }
		else if (c == "\\" && substr(s, i + 1, 1) == "x" && (h = tolower(substr(s, i + 2, 2))) in HEXV) { c = sprintf("%c", HEXV[h]); i += 3 }
		out = out c
	}
	return out
}

# position of the first unescaped '"' in s at or after p, 0 if none
function closeq(s, p,   c) {
	for (; p <= length(s); p++) {
		c = substr(s, p, 1)
		if (c == "\\") p++
		else if (c == "\"") return p
	}
	return 0
}

# split one combined line into IP, T (epoch), REQ, ST, UA; 0 if malformed
function parse(s,   p, q, r) {
	if (!match(s, /^[^ ]+ [^ ]+ [^ ]+ \[[^]]*\] "/)) return 0
	split(s, f, " "); IP = f[1]
	p = index(s, "["); q = index(s, "]")
	if ((T = epoch(substr(s, p + 1, q - p - 1))) < 0) return 0
	p = q + 3
	# the request ends at the first quote followed by " STATUS BYTES \""
	for (q = closeq(s, p); q; q = closeq(s, q + 1))
		if (match(substr(s, q + 1), /^ ([0-9][0-9][0-9]|-) ([0-9]+|-) "/)) break
	if (!q) return 0
	REQ = unesc(substr(s, p, q - p))
	split(substr(s, q + 2), f, " "); ST = f[1]
	p = q + RLENGTH + 1                     # start of the referrer
	for (q = closeq(s, p); q; q = closeq(s, q + 1))
		if (substr(s, q + 1, 2) == " \"") break
	if (!q) return 0
	r = substr(s, q + 3)                    # UA and its closing quote
	if (length(r) == 0 || substr(r, length(r)) != "\"") return 0
	REF = unesc(substr(s, p, q - p))
	UA = unesc(substr(r, 1, length(r) - 1))
	return 1
}

# path and query of a URL or target ("/" if empty)
function pathq(u) {
	sub(/^[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\/?#]*/, "", u)
	sub(/#.*/, "", u)
	return u == "" ? "/" : u
}

function absolute(u) {
	return u ~ /^[Hh][Tt][Tt][Pp][Ss]?:\/\/./
}

function internal(u,   h) {
	if (site == "") return 1
	h = u; sub(/^[^:]*:\/\//, "", h); sub(/[\/:?#].*/, "", h)
	h = tolower(h); sub(/^www\./, "", h)
	return h == site || substr(h, length(h) - length(site)) == "." site
}

function reason(   n, w, tg, seg, ext, ua, i) {
	n = split(REQ, w, " "); tg = w[2]
	if (w[1] != "GET" && w[1] != "POST") return "method"
	if (ST != "-" && (ST + 0 < 100 || ST + 0 > 399)) return "status"
	sub(/[?#].*/, "", tg)
	sub(/^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\/]*/, "", tg)
	seg = tg; sub(/.*\//, "", seg)
	if ((i = match(seg, /\.[^.]*$/)) && (tolower(substr(seg, i + 1)) in STATIC)) return "static"
	if (i && (tolower(substr(seg, i + 1)) in DOWNLOAD)) return "downloads"
	if (UA == "" || UA == "-") return "bots"
	ua = tolower(UA)
	for (i = 1; i <= NBOT; i++) if (index(ua, BOT[i])) return "bots"
	ua = UA; gsub(/[\t\n]/, " ", ua)
	if (UAPBOT[ua] == 1) return "bots"
	return ""
}

function session_end(   i, j) {
	for (i = 0; i < ns && !all && !noemb; i++) {
		if (ST_R[i] == "" || ST_R[i] == ST_U[i] || (ST_U[i] in REFS)) continue
		for (j = 0; j < ns; j++)
			if (j != i && ST_P[j] && ST_U[j] == ST_R[i] && ST_T[j] <= ST_T[i] && ST_T[i] - ST_T[j] <= 2) { emb++; break }
	}
	ns = 0
}

{
	sub(/\r$/, ""); lines++
	if ($0 == "") { skipped++; next }
	if (!parse($0)) { cnt["malformed"]++; next }
	parsed++
	split(REQ, w, " "); TG = w[2]
	if (absolute(REF) && pathq(REF) != pathq(TG)) REFS[pathq(REF)] = 1
	if (!all && (r = reason()) != "") { cnt[r]++; next }
	if (newest != "" && T < newest - 300) { cnt["late"]++; next }
	if (newest == "" || T > newest) newest = T
	pv++
	key = IP " " UA; gsub(/[\t\n]/, " ", key)
	if (!(key in seen)) { seen[key] = 1; visitors++ }
	if (uap != "") { ua = UA; gsub(/[\t\n]/, " ", ua); KCLASS[key] = UACLASS[ua] }
	tg = TG; ref = REF; gsub(/\t/, " ", tg); gsub(/\t/, " ", ref)
	print key "\t" T "\t" NR "\t" ST "\t" tg "\t" ref | SORT
}

END {
	close(SORT)
	while ((getline l < TMP) > 0) {
		split(l, f, "\t")
		if (f[1] != pk || f[2] - pt > 1800) { sessions++; session_end(); byclass[KCLASS[f[1]]]++ }
		pk = f[1]; pt = f[2]
		ST_T[ns] = f[2]; ST_U[ns] = pathq(f[5]); ST_P[ns] = f[4] ~ /^2/ || f[4] == "304"
		ST_R[ns++] = absolute(f[6]) && internal(f[6]) ? pathq(f[6]) : ""
	}
	session_end()
	close(TMP); system("rm -f '" TMP "'")
	printf "lines %d\nskipped %d\nmalformed %d\nparsed %d\n", lines, skipped, cnt["malformed"], parsed
	printf "method %d\nstatus %d\nstatic %d\ndownloads %d\nbots %d\nlate %d\n", cnt["method"], cnt["status"], cnt["static"] + emb, cnt["downloads"], cnt["bots"], cnt["late"]
	printf "pageviews %d\nvisitors %d\nsessions %d\n", pv - emb, visitors, sessions
	if (emb) printf "embedded %d\n", emb
	if (uap != "")
		for (c in byclass) printf "class_%s %d\n", c, byclass[c] | "sort"
}
