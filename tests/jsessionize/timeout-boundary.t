The 30-minute rule: a gap of exactly 1800 s stays in the session, 1801 s
starts a new one.  Visitor 10.0.0.1 views /a at 10:00:00, /b at 10:30:00
(gap 1800, same session), /c at 11:00:01 (gap 1801, new session).
--- cmd
jsessionize -o seq,time,page | cut -f1-3
--- stdin
10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:30:00 +0000] "GET /b HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:11:00:01 +0000] "GET /c HTTP/1.1" 200 10 "-" "Mozilla/5.0"
--- stdout
#seq	time	page
1	2026-11-22T10:00:00Z	/a
2	2026-11-22T10:30:00Z	/b
1	2026-11-22T11:00:01Z	/c
