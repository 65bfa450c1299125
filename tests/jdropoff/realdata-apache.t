The sums check out on the real elastic-examples Apache log.  Over all
pages (-n 0) the exits sum to the number of sessions and so do the
entries; the views sum to the pageviews.  The figures to match come from
jsessionize on the same file: its --summary lines (1156 sessions, 1906
pageviews, 2 embedded fetches left out, as tests/jsessionize/realdata-uap.t checks against an
independent awk and python count), the summary lines of one pageview (bounces) and
the distinct pages of its event stream (rows).  Then, page by page, the
entries and exits must equal the counts of the summary's entry and exit
columns ("same" when the two lists are identical).  The -v check line
says the same.
--- cmd
[ -f "$REALDATA/elastic-examples/apache_logs" ] || { echo "SKIP: ../shared/realdata absent"; exit 77; }
f=$REALDATA/elastic-examples/apache_logs
jsessionize --summary --no-header "$f" > sum.tsv
awk -F'\t' '{ n++; v += $6; if ($6 == 1) b++ } END { print "jsessionize sessions", n, "pageviews", v, "bounces", b }' sum.tsv
echo "jsessionize pages $(jsessionize -o page --no-header "$f" | sort -u | wc -l)"
jdropoff -n 0 --no-header "$f" > d.tsv
awk -F'\t' '{ v += $2; e += $4; x += $5; b += $7 } END { print "jdropoff entries", e, "exits", x, "views", v, "bounces", b, "rows", NR }' d.tsv
awk -F'\t' '{ e[$8]++; x[$9]++ } END { for (p in e) print "E", p, e[p]; for (p in x) print "X", p, x[p] }' sum.tsv | sort > js
awk -F'\t' '$4 > 0 { print "E", $1, $4 } $5 > 0 { print "X", $1, $5 }' d.tsv | sort > jd
cmp -s js jd && echo "entries and exits per page: same"
jdropoff --verbose -n 0 "$f" 2>&1 >/dev/null | grep entries
--- stdout
jsessionize sessions 1156 pageviews 1906 bounces 849
jsessionize pages 362
jdropoff entries 1156 exits 1156 views 1906 bounces 849 rows 362
entries and exits per page: same
jdropoff: sessions 1156, entries 1156, exits 1156, bounces 849, pageviews 1906, rows 362
