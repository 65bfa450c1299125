The examples of jpaths(1), each command line as the man page gives
it, on a small gzip log.  Sessions (30m timeout), read off the lines:
  A1 (1.1.1.1, from Google: search): / > /product/1 > /cart > /order/complete
  B  (2.2.2.2, direct):              / > /cart > /product/1
  C  (3.3.3.3, direct):              /product/1 > /cart > /order/complete
  A2 (1.1.1.1 at 12:00, after a gap of two hours; direct): / > /cart
(A's internal referrer shop.example... does not change the channel.)
1. jpaths access.log.gz: four journeys, 1/4 = 0.2500 each, bytewise:
   "/ > /cart" < "/ > /cart > /product/1" < "/ > /product/1 > ..." <
   "/product/1 > ...".
2. --from / -d 3 -n 0: C has no "/" (exact); A1 cut after 3 values
   with "...", B exactly 3 values, A2 two: 1/3 = 0.3333 each.
3. --next /cart: A1 -> /order/complete, B -> /product/1, C ->
   /order/complete, A2 -> (exit): 2/4 = 0.5000, 1/4, 1/4.
   --prev /order/complete: A1 and C -> /cart, 2/2.
4. --to /order/complete --by channel -n 3: only A1 (search) and C
   (direct) reach it: one journey in each group, 1/1.
5. Stages / awareness, /product/* consideration, /cart decision,
   /order/complete post-purchase; per visitor A = A1 then A2:
   awareness > consideration > decision > post-purchase > awareness >
   decision; B awareness > decision > consideration; C consideration >
   decision > post-purchase: 1/3 each.
6. --dot --min-count 2: transitions over all steps: / -> /product/1 1
   (A1), /product/1 -> /cart 2 (A1, C), /cart -> /order/complete 2
   (A1, C), / -> /cart 2 (B, A2), /cart -> /product/1 1 (B); kept: the
   three counted 2, highest count 2 so penwidth 8.00 each; ordered by
   from: / , /cart, /product/1; nodes in byte order / n1, /cart n2,
   /order/complete n3, /product/1 n4.  (dot itself runs only if it is
   installed; its output is not checked.)
7. --edges --json: step 1: / -> /cart (B, A2) 2, / -> /product/1 (A1)
   1, /product/1 -> /cart (C) 1; step 2: /cart -> /order/complete (C),
   /cart -> /product/1 (B), /product/1 -> /cart (A1); step 3: /cart ->
   /order/complete (A1).
8. jsessionize -t 10m | jpaths -n 5: no gap inside a session is over a
   minute, so the same four sessions as 1.
--- file access.log
1.1.1.1 - - [22/Nov/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 1 "https://www.google.com/" "MA"
2.2.2.2 - - [22/Nov/2026:10:00:05 +0000] "GET / HTTP/1.1" 200 1 "-" "MB"
3.3.3.3 - - [22/Nov/2026:10:00:10 +0000] "GET /product/1 HTTP/1.1" 200 1 "-" "MC"
1.1.1.1 - - [22/Nov/2026:10:01:00 +0000] "GET /product/1 HTTP/1.1" 200 1 "https://shop.example/" "MA"
2.2.2.2 - - [22/Nov/2026:10:01:05 +0000] "GET /cart HTTP/1.1" 200 1 "-" "MB"
3.3.3.3 - - [22/Nov/2026:10:01:10 +0000] "GET /cart HTTP/1.1" 200 1 "-" "MC"
1.1.1.1 - - [22/Nov/2026:10:02:00 +0000] "GET /cart HTTP/1.1" 200 1 "-" "MA"
2.2.2.2 - - [22/Nov/2026:10:02:05 +0000] "GET /product/1 HTTP/1.1" 200 1 "-" "MB"
3.3.3.3 - - [22/Nov/2026:10:02:10 +0000] "POST /order/complete HTTP/1.1" 200 1 "-" "MC"
1.1.1.1 - - [22/Nov/2026:10:03:00 +0000] "POST /order/complete HTTP/1.1" 200 1 "-" "MA"
1.1.1.1 - - [22/Nov/2026:12:00:00 +0000] "GET / HTTP/1.1" 200 1 "-" "MA"
1.1.1.1 - - [22/Nov/2026:12:01:00 +0000] "GET /cart HTTP/1.1" 200 1 "-" "MA"
--- cmd
gzip access.log
jpaths access.log.gz
jpaths --from / -d 3 -n 0 access.log.gz
jpaths --next /cart access.log.gz
jpaths --prev /order/complete access.log.gz
jpaths --to /order/complete --by channel -n 3 access.log.gz
printf '%s\t%s\n' / awareness '/product/*' consideration \
    /cart decision /order/complete post-purchase > stages.tsv
jpaths --stages stages.tsv -f stage --per visitor access.log.gz
jpaths --dot --min-count 2 access.log.gz > paths.dot
if command -v dot >/dev/null; then
	dot -Tsvg paths.dot > paths.svg || echo "dot failed"
fi
cat paths.dot
jpaths --edges --json access.log.gz
jsessionize -t 10m access.log.gz | jpaths -n 5
--- stdout
#count	share	path
1	0.2500	/ > /cart
1	0.2500	/ > /cart > /product/1
1	0.2500	/ > /product/1 > /cart > /order/complete
1	0.2500	/product/1 > /cart > /order/complete
#count	share	path
1	0.3333	/ > /cart
1	0.3333	/ > /cart > /product/1
1	0.3333	/ > /product/1 > /cart > ...
#count	share	page
2	0.5000	/order/complete
1	0.2500	(exit)
1	0.2500	/product/1
#count	share	page
2	1.0000	/cart
#channel	count	share	path
direct	1	1.0000	/product/1 > /cart > /order/complete
search	1	1.0000	/ > /product/1 > /cart > /order/complete
#count	share	path
1	0.3333	awareness > consideration > decision > post-purchase > awareness > decision
1	0.3333	awareness > decision > consideration
1	0.3333	consideration > decision > post-purchase
digraph jpaths {
	rankdir=LR;
	node [shape=box, fontname="Helvetica"];
	edge [fontname="Helvetica"];
	n1 [label="/"];
	n2 [label="/cart"];
	n3 [label="/order/complete"];
	n4 [label="/product/1"];
	n1 -> n2 [label="2", penwidth=8.00];
	n2 -> n3 [label="2", penwidth=8.00];
	n4 -> n2 [label="2", penwidth=8.00];
}
{"step":1,"from":"/","to":"/cart","count":2}
{"step":1,"from":"/","to":"/product/1","count":1}
{"step":1,"from":"/product/1","to":"/cart","count":1}
{"step":2,"from":"/cart","to":"/order/complete","count":1}
{"step":2,"from":"/cart","to":"/product/1","count":1}
{"step":2,"from":"/product/1","to":"/cart","count":1}
{"step":3,"from":"/cart","to":"/order/complete","count":1}
#count	share	path
1	0.2500	/ > /cart
1	0.2500	/ > /cart > /product/1
1	0.2500	/ > /product/1 > /cart > /order/complete
1	0.2500	/product/1 > /cart > /order/complete
