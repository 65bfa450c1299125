The group order of --by for a column of mixed values (an event stream's
own column "tier"): integers first by value, a sign allowed and leading
zeros not counted, equal numbers ("09", "9") by their bytes; then every
other value bytewise ("-" 0x2d before "x" 0x78).
Worked by hand from the seven one-pageview sessions:
  -3 (s3), 09 (s6), 9 (s2 and s7: 2 views), 10 (s1), - (s5), x (s4).
--- file b.tsv
#session	visitor	time	page	tier
s1	v1	2026-11-22T01:00:00Z	/p	10
s2	v2	2026-11-22T02:00:00Z	/p	9
s3	v3	2026-11-22T03:00:00Z	/p	-3
s4	v4	2026-11-22T04:00:00Z	/p	x
s5	v5	2026-11-22T05:00:00Z	/p	-
s6	v6	2026-11-22T06:00:00Z	/p	09
s7	v7	2026-11-22T07:00:00Z	/p	9
--- cmd
jdropoff --by tier b.tsv
--- stdout
#tier	page	views	sessions	entries	exits	exit_rate	bounces	bounce_rate
-3	/p	1	1	1	1	1.0000	1	1.0000
09	/p	1	1	1	1	1.0000	1	1.0000
9	/p	2	2	2	2	1.0000	2	1.0000
10	/p	1	1	1	1	1.0000	1	1.0000
-	/p	1	1	1	1	1.0000	1	1.0000
x	/p	1	1	1	1	1.0000	1	1.0000
