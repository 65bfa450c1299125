The page's analyses share half of --memory (the order of the pageviews
has all of it, as in jfunnel), and jreport's own sets of visitors (per
day, per hour) a share too: past it they wait on disk and are counted at
the end.  With the least --memory (64K) the page of genlog's log (whole
visits of the clients .10-.19, 1058 visitor ids) is worked out again by
tests/report_check.py against the programs' TSV and python's counts of
jsessionize --summary (as numbers.t does for the sample log), and -v
says what waited on disk.  With a second day (the clients .20-.29, a day
later: a trend by day) and with --per visitor (whose funnels keep the
visitors' events, spilled too), the page between <main> and </main> is
that of the default --memory, byte for byte.
--- cmd
set -f
"$TESTDATA/../tools/genlog" -s 13 -n 400000 | awk '$1 ~ /\.1[0-9]$/' |
    head -n 12000 > access.log
sed 's/^\([0-9.]*\)\.1\([0-9]\) /\1.2\2 /; s|02/Nov/2026|03/Nov/2026|' \
    access.log > day2.log
cat access.log day2.log > two.log
st="-s / -s /product/* -s /cart"
G=access.log
. "$TESTDATA/../tests/report_tsv.sh"
report_tsv d $G $st
jreport $st --memory 64K -v $G > page.html 2> err
python3 $TESTDATA/../tests/report_check.py numbers page.html d
grep -o "distinct visitors per day or hour waited on disk past --memory" err
main() { sed -n '/^<main>/,/^<\/main>/p' "$1"; }
jreport $st two.log > a.html
jreport $st --memory 64K -v two.log > b.html 2> err2
grep -o "distinct visitors per day or hour waited on disk past --memory" err2
main a.html > a.main; main b.html > b.main
test -s a.main && cmp a.main b.main && echo "two days: same page"
grep -c 'data-bucket="2026-11-0[23]"' b.html
jreport $st --per visitor two.log > c.html
jreport $st --per visitor --memory 64K -v two.log > e.html 2> err3
grep -o "of the visitors' events spilled past --memory" err3
main c.html > c.main; main e.html > e.main
test -s c.main && cmp c.main e.main && echo "per visitor: same page"
--- stdout
overview: 10 checks
trend: 1 buckets
channels: 6
funnel: 3 steps
dropoff: 20 rows
pages: 10 entry, 10 exit, 10 journeys
distinct visitors per day or hour waited on disk past --memory
distinct visitors per day or hour waited on disk past --memory
two days: same page
2
of the visitors' events spilled past --memory
per visitor: same page
