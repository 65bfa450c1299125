Detection threshold: "fewer than half the non-empty sample lines parsed"
is an error, so exactly half is accepted.  4 non-empty lines (plus one empty
line that does not count), 2 combined and 2 garbage: 2*2 = 4 is not fewer
than half, the format is combined, the 2 garbage lines are malformed.
--- cmd
jsessionize --no-header -o page
--- stdin
10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 7 "-" "Mozilla/5.0"
hello world

this is not a log line
10.0.0.1 - - [22/Nov/2026:10:00:01 +0000] "GET /b HTTP/1.1" 200 7 "-" "Mozilla/5.0"
--- stdout
/a
/b
