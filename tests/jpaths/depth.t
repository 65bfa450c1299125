-d 2 groups by the first 2 values; longer journeys end in the gap
marker "...": s1, s2 -> "/ > /a > ..." (2, 0.4000); s3 has exactly 2
values -> "/ > /b", no marker; s4 "/b"; s5 -> "/a > /cart > ...".
-d 1: "/ > ..." for s1, s2, s3 (3/5 = 0.6000), "/a > ..." (s5), "/b"
(s4, one value, no marker).
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
jpaths -d 2 in.tsv
jpaths --depth 1 in.tsv
--- stdout
#count	share	path
2	0.4000	/ > /a > ...
1	0.2000	/ > /b
1	0.2000	/a > /cart > ...
1	0.2000	/b
#count	share	path
3	0.6000	/ > ...
1	0.2000	/a > ...
1	0.2000	/b
