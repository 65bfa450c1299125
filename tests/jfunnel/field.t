-f/--field matches another column, and --steps FILE gives the steps
(one a line; # comments and empty lines skipped; NAME= names a step).
An event stream with a stage column: steps on stages aware=awareness,
decision; S1 awareness, consideration, decision (2 steps, 20 s); S2
awareness only (1); S3 decision only (0).  counts 2, 1.
A column the library does not know (here "event_type", an extra TSV
column) works the same: steps view, buy -> S1 view then buy (2), S2 view.
--- cmd
jfunnel --no-header -f stage --steps steps.txt ev.tsv
jfunnel --no-header --field event_type -s view -s buy ev.tsv
--- file steps.txt
# the funnel of stages
aware=awareness

decision
--- file ev.tsv
#session	visitor	time	page	stage	event_type
S1	v1	2026-11-22T10:00:00Z	/	awareness	view
S1	v1	2026-11-22T10:00:10Z	/p/1	consideration	view
S1	v1	2026-11-22T10:00:20Z	/cart	decision	buy
S2	v2	2026-11-22T10:00:00Z	/	awareness	view
S3	v3	2026-11-22T10:00:00Z	/cart	decision	other
--- stdout
1	aware	2	1.0000	1.0000	1	-	-
2	decision	1	0.5000	0.5000	0	20	20
1	view	2	1.0000	1.0000	1	-	-
2	buy	1	0.5000	0.5000	0	10	10
