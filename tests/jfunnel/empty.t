Empty input and a funnel nobody enters: every count is 0, rates have no
denominator ("-"), no times.  An event stream with one session that
never reaches step 1 gives the same.
--- cmd
jfunnel -s / -s /cart < /dev/null
jfunnel --no-header -s /nowhere -s /cart ev.tsv
jfunnel --json -s /nowhere ev.tsv
--- file ev.tsv
#session	visitor	time	page
S1	v1	2026-11-22T10:00:00Z	/
--- stdout
#step	name	count	rate	step_rate	dropped	median_s	p90_s
1	/	0	-	-	0	-	-
2	/cart	0	-	-	0	-	-
1	/nowhere	0	-	-	0	-	-
2	/cart	0	-	-	0	-	-
{"step":1,"name":"/nowhere","count":0,"rate":null,"step_rate":null,"dropped":0,"median_s":null,"p90_s":null}
