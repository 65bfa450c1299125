--by is one rule in every program (issue 16 item 6): a column is found by
name as jfunnel finds it; a name the input does not have is a usage
error (exit 2) naming the columns there are, on a log (when its format
is known) and on an event stream (at its first row, its header read):
jfunnel, jpaths, jdropoff in page and in funnel mode.  Time buckets come
in time order and are never cut by --top or -n: d.tsv has 1 session on
2026-03-03 (/a), 3 on 03-01 (/a then /b) and 2 on 03-09 at 23:30Z (/b);
every day comes, 03-01 first, though --top 1 (jfunnel), -n 1 (per group:
jpaths, jdropoff) and --top 1 (jdropoff's funnel, by ISO week: 03-01 is
the Sunday of W09, 03-03 in W10, 03-09 the Monday of W11).  --tz
Asia/Tokyo puts 03-09T23:30Z on 03-10.  jdropoff -n 1 keeps the page
with most exits of each day: /b (3) on 03-01.  Any other column works
the same everywhere: --by status in jpaths (the first pageview's: both
sessions of s.log start with a 200) and jdropoff (each pageview's: /
twice with 200, one exit and one bounce of two entries; /cart once with
302, an exit, no entry).
--- cmd
for p in "jfunnel -s /" "jpaths" "jdropoff" "jdropoff -s /"; do
	$p --by chanel s.log; echo "exit $?"
	$p --by chanel d.tsv; echo "exit $?"
done 2>&1
jfunnel --by day --top 1 -s /a -s /b d.tsv
jpaths --by day -n 1 d.tsv
jdropoff --by day -n 1 d.tsv
jdropoff --by week --top 1 -s /a d.tsv | grep reached
jfunnel --by day --tz Asia/Tokyo -s /b d.tsv
jpaths --by status s.log
jdropoff --by status s.log
--- file s.log
10.0.0.1 - - [01/Mar/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [01/Mar/2026:10:00:30 +0000] "POST /cart HTTP/1.1" 302 0 "-" "Mozilla/5.0"
10.0.0.2 - - [01/Mar/2026:10:05:00 +0000] "GET / HTTP/1.1" 200 10 "-" "Mozilla/5.0"
--- file d.tsv
#session	visitor	time	page
s1	v1	2026-03-03T10:00:00Z	/a
s2	v2	2026-03-01T10:00:02Z	/a
s2	v2	2026-03-01T10:00:03Z	/b
s3	v3	2026-03-01T10:00:03Z	/a
s3	v3	2026-03-01T10:00:04Z	/b
s4	v4	2026-03-01T10:00:04Z	/a
s4	v4	2026-03-01T10:00:05Z	/b
s5	v5	2026-03-09T23:30:00Z	/b
s6	v6	2026-03-09T23:30:00Z	/b
--- stdout
jfunnel: s.log: no column "chanel" in the combined format; use page, url, method, referrer, ua, host, channel, stage, visitor, session, status, hour, day, week, month, browser, os, device, device_class, owner, returning, visit_number, or a %{NAME}i or %{NAME}C field of a -F format string
exit 2
jfunnel: d.tsv:2: no column "chanel" in the event stream's header; use page, url, method, referrer, ua, host, channel, stage, visitor, session, status, hour, day, week, month, browser, os, device, device_class, owner, returning, visit_number, or a column the header names
exit 2
jpaths: s.log: no column "chanel" in the combined format; use page, url, method, referrer, ua, host, channel, stage, visitor, session, status, hour, day, week, month, browser, os, device, device_class, owner, returning, visit_number, or a %{NAME}i or %{NAME}C field of a -F format string
exit 2
jpaths: d.tsv:2: no column "chanel" in the event stream's header; use page, url, method, referrer, ua, host, channel, stage, visitor, session, status, hour, day, week, month, browser, os, device, device_class, owner, returning, visit_number, or a column the header names
exit 2
jdropoff: s.log: no column "chanel" in the combined format; use page, url, method, referrer, ua, host, channel, stage, visitor, session, status, hour, day, week, month, browser, os, device, device_class, owner, returning, visit_number, or a %{NAME}i or %{NAME}C field of a -F format string
exit 2
jdropoff: d.tsv:2: no column "chanel" in the event stream's header; use page, url, method, referrer, ua, host, channel, stage, visitor, session, status, hour, day, week, month, browser, os, device, device_class, owner, returning, visit_number, or a column the header names
exit 2
jdropoff: s.log: no column "chanel" in the combined format; use page, url, method, referrer, ua, host, channel, stage, visitor, session, status, hour, day, week, month, browser, os, device, device_class, owner, returning, visit_number, or a %{NAME}i or %{NAME}C field of a -F format string
exit 2
jdropoff: d.tsv:2: no column "chanel" in the event stream's header; use page, url, method, referrer, ua, host, channel, stage, visitor, session, status, hour, day, week, month, browser, os, device, device_class, owner, returning, visit_number, or a column the header names
exit 2
#day	step	name	count	rate	step_rate	dropped	median_s	p90_s
2026-03-01	1	/a	3	1.0000	1.0000	0	-	-
2026-03-01	2	/b	3	1.0000	1.0000	0	1	1
2026-03-03	1	/a	1	1.0000	1.0000	1	-	-
2026-03-03	2	/b	0	0.0000	0.0000	0	-	-
2026-03-09	1	/a	0	-	-	0	-	-
2026-03-09	2	/b	0	-	-	0	-	-
#day	count	share	path
2026-03-01	3	1.0000	/a > /b
2026-03-03	1	1.0000	/a
2026-03-09	2	1.0000	/b
#day	page	views	sessions	entries	exits	exit_rate	bounces	bounce_rate
2026-03-01	/b	3	3	0	3	1.0000	0	-
2026-03-03	/a	1	1	1	1	1.0000	1	1.0000
2026-03-09	/b	2	2	2	2	1.0000	2	1.0000
2026-W09	1	/a	reached	-	3	1.0000
2026-W10	1	/a	reached	-	1	1.0000
2026-W11	1	/a	reached	-	0	-
#day	step	name	count	rate	step_rate	dropped	median_s	p90_s
2026-03-01	1	/b	3	1.0000	1.0000	0	-	-
2026-03-03	1	/b	0	-	-	0	-	-
2026-03-10	1	/b	2	1.0000	1.0000	0	-	-
#status	count	share	path
200	1	0.5000	/
200	1	0.5000	/ > /cart
#status	page	views	sessions	entries	exits	exit_rate	bounces	bounce_rate
200	/	2	2	2	1	0.5000	1	0.5000
302	/cart	1	1	0	1	1.0000	0	-
