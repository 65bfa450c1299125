--by visit_number (and any column whose values are integers) comes in
numeric order, so 10 and 11 follow 9, not 1; whatever the order of the
input lines and of merged partials.
Worked by hand: v1 has 11 sessions an hour apart (s1..s11, visit_number
1..11, each a bounce on /); v2 has two (t1 at 01:30 and t2 at 03:30,
visit_number 1 and 2, each on /a).  So groups 1 and 2 each hold / and
/a (1 exit each: page order within the group, / before /a), groups 3..11
only /.  The rule (util.c jy_group_cmp): integers by value, then any
other value bytewise.  The same rows come from the lines reversed and
from two partials merged in either order.
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
jdropoff --by visit_number a.tsv > one
cat one
{ head -n 1 a.tsv; tail -n +2 a.tsv | sort -r; } > r.tsv
jdropoff --by visit_number r.tsv | cmp - one && echo reversed same
{ head -n 1 a.tsv; grep '^s' a.tsv; } > p1.tsv
{ head -n 1 a.tsv; grep '^t' a.tsv; } > p2.tsv
jdropoff --by visit_number --partial p1.tsv > part.1
jdropoff --by visit_number --partial p2.tsv > part.2
jdropoff --by visit_number --merge part.2 part.1 | cmp - one && echo merged same
--- stdout
#visit_number	page	views	sessions	entries	exits	exit_rate	bounces	bounce_rate
1	/	1	1	1	1	1.0000	1	1.0000
1	/a	1	1	1	1	1.0000	1	1.0000
2	/	1	1	1	1	1.0000	1	1.0000
2	/a	1	1	1	1	1.0000	1	1.0000
3	/	1	1	1	1	1.0000	1	1.0000
4	/	1	1	1	1	1.0000	1	1.0000
5	/	1	1	1	1	1.0000	1	1.0000
6	/	1	1	1	1	1.0000	1	1.0000
7	/	1	1	1	1	1.0000	1	1.0000
8	/	1	1	1	1	1.0000	1	1.0000
9	/	1	1	1	1	1.0000	1	1.0000
10	/	1	1	1	1	1.0000	1	1.0000
11	/	1	1	1	1	1.0000	1	1.0000
reversed same
merged same
