Time buckets are the same in jfunnel, jpaths and jdropoff: hour, day,
week (ISO 8601) and month, in --tz, written in time order and never cut
by --top.  Five sessions (one visitor each): 2026-12-27 23:30 UTC (/,
/buy), 2027-01-03 12:00 (/, /buy), 2027-01-04 09:00 (/), 09:10 (/,
/buy), 23:50 (/).  Buckets worked out with Python's datetime and
zoneinfo (isocalendar): in UTC the weeks are 2026-W52, 2026-W53 (2026
has 53 ISO weeks: it began on a Thursday), 2027-W01; in Europe/Paris
(UTC+1) the first session is Monday 2026-12-28 00:30, so 2026-W53, and
the last is 2027-01-05 00:50.  So: --by week --top 1 still gives all
three weeks, oldest first, though 2027-W01 has the most (3); with --tz
two weeks; --by day --tz --top 1 four days; jpaths --by month, 2026-12
then 2027-01; jdropoff --by hour --tz, hours in order.  A column the
log does not have (--by chanel) is a usage error naming the valid ones,
and no report is written.
--- cmd
jfunnel -s / -s /buy --by week --top 1 t.log | cut -f 1-4
jfunnel -s / -s /buy --by week --tz Europe/Paris t.log | cut -f 1-4
jfunnel -s / -s /buy --by day --tz Europe/Paris --top 1 t.log | awk -F'\t' '$2 == 1' | cut -f 1,4
jpaths --by month t.log
jdropoff --by hour --tz Europe/Paris -n 0 t.log | cut -f 1-6
jfunnel -s / --by chanel t.log; echo "exit $?"
--- file t.log
10.0.0.1 - - [27/Dec/2026:23:30:00 +0000] "GET / HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [27/Dec/2026:23:31:00 +0000] "GET /buy HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.2 - - [03/Jan/2027:12:00:00 +0000] "GET / HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.2 - - [03/Jan/2027:12:01:00 +0000] "GET /buy HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.3 - - [04/Jan/2027:09:00:00 +0000] "GET / HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.4 - - [04/Jan/2027:09:10:00 +0000] "GET / HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.4 - - [04/Jan/2027:09:11:00 +0000] "GET /buy HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.5 - - [04/Jan/2027:23:50:00 +0000] "GET / HTTP/1.1" 200 10 "-" "Mozilla/5.0"
--- stdout
#week	step	name	count
2026-W52	1	/	1
2026-W52	2	/buy	1
2026-W53	1	/	1
2026-W53	2	/buy	1
2027-W01	1	/	3
2027-W01	2	/buy	1
#week	step	name	count
2026-W53	1	/	2
2026-W53	2	/buy	2
2027-W01	1	/	3
2027-W01	2	/buy	1
2026-12-28	1
2027-01-03	1
2027-01-04	2
2027-01-05	1
#month	count	share	path
2026-12	1	1.0000	/ > /buy
2027-01	2	0.5000	/
2027-01	2	0.5000	/ > /buy
#hour	page	views	sessions	entries	exits
2026-12-28T00	/buy	1	1	0	1
2026-12-28T00	/	1	1	1	0
2027-01-03T13	/buy	1	1	0	1
2027-01-03T13	/	1	1	1	0
2027-01-04T10	/	2	2	2	1
2027-01-04T10	/buy	1	1	0	1
2027-01-05T00	/	1	1	1	1
exit 2
--- stderr
jfunnel: t.log: no column "chanel" in the combined format; use page, url, method, referrer, ua, host, channel, stage, visitor, session, status, hour, day, week, month, browser, os, device, device_class, owner, returning, visit_number, or a %{NAME}i or %{NAME}C field of a -F format string
