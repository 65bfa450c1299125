--verbose (-v): the input counts of jsessionize -v, then the check line:
sessions 5 (s1..s5), entries 3+0+1+1 = 5 and exits 3+1+1+0 = 5 summed over
the rows, bounces 2 (s2 on /, s5 on /help), pageviews 10 (the lines after
the header: 11 lines, 1 skipped), rows 4 pages.  stdout as page-basic.t.
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
--- file a.tsv
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
--- cmd
jdropoff -v -n 1 a.tsv
--- stdout
#page	views	sessions	entries	exits	exit_rate	bounces	bounce_rate
/	5	4	3	3	0.6000	1	0.3333
--- stderr
a.tsv: format tsv
jdropoff: lines 11: skipped 1, malformed 0, parsed 10
jdropoff: parsed 10: method 0, status 0, static 0, downloads 0, bots 0, excluded 0, late 0, pageviews 10
jdropoff: visitors 5, sessions 5
jdropoff: sessions 5, entries 5, exits 5, bounces 2, pageviews 10, rows 4
