Beyond the slack: late.  /a 10:00, /b 10:10 (newest 10:10, so the limit is
10:05), /c 10:05:00 (exactly the limit: not older, so not late; put between
/a and /b), /x 10:04:59 (older than 10:05: late).  Late lines are counted
(-v: late 1, pageviews 3), written verbatim to --rejects, and not output.
--- cmd
jsessionize --stream -v --rejects rej.log --no-header -o seq,page in.log
cat rej.log
--- file in.log
10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 7 "-" "M"
10.0.0.1 - - [22/Nov/2026:10:10:00 +0000] "GET /b HTTP/1.1" 200 7 "-" "M"
10.0.0.1 - - [22/Nov/2026:10:05:00 +0000] "GET /c HTTP/1.1" 200 7 "-" "M"
10.0.0.1 - - [22/Nov/2026:10:04:59 +0000] "GET /x HTTP/1.1" 200 7 "-" "M"
--- stdout
1	/a
2	/c
3	/b
10.0.0.1 - - [22/Nov/2026:10:04:59 +0000] "GET /x HTTP/1.1" 200 7 "-" "M"
--- stderr
in.log: format combined
jsessionize: 1 of 4 lines late by more than --slack 300s (first: in.log:4); written to rej.log
jsessionize: lines 4: skipped 0, malformed 0, parsed 4
jsessionize: parsed 4: method 0, status 0, static 0, bots 0, late 1, pageviews 3
jsessionize: visitors 1, sessions 1
