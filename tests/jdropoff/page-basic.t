Page mode, default options: sort by exits descending, ties by page.
The sessions of a.tsv (event TSV with a session column: kept as given):
  s1: / > /product > /cart      s2: /  (one pageview)
  s3: /product > /              s4: / > /product > /   (/ is entry and exit)
  s5: /help  (one pageview: entry, exit and bounce on /help)
Per page:
  /        views 1+1+1+2 = 5; sessions s1 s2 s3 s4 = 4; entries s1 s2 s4 = 3;
           exits s2 s3 s4 = 3; bounces s2 = 1
  /product views s1 s3 s4 = 3; sessions 3; entries s3 = 1; exits 0; bounces 0
  /cart    views 1; sessions 1; entries 0; exits s1 = 1; bounces 0
  /help    views 1; sessions 1; entries 1; exits 1; bounces 1
exit_rate = exits/views: / 3/5 = 0.6000, /product 0/3 = 0.0000,
/cart 1/1 = 1.0000, /help 1/1 = 1.0000.
bounce_rate = bounces/entries: / 1/3 = 0.3333, /product 0/1 = 0.0000,
/cart 0/0 = "-", /help 1/1 = 1.0000.
Order: / (3 exits); /cart and /help tie at 1, bytewise "/cart" < "/help";
/product (0).  Totals over the rows (/, /cart, /help, /product): entries 3+0+1+1 = 5,
exits 3+1+1+0 = 5, both the number of sessions.  Input on stdin.
--- cmd
jdropoff
--- stdin
#session	visitor	time	page
s1	v1	2026-11-22T10:00:00Z	/
s1	v1	2026-11-22T10:01:00Z	/product
s1	v1	2026-11-22T10:02:00Z	/cart
s2	v2	2026-11-22T10:00:00Z	/
s3	v3	2026-11-22T10:00:00Z	/product
s3	v3	2026-11-22T10:01:00Z	/
s4	v4	2026-11-22T10:00:00Z	/
s4	v4	2026-11-22T10:01:00Z	/product
s4	v4	2026-11-22T10:02:00Z	/
s5	v5	2026-11-22T10:00:00Z	/help
--- stdout
#page	views	sessions	entries	exits	exit_rate	bounces	bounce_rate
/	5	4	3	3	0.6000	1	0.3333
/cart	1	1	0	1	1.0000	0	-
/help	1	1	1	1	1.0000	1	1.0000
/product	3	3	1	0	0.0000	0	0.0000
