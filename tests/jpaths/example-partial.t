man page PARTIAL STATES example: three shards in the background and
their merge give the report of one run over access.log (the log of
jdropoff's example-exits.t, whose report that test works out by hand).
--- cmd
for k in 1 2 3; do
	jpaths -n 10 --shard $k/3 --partial access.log > part.$k &
done; wait
jpaths -n 10 --merge part.1 part.2 part.3 > merged
jpaths -n 10 access.log | cmp - merged && echo same
--- stdout
same
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
jdropoff access.log
--- stdout
#page	views	sessions	entries	exits	exit_rate	bounces	bounce_rate
/	2	2	2	1	0.5000	1	0.5000
/blog/x	1	1	1	1	1.0000	1	1.0000
/cart	2	2	0	1	0.5000	0	-
/order/complete	1	1	0	1	1.0000	0	-
/product/1	1	1	0	0	0.0000	0	-
/product/2	1	1	1	0	0.0000	0	0.0000
