--per visitor joins a visitor's sessions in time order: v1 has s1
(11-22) and s5 (11-23): "/ > /a > /cart > /a > /cart > /done"; v2, v3,
v4 as their one session.  4 units, 1/4 = 0.2500 each; "/ > /a > /cart"
sorts before the longer v1 path that it begins.  With -f channel:
v1 "search > direct", v2 "direct", v3 "search", v4 "social"; "search"
before "search > direct" (a prefix).  --per session is the default.
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
jpaths --per visitor in.tsv
jpaths --per visitor -f channel in.tsv
jpaths --per session -f channel in.tsv
--- stdout
#count	share	path
1	0.2500	/ > /a > /cart
1	0.2500	/ > /a > /cart > /a > /cart > /done
1	0.2500	/ > /b
1	0.2500	/b
#count	share	path
1	0.2500	direct
1	0.2500	search
1	0.2500	search > direct
1	0.2500	social
#count	share	path
2	0.4000	direct
2	0.4000	search
1	0.2000	social
