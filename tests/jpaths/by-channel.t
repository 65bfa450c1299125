--by channel: the channel column of the event stream.  direct: s2
"/ > /a > /cart", s5 "/a > /cart > /done" (1/2 each); search: s1
"/ > /a > /cart", s3 "/ > /b" (1/2 each, "a" < "b"); social: s4 "/b"
(1/1).  Groups in byte order.  With -n 1, the first row of each group.
The input (in.tsv, an event stream with a session column, so its
sessions are kept) has five sessions; their journeys, repeats collapsed:
  s1 (v1, search, 11-22): / > /a > /a > /cart  ->  / > /a > /cart
  s2 (v2, direct, 11-22): / > /a > /cart
  s3 (v3, search, 11-22): / > /b
  s4 (v4, social, 11-22): /b               (one pageview)
  s5 (v1, direct, 11-23): /a > /cart > /done
--- file in.tsv
#session	visitor	time	channel	page
s1	v1	2026-11-22T10:00:00Z	search	/
s1	v1	2026-11-22T10:01:00Z	search	/a
s1	v1	2026-11-22T10:02:00Z	search	/a
s1	v1	2026-11-22T10:03:00Z	search	/cart
s2	v2	2026-11-22T10:10:00Z	direct	/
s2	v2	2026-11-22T10:11:00Z	direct	/a
s2	v2	2026-11-22T10:12:00Z	direct	/cart
s3	v3	2026-11-22T10:20:00Z	search	/
s3	v3	2026-11-22T10:21:00Z	search	/b
s4	v4	2026-11-22T10:30:00Z	social	/b
s5	v1	2026-11-23T09:00:00Z	direct	/a
s5	v1	2026-11-23T09:01:00Z	direct	/cart
s5	v1	2026-11-23T09:02:00Z	direct	/done
--- cmd
jpaths --by channel in.tsv
jpaths --by channel -n 1 --no-header in.tsv
--- stdout
#channel	count	share	path
direct	1	0.5000	/ > /a > /cart
direct	1	0.5000	/a > /cart > /done
search	1	0.5000	/ > /a > /cart
search	1	0.5000	/ > /b
social	1	1.0000	/b
direct	1	0.5000	/ > /a > /cart
search	1	0.5000	/ > /a > /cart
social	1	1.0000	/b
