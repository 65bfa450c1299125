A pageview within the slack (default 5m) goes into its visitor's session in
time order.  Input: /a 10:00, /c 10:03, /b 10:02.  When /b arrives the
newest time is 10:03, 10:03-5m = 09:58, /b (10:02) is not older: not late.
It is put between /a and /c: seq 1 /a, 2 /b, 3 /c; durations 120 60 -.
Equal times keep input order: /d and /e both at 10:04.
--- cmd
jsessionize --no-header -o seq,time,page,duration
--- stdin
10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 7 "-" "M"
10.0.0.1 - - [22/Nov/2026:10:03:00 +0000] "GET /c HTTP/1.1" 200 7 "-" "M"
10.0.0.1 - - [22/Nov/2026:10:02:00 +0000] "GET /b HTTP/1.1" 200 7 "-" "M"
10.0.0.1 - - [22/Nov/2026:10:04:00 +0000] "GET /d HTTP/1.1" 200 7 "-" "M"
10.0.0.1 - - [22/Nov/2026:10:04:00 +0000] "GET /e HTTP/1.1" 200 7 "-" "M"
--- stdout
1	2026-11-22T10:00:00Z	/a	120
2	2026-11-22T10:02:00Z	/b	60
3	2026-11-22T10:03:00Z	/c	60
4	2026-11-22T10:04:00Z	/d	0
5	2026-11-22T10:04:00Z	/e	-
