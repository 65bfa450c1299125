--chart: the sort column right-aligned to its widest value, a bar of up to
40 cells scaled to the largest value shown (eighths of a cell with UTF-8
blocks, rounded to the nearest eighth), then the page.  Figures as in
page-basic.t.
exits (max 3): / 3 -> 40 cells; /cart, /help 1 -> 320/3 = 106.67 -> 107
eighths = 13 full blocks and 3/8 (U+258D), padded to 40 cells;
/product 0 -> no bar.
--ascii: whole cells of '#': 1 -> 40/3 = 13.33 -> 13.
--sort bounce_rate (max 1/1): /help 1.0000 -> 40; / 1/3 -> 107 eighths;
/product 0.0000 -> none; /cart "-" -> none, the "-" right-aligned to the
width of "1.0000".
--by day: the day, a space, the page (by-day.t's input: max 1 exit).
--chart never writes a header line.
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
jdropoff --chart a.tsv
jdropoff --chart --ascii a.tsv
jdropoff --chart --sort bounce_rate a.tsv
printf '#session\tvisitor\ttime\tpage\n' > b.tsv
printf 's1\tv1\t2026-11-22T23:50:00Z\t/\ns1\tv1\t2026-11-23T00:10:00Z\t/cart\n' >> b.tsv
printf 's2\tv2\t2026-11-23T09:00:00Z\t/cart\n' >> b.tsv
jdropoff --chart --ascii --by day b.tsv
--- stdout
exits per page (bar: of the largest shown)
3 ████████████████████████████████████████ /
1 █████████████▍                           /cart
1 █████████████▍                           /help
0                                          /product
exits per page (bar: of the largest shown)
3 ######################################## /
1 #############                            /cart
1 #############                            /help
0                                          /product
bounce_rate per page (bar: of the largest shown)
1.0000 ████████████████████████████████████████ /help
0.3333 █████████████▍                           /
0.0000                                          /product
     -                                          /cart
exits per page by day (bar: of the largest shown)
1 ######################################## 2026-11-22 /cart
0                                          2026-11-22 /
1 ######################################## 2026-11-23 /cart
