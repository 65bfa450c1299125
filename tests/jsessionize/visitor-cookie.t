--visitor sid with a LogFormat string logging the cookie %{sid}C.  Cookie
s1 from two addresses and UAs is one visitor; an empty cookie value and "-"
fall back to ip+ua: 10.0.0.3+M for both /c and /d, one visitor.  By hand,
ordered by last pageview at the end: s1 (/a, /b, last 10:01), then the
fallback visitor (/c 10:02, /d 10:03).
--- cmd
jsessionize --no-header -F '%h %l %u %t "%r" %>s %b "%{User-Agent}i" "%{sid}C"' --visitor sid -o visitor,seq,page | awk -F'\t' -v OFS='\t' '!($1 in m) { m[$1] = "V" ++n } { $1 = m[$1]; print }'
--- stdin
10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 7 "M" "s1"
10.0.0.2 - - [22/Nov/2026:10:01:00 +0000] "GET /b HTTP/1.1" 200 7 "N" "s1"
10.0.0.3 - - [22/Nov/2026:10:02:00 +0000] "GET /c HTTP/1.1" 200 7 "M" ""
10.0.0.3 - - [22/Nov/2026:10:03:00 +0000] "GET /d HTTP/1.1" 200 7 "M" "-"
--- stdout
V1	1	/a
V1	2	/b
V2	1	/c
V2	2	/d
