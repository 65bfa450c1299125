man page EXAMPLES: "jdropoff --chart -n 3 --sort views access.log".
access.log, in sessions (the /style.css request is a static asset, not a
pageview; the query string of /order/complete is dropped):
  A 1.1.1.1 direct: / > /product/1 > /cart
  B 2.2.2.2 search (google referrer): /            (one pageview)
  C 3.3.3.3 search: /product/2 > /cart > /order/complete
  D 4.4.4.4 direct: /blog/x                         (one pageview)
Per page: views sessions entries exits exit_rate bounces bounce_rate
  /               2 2 2 1 1/2 = 0.5000  1 (B) 1/2 = 0.5000
  /product/1      1 1 0 0 0.0000        0     -
  /cart           2 2 0 1 1/2 = 0.5000  0     -
  /product/2      1 1 1 0 0.0000        0     0/1 = 0.0000
  /order/complete 1 1 0 1 1.0000        0     -
  /blog/x         1 1 1 1 1.0000        1     1.0000
Views: / 2 and /cart 2 (tie, "/" first) fill the 40 cells; then the
views of 1 tie, /blog/x first: 1/2 of 320 eighths = 160 = 20 full blocks,
padded with 20 spaces.
--- file access.log
1.1.1.1 - - [22/Nov/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 512 "-" "M"
1.1.1.1 - - [22/Nov/2026:10:00:30 +0000] "GET /style.css HTTP/1.1" 200 512 "-" "M"
1.1.1.1 - - [22/Nov/2026:10:01:00 +0000] "GET /product/1 HTTP/1.1" 200 512 "-" "M"
1.1.1.1 - - [22/Nov/2026:10:02:00 +0000] "GET /cart HTTP/1.1" 200 512 "-" "M"
2.2.2.2 - - [22/Nov/2026:10:03:00 +0000] "GET / HTTP/1.1" 200 512 "https://www.google.com/" "M"
3.3.3.3 - - [22/Nov/2026:10:04:00 +0000] "GET /product/2 HTTP/1.1" 200 512 "https://www.google.com/" "M"
3.3.3.3 - - [22/Nov/2026:10:05:00 +0000] "GET /cart HTTP/1.1" 200 512 "-" "M"
3.3.3.3 - - [22/Nov/2026:10:06:00 +0000] "GET /order/complete?id=9 HTTP/1.1" 200 512 "-" "M"
4.4.4.4 - - [22/Nov/2026:10:07:00 +0000] "GET /blog/x HTTP/1.1" 200 512 "-" "M"
--- cmd
jdropoff --chart -n 3 --sort views access.log
--- stdout
views per page (bar: of the largest shown)
2 ████████████████████████████████████████ /
2 ████████████████████████████████████████ /cart
1 ████████████████████                     /blog/x
