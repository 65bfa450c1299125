jpaths --by visit_number: the groups in numeric order (10 and 11 after
9), whatever the order of the input lines.
Worked by hand: v1 has 11 one-page sessions on / (visit_number 1..11),
v2 two on /a (visit_number 1 and 2).  Groups 1 and 2 have two sessions,
one per path (share 0.5000, / before /a on equal counts); 3..11 one.
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
--- cmd
jpaths --by visit_number a.tsv > one
cat one
{ head -n 1 a.tsv; tail -n +2 a.tsv | sort -r; } > r.tsv
jpaths --by visit_number r.tsv | cmp - one && echo reversed same
--- stdout
#visit_number	count	share	path
1	1	0.5000	/
1	1	0.5000	/a
2	1	0.5000	/
2	1	0.5000	/a
3	1	1.0000	/
4	1	1.0000	/
5	1	1.0000	/
6	1	1.0000	/
7	1	1.0000	/
8	1	1.0000	/
9	1	1.0000	/
10	1	1.0000	/
11	1	1.0000	/
reversed same
