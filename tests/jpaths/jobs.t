--jobs 2 and --jobs 1 write the same bytes, stdout and stderr, on the
sample (identity is the expectation: --jobs 1 is the path the other
tests check against worked answers; tests/threads/ has the rest); a bad
count is a usage error, exit 2.
--- cmd
jpaths --jobs 1  "$TESTDATA/sample.log.gz" >a 2>ea
jpaths --jobs 2  "$TESTDATA/sample.log.gz" >b 2>eb
cmp a b && cmp ea eb && [ "$(wc -l <a)" -gt 2 ] && echo same
jpaths --jobs 0  "$TESTDATA/sample.log.gz" >/dev/null 2>&1; echo "exit $?"
--- stdout
same
exit 2
