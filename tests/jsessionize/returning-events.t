An event stream's own sessions (a session column, kept by jdropoff,
jfunnel and jpaths) are numbered by their earliest row per visitor,
whatever the order of the rows: u1's sessions s9 (March 1st), s2 (2nd)
and s5 (3rd) are visits 1, 2, 3 though their ids sort otherwise and the
rows come shuffled; u2's s1 is a first visit.  A visit_number column is
taken as written (here 7 and 8: a stream cut out of a longer one).
--- cmd
jdropoff --by visit_number ev.tsv
jfunnel -f visit_number -s 1 -s 2 -s 3 --per visitor ev.tsv | cut -f1,3
jpaths --by returning ev.tsv
jdropoff --by visit_number given.tsv | cut -f1,2
--- stdout
#visit_number	page	views	sessions	entries	exits	exit_rate	bounces	bounce_rate
1	/a	2	2	2	2	1.0000	2	1.0000
2	/b	1	1	1	1	1.0000	1	1.0000
3	/c	1	1	1	1	1.0000	1	1.0000
#step	count
1	2
2	1
3	1
#returning	count	share	path
0	2	1.0000	/a
1	1	0.5000	/b
1	1	0.5000	/c
#visit_number	page
7	/a
8	/b
--- file ev.tsv
#session	visitor	time	page
s5	u1	2026-03-03T10:00:00Z	/c
s1	u2	2026-03-01T11:00:00Z	/a
s2	u1	2026-03-02T10:00:00Z	/b
s9	u1	2026-03-01T10:00:00Z	/a
--- file given.tsv
#session	visitor	time	page	visit_number
s2	u1	2026-03-02T10:00:00Z	/b	8
s1	u1	2026-03-01T10:00:00Z	/a	7
