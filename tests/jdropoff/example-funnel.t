man page EXAMPLES, funnel mode: "jdropoff -s /cart -s /order/complete
access.log" and the same "--per visitor -w 1d --json".  access.log as in
example-exits.t: A / > /product/1 > /cart; B /; C /product/2 > /cart >
/order/complete; D /blog/x.  /cart: reached by A and C (2, share 1);
C went on (1, 0.5), A dropped (1, 0.5): its /cart was its last pageview,
so next (exit) and exit page /cart (1 of 1).  /order/complete: reached 1,
share of step 1's 2 = 0.5.  Per visitor the same: each visitor has one
session, within a day.
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
jdropoff -s /cart -s /order/complete access.log
jdropoff --per visitor -w 1d --json -s /cart -s /order/complete access.log
--- stdout
#step	name	kind	value	count	share
1	/cart	reached	-	2	1.0000
1	/cart	continued	-	1	0.5000
1	/cart	dropped	-	1	0.5000
1	/cart	next	(exit)	1	1.0000
1	/cart	exit	/cart	1	1.0000
2	/order/complete	reached	-	1	0.5000
{"step":1,"name":"/cart","kind":"reached","value":null,"count":2,"share":1.0000}
{"step":1,"name":"/cart","kind":"continued","value":null,"count":1,"share":0.5000}
{"step":1,"name":"/cart","kind":"dropped","value":null,"count":1,"share":0.5000}
{"step":1,"name":"/cart","kind":"next","value":"(exit)","count":1,"share":1.0000}
{"step":1,"name":"/cart","kind":"exit","value":"/cart","count":1,"share":1.0000}
{"step":2,"name":"/order/complete","kind":"reached","value":null,"count":1,"share":0.5000}
