Detection looks past lines that fit no format (issue 17 item 14).  Main
refused each of the first two files whole (exit 2, nothing counted)
because fewer than half of its first 64 lines parse.
g.log: 40 garbage lines, then 1000 combined lines that awk writes: line
i (0..999) is visitor 10.0.0.(i mod 10) at 10:00:00 + i s, page /p(i mod
2).  Detected as combined; the 40 are malformed and named on stderr;
1000 pageviews, 500 of each page; each visitor's pageviews are 10 s
apart, so 10 visitors, 10 sessions.
h.log: 100 junk lines, then g.log's last 30 lines: the first 64 lines are
all junk, so detection uses them up and looks further: 100 malformed,
15 of each page, 10 visitors (the last 30 lines are i = 970..999, three
of each visitor).
j.log: 1000 junk lines, then the same 30: detection looks at 1000 lines
at most, so j.log is refused (exit 2, line 1 quoted); the run goes on
with g.log, and j.log's lines are not counted (the summary is g.log's).
--- cmd
awk 'BEGIN {
	for (i = 1; i <= 40; i++) printf "garbage %d\n", i
	for (i = 0; i < 1000; i++)
		printf "10.0.0.%d - - [22/Nov/2026:10:%02d:%02d +0000] \"GET /p%d HTTP/1.1\" 200 7 \"-\" \"M\"\n", i % 10, int(i / 60), i % 60, i % 2
}' > g.log
jsessionize -v --no-header -o page g.log | sort | uniq -c
awk 'BEGIN { for (i = 1; i <= 100; i++) print "junk " i }' > h.log
tail -n 30 g.log >> h.log
jsessionize -v --no-header -o page h.log | sort | uniq -c
awk 'BEGIN { for (i = 1; i <= 1000; i++) print "junk " i }' > j.log
tail -n 30 g.log >> j.log
jsessionize -v --no-header -o page j.log g.log > out; echo "exit $?"
wc -l < out
--- stdout
    500 /p0
    500 /p1
     15 /p0
     15 /p1
exit 2
1000
--- stderr
g.log: format combined
jsessionize: 40 of 1040 lines malformed (first: g.log:1); see --rejects FILE
jsessionize: 40 lines in front of the first that fits a log format passed over to detect it, counted malformed (first: g.log:1)
jsessionize: lines 1040: skipped 0, malformed 40, parsed 1000
jsessionize: parsed 1000: method 0, status 0, static 0, downloads 0, bots 0, excluded 0, late 0, pageviews 1000
jsessionize: visitors 10, sessions 10
h.log: format combined
jsessionize: 100 of 130 lines malformed (first: h.log:1); see --rejects FILE
jsessionize: 100 lines in front of the first that fits a log format passed over to detect it, counted malformed (first: h.log:1)
jsessionize: lines 130: skipped 0, malformed 100, parsed 30
jsessionize: parsed 30: method 0, status 0, static 0, downloads 0, bots 0, excluded 0, late 0, pageviews 30
jsessionize: visitors 10, sessions 10
jsessionize: j.log: cannot tell the log format from the first lines; line 1 is "junk 1"; name it with -F (combined, combined_extra, common, gandi, ovh, vcombined, vcommon, tsv, w3c, cloudfront, iis, elb, alb, s3, haproxy, json, nginx_json, caddy, traefik, or a LogFormat string)
g.log: format combined
jsessionize: 40 of 1040 lines malformed (first: g.log:1); see --rejects FILE
jsessionize: 40 lines in front of the first that fits a log format passed over to detect it, counted malformed (first: g.log:1)
jsessionize: lines 1040: skipped 0, malformed 40, parsed 1000
jsessionize: parsed 1000: method 0, status 0, static 0, downloads 0, bots 0, excluded 0, late 0, pageviews 1000
jsessionize: visitors 10, sessions 10
