Cohorts by day across the year end, worked out by hand.  D (4.4.4.4)
comes on 2025-12-28 and back on the 29th.  A (1.1.1.1) comes first on
2025-12-31, then twice on 2026-01-01 (two sessions, 6 hours apart: period
1 counts A once) and on the 2nd.  B (2.2.2.2) comes on the 31st and back
on 2026-01-03 (period 3).  C (3.3.3.3) first on 2026-01-01, back on the
2nd.  The log ends on 2026-01-03, so C's period 3 (01-04) is not seen
yet: "-".  The lines are given reversed and split over two files: the
same table.
--- cmd
jretention --periods 3 a.log b.log
--- stdout
#cohort	period	visitors	returned	rate
2025-12-28	0	1	1	1.0000
2025-12-28	1	1	1	1.0000
2025-12-28	2	1	0	0.0000
2025-12-28	3	1	0	0.0000
2025-12-31	0	2	2	1.0000
2025-12-31	1	2	1	0.5000
2025-12-31	2	2	1	0.5000
2025-12-31	3	2	1	0.5000
2026-01-01	0	1	1	1.0000
2026-01-01	1	1	1	1.0000
2026-01-01	2	1	0	0.0000
2026-01-01	3	1	-	-
--- file a.log
2.2.2.2 - - [03/Jan/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 10 "-" "Moz"
3.3.3.3 - - [02/Jan/2026:12:00:00 +0000] "GET / HTTP/1.1" 200 10 "-" "Moz"
1.1.1.1 - - [02/Jan/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 10 "-" "Moz"
1.1.1.1 - - [01/Jan/2026:15:00:00 +0000] "GET / HTTP/1.1" 200 10 "-" "Moz"
3.3.3.3 - - [01/Jan/2026:12:00:00 +0000] "GET / HTTP/1.1" 200 10 "-" "Moz"
--- file b.log
1.1.1.1 - - [01/Jan/2026:09:00:00 +0000] "GET / HTTP/1.1" 200 10 "-" "Moz"
2.2.2.2 - - [31/Dec/2025:20:00:00 +0000] "GET / HTTP/1.1" 200 10 "-" "Moz"
1.1.1.1 - - [31/Dec/2025:10:00:00 +0000] "GET / HTTP/1.1" 200 10 "-" "Moz"
4.4.4.4 - - [29/Dec/2025:12:00:00 +0000] "GET / HTTP/1.1" 200 10 "-" "Moz"
4.4.4.4 - - [28/Dec/2025:12:00:00 +0000] "GET / HTTP/1.1" 200 10 "-" "Moz"
