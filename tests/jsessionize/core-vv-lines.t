-vv names each malformed line by its own file and its line number in
that file: b.log's second line is malformed, after the two lines of
a.log, so the message says b.log:2, not 4.
--- file a.log
1.1.1.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 1 "-" "M"
1.1.1.1 - - [22/Nov/2026:10:00:01 +0000] "GET /b HTTP/1.1" 200 1 "-" "M"
--- file b.log
1.1.1.1 - - [22/Nov/2026:10:00:02 +0000] "GET /c HTTP/1.1" 200 1 "-" "M"
1.1.1.1 - - [22/Nov/2026:10:00:03 +0000] "GET /d HTTP/1.1" x 1 "-" "M"
--- cmd
jsessionize -vv -o page a.log b.log 2>&1 >/dev/null | grep ':2:'
--- stdout
b.log:2: bad status
