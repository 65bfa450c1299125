Visitor keys longer than a session holds in place (48 bytes; here the
user field, 60, 49 and 70 bytes) are kept in memory of their own, which
goes with the session's when it is reused and is freed at the end (under
AddressSanitizer in CI a key not freed fails this test).  By hand, with
the 30-minute timeout: aaa... has /a and /b ten seconds apart, then /c
49 minutes later, a session of its own; bbb... has /x, ccc... /y.
Sessions come out as they close: /x and /a-/b by 10:30:10, /y by 11:10,
/c at the end.  The same with one thread, streaming and a small arena.
--- file in.log
10.0.0.1 - aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa [22/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 1 "-" "M"
10.0.0.2 - bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb [22/Nov/2026:10:00:05 +0000] "GET /x HTTP/1.1" 200 1 "-" "M"
10.0.0.1 - aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa [22/Nov/2026:10:00:10 +0000] "GET /b HTTP/1.1" 200 1 "-" "M"
10.0.0.3 - cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc [22/Nov/2026:10:40:00 +0000] "GET /y HTTP/1.1" 200 1 "-" "M"
10.0.0.1 - aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa [22/Nov/2026:11:00:00 +0000] "GET /c HTTP/1.1" 200 1 "-" "M"
--- cmd
jsessionize --no-header --visitor user -o seq,time,page in.log > one
echo "exit $?"
cat one
for m in "-j 1" "--stream" "--memory 64K"; do
	jsessionize $m --no-header --visitor user -o seq,time,page in.log |
	    cmp - one && echo "$m: same"
done
--- stdout
exit 0
1	2026-11-22T10:00:05Z	/x
1	2026-11-22T10:00:00Z	/a
2	2026-11-22T10:00:10Z	/b
1	2026-11-22T10:40:00Z	/y
1	2026-11-22T11:00:00Z	/c
-j 1: same
--stream: same
--memory 64K: same
