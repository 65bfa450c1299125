--visitor ip: the visitor is the client address alone.  One address with
two UAs (M1, M2): by default (ip+ua) two visitors, with --visitor ip one.
Visitor ids are replaced by V1, V2... in order of first appearance.
By hand, default: M1 has /a 10:00 and /c 10:02, M2 has /b 10:01; both close
at the end, in order of last pageview: M2 (10:01) then M1 (10:02).
With --visitor ip: one session /a /b /c.
--- cmd
ids() { awk -F'\t' -v OFS='\t' '!($1 in m) { m[$1] = "V" ++n } { $1 = m[$1]; print }'; }
jsessionize --no-header -o visitor,seq,page in.log | ids
echo --
jsessionize --no-header --visitor ip -o visitor,seq,page in.log | ids
--- file in.log
10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 7 "-" "M1"
10.0.0.1 - - [22/Nov/2026:10:01:00 +0000] "GET /b HTTP/1.1" 200 7 "-" "M2"
10.0.0.1 - - [22/Nov/2026:10:02:00 +0000] "GET /c HTTP/1.1" 200 7 "-" "M1"
--- stdout
V1	1	/b
V2	1	/a
V2	2	/c
--
V1	1	/a
V1	2	/b
V1	3	/c
