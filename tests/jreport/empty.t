An input that is read but holds no pageview (an event stream of only
its header) gives a page, well-formed, of zeros: no visitor, visit or
pageview, 0.00 pages a visit, no median time ("-"), no bounce rate
(no entry to divide by: no tile), no conversion ("-"), and "No visits."
and "No journeys." where the chart and the flow would be.  An empty
file is read too: the same page.
--- cmd
printf '#session\tvisitor\ttime\tpage\n' > ev.tsv
jreport -s / ev.tsv > p.html; echo "exit $?"
python3 $TESTDATA/../tests/report_check.py wellformed p.html
python3 $TESTDATA/../tests/report_check.py dump p.html metric
grep -o 'class="note">No [a-z]*\.' p.html
: > empty.log
jreport -s / empty.log > q.html; echo "exit $?"
python3 $TESTDATA/../tests/report_check.py dump q.html metric | grep -c ' 0$'
--- stdout
exit 0
well-formed
metric visitors 0
metric sessions 0
metric pageviews 0
metric pages_per_session 0.00
metric median_time_2_s -
metric median_time_s -
metric conversion_rate -
class="note">No visits.
class="note">No journeys.
exit 0
3
