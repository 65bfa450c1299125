One session of one pageview: the journey is that page, 1/1; no
transitions (header only); --next: (exit), --prev: (entrance);
-d 1 does not cut it.
--- file in.tsv
#session	visitor	time	page
s1	v1	2026-11-22T10:00:00Z	/x
--- cmd
jpaths in.tsv
jpaths --edges in.tsv
jpaths --next /x in.tsv
jpaths --prev /x in.tsv
jpaths -d 1 --no-header in.tsv
--- stdout
#count	share	path
1	1.0000	/x
#step	from	to	count
#count	share	page
1	1.0000	(exit)
#count	share	page
1	1.0000	(entrance)
1	1.0000	/x
