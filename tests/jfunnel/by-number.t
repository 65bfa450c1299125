jfunnel --by orders groups by units at step 1 (most first); equal counts
follow the group order of every program: integers by value, then other
values bytewise.  So visit_number 3..11 (one session each) come as
3, 4, ..., 9, 10, 11 and not 10, 11, 3, ...
Worked by hand: v1 has 11 sessions (visit_number 1..11), v2 two (1, 2):
groups 1 and 2 have 2 sessions, the rest 1.  And for the mixed column
tier (values 10 9 -3 x - 09 9): 9 has 2 sessions, then -3, 09, 10, -, x.
--- file a.tsv
#session	visitor	time	page
s1	v1	2026-11-22T01:00:00Z	/
s2	v1	2026-11-22T02:00:00Z	/
s3	v1	2026-11-22T03:00:00Z	/
s4	v1	2026-11-22T04:00:00Z	/
s5	v1	2026-11-22T05:00:00Z	/
s6	v1	2026-11-22T06:00:00Z	/
s7	v1	2026-11-22T07:00:00Z	/
s8	v1	2026-11-22T08:00:00Z	/
s9	v1	2026-11-22T09:00:00Z	/
s10	v1	2026-11-22T10:00:00Z	/
s11	v1	2026-11-22T11:00:00Z	/
t1	v2	2026-11-22T01:30:00Z	/a
t2	v2	2026-11-22T03:30:00Z	/a
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
jfunnel --by visit_number --top 0 -s '*' a.tsv
jfunnel --by tier --top 0 -s '*' b.tsv | cut -f 1,4
--- stdout
#visit_number	step	name	count	rate	step_rate	dropped	median_s	p90_s
1	1	*	2	1.0000	1.0000	0	-	-
2	1	*	2	1.0000	1.0000	0	-	-
3	1	*	1	1.0000	1.0000	0	-	-
4	1	*	1	1.0000	1.0000	0	-	-
5	1	*	1	1.0000	1.0000	0	-	-
6	1	*	1	1.0000	1.0000	0	-	-
7	1	*	1	1.0000	1.0000	0	-	-
8	1	*	1	1.0000	1.0000	0	-	-
9	1	*	1	1.0000	1.0000	0	-	-
10	1	*	1	1.0000	1.0000	0	-	-
11	1	*	1	1.0000	1.0000	0	-	-
#tier	count
9	2
-3	1
09	1
10	1
-	1
x	1
