Every funnel option of jreport is jfunnel's: for each set of options
the page's funnel table (step, name, count, rate, step_rate, dropped,
median_s, p90_s, from the cells' data-v) is jfunnel's TSV on the same
input with the same options, row by row.  The sets cover --steps FILE,
-f/--field, --exclude, --per visitor, --order any and strict, -w and
--window, --step-window, --open, --reuse-events, --dedup,
--strict-increase, --strict-order with --allow-reentry.  Prints one
line per set whose tables agree and have rows.
--- cmd
set -f
S=$TESTDATA/sample.log.gz
printf '/\n/product/*\n/cart\n' > steps
n=0
while read -r opts; do
	n=$((n + 1))
	jfunnel $opts $S | tail -n +2 | tr '\t' '|' > want
	jreport $opts $S > p.html
	python3 $TESTDATA/../tests/report_check.py dump p.html step > got
	test -s want && cmp want got && echo "set $n ok"
done <<'SETS'
--steps steps
-f channel -s search -s direct
-s / -s /cart --exclude /search
--per visitor -s / -s /product/* -s /cart
--order any -s /cart -s /
--order strict -s / -s /product/*
-s / -s /product/* -w 30s
-s / -s /product/* --window 1m
-s / -s /product/* --step-window 20s
--open -s / -s /product/* -s /cart
--reuse-events -s / -s /*
--dedup -s / -s /product/* -s /cart
--strict-increase -s / -s /product/*
--strict-order --allow-reentry -s / -s /search
SETS
--- stdout
set 1 ok
set 2 ok
set 3 ok
set 4 ok
set 5 ok
set 6 ok
set 7 ok
set 8 ok
set 9 ok
set 10 ok
set 11 ok
set 12 ok
set 13 ok
set 14 ok
