The table, worked by hand.  Five sessions of an event stream, steps
home=/, product=/p/*, /cart, /checkout:
S1: / 0s, /p/1 30s, /cart 90s, /checkout 210s   -> 4 steps (30, 60, 120)
S2: / 0s, /p/2 60s, /about 120s                 -> 2 steps (60)
S3: /p/3 0s, /cart 10s                          -> never entered
S4: / 0s, /p/1 20s, /p/2 40s, /cart 320s        -> 3 steps (20, 300: the
    chain takes the first product page after home)
S5: / 0s                                        -> 1 step
count: 4, 3, 2, 1.  rate = count/4: 1, .75, .5, .25.  step_rate:
1, 3/4, 2/3 = .6667, 1/2.  dropped: S5 at 1, S2 at 2, S4 at 3, 0 at the
last.  product times {20, 30, 60}: median = rank ceil(1.5) = 2nd = 30,
p90 = rank ceil(2.7) = 3rd = 60.  cart {60, 300}: rank 1 = 60, rank
ceil(1.8) = 2 = 300.  checkout {120}.  -v: 5 sessions, 4 entered.
--- cmd
jfunnel --verbose -s home=/ -s 'product=/p/*' -s /cart --step /checkout ev.tsv
--- file ev.tsv
#session	visitor	time	page
S1	v1	2026-11-22T10:00:00Z	/
S1	v1	2026-11-22T10:00:30Z	/p/1
S1	v1	2026-11-22T10:01:30Z	/cart
S1	v1	2026-11-22T10:03:30Z	/checkout
S2	v2	2026-11-22T10:00:00Z	/
S2	v2	2026-11-22T10:01:00Z	/p/2
S2	v2	2026-11-22T10:02:00Z	/about
S3	v3	2026-11-22T10:00:00Z	/p/3
S3	v3	2026-11-22T10:00:10Z	/cart
S4	v4	2026-11-22T10:00:00Z	/
S4	v4	2026-11-22T10:00:20Z	/p/1
S4	v4	2026-11-22T10:00:40Z	/p/2
S4	v4	2026-11-22T10:05:20Z	/cart
S5	v5	2026-11-22T10:00:00Z	/
--- stdout
#step	name	count	rate	step_rate	dropped	median_s	p90_s
1	home	4	1.0000	1.0000	1	-	-
2	product	3	0.7500	0.7500	1	30	60
3	/cart	2	0.5000	0.6667	1	60	300
4	/checkout	1	0.2500	0.5000	0	120	120
--- stderr
ev.tsv: format tsv
jfunnel: lines 15: skipped 1, malformed 0, parsed 14
jfunnel: parsed 14: method 0, status 0, static 0, downloads 0, bots 0, excluded 0, late 0, pageviews 14
jfunnel: visitors 5, sessions 5
jfunnel: sessions 5: entered 4, excluded 0
