-j 1, -j 2 and -j 4 agree byte for byte on the real logs of
../shared/realdata, where they are (skipped otherwise), for all six
programs: the 10000-line Apache combined log (parsed on the workers past
the lines held for detection: 10000 less the 64 held, by -v), the IIS
W3C logs with directives repeated mid-file, and the 26 Matomo fixtures (*.log; 6 IIS and W3C logs beside them).
--- cmd
[ -f "$REALDATA/elastic-examples/apache_logs" ] || { echo "SKIP: ../shared/realdata absent"; exit 77; }
. "$TESTDATA/../tests/threads/same.sh"
A=$REALDATA/elastic-examples/apache_logs
same jsessionize jsessionize "$A"
same jsessionize-stream jsessionize --stream --rejects r.txt "$A"
same jfunnel jfunnel -s / -s '/articles/*' "$A"
same jpaths jpaths "$A"
same jdropoff jdropoff "$A"
same jretention jretention --cohort day "$A"
for j in 1 2 4; do
	jreport -j $j -o r.html "$A" 2>"e.$j"
	grep -v 'Command line:' r.html >"h.$j"
done
cmp -s h.1 h.2 && cmp -s h.1 h.4 && cmp -s e.1 e.2 && cmp -s e.1 e.4 &&
    [ "$(wc -l <h.1)" -gt 100 ] && echo "jreport same"
echo "threaded $(threaded jsessionize "$A")"
n=0
for f in "$REALDATA"/brianary-scripts/*.log "$REALDATA"/matomo-log-analytics/tests/logs/*.log; do
	for j in 1 2 4; do
		jsessionize -j $j "$f" >"o.$j" 2>"e.$j"
		echo "exit $?" >>"e.$j"
	done
	cmp -s o.1 o.2 && cmp -s o.1 o.4 && cmp -s e.1 e.2 && cmp -s e.1 e.4 ||
	    echo "differs: $f"
	n=$((n + 1))
done
echo "$n small logs"
--- stdout
jsessionize same
jsessionize-stream same
jfunnel same
jpaths same
jdropoff same
jretention same
jreport same
threaded 9936
32 small logs
