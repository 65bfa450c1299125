The analyses of the page and jreport's own sets share a 64th of --memory,
and past it they spill exactly.  The log: genlog's first 150000 lines
(14875 visitors, a visit each) and the same again a day later (a second
visit each).  With --memory 4M the share is 16 KiB for each of 4 (pages,
journeys, the flow's links, jreport's sets): the tables of the journeys
and of the flow's links spill sorted runs every few hundred keys, the
flow's edges (7456 of them, counted by jpaths --edges --depth 5 alone)
go past the 512 kept in memory to a file and are read back twice, and
the per-day sets of visitors wait on disk.  The page is that of the
default --memory byte for byte but for the command line in its footer,
and -v says what spilled.  The visit counts (returning) have an eighth
of --memory, 512 KiB: 16384 counts of 16 bytes at most half full, enough
for the 14875 visitors, so none is forgotten.  At --memory 512K (64 KiB:
2048 counts) they are forgotten: the page's new and returning rows are
then approximate, standard error says so even without -v, and every
section before the segments stays exact.
--- cmd
"$TESTDATA/../tools/genlog" -s 21 -n 150000 > access.log
sed 's|02/Nov/2026|03/Nov/2026|' access.log > day2.log
cat access.log day2.log > two.log
jpaths -q --edges --depth 5 two.log | grep -vc '^#'
foot() { grep -v '^<footer>' "$1"; }
jreport -q two.log > a.html
jreport -q -v --memory 4M two.log > b.html 2> err
foot a.html > a.body; foot b.html > b.body
test -s a.body && cmp a.body b.body && echo "4M: same page"
grep -c '^<footer>' b.html
grep -o "of the counted paths spilled past --memory" err | sort -u
grep -o "of the flow's edges waited on disk past --memory" err
grep -o "distinct visitors per day or hour waited on disk" err
grep -c "forgotten" err
jreport --memory 512K two.log > c.html 2> err2
grep -o "visit counts were forgotten" err2
sed -n '1,/id="segments"/p' a.html > a.top
sed -n '1,/id="segments"/p' c.html > c.top
test -s a.top && cmp a.top c.top && echo "512K: same page up to the segments"
foot a.html | sed -n '/id="segments"/,$p' > a.seg
foot c.html | sed -n '/id="segments"/,$p' > c.seg
cmp -s a.seg c.seg || echo "512K: new and returning approximate"
--- stdout
7456
4M: same page
1
of the counted paths spilled past --memory
of the flow's edges waited on disk past --memory
distinct visitors per day or hour waited on disk
0
visit counts were forgotten
512K: same page up to the segments
512K: new and returning approximate
