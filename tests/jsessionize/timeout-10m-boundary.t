-t 10m (and --timeout 600): a gap of exactly 600 s stays in the session,
601 s starts a new one.  /a 10:00:00, /b 10:10:00 (gap 600), /c 10:20:01
(gap 601).  The default slack 5m is below 10m, so it is accepted.
--- cmd
jsessionize -t 10m --no-header -o seq,page in.log | tr '\n' ' '; echo
jsessionize --timeout 600 --no-header -o seq,page in.log | tr '\n' ' '; echo
--- file in.log
10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 7 "-" "M"
10.0.0.1 - - [22/Nov/2026:10:10:00 +0000] "GET /b HTTP/1.1" 200 7 "-" "M"
10.0.0.1 - - [22/Nov/2026:10:20:01 +0000] "GET /c HTTP/1.1" 200 7 "-" "M"
--- stdout
1	/a 2	/b 1	/c 
1	/a 2	/b 1	/c 
