An event stream whose sessions the analyses keep is gathered by session
id like any input in any order, but jsessionize writes each session's
rows together and in time order, so the exact path takes each session
as its rows come, on the guess that they do, and keeps the rows
meanwhile, unsorted, for the sort should the guess fail
(jsessionize(1), INPUT ORDER).  The stream: 6000 sessions of four rows
(/p0, /p1, /p2, /p3, 20 s apart, 7 s between sessions), random 16-digit
ids, visitor v(s mod 2000), so each visitor has three sessions in the
order they began.  By hand, the funnel /p0 > /p1 > /p3 by returning:
2000 first visits and 4000 returning, all of them at each step, 20 s
from /p0 to /p1 and 40 s from /p1 to /p3.  The rows are kept as 1 MiB
of them is gathered, so more than that was written when the guess
holds.  Then the same table where the guess fails, each time after
the rows kept were written, and -v says why:
- split: the /p3 rows of the first ten sessions moved to the end (taken
  as they came, the ten would be sessions of their own: 6010 at /p0);
- back: the last session's /p1 row before its /p0 row;
- order: the third session of visitor v5 (session 4005) first: its
  visit is 3, not the 1 it would be counted as where it came;
- mixed: a log of one visitor's /p0, /p1 and /p3 (20 s apart) after the
  stream: one first visit more (2001 at each step);
- many: --memory 64K, whose 16th holds 512 ids.
The guess needs no temporary file for a stream kept in memory: the
first 1000 sessions with -T at a directory that does not exist.
--- cmd
awk 'BEGIN { srand(9); print "#session\tvisitor\ttime\tpage"
	for (s = 0; s < 6000; s++) {
		id = sprintf("%04x%04x%04x%04x", int(rand() * 65536),
		    int(rand() * 65536), int(rand() * 65536), int(rand() * 65536))
		for (k = 0; k < 4; k++)
			printf "%s\tv%d\t%d\t/p%d\n", id, s % 2000,
			    1795000000 + 7 * s + 20 * k, k
	} }' > long.tsv
F="-s /p0 -s /p1 -s /p3 --by returning"
jfunnel -v $F long.tsv 2> err
sed -n 's/ ([0-9]* rows kept meanwhile, [0-9]* bytes spilled)$//p' err
sed -n 's/.* (\([0-9]*\) rows kept meanwhile, \([0-9]*\) bytes spilled)$/rows \1, bytes > 0: \2/p' err | sed 's/: [1-9][0-9]*$/: yes/'
# The rows of the first ten sessions' /p3 (lines 5, 9, ... 41) last.
awk 'NR > 1 && NR <= 41 && (NR - 1) % 4 == 0 { held = held $0 "\n"; next }
	{ print } END { printf "%s", held }' long.tsv > split.tsv
awk 'NR == 23998 { keep = $0; next } NR == 23999 { print; print keep; next } { print }' long.tsv > back.tsv
awk 'NR == 1 { print; next } NR - 1 > 4 * 4005 && NR - 1 <= 4 * 4006 { print }' long.tsv > order.tsv
awk 'NR > 1 && !(NR - 1 > 4 * 4005 && NR - 1 <= 4 * 4006)' long.tsv >> order.tsv
ua='"Mozilla/5.0 (X11; Linux x86_64) Firefox/120.0"'
printf '10.0.0.1 - - [01/Dec/2026:10:00:%s +0000] "GET /p%s HTTP/1.1" 200 900 "-" %s\n' \
    00 0 "$ua" 20 1 "$ua" 40 3 "$ua" > one.log
# --memory 16M: the sort's 1M spills, so -v tells.
for v in split back order; do
	echo "$v:"
	jfunnel -v --memory 16M $F $v.tsv 2> err
	grep 'gathered by the sort' err
