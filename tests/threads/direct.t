With -j, a plain file or pipe is read straight into the workers'
batches once its first lines are in, and gzip's inflated chunks are
copied into them likewise: each read goes into a batch and what comes
after its last newline goes back to the reader for the next.  Read so,
the lines agree byte for byte with -j 1's, read line by line: a line
longer than a batch (300 KB, its page written whole: 300001 bytes with
its "/"); the same log through a pipe, whose reads end anywhere, and
gzipped; and a pipe that gives a line in two reads with a pause between
them (a read with no newline in it at all, which goes back whole)
and ends with a line that has no newline.  Known answers beside:
the pipe's and the gzip's sessions are the file's; the split line
and the last one are pageviews (/split and /last), and the trickled
input gives what the same bytes in a file give.
--- cmd
. "$TESTDATA/../tests/threads/same.sh"
"$TESTDATA/../tools/genlog" -s 4 -n 20000 >g.log
{ head -n 5000 g.log
  awk 'BEGIN { p = "a"; while (length(p) < 300000) p = p p
	printf "10.0.0.1 - - [02/Nov/2026:06:00:00 +0000] \"GET /%s HTTP/1.1\" 200 7 \"-\" \"M\"\n", substr(p, 1, 300000) }'
  tail -n +5001 g.log; } >long.log
same long jsessionize --rejects r.txt -o page long.log
awk 'length($0) > 1000 { print length($0) }' out.1
cp out.1 file.out
same pipe sh -c 'cat long.log | jsessionize --rejects r.txt -o page "$@"' sh
cmp out.1 file.out && echo "pipe = file"
gzip -1 -c long.log >long.gz
same long-gz jsessionize --rejects r.txt -o page long.gz
cmp out.1 file.out && echo "gzip = file"
t=$(tail -n 1 g.log | sed 's/.*\[\([^]]*\)\].*/\1/')
cat >trickle.sh <<EOT
head -n 10000 g.log; sleep 0.3
printf '9.9.9.9 - - [%s] "GET /split' "$t"; sleep 0.3
printf ' HTTP/1.1" 200 1 "-" "M"\n'
tail -n +10001 g.log
printf '9.9.9.9 - - [%s] "GET /last HTTP/1.1" 200 1 "-" "M"' "$t"
EOT
same trickle sh -c 'sh trickle.sh | jsessionize -o page "$@"' sh
grep -c '^/split$\|^/last$' out.1
sh trickle.sh >trickle.log
jsessionize -j 1 -o page trickle.log | cmp - out.1 && echo "trickle = file"
--- stdout
long same
300001
pipe same
pipe = file
long-gz same
gzip = file
trickle same
2
trickle = file
