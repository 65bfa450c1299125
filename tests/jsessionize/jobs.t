-j/--jobs: a count of threads from 1 to 64, anything else a usage error
(exit 2) that says the range; --jobs 2 and --jobs 1 write the same bytes
on the sample (identity is the expectation: -j 1 is the path the other
tests check; tests/threads/ has the rest).
--- cmd
for j in 0 65 x 2x ''; do jsessionize -j "$j" "$TESTDATA/sample.log.gz" >/dev/null; echo "exit $?"; done
jsessionize --jobs 1 "$TESTDATA/sample.log.gz" >a 2>ea
jsessionize --jobs 2 "$TESTDATA/sample.log.gz" >b 2>eb
cmp a b && cmp ea eb && wc -l <a
--- stdout
exit 2
exit 2
exit 2
exit 2
exit 2
710
--- stderr
jsessionize: bad -j "0": give how many threads parse lines, 1 to 64 (1: the main thread alone)
Try 'jsessionize --help'.
jsessionize: bad -j "65": give how many threads parse lines, 1 to 64 (1: the main thread alone)
Try 'jsessionize --help'.
jsessionize: bad -j "x": give how many threads parse lines, 1 to 64 (1: the main thread alone)
Try 'jsessionize --help'.
jsessionize: bad -j "2x": give how many threads parse lines, 1 to 64 (1: the main thread alone)
Try 'jsessionize --help'.
jsessionize: bad -j "": give how many threads parse lines, 1 to 64 (1: the main thread alone)
Try 'jsessionize --help'.
