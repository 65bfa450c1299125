Times outside the years 0000 to 9999 (what ISO 8601's four-digit year
can write) are malformed lines, counted and named under -vv.  Main
wrote [31/Dec/9999:23:59:59 -1200], which is 10000-01-01T11:59:59Z, as
9999-01-01T11:59:59Z (it clamped the year, so time ran backwards), and
[01/Jan/0000:00:00:00 +0100], an hour before year 0, as 0000-...  The
bounds themselves are kept: 0000-01-01T00:00:00Z and
9999-12-31T23:59:59Z (offset +0000) are written as they are.  Lines are
in time order so that none is late; expected values by hand.
--- stdin
1.1.1.4 - - [01/Jan/0000:00:00:00 +0100] "GET /d HTTP/1.1" 200 1 "-" "M"
1.1.1.3 - - [01/Jan/0000:00:00:00 +0000] "GET /c HTTP/1.1" 200 1 "-" "M"
1.1.1.2 - - [31/Dec/9999:23:59:59 +0000] "GET /b HTTP/1.1" 200 1 "-" "M"
1.1.1.1 - - [31/Dec/9999:23:59:59 -1200] "GET /a HTTP/1.1" 200 1 "-" "M"
--- cmd
jsessionize -vv --no-header -o time,page 2>err
grep -v 'format\|visitors\|status' err
--- stdout
0000-01-01T00:00:00Z	/c
9999-12-31T23:59:59Z	/b
(stdin):1: time outside the years 0000 to 9999
(stdin):4: time outside the years 0000 to 9999
jsessionize: 2 of 4 lines malformed (first: (stdin):1); see --rejects FILE
jsessionize: lines 4: skipped 0, malformed 2, parsed 2
