-j 1, -j 2 and -j 4 give byte-identical stdout and stderr (the summary
lines, the exit status) for all six programs on testdata/sample.log.gz.
-j 1 is the path every other test checks against hand-worked answers;
the expectation here is identity (same.sh).  That the workers did parse
is checked by -v: with -F combined nothing is held for detection, so
they parse every line, 4000 by zcat | wc -l.
--- cmd
. "$TESTDATA/../tests/threads/same.sh"
S=$TESTDATA/sample.log.gz
same jsessionize jsessionize "$S"
same summary jsessionize --summary "$S"
same json jsessionize --json "$S"
same jfunnel jfunnel -s / -s /cart -s /checkout "$S"
same jpaths jpaths "$S"
same jdropoff jdropoff "$S"
same jretention jretention --cohort day "$S"
# The page names its command line, -j and all: that line aside.
for j in 1 2 4; do
	jreport -j $j -s / -s /cart -o r.html "$S" 2>"e.$j"
	grep -v 'Command line:' r.html >"h.$j"
done
cmp -s h.1 h.2 && cmp -s h.1 h.4 && cmp -s e.1 e.2 && cmp -s e.1 e.4 &&
    [ "$(wc -l <h.1)" -gt 100 ] && echo "jreport same"
echo "threaded $(threaded jsessionize -F combined "$S") of $(gzip -dc "$S" | wc -l)"
--- stdout
jsessionize same
summary same
json same
jfunnel same
jpaths same
jdropoff same
jretention same
jreport same
threaded 4000 of 4000
