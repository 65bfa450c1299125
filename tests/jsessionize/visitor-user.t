--visitor user: the %u field.  alice from two addresses and UAs is one
visitor; where %u is "-" it falls back to ip+ua, so 10.0.0.3 with UA M and
with UA N are two visitors.  By hand, all sessions end at the end, in order
of last pageview: /c (10:02), /d (10:03), alice /a /b (last 10:04).
--- cmd
jsessionize --no-header --visitor user -o visitor,seq,page | awk -F'\t' -v OFS='\t' '!($1 in m) { m[$1] = "V" ++n } { $1 = m[$1]; print }'
--- stdin
10.0.0.1 - alice [22/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 7 "-" "M"
10.0.0.3 - - [22/Nov/2026:10:02:00 +0000] "GET /c HTTP/1.1" 200 7 "-" "M"
10.0.0.3 - - [22/Nov/2026:10:03:00 +0000] "GET /d HTTP/1.1" 200 7 "-" "N"
10.0.0.2 - alice [22/Nov/2026:10:04:00 +0000] "GET /b HTTP/1.1" 200 7 "-" "Other"
--- stdout
V1	1	/c
V2	1	/d
V3	1	/a
V3	2	/b
