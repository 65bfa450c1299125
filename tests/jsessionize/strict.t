--strict: the first malformed line is fatal: exit 1 with file:line and
the reason; what was read before it is still written (as for a
truncated gzip), nothing after it is read, and later files are not read.
in.log: /a (line 1), garbage (line 2), /b (line 3).  So /a only, the
message names in.log:2, and two.log is not read.  Without --strict the
line is counted malformed and both files are read: /a /b /c.
--- cmd
jsessionize --strict --no-header -o page in.log two.log; echo "exit $?"
jsessionize --no-header -o page in.log two.log; echo "exit $?"
--- file in.log
10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 7 "-" "M"
this is not a log line
10.0.0.1 - - [22/Nov/2026:10:00:02 +0000] "GET /b HTTP/1.1" 200 7 "-" "M"
--- file two.log
10.0.0.1 - - [22/Nov/2026:10:00:03 +0000] "GET /c HTTP/1.1" 200 7 "-" "M"
--- stdout
/a
exit 1
/a
/b
/c
exit 0
--- stderr
jsessionize: in.log:2: bad or missing [time] (--strict)
jsessionize: 1 of 4 lines malformed (first: in.log:2); see --rejects FILE
