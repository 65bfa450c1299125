uap-core's bots and device classes on the real elastic-examples Apache
log, checked against independent reimplementations: tests/uap.py reads
regexes.yaml with python3-yaml and matches it with Python's re (no code
shared with lib/ua.c), giving each distinct User-Agent its families, its
uap-core bot verdict (device Spider, a feed/rss browser family) and its
device_class by the rule of jsessionize(1) written again; then
tests/awk/sessions.awk sessionizes with those bots added to its
substring list and counts the sessions per class.  First the families:
every UA of the log (--all) parsed alike by both ("families differ: 0").
Then the awk and jsessionize figures side by side ("ok" when equal), and
jsessionize's sessions by device_class (of each session's first
pageview) beside the awk's.  Before this rule and the feed/rss
substrings the log had 1552 sessions (bots 1400).
--- cmd
[ -f "$REALDATA/elastic-examples/apache_logs" ] || { echo "SKIP: ../shared/realdata absent"; exit 77; }
[ -f /usr/share/uap-core/regexes.yaml ] || { echo "SKIP: uap-core absent"; exit 77; }
python3 -c 'import yaml' 2>/dev/null || { echo "SKIP: python3-yaml absent"; exit 77; }
f=$REALDATA/elastic-examples/apache_logs
python3 "$TESTDATA/../tests/uap.py" /usr/share/uap-core/regexes.yaml < "$f" > uap.tsv
jsessionize -q --all --no-header -o ua,browser,os,device "$f" | sort -u > c.tsv
awk -F'\t' 'NR == FNR { b[$1] = $4 "\t" $5 "\t" $6; next }
	($1 in b) { n++; if (b[$1] != $2 "\t" $3 "\t" $4) d++ }
	END { print "UAs compared", n, "families differ:", d + 0 }' uap.tsv c.tsv
awk -v uap=uap.tsv -f "$TESTDATA/../tests/awk/sessions.awk" "$f" > awk.txt
jsessionize -v "$f" 2>&1 >/dev/null |
	awk -F'[:,] *' '/^jsessionize: /{for (i = 2; i <= NF; i++) { split($i, w, " "); print w[1], w[2] }}' |
	awk '!seen[$1]++' > js.txt
jsessionize -q -o seq,device_class "$f" |
	awk -F'\t' '$1 == 1 { c["class_" $2]++ } END { for (k in c) print k, c[k] }' | sort >> js.txt
awk 'NR == FNR { j[$1] = $2; next } $1 in j || /^class_/ { print $1, $2, j[$1], ($2 == j[$1] ? "ok" : "DIFF") }' js.txt awk.txt
--- stdout
UAs compared 557 families differ: 0
lines 10000 10000 ok
skipped 0 0 ok
malformed 1 1 ok
parsed 9999 9999 ok
method 43 43 ok
status 211 211 ok
static 5575 5575 ok
downloads 107 107 ok
bots 2157 2157 ok
late 0 0 ok
pageviews 1906 1906 ok
visitors 970 970 ok
sessions 1156 1156 ok
embedded 2 2 ok
class_desktop 1043 1043 ok
class_mobile 47 47 ok
class_other 50 50 ok
class_tablet 16 16 ok
