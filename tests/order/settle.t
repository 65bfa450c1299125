Input in time order is put in order as it comes (order.c, index_last):
each second's pageviews sorted when the next second begins, a line a
few seconds behind moved back to its place, and anything else left to
the sort of the whole arena; and a replay from memory lets the arena
go as it moves on.  Every layout below must give the bytes of the log
in order.  The log (awk below): 2000 pageviews, five a second, of 40
visitors, each second's in descending visitor order (so every second
needs sorting), and a gap of 2000 s after line 1000: by hand, 40
visitors, 40 x 2 = 80 sessions; tests/awk/sessions.awk, the
independent sessionizer, must find the same.
- late: every 50th line held back 20 lines (4 seconds behind); and
  with --memory 2M (an arena of 128K, about 650 records, 130 s), the
  arenas spilled keep their last 60 s for the next, so a late line
  still finds its place and the spills make one run (-v: "1 sorted
  runs"), where keeping only the last second made two;
- blocks: each 100 lines reversed (a record up to 100 places back each
  time: past the moves allowed, so the whole arena is sorted);
- reversed (tac): the first record out of order gives it to the sort;
- a generated log of 200000 lines (about 29000 pageviews, more than
  the 4 MiB of arena the replay starts letting go at): in memory and
  spilled to one run on disk (--memory 64K), the same bytes; reversed,
  in memory (sorted whole, let go in the sorted order) and spilled to
  runs on disk, the same bytes (not those of the log in order: the
  generator has visitors with two pageviews in a second, whose order is
  then by content).
--- cmd
awk 'BEGIN { for (i = 0; i < 2000; i++) {
	t = int(i / 5) + 2000 * int(i / 1000); v = 39 - (i % 5) - 5 * (int(i / 5) % 8)
	printf "10.1.0.%d - - [22/Nov/2026:%02d:%02d:%02d +0000] \"GET /q%d HTTP/1.1\" 200 %d \"-\" \"Mozilla/5.0 (X11; Linux x86_64) Firefox/120.0\"\n", 100 + v, 10 + int(t / 3600), int(t / 60) % 60, t % 60, i % 7, 100 + i
} }' > o.log
echo "awk: $(awk -f "$TESTDATA/../tests/awk/sessions.awk" o.log | awk '$1 ~ /^(pageviews|visitors|sessions)$/ { printf "%s %s ", $1, $2 }')"
jsessionize -q -v o.log 2>&1 > inorder | sed -n 's/.*\(pageviews\) \([0-9]*\)$/\1 \2/p; s/.*: \(visitors [0-9]*\), \(sessions [0-9]*\)$/\1 \2/p' | tr '\n' ' '; echo
awk 'NR % 50 == 0 { h[NR + 20] = $0; next } { print } NR in h { print h[NR]; delete h[NR] } END { for (k in h) print h[k] }' o.log > late.log
awk '{ b[n++] = $0 } n == 100 { while (n > 0) print b[--n] } END { while (n > 0) print b[--n] }' o.log > blocks.log
tac o.log > rev.log
for f in late blocks rev; do
	jsessionize -q $f.log | cmp - inorder && echo "$f = in order"
done
wc -l < late.log
mkdir tmp
jsessionize -q -v --memory 2M -T tmp late.log 2> err | cmp - inorder && echo "late, spilled = in order"
grep -o '[0-9]* sorted runs' err
G=$TESTDATA/../tools/genlog
"$G" -s 6 -n 200000 > g.log
tac g.log > gr.log
jsessionize -q g.log > mem
jsessionize -q --memory 64K -T tmp g.log | cmp - mem && echo "on disk = in memory"
jsessionize -q gr.log > rmem
jsessionize -q --memory 64K -T tmp gr.log | cmp - rmem && echo "reversed: on disk = in memory"
jsessionize -q -j 1 g.log | cmp - mem && echo "-j 1 = -j"
--- stdout
awk: pageviews 2000 visitors 40 sessions 80 
pageviews 2000 visitors 40 sessions 80 
late = in order
blocks = in order
rev = in order
2000
late, spilled = in order
1 sorted runs
on disk = in memory
reversed: on disk = in memory
-j 1 = -j
