--by stage with --stages: each pageview's stage (from its page) is the
first column; a page no line matches has the stage "-".
  s1: / > /product/1 > /cart    s2: /about    s3: /product/2 > /product/1
awareness / (s1): views 1, sessions 1, entries 1, exits 0, 0.0000, 0, 0/1 = 0.0000
consideration /product/1: views 2 (s1, s3), sessions 2, entries 0, exits 1
  (s3), 1/2 = 0.5000, bounces 0, "-"
consideration /product/2: views 1, sessions 1, entries 1, exits 0, 0.0000,
  0, 0/1 = 0.0000
decision /cart: views 1, sessions 1, entries 0, exits 1, 1.0000, 0, "-"
- /about: one pageview: 1, 1, 1, 1, 1.0000, 1, 1.0000
Groups bytewise: "-" < awareness < consideration < decision.
--- file a.tsv
#session	visitor	time	page
s1	v1	2026-11-22T10:00:00Z	/
s1	v1	2026-11-22T10:01:00Z	/product/1
s1	v1	2026-11-22T10:02:00Z	/cart
s2	v2	2026-11-22T10:00:00Z	/about
s3	v3	2026-11-22T10:00:00Z	/product/2
s3	v3	2026-11-22T10:01:00Z	/product/1
--- file stages.tsv
/	awareness
/product/*	consideration
/cart	decision
--- cmd
jdropoff --stages stages.tsv --by stage a.tsv
--- stdout
#stage	page	views	sessions	entries	exits	exit_rate	bounces	bounce_rate
-	/about	1	1	1	1	1.0000	1	1.0000
awareness	/	1	1	1	0	0.0000	0	0.0000
consideration	/product/1	2	2	0	1	0.5000	0	-
consideration	/product/2	1	1	1	0	0.0000	0	0.0000
decision	/cart	1	1	0	1	1.0000	0	-
