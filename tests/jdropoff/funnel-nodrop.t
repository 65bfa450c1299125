Funnel mode when nobody drops (the one session goes / then /b) and on
empty input: the step lines only, no next or exit lines.  By hand: /
reached 1, continued 1 (share 1), dropped 0; /b reached 1.  Empty input:
every count 0 and shares "-" (nothing to divide by).
--- cmd
jdropoff --no-header -s / -s /b ev.tsv
jdropoff --no-header -s / -s /b < /dev/null
--- file ev.tsv
#session	visitor	time	page
S1	v1	2026-11-22T10:00:00Z	/
S1	v1	2026-11-22T10:00:05Z	/b
--- stdout
1	/	reached	-	1	1.0000
1	/	continued	-	1	1.0000
1	/	dropped	-	0	0.0000
2	/b	reached	-	1	1.0000
1	/	reached	-	0	-
1	/	continued	-	0	-
1	/	dropped	-	0	-
2	/b	reached	-	0	-
