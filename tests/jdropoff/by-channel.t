--by channel: the session's channel (here from the TSV channel column) is
the first column; groups in bytewise order of the value, then the sort
within each group; -n applies to each group.
  direct: s1 / > /cart, s3 /        search: s2 /, s4 /product > /
direct /      views 2, sessions 2, entries 2, exits 1 (s3), 1/2 = 0.5000,
              bounces 1 (s3), 1/2 = 0.5000
direct /cart  views 1, sessions 1, entries 0, exits 1, 1.0000, bounces 0, -
search /      views 2, sessions 2, entries 1 (s2), exits 2, 2/2 = 1.0000,
              bounces 1 (s2), 1/1 = 1.0000
search /product views 1, sessions 1, entries 1, exits 0, 0.0000, bounces 0,
              0/1 = 0.0000
direct: / and /cart tie at 1 exit, "/" first.  With -n 1: direct / and
search /.
--- file a.tsv
#session	visitor	time	page	channel
s1	v1	2026-11-22T10:00:00Z	/	direct
s1	v1	2026-11-22T10:01:00Z	/cart	direct
s2	v2	2026-11-22T10:02:00Z	/	search
s3	v3	2026-11-22T10:03:00Z	/	direct
s4	v4	2026-11-22T10:04:00Z	/product	search
s4	v4	2026-11-22T10:05:00Z	/	search
--- cmd
jdropoff --by channel a.tsv
jdropoff --by channel -n 1 --no-header a.tsv
--- stdout
#channel	page	views	sessions	entries	exits	exit_rate	bounces	bounce_rate
direct	/	2	2	2	1	0.5000	1	0.5000
direct	/cart	1	1	0	1	1.0000	0	-
search	/	2	2	1	2	1.0000	1	1.0000
search	/product	1	1	1	0	0.0000	0	0.0000
direct	/	2	2	2	1	0.5000	1	0.5000
search	/	2	2	1	2	1.0000	1	1.0000
