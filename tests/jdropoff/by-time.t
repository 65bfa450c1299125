jdropoff --by hour, day, week and month in --tz (the buckets of
tests/jfunnel/by-time.t, worked out there with Python's zoneinfo): in
Europe/Paris the first session (2026-12-27 23:30 UTC) is on Monday
2026-12-28, in ISO week 2026-W53, and the last (2027-01-04 23:50 UTC) on
2027-01-05; groups in time order.  By hand, sessions per bucket at the
entry page /: week 2026-W53 2 (sessions 1 and 2), 2027-W01 3; day in
UTC: 2026-12-27, 2027-01-03, 2027-01-04 (3 sessions).
--- cmd
jdropoff --by week --tz Europe/Paris -n 0 t.log | awk -F'\t' 'NR == 1 || $2 == "/"' | cut -f 1-4
jdropoff --by day -n 0 t.log | awk -F'\t' 'NR == 1 || $2 == "/"' | cut -f 1-4
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
#week	page	views	sessions
2026-W53	/	2	2
2027-W01	/	3	3
#day	page	views	sessions
2026-12-27	/	1	1
2027-01-03	/	1	1
2027-01-04	/	3	3
