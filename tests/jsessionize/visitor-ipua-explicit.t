--visitor ip+ua (the default, given explicitly): different address or
different UA is a different visitor.  4 lines, 3 keys: 10.0.0.1+M (/a,
/d), 10.0.0.2+M (/b), 10.0.0.1+N (/c).  Sessions end together, ordered by
last pageview: /b (10:01), /c (10:02), then /a+/d (10:03).
--- cmd
jsessionize --no-header --visitor ip+ua -o visitor,seq,page | awk -F'\t' -v OFS='\t' '!($1 in m) { m[$1] = "V" ++n } { $1 = m[$1]; print }'
--- stdin
10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 7 "-" "M"
10.0.0.2 - - [22/Nov/2026:10:01:00 +0000] "GET /b HTTP/1.1" 200 7 "-" "M"
10.0.0.1 - - [22/Nov/2026:10:02:00 +0000] "GET /c HTTP/1.1" 200 7 "-" "N"
10.0.0.1 - - [22/Nov/2026:10:03:00 +0000] "GET /d HTTP/1.1" 200 7 "-" "M"
--- stdout
V1	1	/b
V2	1	/c
V3	1	/a
V3	2	/d
