--jobs 2 and --jobs 1 write the same page on the sample but for the
line that quotes the command (identity is the expectation: --jobs 1 is
the path the other tests check; tests/threads/ has the rest); a bad
count is a usage error, exit 2.
--- cmd
jreport --jobs 1 -s / -s /cart -o a.html "$TESTDATA/sample.log.gz" 2>ea
jreport --jobs 2 -s / -s /cart -o b.html "$TESTDATA/sample.log.gz" 2>eb
grep -v 'Command line:' a.html >a
grep -v 'Command line:' b.html >b
cmp a b && cmp ea eb && [ "$(wc -l <a)" -gt 100 ] && echo same
jreport --jobs 0 -o c.html "$TESTDATA/sample.log.gz" >/dev/null 2>&1; echo "exit $?"
--- stdout
same
exit 2
