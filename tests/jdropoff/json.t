--json: JSON Lines, one object per row, no header; counts and rates are
numbers, a rate without a denominator is null.  The figures are those of
page-basic.t; then --by channel on a one-session input (channel "-" when
the TSV gives none): s1 / > /cart.
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
jdropoff --json a.tsv
printf '#session\tvisitor\ttime\tpage\n' > b.tsv
printf 's1\tv\t2026-11-22T10:00:00Z\t/\ns1\tv\t2026-11-22T10:00:05Z\t/cart\n' >> b.tsv
jdropoff --json --by channel -F tsv b.tsv
--- stdout
{"page":"/","views":5,"sessions":4,"entries":3,"exits":3,"exit_rate":0.6000,"bounces":1,"bounce_rate":0.3333}
{"page":"/cart","views":1,"sessions":1,"entries":0,"exits":1,"exit_rate":1.0000,"bounces":0,"bounce_rate":null}
{"page":"/help","views":1,"sessions":1,"entries":1,"exits":1,"exit_rate":1.0000,"bounces":1,"bounce_rate":1.0000}
{"page":"/product","views":3,"sessions":3,"entries":1,"exits":0,"exit_rate":0.0000,"bounces":0,"bounce_rate":0.0000}
{"channel":"-","page":"/cart","views":1,"sessions":1,"entries":0,"exits":1,"exit_rate":1.0000,"bounces":0,"bounce_rate":null}
{"channel":"-","page":"/","views":1,"sessions":1,"entries":1,"exits":0,"exit_rate":0.0000,"bounces":0,"bounce_rate":0.0000}
