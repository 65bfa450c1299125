When no input at all could be read, no program writes a report on
stdout (not even a header or a table of zeros, which would look like an
answer): a missing file and a directory (exit 1), a file no format fits
(exit 2).  An empty file is input that was read: its (empty) report is
written.  One readable file among unreadable ones is reported as usual.
--- file junk.log
hello
--- file ok.log
10.0.0.1 - - [22/Nov/2026:09:00:00 +0000] "GET / HTTP/1.1" 200 1 "-" "A"
--- cmd
mkdir adir
: > empty.log
for p in jsessionize "jfunnel -s /" jpaths jdropoff jretention; do
	for f in nosuch.log adir junk.log; do
		$p "$f" 2>/dev/null; echo "$p $f: exit $?"
	done
	$p empty.log | head -n 1
done
jpaths nosuch.log ok.log 2>/dev/null; echo "exit $?"
--- stdout
jsessionize nosuch.log: exit 1
jsessionize adir: exit 1
jsessionize junk.log: exit 2
#session	visitor	seq	time	page	status	channel
jfunnel -s / nosuch.log: exit 1
jfunnel -s / adir: exit 1
jfunnel -s / junk.log: exit 2
#step	name	count	rate	step_rate	dropped	median_s	p90_s
jpaths nosuch.log: exit 1
jpaths adir: exit 1
jpaths junk.log: exit 2
#count	share	path
jdropoff nosuch.log: exit 1
jdropoff adir: exit 1
jdropoff junk.log: exit 2
#page	views	sessions	entries	exits	exit_rate	bounces	bounce_rate
jretention nosuch.log: exit 1
jretention adir: exit 1
jretention junk.log: exit 2
#cohort	period	visitors	returned	rate
#count	share	path
1	1.0000	/
exit 1
