The overview, the trend and the channels of a small event stream,
worked out by hand.  Steps / then /cart.
  S1 v1 search 2026-11-01 10:00  /, /cart (30 s)   converts
  S2 v2 direct 2026-11-01 11:00  /                 enters, bounces
  S3 v1 direct 2026-11-02 09:00  /, /cart (60 s)   converts
  S4 v1 email  2026-11-02 15:00  /cart             bounces, not entered
  S5 v3 search 2026-11-02 16:00  /, /cart (10 s)   converts
  S6 v4 search 2026-11-03 08:00  /product          bounces, not entered
Visitors v1..v4: 4; sessions 6; pageviews 9; 1.50 a visit.  Durations
0 0 0 10 30 60: nearest-rank median the 3rd, 0; of the visits of 2+
pages (10 30 60) the 2nd, 30.  Bounces S2 S4 S6: 3/6.  Funnel: entered
S1 S2 S3 S5, converted S1 S3 S5: 3/4.  By day: 11-01 2 visits, 2
visitors, 1 of 2 converted; 11-02 3 visits, visitors v1 v3: 2, 2 of 2;
11-03 1, 1, none entered: "-".  Channels (jfunnel's order: by visits):
search S1 S5 S6: 3, 3/6 of all, bounce 1/3, entered 2, converted 2;
direct S2 S3: 2, bounce 1/2, entered 2, converted 1; email S4: 1,
bounce 1/1, entered 0.  New or returning (a visitor's first visit is
new: S1 S2 S5 S6; S3 and S4 are v1's second and third): new 4, 4/6,
bounce S2 S6 2/4, entered S1 S2 S5 3, converted S1 S5 2/3; returning 2,
bounce S4 1/2, entered S3 1, converted 1/1.  Then the first day alone: per hour, 10:00 S1
(converts), 11:00 S2 (does not).  Without the rows of 11-02 the day is
still there, with 0 visits, 0 visitors and no conversion ("-"); and
S2 moved to 13:00 leaves 11:00 and 12:00 at zero in the hourly trend.
--- cmd
jreport -s / -s /cart ev.tsv > p.html
python3 $TESTDATA/../tests/report_check.py dump p.html metric
python3 $TESTDATA/../tests/report_check.py dump p.html bucket
python3 $TESTDATA/../tests/report_check.py dump p.html key
head -n 4 ev.tsv | jreport -s / -s /cart > one.html
python3 $TESTDATA/../tests/report_check.py dump one.html bucket
grep -v '	2026-11-02T' ev.tsv | jreport -s / -s /cart > gap.html
python3 $TESTDATA/../tests/report_check.py dump gap.html bucket
head -n 4 ev.tsv | sed 's/T11:00/T13:00/' | jreport -s / -s /cart > hgap.html
python3 $TESTDATA/../tests/report_check.py dump hgap.html bucket
--- file ev.tsv
#session	visitor	time	page	channel
S1	v1	2026-11-01T10:00:00Z	/	search
S1	v1	2026-11-01T10:00:30Z	/cart	search
S2	v2	2026-11-01T11:00:00Z	/	direct
S3	v1	2026-11-02T09:00:00Z	/	direct
S3	v1	2026-11-02T09:01:00Z	/cart	direct
S4	v1	2026-11-02T15:00:00Z	/cart	email
S5	v3	2026-11-02T16:00:00Z	/	search
S5	v3	2026-11-02T16:00:10Z	/cart	search
S6	v4	2026-11-03T08:00:00Z	/product	search
--- stdout
metric visitors 4
metric sessions 6
metric pageviews 9
metric pages_per_session 1.50
metric median_time_2_s 30
metric median_time_s 0
metric bounce_rate 0.5000
metric conversion_rate 0.7500
metric period 2026-11-01T10:00:00Z/2026-11-03T08:00:00Z
2026-11-01|2|2|0.5000
2026-11-02|3|2|1.0000
2026-11-03|1|1|-
channel|search|3|0.5000|0.3333|2|2|1.0000
channel|direct|2|0.3333|0.5000|2|1|0.5000
channel|email|1|0.1667|1.0000|0|0|-
returning|new|4|0.6667|0.5000|3|2|0.6667
returning|returning|2|0.3333|0.5000|1|1|1.0000
2026-11-01T10|1|1|1.0000
2026-11-01T11|1|1|0.0000
2026-11-01|2|2|0.5000
2026-11-02|0|0|-
2026-11-03|1|1|-
2026-11-01T10|1|1|1.0000
2026-11-01T11|0|0|-
2026-11-01T12|0|0|-
2026-11-01T13|1|1|0.0000
