Funnel mode with --by: a report per value of the column at the unit's
first pageview (here the channel column of an event stream), the value
first on each line.  S1 (search) / then /cart; S2 (search) / then /x;
S3 (email) / alone.  search: reached 2, continued 1, dropped 1 (S2: next
/x, exit /x); email: reached 1, dropped 1 (S3: next (exit), exit /).
Groups in order of their step-1 count (search 2, email 1).
--- cmd
jdropoff --by channel -s / -s /cart ev.tsv
--- file ev.tsv
#session	visitor	time	page	channel
S1	v1	2026-11-22T10:00:00Z	/	search
S1	v1	2026-11-22T10:00:10Z	/cart	search
S2	v2	2026-11-22T10:00:00Z	/	search
S2	v2	2026-11-22T10:00:10Z	/x	search
S3	v3	2026-11-22T10:00:00Z	/	email
--- stdout
#channel	step	name	kind	value	count	share
search	1	/	reached	-	2	1.0000
search	1	/	continued	-	1	0.5000
search	1	/	dropped	-	1	0.5000
search	1	/	next	/x	1	1.0000
search	1	/	exit	/x	1	1.0000
search	2	/cart	reached	-	1	0.5000
email	1	/	reached	-	1	1.0000
email	1	/	continued	-	0	0.0000
email	1	/	dropped	-	1	1.0000
email	1	/	next	(exit)	1	1.0000
email	1	/	exit	/	1	1.0000
email	2	/cart	reached	-	0	0.0000
