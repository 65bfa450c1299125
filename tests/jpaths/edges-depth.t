--edges with -d 2: only the transitions among the first 2 values, so
step 1 only (see edges.t).  With --from /a: s1, s2 "/a > /cart", s5
"/a > /cart > /done": step 1 /a -> /cart 3, step 2 /cart -> /done 1.
--min-count 2 drops the rows counted once.
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
jpaths --edges -d 2 in.tsv
jpaths --edges --from /a in.tsv
jpaths --edges --min-count 2 in.tsv
--- stdout
#step	from	to	count
1	/	/a	2
1	/	/b	1
1	/a	/cart	1
#step	from	to	count
1	/a	/cart	3
2	/cart	/done	1
#step	from	to	count
1	/	/a	2
2	/a	/cart	2
