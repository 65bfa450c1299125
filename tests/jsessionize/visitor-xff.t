--visitor X-Forwarded-For with a LogFormat string logging
%{X-Forwarded-For}i.  All requests come through the proxy 10.0.0.9 with the
same UA, so by ip+ua they would be one visitor.  With the field: the first
address of the list is the key, so "1.1.1.1, 10.0.0.9" and "1.1.1.1" are
the same visitor; "2.2.2.2, 10.0.0.9" another; "-" falls back to ip+ua
(10.0.0.9+M), a third.  Sessions end at the end, ordered by last pageview:
1.1.1.1 (/a 10:00, /b 10:01), 2.2.2.2 (/c 10:02), fallback (/d 10:03).
Second command: default key, one visitor, seq 1..4.
--- cmd
F='%h %l %u %t "%r" %>s %b "%{Referer}i" "%{User-Agent}i" "%{X-Forwarded-For}i"'
ids() { awk -F'\t' -v OFS='\t' '!($1 in m) { m[$1] = "V" ++n } { $1 = m[$1]; print }'; }
jsessionize --no-header -F "$F" --visitor X-Forwarded-For -o visitor,seq,page in.log | ids
echo --
jsessionize --no-header -F "$F" -o visitor,seq,page in.log | ids
--- file in.log
10.0.0.9 - - [22/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 7 "-" "M" "1.1.1.1, 10.0.0.9"
10.0.0.9 - - [22/Nov/2026:10:01:00 +0000] "GET /b HTTP/1.1" 200 7 "-" "M" "1.1.1.1"
10.0.0.9 - - [22/Nov/2026:10:02:00 +0000] "GET /c HTTP/1.1" 200 7 "-" "M" "2.2.2.2, 10.0.0.9"
10.0.0.9 - - [22/Nov/2026:10:03:00 +0000] "GET /d HTTP/1.1" 200 7 "-" "M" "-"
--- stdout
V1	1	/a
V1	2	/b
V2	1	/c
V3	1	/d
--
V1	1	/a
V1	2	/b
V1	3	/c
V1	4	/d
