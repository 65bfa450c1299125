--rewrite applies to the pages before they are counted, so several pages
become one row.  s1: /product/1 > /product/2, s2: /product/3, all
/product/:id: views 3, sessions 2 (s1 counts once), entries 2, exits 2,
exit_rate 2/3 = 0.6667, bounces 1 (s2), bounce_rate 1/2 = 0.5000;
exits/sessions = 2/2 = 1.0000.
--- file a.tsv
#session	visitor	time	page
s1	v1	2026-11-22T10:00:00Z	/product/1
s1	v1	2026-11-22T10:01:00Z	/product/2
s2	v2	2026-11-22T10:00:00Z	/product/3
--- cmd
jdropoff --rewrite 's#^/product/[0-9]+#/product/:id#' a.tsv
jdropoff --no-header --exit-rate sessions --rewrite 's#[0-9]+$#:id#' a.tsv
--- stdout
#page	views	sessions	entries	exits	exit_rate	bounces	bounce_rate
/product/:id	3	2	2	2	0.6667	1	0.5000
/product/:id	3	2	2	2	1.0000	1	0.5000
