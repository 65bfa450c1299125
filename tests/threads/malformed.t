-j 1, -j 2 and -j 4 agree byte for byte where lines are malformed: the
counts and the first bad line's FILE:LINE on stderr, the --rejects file
(the bad lines and, with --stream, the late ones, in input order), and
--strict's stop at the first bad line with its message.  Bad lines are
put into a generated log every 997th line (garbage, a quote cut, a bad
time) by awk, so they fall in every batch and at batch edges; lines
that are empty or only spaces go in too.  The count of malformed lines
is worked out by awk beside the program's own (the same for every -j).
--- cmd
. "$TESTDATA/../tests/threads/same.sh"
"$TESTDATA/../tools/genlog" -s 9 -n 30000 | awk '
	NR % 997 == 0 { print "garbage line " NR; nbad++ }
	NR % 997 == 1 { print "1.2.3.4 - - [02/Nov/2026:06:00:00 +0000] \"GET /x"; nbad++ }
	NR % 997 == 2 { print "1.2.3.4 - - [99/Nov/2026:06:00:00 +0000] \"GET /y HTTP/1.1\" 200 1 \"-\" \"M\""; nbad++ }
	NR % 1500 == 3 { print "" }
	{ print }
	END { print nbad > "nbad" }' >bad.log
same malformed jsessionize --rejects r.txt bad.log
n=$(sed -n 's/^jsessionize: \([0-9]*\) of .* malformed.*/\1/p' err.1)
[ "$(wc -l <rej.1)" -eq "$(cat nbad)" ] && echo "rejects hold them all"
same malformed-stream jsessionize --stream --slack 0 --rejects r.txt bad.log
# Its first bad line well past the first batch: line 5100 of bad.log is
# genlog's 5095th, the next bad line is genlog's 5982nd (NR % 997 == 0),
# line 904 of strict.log (with the empty lines awk put in).
sed -n '5100,$p' bad.log >strict.log
same strict jsessionize --strict strict.log
grep -c '^jsessionize: strict.log:904: .*(--strict)$' err.1
same jfunnel jfunnel --rejects r.txt -s / -s /cart bad.log
same jpaths jpaths bad.log
echo "awk $(cat nbad); jsessionize $n"
--- stdout
malformed same
rejects hold them all
malformed-stream same
strict same
1
jfunnel same
jpaths same
awk 92; jsessionize 92
