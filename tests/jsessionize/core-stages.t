--stages: first matching line wins; exact, glob and ~regex patterns;
no match -> "-"; the stage column joins the default columns.
/ -> awareness (exact); /product/7 -> consideration (glob /product/*);
/cart -> decision (regex ~^/cart); /order/complete -> post-purchase
(glob /order/*; it would also match the later ~order line);
/about -> "-".
--- file stages.tsv
# pattern	stage
/	awareness
/product/*	consideration
~^/cart	decision
/order/*	post-purchase
~order	never
--- stdin
1.1.1.1 - - [22/Nov/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 1 "-" "M"
1.1.1.1 - - [22/Nov/2026:10:00:01 +0000] "GET /product/7 HTTP/1.1" 200 1 "-" "M"
1.1.1.1 - - [22/Nov/2026:10:00:02 +0000] "GET /cart HTTP/1.1" 200 1 "-" "M"
1.1.1.1 - - [22/Nov/2026:10:00:03 +0000] "GET /order/complete HTTP/1.1" 200 1 "-" "M"
1.1.1.1 - - [22/Nov/2026:10:00:04 +0000] "GET /about HTTP/1.1" 200 1 "-" "M"
--- cmd
jsessionize --stages stages.tsv | cut -f3-
--- stdout
seq	time	page	status	channel	stage
1	2026-11-22T10:00:00Z	/	200	direct	awareness
2	2026-11-22T10:00:01Z	/product/7	200	direct	consideration
3	2026-11-22T10:00:02Z	/cart	200	direct	decision
4	2026-11-22T10:00:03Z	/order/complete	200	direct	post-purchase
5	2026-11-22T10:00:04Z	/about	200	direct	-
