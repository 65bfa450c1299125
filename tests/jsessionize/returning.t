returning and visit_number, worked out by hand.  V1 (1.1.1.1): /a 10:00
and /b 10:05 (its first session), /c at 12:00 (second, after a gap of
more than 30 minutes), /a the next day (third).  V2 (2.2.2.2): /a at
10:06, /x at 10:50 (second: 44 minutes later).  The same from the lines
reversed and split over two files, with --stream, and --shard 1/2 plus
2/2 make the same lines between them.
--- cmd
jsessionize -o time,page,returning,visit_number access.log
tac access.log | head -n 3 > a.log; tac access.log | tail -n 3 > b.log
jsessionize -o time,page,returning,visit_number a.log b.log > two
jsessionize -o time,page,returning,visit_number access.log | cmp - two && echo two files, reversed: same
jsessionize -o time,page,returning,visit_number --stream access.log | cmp - two && echo stream: same
(jsessionize --no-header -o time,page,returning,visit_number --shard 1/2 access.log
 jsessionize --no-header -o time,page,returning,visit_number --shard 2/2 access.log) | sort > shards
tail -n +2 two | sort | cmp - shards && echo shards: same
jsessionize -o time,returning,visit_number --json access.log | head -n 2
--- stdout
#time	page	returning	visit_number
2026-03-01T10:00:00Z	/a	0	1
2026-03-01T10:05:00Z	/b	0	1
2026-03-01T10:06:00Z	/a	0	1
2026-03-01T10:50:00Z	/x	1	2
2026-03-01T12:00:00Z	/c	1	2
2026-03-02T12:00:00Z	/a	1	3
two files, reversed: same
stream: same
shards: same
{"time":"2026-03-01T10:00:00Z","returning":0,"visit_number":1}
{"time":"2026-03-01T10:05:00Z","returning":0,"visit_number":1}
--- file access.log
1.1.1.1 - - [01/Mar/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 10 "-" "Moz"
1.1.1.1 - - [01/Mar/2026:10:05:00 +0000] "GET /b HTTP/1.1" 200 10 "-" "Moz"
2.2.2.2 - - [01/Mar/2026:10:06:00 +0000] "GET /a HTTP/1.1" 200 10 "-" "Moz"
2.2.2.2 - - [01/Mar/2026:10:50:00 +0000] "GET /x HTTP/1.1" 200 10 "-" "Moz"
1.1.1.1 - - [01/Mar/2026:12:00:00 +0000] "GET /c HTTP/1.1" 200 10 "-" "Moz"
1.1.1.1 - - [02/Mar/2026:12:00:00 +0000] "GET /a HTTP/1.1" 200 10 "-" "Moz"
