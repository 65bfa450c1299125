The flow (Sankey) nodes, from a small event stream, by hand:
  S1 / > /a > /cart   S2 / > /a   S3 / > /b   S4 /a   S5 /
Column 1 (entry): / 4 (S1 S2 S3 S5), /a 1 (S4); ended there: S5 of /,
S4 of /a.  Column 2: /a 2 (S1 S2), /b 1 (S3); ended: S2, S3.  Column 3:
/cart 1 (S1), the last column (no "ended here").  Nodes by visits, ties
by name.  With -n 1 a column keeps its top page and the rest is
"other": /a of column 1, /b of column 2.  With --stages (/ awareness,
/a and /b consideration, /cart decision) the flow is of stages with a
stage's repeats collapsed: S1 awareness > consideration > decision,
S2 and S3 awareness > consideration, S4 consideration, S5 awareness:
column 1 awareness 4 (1 ended), consideration 1 (1); column 2
consideration 3 (2 ended: S2, S3); column 3 decision 1.
--- cmd
jreport ev.tsv > p.html
python3 $TESTDATA/../tests/report_check.py dump p.html node
jreport -n 1 ev.tsv > p1.html
python3 $TESTDATA/../tests/report_check.py dump p1.html node
jreport --stages st.tsv ev.tsv > ps.html
python3 $TESTDATA/../tests/report_check.py dump ps.html node
grep -c 'The journey, stage by stage' ps.html
--- file st.tsv
/	awareness
/a	consideration
/b	consideration
/cart	decision
--- file ev.tsv
#session	visitor	time	page
S1	v1	2026-11-01T10:00:00Z	/
S1	v1	2026-11-01T10:00:10Z	/a
S1	v1	2026-11-01T10:00:20Z	/cart
S2	v2	2026-11-01T10:00:00Z	/
S2	v2	2026-11-01T10:00:10Z	/a
S3	v3	2026-11-01T10:00:00Z	/
S3	v3	2026-11-01T10:00:10Z	/b
S4	v4	2026-11-01T10:00:00Z	/a
S5	v5	2026-11-01T10:00:00Z	/
--- stdout
1|/|4|1
1|/a|1|1
2|/a|2|1
2|/b|1|1
3|/cart|1|-
1|/|4|1
1|other|1|1
2|/a|2|1
2|other|1|1
3|/cart|1|-
1|awareness|4|1
1|consideration|1|1
2|consideration|3|2
3|decision|1|-
1
