--by day: the UTC date of the unit's first pageview.  2026-11-22: s1,
s2 "/ > /a > /cart" 2/4 = 0.5000, s3 "/ > /b" and s4 "/b" 1/4 = 0.2500;
2026-11-23: s5, 1/1.  --by page (the first page) with --next /cart:
first page /: s1, s2 -> (exit) 2/2; first page /a: s5 -> /done 1/1.
The --by column is named first_page there, as the --next column is
already named page; the same in JSON.
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
jpaths --by day in.tsv
jpaths --by page --next /cart in.tsv
jpaths --by page --next /cart --json in.tsv
--- stdout
#day	count	share	path
2026-11-22	2	0.5000	/ > /a > /cart
2026-11-22	1	0.2500	/ > /b
2026-11-22	1	0.2500	/b
2026-11-23	1	1.0000	/a > /cart > /done
#first_page	count	share	page
/	2	1.0000	(exit)
/a	1	1.0000	/done
{"first_page":"/","count":2,"share":1.0000,"page":"(exit)"}
{"first_page":"/a","count":1,"share":1.0000,"page":"/done"}
