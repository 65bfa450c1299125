--stream is the watermark path for live input: a line more than --slack
(5 minutes) behind the newest line seen is set aside.  The log of
any-order.t with its newest rotation first on stdin: the first five
lines (09:25 to 11:02) are used, then all six lines of the older rotation
(09:00 to 09:20) are more than 5 minutes behind 11:02: late, counted on
stderr without -v (the first one is line 6 of stdin) and not used.  The
sessions written are C's /cart /order/complete (its /product/1 is lost),
B's 10:30 /product/2 and A's / /order/complete.  Without --stream the
same stream gives the whole answer (any-order.t).
--- file sorted.log
10.0.0.1 - - [22/Nov/2026:09:00:00 +0000] "GET / HTTP/1.1" 200 100 "-" "UA-A"
10.0.0.3 - - [22/Nov/2026:09:00:00 +0000] "GET /product/1 HTTP/1.1" 200 100 "https://www.google.com/" "UA-C"
10.0.0.2 - - [22/Nov/2026:09:01:00 +0000] "GET / HTTP/1.1" 200 100 "-" "UA-B"
10.0.0.1 - - [22/Nov/2026:09:05:00 +0000] "GET /product/1 HTTP/1.1" 200 100 "-" "UA-A"
10.0.0.1 - - [22/Nov/2026:09:10:00 +0000] "GET /cart HTTP/1.1" 200 100 "-" "UA-A"
10.0.0.2 - - [22/Nov/2026:09:20:00 +0000] "GET /product/2 HTTP/1.1" 200 100 "-" "UA-B"
10.0.0.3 - - [22/Nov/2026:09:25:00 +0000] "GET /cart HTTP/1.1" 200 100 "-" "UA-C"
10.0.0.3 - - [22/Nov/2026:09:41:00 +0000] "GET /order/complete HTTP/1.1" 200 100 "-" "UA-C"
10.0.0.2 - - [22/Nov/2026:10:30:00 +0000] "GET /product/2 HTTP/1.1" 200 100 "-" "UA-B"
10.0.0.1 - - [22/Nov/2026:11:00:00 +0000] "GET / HTTP/1.1" 200 100 "-" "UA-A"
10.0.0.1 - - [22/Nov/2026:11:02:00 +0000] "GET /order/complete HTTP/1.1" 200 100 "-" "UA-A"
--- cmd
head -n 6 sorted.log | gzip > access.log.2.gz
tail -n 5 sorted.log > access.log.1
zcat -f access.log.1 access.log.2.gz | jsessionize --stream --no-header -o seq,time,page
--- stdout
1	2026-11-22T09:25:00Z	/cart
2	2026-11-22T09:41:00Z	/order/complete
1	2026-11-22T10:30:00Z	/product/2
1	2026-11-22T11:00:00Z	/
2	2026-11-22T11:02:00Z	/order/complete
--- stderr
jsessionize: 6 of 11 lines late by more than --slack 300s (first: (stdin):6); see --rejects FILE
