A truncated gzip file: exit 1 with jsessionize's message (file name and
byte offset), and the table is still written from the data read before
the cut.  The first 400 bytes of the gzip'd 3000-line log inflate to 100
full lines, /p0 ... /p99 (zcat cut.gz | wc -l: 100), and the start of a
line, 1.1.1.1 ... "GET /p, which does not parse (no closing quote).  All
are of one visitor at one time: one session of 100 pageviews, so 100
rows, 100 views, 1 entry (/p0), 1 exit (/p99).
--- cmd
awk 'BEGIN { for (i = 0; i < 3000; i++) printf "1.1.1.1 - - [22/Nov/2026:10:00:00 +0000] \"GET /p%d HTTP/1.1\" 200 1 \"-\" \"M\"\n", i }' > big.log
gzip -1 -c big.log | head -c 400 > cut.gz
jdropoff -n 0 --no-header cut.gz > out; echo "exit $?"
awk -F'\t' '{ v += $2; e += $4; x += $5 } END { print NR, v, e, x }' out
jdropoff --sort entries -n 1 --no-header cut.gz 2>/dev/null | cut -f1
--- stdout
exit 1
100 100 1 1
/p0
--- stderr
jdropoff: cut.gz: truncated gzip stream at byte offset 400
jdropoff: 1 of 101 lines malformed (first: cut.gz:101); see --rejects FILE
