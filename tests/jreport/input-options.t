The input options are jsessionize's: for each set the page's overview
(visits, visitors, pageviews) is what jsessionize --summary makes of
the same input with the same options: its rows, its distinct visitor
ids, the sum of its pageviews column.  The sets: -t/--timeout,
-F/--format, --since and --until, --memory, --rewrite, --keep-static;
-q/--quiet leaves out the line about a malformed line; -v/--verbose
writes the counts (and --quiet does not silence them).
--- cmd
set -f
S=$TESTDATA/sample.log.gz
n=0
while read -r opts; do
	n=$((n + 1))
	jsessionize $opts --summary $S 2>/dev/null | awk -F '\t' 'NR > 1 {
	    n++; v[$2] = 1; pv += $6 } END { for (k in v) nv++
	    printf "metric visitors %d\nmetric sessions %d\nmetric pageviews %d\n", nv, n, pv }' > want
	jreport $opts $S 2>/dev/null > p.html
	python3 $TESTDATA/../tests/report_check.py dump p.html metric | grep -E ' (visitors|sessions|pageviews) ' > got
	cmp want got && echo "set $n ok: $(sed -n 2p got)"
done <<'SETS'
-t 30s --slack 10s
--timeout 20s --slack 5s
-F combined
--format combined -t 10m
--since 2026-11-02T06:01:00Z
--until 2026-11-02T06:01:00Z
--memory 1M
--rewrite s#/product/[0-9]+#/product/:id#
--keep-static
SETS
{ gzip -dc $S; echo "not a log line"; } > bad.log
jreport bad.log 2>&1 >/dev/null | wc -l
jreport -q bad.log 2>&1 >/dev/null | wc -l
jreport -v $S 2>&1 >/dev/null | grep -c 'sessions 406'
jreport --verbose --quiet $S 2>&1 >/dev/null | grep -c 'sessions 406'
--- stdout
set 1 ok: metric sessions 491
set 2 ok: metric sessions 553
set 3 ok: metric sessions 406
set 4 ok: metric sessions 406
set 5 ok: metric sessions 279
set 6 ok: metric sessions 127
set 7 ok: metric sessions 406
set 8 ok: metric sessions 406
set 9 ok: metric sessions 407
1
0
1
1
