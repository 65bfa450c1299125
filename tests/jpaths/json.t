--json: one object per row, counts and shares as numbers, the path
as an array (rows as in top.t with -n 2).  --edges --json and --next
--json name the columns as the TSV header does.  --json has no header
line, with or without --no-header.
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
jpaths --json -n 2 in.tsv
jpaths --json --no-header --by channel -n 1 in.tsv
jpaths --json --edges --min-count 2 in.tsv
jpaths --json --next / in.tsv
--- stdout
{"count":2,"share":0.4000,"path":["/","/a","/cart"]}
{"count":1,"share":0.2000,"path":["/","/b"]}
{"channel":"direct","count":1,"share":0.5000,"path":["/","/a","/cart"]}
{"channel":"search","count":1,"share":0.5000,"path":["/","/a","/cart"]}
{"channel":"social","count":1,"share":1.0000,"path":["/b"]}
{"step":1,"from":"/","to":"/a","count":2}
{"step":2,"from":"/a","to":"/cart","count":2}
{"count":2,"share":0.6667,"page":"/a"}
{"count":1,"share":0.3333,"page":"/b"}
