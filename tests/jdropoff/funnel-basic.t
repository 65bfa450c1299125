Funnel mode (-s): per step the sessions that reached it, went on and
dropped, and for those that dropped the next page after their step
event ("(exit)" if it was their last) and the page their session ended
on.  Five sessions, steps home=/, product=/p/*, /cart, /checkout:
S1: / /p/1 /cart /checkout       -> all 4 steps
S2: / /p/2 /about                -> drops at product (its event /p/2):
                                    next /about, exit /about
S3: /p/3 /cart                   -> never at home: not in the funnel
S4: / /p/1 /p/2 /cart            -> drops at /cart, a step that is also
                                    its exit page: next (exit), exit /cart
S5: /                            -> one pageview, drops at home:
                                    next (exit), exit /
reached 4, 3, 2, 1 (share of step 1: 1, .75, .5, .25); continued 3, 2,
1 (share of reached: .75, .6667, .5); dropped 1, 1, 1 (.25, .3333, .5);
next/exit shares are of the dropped (1 of 1).  The last step has only
"reached".  The dropped counts are jfunnel's dropped column (last run).
--- cmd
S="-s home=/ -s product=/p/* --step /cart -s /checkout"
jdropoff $S ev.tsv
jfunnel --no-header $S ev.tsv | cut -f1,6
--- file ev.tsv
#session	visitor	time	page
S1	v1	2026-11-22T10:00:00Z	/
S1	v1	2026-11-22T10:00:30Z	/p/1
S1	v1	2026-11-22T10:01:30Z	/cart
S1	v1	2026-11-22T10:03:30Z	/checkout
S2	v2	2026-11-22T10:00:00Z	/
S2	v2	2026-11-22T10:01:00Z	/p/2
S2	v2	2026-11-22T10:02:00Z	/about
S3	v3	2026-11-22T10:00:00Z	/p/3
S3	v3	2026-11-22T10:00:10Z	/cart
S4	v4	2026-11-22T10:00:00Z	/
S4	v4	2026-11-22T10:00:20Z	/p/1
S4	v4	2026-11-22T10:00:40Z	/p/2
S4	v4	2026-11-22T10:05:20Z	/cart
S5	v5	2026-11-22T10:00:00Z	/
--- stdout
#step	name	kind	value	count	share
1	home	reached	-	4	1.0000
1	home	continued	-	3	0.7500
1	home	dropped	-	1	0.2500
1	home	next	(exit)	1	1.0000
1	home	exit	/	1	1.0000
2	product	reached	-	3	0.7500
2	product	continued	-	2	0.6667
2	product	dropped	-	1	0.3333
2	product	next	/about	1	1.0000
2	product	exit	/about	1	1.0000
3	/cart	reached	-	2	0.5000
3	/cart	continued	-	1	0.5000
3	/cart	dropped	-	1	0.5000
3	/cart	next	(exit)	1	1.0000
3	/cart	exit	/cart	1	1.0000
4	/checkout	reached	-	1	0.2500
1	1
2	1
3	1
4	0
