UTC offsets are applied: 03:00:00 -0700 is 10:00:00Z, 15:31:00 +0530 is
10:01:00Z, 10:02:00 +0000 is 10:02:00Z; one visitor, one session, times
printed in UTC and epoch (10:00:00Z on 2026-11-22 is 1795341600:
date -u -d 2026-11-22T10:00:00Z +%s).
--- stdin
1.1.1.1 - - [22/Nov/2026:03:00:00 -0700] "GET /a HTTP/1.1" 200 1 "-" "M"
1.1.1.1 - - [22/Nov/2026:15:31:00 +0530] "GET /b HTTP/1.1" 200 1 "-" "M"
1.1.1.1 - - [22/Nov/2026:10:02:00 +0000] "GET /c HTTP/1.1" 200 1 "-" "M"
--- cmd
jsessionize -o seq,time,epoch,page
--- stdout
#seq	time	epoch	page
1	2026-11-22T10:00:00Z	1795341600	/a
2	2026-11-22T10:01:00Z	1795341660	/b
3	2026-11-22T10:02:00Z	1795341720	/c
