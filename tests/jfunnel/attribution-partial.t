--attribution with --partial and --merge: two and three shards merge to
the bytes of one run, for every model (the log of attribution.t); the
credit lines of a partial are 1/k parts per channel, here the linear
credit of C alone, one direct session (k 1), then of A (k 2) and B (k 3).
Usage errors: no --per visitor, with --by, --chart, --explain, a bad
model.
--- cmd
for m in first last last-non-direct linear; do
	jfunnel -s /a -s /buy --per visitor --attribution $m access.log > one
	for n in 2 3; do
		k=1; while [ $k -le $n ]; do
			jfunnel -s /a -s /buy --per visitor --attribution $m \
			    --shard $k/$n --partial access.log > p.$k; k=$((k+1))
		done
		jfunnel -s /a -s /buy --per visitor --attribution $m --merge p.* |
		    cmp - one || echo "$m $n: differs"
		rm p.*
	done
done
echo merged
jfunnel -s /a -s /buy --per visitor --attribution linear --partial access.log | grep credit
jfunnel -s /a -s /buy --attribution linear access.log; echo "exit $?"
jfunnel -s /a -s /buy --per visitor --attribution linear --by channel access.log; echo "exit $?"
jfunnel -s /a -s /buy --per visitor --attribution linear --chart access.log; echo "exit $?"
jfunnel -s /a -s /buy --per visitor --attribution first --explain access.log; echo "exit $?"
jfunnel -s /a -s /buy --per visitor --attribution middle access.log; echo "exit $?"
--- stdout
merged
	credit	direct	1	1
	credit	direct	2	1
	credit	direct	3	1
	credit	referral	3	1
	credit	search	2	1
	credit	social	3	1
exit 2
exit 2
exit 2
exit 2
exit 2
--- stderr
jfunnel: --attribution credits the sessions of a visitor that converts: add --per visitor
Try 'jfunnel --help'.
jfunnel: --attribution writes one table, per channel: leave out --by
Try 'jfunnel --help'.
jfunnel: --attribution writes one table, per channel: leave out --chart
Try 'jfunnel --help'.
jfunnel: --attribution writes one table, per channel: leave out --explain
Try 'jfunnel --help'.
jfunnel: bad --attribution "middle": give first, last, last-non-direct or linear
Try 'jfunnel --help'.
--- file access.log
1.1.1.1 - - [01/Mar/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 10 "https://www.google.com/" "Moz"
1.1.1.1 - - [01/Mar/2026:12:00:00 +0000] "GET /a HTTP/1.1" 200 10 "-" "Moz"
1.1.1.1 - - [01/Mar/2026:12:01:00 +0000] "GET /buy HTTP/1.1" 200 10 "-" "Moz"
2.2.2.2 - - [01/Mar/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 10 "https://www.facebook.com/" "Moz"
2.2.2.2 - - [01/Mar/2026:12:00:00 +0000] "GET /x HTTP/1.1" 200 10 "http://example.org/blog" "Moz"
2.2.2.2 - - [01/Mar/2026:14:00:00 +0000] "GET /buy HTTP/1.1" 200 10 "-" "Moz"
2.2.2.2 - - [01/Mar/2026:16:00:00 +0000] "GET /buy HTTP/1.1" 200 10 "https://www.google.com/" "Moz"
3.3.3.3 - - [01/Mar/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 10 "-" "Moz"
3.3.3.3 - - [01/Mar/2026:10:05:00 +0000] "GET /buy HTTP/1.1" 200 10 "-" "Moz"
4.4.4.4 - - [01/Mar/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 10 "https://www.google.com/" "Moz"
