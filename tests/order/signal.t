Temporary files are gone however the program ends.  jsessionize reads a
shuffled log through a FIFO with --memory 64K, so it spills sorted runs
to the -T directory; while it waits for more input (the writer holds the
FIFO open) it is sent SIGINT (and, in a second run, SIGTERM).  The test
first waits until /proc shows the process holding a spill file open
(proof that it spilled: the file is already unlinked, "(deleted)"), then
checks the directory is empty after the signal, and that the shell saw
the signal's exit status (128 + 2, 128 + 15).  Skipped without /proc.
--- cmd
[ -d /proc/self/fd ] || { echo "no /proc"; exit 77; }
G=$TESTDATA/../tools/genlog
"$G" -s 3 -n 20000 | awk 'BEGIN { srand(7) } { print rand() "\t" $0 }' | sort | cut -f2- > s.log
mkdir tmp
for sig in INT TERM; do
	rm -f fifo; mkfifo fifo
	{ cat s.log; sleep 30; } > fifo &
	writer=$!
	# A background job of a script ignores SIGINT: perl restores it.
	perl -e '$SIG{INT} = "DEFAULT"; exec @ARGV' \
	    jsessionize --memory 64K -T tmp fifo > /dev/null 2>&1 &
	pid=$!
	i=0
	while [ $i -lt 100 ] && ! ls -l /proc/$pid/fd 2>/dev/null | grep -q '/tmp/.*(deleted)'; do
		sleep 0.1; i=$((i + 1))
	done
	ls -l /proc/$pid/fd 2>/dev/null | grep -q '/tmp/.*(deleted)' && echo "spilling"
	ls tmp | wc -l
	kill -$sig $pid; wait $pid; echo "exit $?"
	kill $writer 2>/dev/null; wait $writer 2>/dev/null
	ls tmp | wc -l
done
--- stdout
spilling
0
exit 130
0
spilling
0
exit 143
0
