A truncated gzip file: exit 1, a message with the file name and the byte
offset where the data ran out (the file's size, 400 here), and the lines
that were read before the cut are still processed.  The log is 3000
lines; gzip -1 of it is 8442 bytes, and its first 400 bytes inflate to
99 full lines (zcat | wc -l), the first being /p0.
--- cmd
awk 'BEGIN { for (i = 0; i < 3000; i++) printf "1.1.1.1 - - [22/Nov/2026:10:00:00 +0000] \"GET /p%d HTTP/1.1\" 200 1 \"-\" \"M\"\n", i }' > big.log
gzip -1 -c big.log | head -c 400 > cut.gz
jsessionize --no-header -o page cut.gz > out; echo "exit $?"
head -n 1 out
--- stdout
exit 1
/p0
--- stderr
jsessionize: cut.gz: truncated gzip stream at byte offset 400
jsessionize: 1 of 101 lines malformed (first: cut.gz:101); see --rejects FILE
