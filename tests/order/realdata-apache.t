The real Apache log (../shared/realdata/elastic-examples/apache_logs, 4
days, 10000 lines, itself up to a minute out of order) split into one
file per day, fed newest day first on stdin and as FILE arguments: every
program's output is byte-identical to its output on the original file
("same").  Split by line parity into two "server" files, and fully
shuffled (shuf with a fixed random source) on stdin, the -v counts
(pageviews 1906 and 2 embedded fetches, visitors 970, sessions 1156: those of the original,
checked against tests/awk/sessions.awk with tests/uap.py's bots in
tests/jsessionize/realdata-uap.t),
the views per page and the funnel are equal to the original's
("counts same").  Other figures may differ there only where a visitor
has pageviews in the same second, which have no true order: the log has
34 such groups, 36 pageviews beyond the first of each (counted below
from jsessionize's own output by visitor and time).
--- cmd
R=$REALDATA/elastic-examples/apache_logs
[ -f "$R" ] || { echo "SKIP: ../shared/realdata absent"; exit 77; }
awk '{ split($4, a, /[[\/:]/); print > ("day-" a[2] ".log") }' "$R"
days=$(ls day-*.log | sort -r)
for p in "jsessionize" "jsessionize --summary" "jfunnel -s / -s /blog/*" \
    "jfunnel --per visitor -s / -s /blog/*" "jpaths -n 0" "jpaths --edges" \
    "jdropoff -n 0" "jdropoff -s / -s /blog/*"; do
	$p -q "$R" > o1
	# shellcheck disable=SC2086
	cat $days | $p -q > o2; $p -q $days > o3
	cmp -s o1 o2 && cmp -s o1 o3 && echo "same: $p"
done
awk 'NR % 2' "$R" > odd.log; awk 'NR % 2 == 0' "$R" > even.log
shuf --random-source=/dev/zero "$R" > shuf.log
for alt in "even.log odd.log" "-"; do
	jsessionize -v -q "$R" 2>&1 >/dev/null | tail -n 3 > c1
	jsessionize -v -q $alt < shuf.log 2>&1 >/dev/null | tail -n 3 > c2
	jdropoff -q -n 0 "$R" | cut -f1,2 | sort > v1
	jdropoff -q -n 0 $alt < shuf.log | cut -f1,2 | sort > v2
	jfunnel -q -s / -s '/blog/*' "$R" > f1
	jfunnel -q -s / -s '/blog/*' $alt < shuf.log > f2
	cmp -s c1 c2 && cmp -s v1 v2 && cmp -s f1 f2 && echo "counts same: $alt"
done
cat c2
jsessionize -q -o visitor,time "$R" | awk -F'\t' 'NR > 1 { c[$0]++ }
	END { for (k in c) if (c[k] > 1) { n++; x += c[k] - 1 }; print n, x }'
--- stdout
same: jsessionize
same: jsessionize --summary
same: jfunnel -s / -s /blog/*
same: jfunnel --per visitor -s / -s /blog/*
same: jpaths -n 0
same: jpaths --edges
same: jdropoff -n 0
same: jdropoff -s / -s /blog/*
counts same: even.log odd.log
counts same: -
jsessionize: parsed 9999: method 43, status 211, static 5575, downloads 107, bots 2157, excluded 0, late 0, pageviews 1906
jsessionize: static 5575: embedded 2 (fetched by the page that links them within 2s; --no-embedded keeps them)
jsessionize: visitors 970, sessions 1156
34 36
