An event stream's sessions may come in pieces and their rows out of
order: the analyses keep the stream's sessions, and the exact path puts
each session's rows together in time order (order.c sorts them as
units - runs of one session's rows in order, by a radix sort of their
ids - then the rows of a session in pieces among themselves; rows that
came one by one are sorted row by row).  Six rows, s2 and s1 each in two
pieces, s2's first row later than its second, s1's last two at the same
second; jpaths on all 720 orders of them.  By hand: s1 is /a
(00:00:01), then /c and /d (both 00:00:09, in the order they came: the
stream's order breaks the tie); s2 is /a (00:00:03), /b (00:00:05); s3
is /x: three journeys, one each (a third).  So there are two reports,
360 orders each: /a > /c > /d where /c came first, /a > /d > /c where
it came after.  A generated log's sessions as jsessionize writes them
(each session's rows together) and the same rows shuffled give jfunnel
the same table, in memory and spilled with --memory 64K (the stream in
order spilled is sorted as units arena by arena: with a pass of the
radix sort left out, its runs come out of order and jfunnel stops with
an error); jsessionize, which makes sessions again from the rows,
spills the shuffled rows and gives the bytes it gives in memory.  Last,
3000 sessions of four rows each, /p0 to /p3 20 s apart, with random
16-digit ids: the funnel /p0 > /p1 > /p3 is 3000 at each step (all of
them), 20 s from /p0 to /p1 and 40 s from /p1 to /p3, in memory and
spilled to sorted runs of units (where a pass of the radix sort left out
broke the sessions up: 743 at the first step).
--- cmd
printf 's2\tv2\t2026-01-01T00:00:05Z\t/b\ns1\tv1\t2026-01-01T00:00:01Z\t/a\ns2\tv2\t2026-01-01T00:00:03Z\t/a\ns1\tv1\t2026-01-01T00:00:09Z\t/c\ns3\tv3\t2026-01-01T00:00:02Z\t/x\ns1\tv1\t2026-01-01T00:00:09Z\t/d\n' > rows
# Every permutation of the six rows, one per line of perms (1-based).
awk 'function p(k, s, i) { if (k > 6) { print s; return }
	for (i = 1; i <= 6; i++) if (!u[i]) { u[i] = 1; p(k + 1, s " " i); u[i] = 0 } }
	BEGIN { p(1, "") }' > perms
wc -l < perms
while read -r a b c d e f; do
	{ printf '#session\tvisitor\ttime\tpage\n'
	  for i in $a $b $c $d $e $f; do sed -n "${i}p" rows; done; } > in.tsv
	jpaths in.tsv | cksum >> sums
done < perms
sort sums | uniq -c | awk '{ print $1 }'
# The two reports: the rows as listed, and with /d before /c.
{ printf '#session\tvisitor\ttime\tpage\n'; cat rows; } > in.tsv
jpaths in.tsv
{ printf '#session\tvisitor\ttime\tpage\n'
  for i in 1 2 3 6 5 4; do sed -n "${i}p" rows; done; } > in.tsv
jpaths in.tsv | grep /c
# A generated log's sessions as a stream, and its rows shuffled.
"$TESTDATA/../tools/genlog" -s 5 -n 12000 > g.log
jsessionize -q g.log > ev.tsv
{ head -n 1 ev.tsv; tail -n +2 ev.tsv | awk 'BEGIN { srand(3) } { print rand() "\t" $0 }' | sort | cut -f2-; } > shuf.tsv
F="-s / -s /product/*"
jfunnel -q $F ev.tsv > f1
jfunnel -q $F shuf.tsv > f2
jfunnel -q --memory 64K $F shuf.tsv > f3
jfunnel -q -v --memory 64K $F ev.tsv > f4 2> err
cmp f1 f2 && cmp f1 f3 && cmp f1 f4 && echo "funnel same"
awk '/sorted runs/ { print "spilled: yes" }' err
jsessionize -q shuf.tsv > mem
jsessionize -q -v --memory 64K shuf.tsv > spill 2> err
cmp mem spill && echo "spill = memory"
awk '/sorted runs/ { print "spilled: yes" }' err
# 3000 sessions of four rows (/p0, /p1, /p2, /p3, 20 s apart) with
# random 16-digit ids, each session's rows together: sorted as units.
awk 'BEGIN { srand(9); print "#session\tvisitor\ttime\tpage"
	for (s = 0; s < 3000; s++) {
		id = sprintf("%04x%04x%04x%04x", int(rand() * 65536),
		    int(rand() * 65536), int(rand() * 65536), int(rand() * 65536))
		for (k = 0; k < 4; k++)
			printf "%s\tv%d\t%d\t/p%d\n", id, s,
			    1795000000 + 7 * s + 20 * k, k
	} }' > long.tsv
jfunnel -s /p0 -s /p1 -s /p3 long.tsv
jfunnel -q -s /p0 -s /p1 -s /p3 --memory 64K -v long.tsv 2> err | tail -n 1
awk '/sorted runs/ { print "spilled: yes" }' err
--- stdout
720
360
360
#count	share	path
1	0.3333	/a > /b
1	0.3333	/a > /c > /d
1	0.3333	/x
1	0.3333	/a > /d > /c
funnel same
spilled: yes
spill = memory
spilled: yes
#step	name	count	rate	step_rate	dropped	median_s	p90_s
1	/p0	3000	1.0000	1.0000	0	-	-
2	/p1	3000	1.0000	1.0000	0	20	20
3	/p3	3000	1.0000	1.0000	0	40	40
3	/p3	3000	1.0000	1.0000	0	40	40
spilled: yes
--- stderr
