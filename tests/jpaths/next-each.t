--next counts each occurrence, not each unit.  With --no-collapse s1
has /a twice: the first /a is followed by /a, the second by /cart; s2
and s5 have /a followed by /cart.  4 occurrences: /cart 3/4 = 0.7500,
/a 1/4 = 0.2500.  Collapsed (the default) s1 has one /a: /cart 3/3.
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
jpaths --no-collapse --next /a in.tsv
jpaths --next /a in.tsv
--- stdout
#count	share	page
3	0.7500	/cart
1	0.2500	/a
#count	share	page
3	1.0000	/cart
