--by channel with --top: an event stream with a channel column (the
session's channel is its first row's).  Steps /, /cart.
S1 search: / , /cart 30 s   S2 search: /   S3 email: /, /cart 10 s
S4 direct: /cart only (not entered).
Groups by step-1 count: search 2, email 1, direct 0.  --top 1 keeps
search and sums the rest as (other): email + direct = 1, 1.
search: 2, 1 (rate .5, dropped 1 at step 1, time 30); (other): 1, 1
(time 10).  Without --top (default 10) all three; direct has count 0, so
its rates are "-".  JSON carries the column by its name.
--- cmd
jfunnel --by channel --top 1 -s / -s /cart ev.tsv
jfunnel --by channel --no-header -s / -s /cart ev.tsv | cut -f1-5
jfunnel --by channel --top 1 --json -s / -s /cart ev.tsv | head -n 1
--- file ev.tsv
#session	visitor	time	page	channel
S1	v1	2026-11-22T10:00:00Z	/	search
S1	v1	2026-11-22T10:00:30Z	/cart	search
S2	v2	2026-11-22T10:00:00Z	/	search
S3	v3	2026-11-22T10:00:00Z	/	email
S3	v3	2026-11-22T10:00:10Z	/cart	email
S4	v4	2026-11-22T10:00:00Z	/cart	direct
--- stdout
#channel	step	name	count	rate	step_rate	dropped	median_s	p90_s
search	1	/	2	1.0000	1.0000	1	-	-
search	2	/cart	1	0.5000	0.5000	0	30	30
(other)	1	/	1	1.0000	1.0000	0	-	-
(other)	2	/cart	1	1.0000	1.0000	0	10	10
search	1	/	2	1.0000
search	2	/cart	1	0.5000
email	1	/	1	1.0000
email	2	/cart	1	1.0000
direct	1	/	0	-
direct	2	/cart	0	-
{"channel":"search","step":1,"name":"/","count":2,"rate":1.0000,"step_rate":1.0000,"dropped":1,"median_s":null,"p90_s":null}
