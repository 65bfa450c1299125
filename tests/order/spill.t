A spill to temporary files gives the same bytes as a run in memory.  A
generated log (tools/genlog, 20000 lines: 2896 pageviews of 2356
sessions) is shuffled with a fixed seed; with --memory 64K the records
are spilled as sorted runs to the -T directory and merged back; with
200000 lines more than 64 runs pile up and are merged into one on the
way (sort(1)'s multi-pass merge), again the same bytes as in memory.
-v says that runs were spilled ("spilled: yes" by the awk below;
jretention's with --memory 400K, twice: the pageviews' and, past its
16th of --memory, the visitors' state).  The
temporary files are unlinked as soon as they are made: the -T directory
is empty after the runs, after one killed by SIGPIPE (| head), and
after a run that could not make one (-T
names no directory: exit 1, a message naming the fix).  The shuffled
log's sessions and pageviews are those of the log in order (the same
number of lines and of distinct session ids: ids depend on the visitor
and start only).
--- cmd
G=$TESTDATA/../tools/genlog
"$G" -s 3 -n 20000 > g.log
awk 'BEGIN { srand(7) } { print rand() "\t" $0 }' g.log | sort | cut -f2- > s.log
mkdir tmp
jsessionize -q s.log > mem
jsessionize -q -v --memory 64K --temporary-directory tmp s.log > spill 2> err
cmp mem spill && echo "spill = memory"
awk '/sorted runs/ { print "spilled: yes" }' err
jsessionize -q g.log > inorder
wc -l < inorder; wc -l < spill
cut -f1 inorder | sort -u | wc -l; cut -f1 spill | sort -u | wc -l
for p in "jfunnel -s / -s /product/*" jpaths jdropoff; do
	$p -q s.log > m; $p -q --memory 64K -T tmp s.log > d
	cmp m d && echo "$p: spill = memory"
done
jretention -q s.log > m; jretention -q -v --memory 400K -T tmp s.log > d 2> err
cmp m d && echo "jretention: spill = memory"
awk '/sorted runs/ { print "spilled: yes" }' err
"$G" -s 5 -n 200000 | awk 'BEGIN { srand(9) } { print rand() "\t" $0 }' | sort | cut -f2- > big.log
jsessionize -q big.log > m; TMPDIR=tmp jsessionize -q --memory 64K big.log > d
cmp m d && echo "multi-pass = memory"
ls tmp | wc -l
jsessionize -q --memory 64K -T tmp big.log | head -n 1 > /dev/null
ls tmp | wc -l
jsessionize -q --memory 64K -T tmp/none s.log > /dev/null; echo "exit $?"
ls tmp | wc -l
--- stdout
spill = memory
spilled: yes
2897
2897
2357
2357
jfunnel -s / -s /product/*: spill = memory
jpaths: spill = memory
jdropoff: spill = memory
jretention: spill = memory
spilled: yes
spilled: yes
multi-pass = memory
0
0
exit 1
0
--- stderr
jsessionize: cannot make a temporary file in tmp/none: No such file or directory (set -T DIR or TMPDIR, or raise --memory)
