An event stream keeps its sessions even when its lines are not together:
jsessionize's output sorted by time (sort -k4, which interleaves the
sessions) gives jfunnel the same funnel as the unsorted stream and as
the raw log (sessionized on the fly): 116, 19, 6.  On main before this
change the sorted stream counted every line as a new session (123 entered
step 1, 0 went on).  With --stream the lines are taken as they come, so
the first session id seen again after another session stops the run:
exit 1, the line named, and the table of what was read before it.
--- cmd
S=$TESTDATA/sample.log.gz
F="-s / -s /product/* -s /cart"
jfunnel $F "$S" > raw
jsessionize "$S" > ev.tsv
jfunnel $F < ev.tsv > ev
{ head -n 1 ev.tsv; tail -n +2 ev.tsv | sort -t "$(printf '\t')" -k4,4; } > sorted.tsv
jfunnel $F sorted.tsv > so
jdropoff -n 3 sorted.tsv > d1; jdropoff -n 3 ev.tsv > d2; cmp d1 d2 && echo "jdropoff same"
jpaths -n 3 sorted.tsv > p1; jpaths -n 3 ev.tsv > p2; cmp p1 p2 && echo "jpaths same"
cmp raw ev && cmp raw so && cat so
jfunnel --stream -s / sorted.tsv; echo "exit $?"
--- stdout
jdropoff same
jpaths same
#step	name	count	rate	step_rate	dropped	median_s	p90_s
1	/	116	1.0000	1.0000	97	-	-
2	/product/*	19	0.1638	0.1638	13	24	45
3	/cart	6	0.0517	0.3158	0	25	65
#step	name	count	rate	step_rate	dropped	median_s	p90_s
1	/	7	1.0000	1.0000	0	-	-
exit 1
--- stderr
jfunnel: sorted.tsv:31: session 13ecc662e0d6a9d1 comes again after other sessions: an event stream's sessions must be contiguous; give it without --stream, which groups them
