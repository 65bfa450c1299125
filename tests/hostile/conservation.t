Every input line is accounted for exactly once in the -v counts, and the
counts add up: lines = skipped + malformed + parsed, and parsed = method
+ status + static + bots + late + pageviews; the pageviews are the lines
written and the sessions the distinct session ids written (checked by
counting the output, not by trusting the counts).  Inputs: a generated
log (tools/genlog) with garbage, empty, truncated and 10-minute-late
lines mixed in, gzipped, and the same with --all; the real Apache log
where ../shared/realdata is present.  Each check prints "ok" or what did
not add up.  Lines in messy.gz: 50000 generated + 50 garbage (every
997th) + 49 empty (every 1009th) + 49 truncated copies (every 1013th) +
1 late copy = 50149, and -v counts as many.
--- cmd
G=$TESTDATA/../tools/genlog
"$G" -s 7 -n 50000 > g.log
awk 'NR % 997 == 0 { print "garbage line " NR } NR % 1009 == 0 { print "" }
	NR % 1013 == 0 { print substr($0, 1, 40) }
	{ print } NR == 20000 { late = $0 } NR == 30000 { print late }' g.log | gzip > messy.gz
check() {
	jsessionize -v "$@" 2>err > out
	awk -F'\t' -v f=err 'BEGIN { while ((getline l < f) > 0) {
		gsub(/[:,]/, "", l); n = split(l, w, " ")
		for (i = 2; i < n; i++) if (w[i+1] ~ /^[0-9]+$/) c[w[i]] = w[i+1] } }
	!/^#/ { pv++; if (!($1 in s)) { s[$1] = 1; ns++ } }
	END {
		bad = ""
		if (c["lines"] != c["skipped"] + c["malformed"] + c["parsed"]) bad = bad " lines"
		if (c["parsed"] != c["method"] + c["status"] + c["static"] + c["bots"] + c["late"] + c["pageviews"]) bad = bad " parsed"
		if (pv != c["pageviews"]) bad = bad " pageviews(" pv ")"
		if (ns != c["sessions"]) bad = bad " sessions(" ns ")"
		print (bad == "" ? "ok" : "BAD:" bad)
	}' out
}
check messy.gz
check --all messy.gz
check --max-sessions 100 --max-pageviews 3 messy.gz
R=$REALDATA/elastic-examples/apache_logs
if [ -f "$R" ]; then check "$R"; check --all "$R"; else echo ok; echo ok; fi
zcat messy.gz | wc -l
jsessionize -v messy.gz 2>&1 >/dev/null | grep -o 'lines [0-9][0-9]*'
--- stdout
ok
ok
ok
ok
ok
50149
lines 50149
