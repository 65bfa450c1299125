-n/--top: rows written.  -n 2 keeps the first two of the default order
(/ and /cart); --top 0 writes all four; the default is 20: 22 sessions of
one pageview on /p01 ... /p22 all tie at 1 exit, so the 20 written are
/p01 ... /p20 in bytewise order (the last two are left out).
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
jdropoff -n 2 a.tsv
jdropoff --top 0 --no-header a.tsv
{ printf '#session\tvisitor\ttime\tpage\n'
  for i in 01 02 03 04 05 06 07 08 09 10 11 12 13 14 15 16 17 18 19 20 21 22; do
	printf 's%s\tv\t2026-11-22T10:00:00Z\t/p%s\n' $i $i
  done; } | jdropoff --no-header | cut -f1 | tr '\n' ' '; echo
--- stdout
#page	views	sessions	entries	exits	exit_rate	bounces	bounce_rate
/	5	4	3	3	0.6000	1	0.3333
/cart	1	1	0	1	1.0000	0	-
/	5	4	3	3	0.6000	1	0.3333
/cart	1	1	0	1	1.0000	0	-
/help	1	1	1	1	1.0000	1	1.0000
/product	3	3	1	0	0.0000	0	0.0000
/p01 /p02 /p03 /p04 /p05 /p06 /p07 /p08 /p09 /p10 /p11 /p12 /p13 /p14 /p15 /p16 /p17 /p18 /p19 /p20 
