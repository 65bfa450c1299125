An event stream's sessions may come in pieces and their rows out of
order; the exact path puts each session's rows together in time order
(order.c sorts such rows as units: runs of one session's rows in order,
then the rows of a session in pieces among themselves).  Six rows, s2
and s1 each in two pieces, s2's first row later than its second, s1's
last two at the same second; all 720 orders of them.  By hand: s1 is
/a (00:00:01), then /c and /d (both 00:00:09, in the order they came:
the stream's own order breaks a tie); s2 is /a (00:00:03), /b
(00:00:05); s3 is /x.  So there are two outputs, 360 orders each, the
one where /c comes before /d and the one where it comes after, and the
sessions are in the same order in both (the unsorted outputs number two
as well).  With --memory 64K the rows of a generated log's sessions,
shuffled, spill to sorted runs and give the same bytes as in memory, and
jfunnel the same table as on the stream in order.
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
	jsessionize -o visitor,seq,time,page in.tsv > out
	cksum < out >> raw
	sort -s -k1,1 out | cksum >> byvisitor
done < perms
sort raw | uniq -c | awk '{ print $1 }'
sort byvisitor | uniq -c | awk '{ print $1 }'
# The two outputs themselves, sorted by visitor (stable).
{ printf '#session\tvisitor\ttime\tpage\n'; cat rows; } > in.tsv
jsessionize -o visitor,seq,time,page in.tsv | sort -s -k1,1
{ printf '#session\tvisitor\ttime\tpage\n'
  for i in 1 2 3 6 5 4; do sed -n "${i}p" rows; done; } > in.tsv
jsessionize -o visitor,seq,time,page in.tsv | sort -s -k1,1 | grep v1
# Spilled: a generated log's sessions as a stream, its rows shuffled.
"$TESTDATA/../tools/genlog" -s 5 -n 12000 > g.log
jsessionize -q g.log > ev.tsv
{ head -n 1 ev.tsv; tail -n +2 ev.tsv | awk 'BEGIN { srand(3) } { print rand() "\t" $0 }' | sort | cut -f2-; } > shuf.tsv
jsessionize -q shuf.tsv > mem
jsessionize -q -v --memory 64K shuf.tsv > spill 2> err
cmp mem spill && echo "spill = memory"
awk '/sorted runs/ { print "spilled: yes" }' err
jfunnel -q -s / -s '/product/*' ev.tsv > f1
jfunnel -q --memory 64K -s / -s '/product/*' shuf.tsv > f2
cmp f1 f2 && echo "funnel same"
--- stdout
720
360
360
360
360
#visitor	seq	time	page
v1	1	2026-01-01T00:00:01Z	/a
v1	2	2026-01-01T00:00:09Z	/c
v1	3	2026-01-01T00:00:09Z	/d
v2	1	2026-01-01T00:00:03Z	/a
v2	2	2026-01-01T00:00:05Z	/b
v3	1	2026-01-01T00:00:02Z	/x
v1	1	2026-01-01T00:00:01Z	/a
v1	2	2026-01-01T00:00:09Z	/d
v1	3	2026-01-01T00:00:09Z	/c
spill = memory
spilled: yes
funnel same
--- stderr
