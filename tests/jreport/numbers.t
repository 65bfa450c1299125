Every number on the page of testdata/sample.log.gz is the number the
programs print on the same input, read back from the page's own cells
(each carries the program's value in data-v) by tests/report_check.py:
the funnel table cell by cell against jfunnel, the drop-off places
against jdropoff -s, entry and exit pages against jdropoff -n 0 (entry
pages sorted by entries), journeys against jpaths -n 10, conversion by
channel against jfunnel --by channel --top 0.  What no program has a
table for is worked out independently from jsessionize --summary in
Python: visitors (distinct ids), sessions, pageviews, pages per session,
the nearest-rank median of duration_s (all visits, and visits of 2+
pages), the bounce rate (sessions of one pageview, also equal to
jdropoff's bounces / entries), the period (first start, last end), and
sessions and distinct visitors per hour of the start (one-day input).
--- cmd
S=$TESTDATA/sample.log.gz
st="-s / -s /product/* -s /cart"
. "$TESTDATA/../tests/report_tsv.sh"
report_tsv d $S $st
jreport $st $S > page.html
python3 $TESTDATA/../tests/report_check.py numbers page.html d
python3 $TESTDATA/../tests/report_check.py wellformed page.html
--- stdout
overview: 10 checks
trend: 1 buckets
channels: 6
funnel: 3 steps
dropoff: 19 rows
pages: 10 entry, 10 exit, 10 journeys
well-formed
