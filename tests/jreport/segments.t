Segments: the page has a table of visits per value for each of the
columns device_class and returning that the library knows (the
derived columns jsessionize -o offers), and none for a column it does
not know, silently.  Either way this prints "COL ok": where the column
is known, the visits per value on the page are those counted with awk
from jsessionize -o session,COL (the value of a visit's first
pageview), and the bounce rate per value those of jsessionize --summary
(visits of one pageview) joined on the session id (returning's 0 and 1 shown as new and
returning); where it is not,
there is no such table and no error.  The channel table is always
there (section "Where visits come from") and not repeated among the
segments.
--- cmd
S=$TESTDATA/sample.log.gz
jreport $S > page.html 2> err
cat err
python3 $TESTDATA/../tests/report_check.py dump page.html key > keys
jsessionize --summary $S | awk -F '\t' 'NR > 1 { print $1 "\t" $6 }' > pv
for col in device_class returning; do
	if jsessionize -o session,$col $S > ev 2>/dev/null; then
		awk -F '\t' 'NR == FNR { pv[$1] = $2; next }
		    FNR > 1 && !($1 in seen) { seen[$1] = 1; n[$2]++; b[$2] += pv[$1] == 1 }
		    END { for (v in n) printf "%s|%s|%d|%.4f\n", c,
		        c == "returning" ? (v == 1 ? "returning" : "new") : v,
		        n[v], b[v] / n[v] }' \
		    c=$col pv ev | sort > want
		grep "^$col|" keys | cut -d '|' -f 1,2,3,5 | sort > got
		test -s want && cmp want got && echo "$col ok"
	else
		grep -q "^$col|" keys || grep -q "data-segment=\"$col\"" page.html ||
			echo "$col ok"
	fi
done
grep -c 'data-segment="channel"' page.html
--- stdout
device_class ok
returning ok
1
