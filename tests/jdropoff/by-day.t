--by day: the UTC date of the session's first pageview, so a session
across midnight counts wholly under the day it began.
  s1: 2026-11-22T23:50 / > 2026-11-23T00:10 /cart      -> 2026-11-22
  s2: 1795424400 = 2026-11-23T09:00:00Z /cart (epoch)   -> 2026-11-23
2026-11-22 /cart  views 1, sessions 1, entries 0, exits 1, 1.0000, 0, -
2026-11-22 /      views 1, sessions 1, entries 1, exits 0, 0.0000, 0, 0/1 = 0.0000
2026-11-23 /cart  views 1, sessions 1, entries 1, exits 1, 1.0000, 1, 1.0000
Days ascending; within 2026-11-22, /cart (1 exit) before / (0).
--- file a.tsv
#session	visitor	time	page
s1	v1	2026-11-22T23:50:00Z	/
s1	v1	2026-11-23T00:10:00Z	/cart
s2	v2	1795424400	/cart
--- cmd
jdropoff --by day a.tsv
--- stdout
#day	page	views	sessions	entries	exits	exit_rate	bounces	bounce_rate
2026-11-22	/cart	1	1	0	1	1.0000	0	-
2026-11-22	/	1	1	1	0	0.0000	0	0.0000
2026-11-23	/cart	1	1	1	1	1.0000	1	1.0000
