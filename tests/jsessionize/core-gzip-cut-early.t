A gzip file cut so early that not one line is complete: the error is
the truncation (exit 1), not a failure to detect the format, and the
partial line is counted as malformed and written to --rejects, not lost.
The first 30 bytes of the gzip -1 output of the log inflate to the start
of its first line (zcat prints "1.1.1.1 - - [22/Nov/202"); --rejects
gets that partial line and a newline.
--- cmd
printf '1.1.1.1 - - [22/Nov/2026:10:00:00 +0000] "GET /p HTTP/1.1" 200 1 "-" "M"\n' > one.log
for i in 1 2 3 4 5 6 7 8; do cat one.log one.log one.log one.log; done | gzip -1 | head -c 30 > cut.gz
zcat cut.gz 2>/dev/null > expect; echo >> expect
jsessionize -v --rejects rej cut.gz > out 2>err; echo "exit $?"
cat out
grep -v "format\|inflated with" err
cmp rej expect && echo same
--- stdout
exit 1
#session	visitor	seq	time	page	status	channel
jsessionize: cut.gz: truncated gzip stream at byte offset 30
jsessionize: 1 of 1 lines malformed (first: cut.gz:1); written to rej
jsessionize: lines 1: skipped 0, malformed 1, parsed 0
jsessionize: parsed 0: method 0, status 0, static 0, downloads 0, bots 0, excluded 0, late 0, pageviews 0
jsessionize: visitors 0, sessions 0
same
