The sort's arena is 1/16 of --memory, at least 64K: with --memory 64K
it holds 64K, so these logs of 3000 pageviews (records of 72 bytes:
a header of 40, the key 10.0.0.N, a NUL and 8 bytes of UA hash (17 or
18), 8 of LEB128, the target /pN (3 or 4) and the referrer "-", the
page being the target and not stored again, padded to 8; -v's 216000
bytes of the in-order log's run, and an index entry of 16 in the
arena: 264000 bytes) are spilled several times.  The log (awk below) is in time
order, four pageviews a second of 97 visitors (visitor (37 i) mod 97
for line i, so a second's visitors are not in key order), and a gap of
1900 s after line 1500:
by hand, 97 visitors, 97 x 2 = 194 sessions, 3000 pageviews.
tests/awk/sessions.awk, the independent sessionizer, must find the same
figures, and so must jsessionize -v on every variant below.
- in order: the spills are appended to one run (-v: "1 sorted runs"),
  read back in one pass; the output is byte for byte the in-memory one
  (same log, default --memory), for every program;
- line 2000 moved to the end: the late record starts a second run
  ("2 sorted runs"), merged with the first; same bytes as in memory;
- shuffled (fixed seed): 5 runs merged - the first is a quarter of the
  arena (the guess's first spill, 16384 bytes: it is far out of order,
  so the guess is off), then an arena's worth each (264000 - 16384 =
  247616, and 247616 / 65536 is 3.8, so 4 more); same bytes as the shuffled log
  in memory, and the same bytes as the log in order (each visitor has
  at most one pageview a second, so no tie is left to content order);
- one pageview with an 80000-byte path: a record larger than a run's
  read buffer (64K); same bytes as in memory.
--- cmd
awk 'BEGIN { for (i = 0; i < 3000; i++) {
	t = int(i / 4) + 1900 * int(i / 1500); v = (i * 37) % 97
	printf "10.0.%d.%d - - [22/Nov/2026:%02d:%02d:%02d +0000] \"GET /p%d HTTP/1.1\" 200 %d \"-\" \"Mozilla/5.0 (X11; Linux x86_64) Firefox/%d.0\"\n", int(v / 256), v % 256, 10 + int(t / 3600), int(t / 60) % 60, t % 60, i % 13, 100 + i, 100 + v % 3
} }' > o.log
awk 'NR == 2000 { l = $0; next } { print } END { print l }' o.log > late.log
awk 'BEGIN { srand(7) } { print rand() "\t" $0 }' o.log | sort | cut -f2- > s.log
p=$(head -c 80000 /dev/zero | tr '\0' a)
{ head -n 1499 o.log; sed -n 1500p o.log | sed "s|GET /p[0-9]*|GET /$p|"; tail -n +1501 o.log; } > long.log
mkdir tmp
echo "awk: $(awk -f "$TESTDATA/../tests/awk/sessions.awk" o.log | awk '$1 ~ /^(pageviews|visitors|sessions)$/ { printf "%s %s ", $1, $2 }')"
jsessionize -q o.log > inorder
for f in o late s long; do
	jsessionize -q $f.log > mem
	jsessionize -v --memory 64K -T tmp $f.log > spill 2> err
	cmp mem spill && echo "$f: spill = memory"
	sed -n 's/.*\(pageviews\) \([0-9]*\)$/\1 \2/p; s/.*: \(visitors [0-9]*\), \(sessions [0-9]*\)$/\1 \2/p; s/.*pageviews, \([0-9]* sorted runs\).*/\1/p' err | tr '\n' ' '
	echo
done
jsessionize -q --memory 64K -T tmp s.log | cmp - inorder && echo "shuffled, spilled = in order"
for p in "jfunnel -s /p0 -s /p1" jpaths jdropoff jretention; do
	$p -q o.log > m; $p -q --memory 64K -T tmp o.log > d
	cmp m d && echo "$p: one run = memory"
done
ls tmp | wc -l
--- stdout
awk: pageviews 3000 visitors 97 sessions 194 
o: spill = memory
pageviews 3000 visitors 97 sessions 194 1 sorted runs 
late: spill = memory
pageviews 3000 visitors 97 sessions 194 2 sorted runs 
s: spill = memory
pageviews 3000 visitors 97 sessions 194 5 sorted runs 
long: spill = memory
pageviews 3000 visitors 97 sessions 194 1 sorted runs 
shuffled, spilled = in order
jfunnel -s /p0 -s /p1: one run = memory
jpaths: one run = memory
jdropoff: one run = memory
jretention: one run = memory
0
