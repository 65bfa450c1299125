Raw access logs are sessionized on the fly, with jsessionize's options.
One visitor (1.1.1.1, UA "M"): / at 10:00, /style.css at 10:00:01 (a static
asset: not a pageview), /cart?x=1 at 10:40 (page /cart: query dropped).
Default timeout 30m: the 39m59s gap splits, two sessions of one pageview:
/ and /cart each 1 1 1 1 1.0000 1 1.0000; tie at 1 exit, "/" first.
--timeout 1h (and -t 1h): one session / > /cart: /cart 1 1 0 1 1.0000 0 -
first (1 exit), then / 1 1 1 0 0.0000 0 0/1 = 0.0000.
--format combined and -F combined name the format instead of detecting it.
--- file access.log
1.1.1.1 - - [22/Nov/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 1 "-" "M"
1.1.1.1 - - [22/Nov/2026:10:00:01 +0000] "GET /style.css HTTP/1.1" 200 1 "-" "M"
1.1.1.1 - - [22/Nov/2026:10:40:00 +0000] "GET /cart?x=1 HTTP/1.1" 200 1 "-" "M"
--- cmd
jdropoff --no-header access.log
jdropoff --no-header --timeout 1h --format combined access.log
jdropoff --no-header -t 1h -F combined access.log
--- stdout
/	1	1	1	1	1.0000	1	1.0000
/cart	1	1	1	1	1.0000	1	1.0000
/cart	1	1	0	1	1.0000	0	-
/	1	1	1	0	0.0000	0	0.0000
/cart	1	1	0	1	1.0000	0	-
/	1	1	1	0	0.0000	0	0.0000
