What --merge refuses, and how (the same code serves jfunnel, jpaths and
jdropoff).  A partial made with other analysis options (here without
--by) or by another program: exit 2, naming the fix.  A file that is no
partial (the log itself): exit 1, a data error.  A line that does not
fit (a count that is not a number): exit 1 with its file and line.
--partial with --merge, --explain with --partial, a bad --shard: usage
errors.  With no partial read, no report is written (as with no input
read); the report of what could be merged is still written after a bad
line, as after a data error in a log.
--- cmd
jdropoff --partial access.log > p
jdropoff --by channel --merge p; echo "exit $?"
jfunnel -s / --merge p; echo "exit $?"
jdropoff --merge access.log; echo "exit $?"
sed '3s/1$/one/' p | jdropoff --merge; echo "exit $?"
jdropoff --partial --merge p; echo "exit $?"
jfunnel -s / --explain --partial access.log; echo "exit $?"
jpaths --shard 0/3 access.log; echo "exit $?"
jpaths --shard 4/3 access.log; echo "exit $?"
jsessionize --shard 1/x access.log; echo "exit $?"
--- stdout
exit 2
exit 2
exit 1
#page	views	sessions	entries	exits	exit_rate	bounces	bounce_rate
exit 1
exit 2
exit 2
exit 2
exit 2
exit 2
--- stderr
jdropoff: p:1: a partial of another program or of other options: give --merge the options the partials were made with (the analysis options, and --owners, --bot-list, --static-list, --ua-regexes by their files' contents, --no-ua-bots)
jfunnel: p:1: a partial of another program or of other options: give --merge the options the partials were made with (the analysis options, and --owners, --bot-list, --static-list, --ua-regexes by their files' contents, --no-ua-bots)
jdropoff: access.log:1: not a partial (no #partial line before the data): make it with jdropoff --partial
jdropoff: (stdin):3: bad partial line: fields missing or not counts
jdropoff: --partial and --merge do not go together: a merge writes the report
Try 'jdropoff --help'.
jfunnel: --explain writes a line per unit and has no partial state: leave out --partial
Try 'jfunnel --help'.
jpaths: bad --shard "0/3": give K/N, shard K of N, 1 <= K <= N (such as 1/4)
Try 'jpaths --help'.
jpaths: bad --shard "4/3": give K/N, shard K of N, 1 <= K <= N (such as 1/4)
Try 'jpaths --help'.
jsessionize: bad --shard "1/x": give K/N, shard K of N, 1 <= K <= N (such as 1/4)
Try 'jsessionize --help'.
--- file access.log
1.1.1.1 - - [22/Nov/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 512 "-" "M"
1.1.1.1 - - [22/Nov/2026:10:00:30 +0000] "GET /style.css HTTP/1.1" 200 512 "-" "M"
1.1.1.1 - - [22/Nov/2026:10:01:00 +0000] "GET /product/1 HTTP/1.1" 200 512 "-" "M"
1.1.1.1 - - [22/Nov/2026:10:02:00 +0000] "GET /cart HTTP/1.1" 200 512 "-" "M"
2.2.2.2 - - [22/Nov/2026:10:03:00 +0000] "GET / HTTP/1.1" 200 512 "https://www.google.com/" "M"
3.3.3.3 - - [22/Nov/2026:10:04:00 +0000] "GET /product/2 HTTP/1.1" 200 512 "https://www.google.com/" "M"
3.3.3.3 - - [22/Nov/2026:10:05:00 +0000] "GET /cart HTTP/1.1" 200 512 "-" "M"
3.3.3.3 - - [22/Nov/2026:10:06:00 +0000] "GET /order/complete?id=9 HTTP/1.1" 200 512 "-" "M"
4.4.4.4 - - [22/Nov/2026:10:07:00 +0000] "GET /blog/x HTTP/1.1" 200 512 "-" "M"
