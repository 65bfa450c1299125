--dot: the edges of edges.t added up over the steps:
/a -> /cart 3 (1 + 2), / -> /a 2, / -> /b 1, /cart -> /done 1; in that
order (count descending, then from/to bytewise).  Nodes numbered in
byte order: / n1, /a n2, /b n3, /cart n4, /done n5.  penwidth =
1 + 7 * count / 3: 8.00, 5.67 (1 + 14/3 = 5.666..), 3.33 (1 + 7/3).
With --min-count 2: only the edges counted 3 and 2; the nodes /b and
/done go, the others are renumbered (/ n1, /a n2, /cart n3); the
highest count is still 3.
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
jpaths --dot in.tsv
jpaths --dot --min-count 2 in.tsv
--- stdout
digraph jpaths {
	rankdir=LR;
	node [shape=box, fontname="Helvetica"];
	edge [fontname="Helvetica"];
	n1 [label="/"];
	n2 [label="/a"];
	n3 [label="/b"];
	n4 [label="/cart"];
	n5 [label="/done"];
	n2 -> n4 [label="3", penwidth=8.00];
	n1 -> n2 [label="2", penwidth=5.67];
	n1 -> n3 [label="1", penwidth=3.33];
	n4 -> n5 [label="1", penwidth=3.33];
}
digraph jpaths {
	rankdir=LR;
	node [shape=box, fontname="Helvetica"];
	edge [fontname="Helvetica"];
	n1 [label="/"];
	n2 [label="/a"];
	n3 [label="/cart"];
	n2 -> n3 [label="3", penwidth=8.00];
	n1 -> n2 [label="2", penwidth=5.67];
}
