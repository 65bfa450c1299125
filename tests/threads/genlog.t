-j 1, -j 2 and -j 4 give byte-identical output and stderr for all six
programs on a generated log (tools/genlog, 60000 lines: many batches of
1024 lines), in time order and shuffled, on the exact path and with
--stream, with --shard, with jsessionize --map and on its output
read back (reducers).  The expectation is
identity with -j 1 (same.sh), the path the other tests check against
hand-worked answers.  The shuffle is awk's (srand(7)), so it is the same
on every run.  -v says the workers parsed every line with -F combined
(wc -l counts them).
--- cmd
. "$TESTDATA/../tests/threads/same.sh"
"$TESTDATA/../tools/genlog" -s 5 -n 60000 >g.log
awk 'BEGIN { srand(7) } { printf "%.9f\t%s\n", rand(), $0 }' g.log |
    sort -t "$(printf '\t')" -k1,1 | cut -f2- >shuf.log
same exact jsessionize g.log
same stream jsessionize --stream g.log
same shuffled jsessionize shuf.log
same shuffled-stream jsessionize --stream shuf.log
same shard jsessionize --shard 2/3 g.log
same map jsessionize --map g.log
# A mapper's output, sorted as a shuffle would, read back by reducers:
# the sessions close where the key changes, on the main thread.
jsessionize --map shuf.log | LC_ALL=C sort >mapped
same reduce jsessionize mapped
same reduce-jfunnel jfunnel -s / -s /cart mapped
same ip jsessionize --visitor ip --keep-bots --summary shuf.log
same jfunnel jfunnel -s / -s /cart -s /checkout shuf.log
same jfunnel-stream jfunnel --stream -s / -s /cart g.log
same jpaths jpaths shuf.log
same jdropoff jdropoff shuf.log
same jretention jretention --cohort day shuf.log
for j in 1 2 4; do
	jreport -j $j -s / -s /cart -o r.html shuf.log 2>"e.$j"
	grep -v 'Command line:' r.html >"h.$j"
done
cmp -s h.1 h.2 && cmp -s h.1 h.4 && cmp -s e.1 e.2 && cmp -s e.1 e.4 &&
    [ "$(wc -l <h.1)" -gt 100 ] && echo "jreport same"
gzip -c shuf.log >shuf.log.gz
same gzip jsessionize shuf.log.gz
echo "threaded $(threaded jsessionize -F combined g.log) of $(wc -l <g.log)"
--- stdout
exact same
stream same
shuffled same
shuffled-stream same
shard same
map same
reduce same
reduce-jfunnel same
ip same
jfunnel same
jfunnel-stream same
jpaths same
jdropoff same
jretention same
jreport same
gzip same
threaded 60000 of 60000
