Interleaved visitors come out as contiguous sessions, each written as
soon as it can no longer grow.  A (1.1.1.1) at 10:00, B (2.2.2.2) 10:01,
A 10:02, B 10:03, then C (3.3.3.3) at 11:00.  When C arrives the
watermark is 11:00 - 5m slack = 10:55, past A's 10:02 + 30m and B's
10:03 + 30m, so A and B are written first (A ended earlier), then C at
the end of input.  Equal times keep input order within a session.
--- stdin
1.1.1.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a1 HTTP/1.1" 200 1 "-" "M"
2.2.2.2 - - [22/Nov/2026:10:01:00 +0000] "GET /b1 HTTP/1.1" 200 1 "-" "M"
1.1.1.1 - - [22/Nov/2026:10:02:00 +0000] "GET /a2 HTTP/1.1" 200 1 "-" "M"
2.2.2.2 - - [22/Nov/2026:10:03:00 +0000] "GET /b2 HTTP/1.1" 200 1 "-" "M"
2.2.2.2 - - [22/Nov/2026:10:03:00 +0000] "GET /b3 HTTP/1.1" 200 1 "-" "M"
3.3.3.3 - - [22/Nov/2026:11:00:00 +0000] "GET /c1 HTTP/1.1" 200 1 "-" "M"
--- cmd
jsessionize --no-header -o seq,page
--- stdout
1	/a1
2	/a2
1	/b1
2	/b2
3	/b3
1	/c1
