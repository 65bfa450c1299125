Malformed lines never stop a run and are never lost: counted, reported
with -vv (file:line: reason), written verbatim to --rejects.  Line 2 has
a bad month, line 4 an unterminated quote, line 5 is empty (skipped, not
malformed).  Conservation: lines 6 = skipped 1 + malformed 2 + parsed 3.
--- stdin
1.1.1.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 1 "-" "M"
1.1.1.1 - - [22/Foo/2026:10:00:01 +0000] "GET /b HTTP/1.1" 200 1 "-" "M"
1.1.1.1 - - [22/Nov/2026:10:00:02 +0000] "GET /c HTTP/1.1" 200 1 "-" "M"
1.1.1.1 - - [22/Nov/2026:10:00:03 +0000] "GET /d HTTP/1.1" 200 1 "-" "M

1.1.1.1 - - [22/Nov/2026:10:00:04 +0000] "GET /e HTTP/1.1" 200 1 "-" "M"
--- cmd
jsessionize -vv --no-header -o page --rejects rej
cat rej
--- stdout
/a
/c
/e
1.1.1.1 - - [22/Foo/2026:10:00:01 +0000] "GET /b HTTP/1.1" 200 1 "-" "M"
1.1.1.1 - - [22/Nov/2026:10:00:03 +0000] "GET /d HTTP/1.1" 200 1 "-" "M
--- stderr
(stdin): format combined
(stdin):2: bad or missing [time]
(stdin):4: unterminated quoted field
jsessionize: 2 of 6 lines malformed (first: (stdin):2); written to rej
jsessionize: lines 6: skipped 1, malformed 2, parsed 3
jsessionize: parsed 3: method 0, status 0, static 0, bots 0, late 0, pageviews 3
jsessionize: visitors 1, sessions 1
