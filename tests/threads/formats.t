-j N works, and gives what -j 1 gives byte for byte, on the inputs that
are parsed on the main thread whatever -j says (the man pages' LIMITS):
W3C extended logs, whose #Fields directives change the columns mid-file;
runs that match pages against patterns (--exclude-path).  And on the
inputs parsed on the workers: event streams (TSV), whose header lines
main parses between batches, and JSON lines.  The W3C log is made by
awk from a generated log: its #Fields line comes back in another column
order every 3000 lines.  The stream: jsessionize's output of the log,
then the same rows again as other sessions, with the columns in another
order under a header of their own, a comment line between (so the second half is read
by the second header's columns: read by the first's, its pages would be
times and fail), in one file; jpaths gives the same report on both
halves as on the first alone, every count doubled (awk below).
-v says how many lines the workers parsed: none for W3C and
--exclude-path, every line (wc -l) for JSON given with -F, and for the
stream every line but its header, the comment, the second header and
the 64 lines held to detect the format.
--- cmd
. "$TESTDATA/../tests/threads/same.sh"
"$TESTDATA/../tools/genlog" -s 3 -n 20000 >g.log
# date time c-ip method stem status UA referrer, from combined.
awk -F'"' '
	BEGIN { split("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec", m, " ")
		for (i = 1; i <= 12; i++) mon[m[i]] = sprintf("%02d", i) }
	(NR - 1) % 3000 == 0 {
		flip = !flip
		if (flip) print "#Fields: date time c-ip cs-method cs-uri-stem sc-status cs(User-Agent) cs(Referer)"
		else print "#Fields: c-ip date time sc-status cs-method cs-uri-stem cs(Referer) cs(User-Agent)"
	}
	{
		split($1, a, " "); split(a[4], t, /[[\/:]/)
		d = t[4] "-" mon[t[3]] "-" t[2]; tm = t[5] ":" t[6] ":" t[7]
		split($2, rq, " "); split($3, st, " ")
		ua = $6; gsub(/ /, "+", ua); ref = $4
		if (flip) print d, tm, a[1], rq[1], rq[2], st[1], ua, ref
		else print a[1], d, tm, st[1], rq[1], rq[2], ref, ua
	}' g.log >w3c.log
same w3c jsessionize w3c.log
same w3c-jfunnel jfunnel -s / -s /cart w3c.log
echo "w3c threaded $(threaded jsessionize w3c.log)"
jsessionize g.log >ev.tsv
# The same rows as other sessions (x before each id), visitor and
# session swapped, page before time.
awk -F'\t' -v OFS='\t' 'NR == 1 { print "# again, other columns"
	print "#visitor\tsession\tseq\tpage\ttime\tstatus\tchannel"; next }
	{ print $2, "x" $1, $3, $5, $4, $6, $7 }' ev.tsv > again.tsv
cat ev.tsv again.tsv > two.tsv
same tsv jsessionize two.tsv
same tsv-jpaths jpaths two.tsv
same tsv-jretention jretention two.tsv
jpaths -q ev.tsv | awk -F'\t' -v OFS='\t' 'NR > 1 { $1 = 2 * $1 } { print }' > doubled
jpaths -q -j 2 two.tsv | cmp - doubled && echo "tsv: both halves read"
t=$(threaded jsessionize two.tsv)
[ "$t" = $(($(wc -l < two.tsv) - 67)) ] && echo "tsv threaded: every line but 67"
same exclude jsessionize --exclude-path '/static/*' g.log
echo "exclude threaded $(threaded jsessionize --exclude-path '/static/*' g.log)"
awk -F'"' '{ split($1, a, " "); split($2, rq, " "); split($3, st, " ")
	printf "{\"remote_addr\":\"10.0.0.9\",\"time_local\":\"%s %s\",\"request\":\"%s\",\"status\":%s,\"body_bytes_sent\":%s,\"http_referer\":\"%s\",\"http_user_agent\":\"%s\",\"http_x_forwarded_for\":\"%s, 10.0.0.9\",\"account\":\"u%d\"}\n",
	    substr(a[4], 2), substr(a[5], 1, 5), $2, st[1], st[2], $4, $6, a[1], NR % 7 }' g.log >j.log
same json jsessionize j.log
# Fields asked for by name (the driver numbers them as asked): every
# request comes through one proxy, so a visitor key that lost the
# X-Forwarded-For field would make next to one visitor of them all.
same json-visitor jsessionize --visitor X-Forwarded-For -o visitor,page j.log
echo "json visitors $(cut -f1 out.2 | sort -u | wc -l | awk '$1 > 500 { print "many" }')"
same json-by jpaths --by account j.log
echo "json accounts $(cut -f1 out.2 | sort -u | grep -c '^u[0-6]$')"
echo "json threaded $(threaded jsessionize -F nginx_json j.log) of $(wc -l <j.log)"
--- stdout
w3c same
w3c-jfunnel same
w3c threaded 
tsv same
tsv-jpaths same
tsv-jretention same
tsv: both halves read
tsv threaded: every line but 67
exclude same
exclude threaded 
json same
json-visitor same
json visitors many
json-by same
json accounts 7
json threaded 20000 of 20000
