--summary: one line per session (ids cut off): start, end, duration_s
(10:00:00 to 10:04:00 = 240), pageviews 3, channel, entry, exit and the
path joined by " > " with the repeat of /a kept.  --json on events and
on the summary (path as an array, numbers as numbers, absent status as
null would need a status-less format: common logs always have one).
--- file in.log
1.1.1.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 1 "-" "M"
1.1.1.1 - - [22/Nov/2026:10:02:00 +0000] "GET /a HTTP/1.1" 200 1 "-" "M"
1.1.1.1 - - [22/Nov/2026:10:04:00 +0000] "GET /b HTTP/1.1" 200 1 "-" "M"
--- cmd
jsessionize --summary in.log | cut -f3-
jsessionize --summary --no-header in.log | cut -f3-
jsessionize --summary --json in.log | sed 's/"session":"[0-9a-f]*","visitor":"[0-9a-f]*"/IDS/'
jsessionize --json -o seq,time,page,status,duration in.log | head -n 1
--- stdout
start	end	duration_s	pageviews	channel	entry	exit	path
2026-11-22T10:00:00Z	2026-11-22T10:04:00Z	240	3	direct	/a	/b	/a > /a > /b
2026-11-22T10:00:00Z	2026-11-22T10:04:00Z	240	3	direct	/a	/b	/a > /a > /b
{IDS,"start":"2026-11-22T10:00:00Z","end":"2026-11-22T10:04:00Z","duration_s":240,"pageviews":3,"channel":"direct","entry":"/a","exit":"/b","path":["/a","/a","/b"]}
{"seq":1,"time":"2026-11-22T10:00:00Z","page":"/a","status":200,"duration":120}
