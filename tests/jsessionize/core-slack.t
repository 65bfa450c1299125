Out-of-order lines and the slack (default 5m).  Newest times seen:
/a 10:10 (newest 10:10); /b at 10:07 is 3m behind, within the slack, so
it goes into the session before /a; /c at 10:04:59 is 5m01s behind the
newest (10:10) -> late: counted, in --rejects verbatim, not output;
/d at 10:05:00 is exactly 5m behind -> not late (late means older than
newest minus slack).  With --slack 0 every line behind the newest is
late: /b, /c and /d.
--- file in.log
10.0.0.1 - - [22/Nov/2026:10:10:00 +0000] "GET /a HTTP/1.1" 200 1 "-" "M"
10.0.0.1 - - [22/Nov/2026:10:07:00 +0000] "GET /b HTTP/1.1" 200 1 "-" "M"
10.0.0.1 - - [22/Nov/2026:10:04:59 +0000] "GET /c HTTP/1.1" 200 1 "-" "M"
10.0.0.1 - - [22/Nov/2026:10:05:00 +0000] "GET /d HTTP/1.1" 200 1 "-" "M"
--- cmd
jsessionize --stream --no-header -o seq,time,page --rejects rej.log -v in.log 2>err
grep late err
cat rej.log
jsessionize --stream --no-header -o page --slack 0 --verbose in.log 2>err
grep -v format err
--- stdout
1	2026-11-22T10:05:00Z	/d
2	2026-11-22T10:07:00Z	/b
3	2026-11-22T10:10:00Z	/a
jsessionize: 1 of 4 lines late by more than --slack 300s (first: in.log:3); written to rej.log
jsessionize: parsed 4: method 0, status 0, static 0, bots 0, late 1, pageviews 3
10.0.0.1 - - [22/Nov/2026:10:04:59 +0000] "GET /c HTTP/1.1" 200 1 "-" "M"
/a
jsessionize: 3 of 4 lines late by more than --slack 0s (first: in.log:2); see --rejects FILE
jsessionize: lines 4: skipped 0, malformed 0, parsed 4
jsessionize: parsed 4: method 0, status 0, static 0, bots 0, late 3, pageviews 1
jsessionize: visitors 1, sessions 1