done
echo "mixed:"
jfunnel -v --memory 16M $F long.tsv one.log 2> err
grep 'gathered by the sort' err
echo "many:"
jfunnel -q -s /p0 -s /p1 -s /p3 long.tsv > mem
jfunnel -v --memory 64K -s /p0 -s /p1 -s /p3 long.tsv 2> err | cmp - mem && cat mem
grep 'gathered by the sort' err
head -n 4001 long.tsv > small.tsv
jfunnel -q -T ./none $F small.tsv; echo "exit $?"
--- stdout
#returning	step	name	count	rate	step_rate	dropped	median_s	p90_s
1	1	/p0	4000	1.0000	1.0000	0	-	-
1	2	/p1	4000	1.0000	1.0000	0	20	20
1	3	/p3	4000	1.0000	1.0000	0	40	40
0	1	/p0	2000	1.0000	1.0000	0	-	-
0	2	/p1	2000	1.0000	1.0000	0	20	20
0	3	/p3	2000	1.0000	1.0000	0	40	40
jfunnel: sessions taken as read: each session's rows came together, in time order
rows 24000, bytes > 0: yes
split:
#returning	step	name	count	rate	step_rate	dropped	median_s	p90_s
1	1	/p0	4000	1.0000	1.0000	0	-	-
1	2	/p1	4000	1.0000	1.0000	0	20	20
1	3	/p3	4000	1.0000	1.0000	0	40	40
0	1	/p0	2000	1.0000	1.0000	0	-	-
0	2	/p1	2000	1.0000	1.0000	0	20	20
0	3	/p3	2000	1.0000	1.0000	0	40	40
jfunnel: sessions gathered by the sort: a session's id came again after other sessions' rows
back:
#returning	step	name	count	rate	step_rate	dropped	median_s	p90_s
1	1	/p0	4000	1.0000	1.0000	0	-	-
1	2	/p1	4000	1.0000	1.0000	0	20	20
1	3	/p3	4000	1.0000	1.0000	0	40	40
0	1	/p0	2000	1.0000	1.0000	0	-	-
0	2	/p1	2000	1.0000	1.0000	0	20	20
0	3	/p3	2000	1.0000	1.0000	0	40	40
jfunnel: sessions gathered by the sort: a session's rows did not come in time order
order:
#returning	step	name	count	rate	step_rate	dropped	median_s	p90_s
1	1	/p0	4000	1.0000	1.0000	0	-	-
1	2	/p1	4000	1.0000	1.0000	0	20	20
1	3	/p3	4000	1.0000	1.0000	0	40	40
0	1	/p0	2000	1.0000	1.0000	0	-	-
0	2	/p1	2000	1.0000	1.0000	0	20	20
0	3	/p3	2000	1.0000	1.0000	0	40	40
jfunnel: sessions gathered by the sort: a visitor's sessions did not come in the order they began
mixed:
#returning	step	name	count	rate	step_rate	dropped	median_s	p90_s
1	1	/p0	4000	1.0000	1.0000	0	-	-
1	2	/p1	4000	1.0000	1.0000	0	20	20
1	3	/p3	4000	1.0000	1.0000	0	40	40
0	1	/p0	2001	1.0000	1.0000	0	-	-
0	2	/p1	2001	1.0000	1.0000	0	20	20
0	3	/p3	2001	1.0000	1.0000	0	40	40
jfunnel: sessions gathered by the sort: a log's lines came with the event stream's rows
many:
#step	name	count	rate	step_rate	dropped	median_s	p90_s
1	/p0	6000	1.0000	1.0000	0	-	-
2	/p1	6000	1.0000	1.0000	0	20	20
3	/p3	6000	1.0000	1.0000	0	40	40
jfunnel: sessions gathered by the sort: too many sessions to check (ids past 1/16 of --memory)
#returning	step	name	count	rate	step_rate	dropped	median_s	p90_s
0	1	/p0	1000	1.0000	1.0000	0	-	-
0	2	/p1	1000	1.0000	1.0000	0	20	20
0	3	/p3	1000	1.0000	1.0000	0	40	40
exit 0
