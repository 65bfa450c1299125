ISO weeks and months across the year end (the log of yearend-day.t).
2025-12-28 is a Sunday, in 2025-W52; Monday 2025-12-29 to Sunday
2026-01-04 is 2026-W01 (its Thursday is in 2026).  By week: D alone in
W52, back in W01; A, B, C in W01, whose next week is past the log.  By
month: A, B, D in 2025-12, and A and B back in 2026-01 (2 of 3); C in
2026-01.
--- cmd
jretention --cohort week --periods 1 access.log
jretention --cohort month --periods 2 access.log
--- stdout
#cohort	period	visitors	returned	rate
2025-W52	0	1	1	1.0000
2025-W52	1	1	1	1.0000
2026-W01	0	3	3	1.0000
2026-W01	1	3	-	-
#cohort	period	visitors	returned	rate
2025-12	0	3	3	1.0000
2025-12	1	3	2	0.6667
2025-12	2	3	-	-
2026-01	0	1	1	1.0000
2026-01	1	1	-	-
2026-01	2	1	-	-
--- file access.log
4.4.4.4 - - [28/Dec/2025:12:00:00 +0000] "GET / HTTP/1.1" 200 10 "-" "Moz"
4.4.4.4 - - [29/Dec/2025:12:00:00 +0000] "GET / HTTP/1.1" 200 10 "-" "Moz"
1.1.1.1 - - [31/Dec/2025:10:00:00 +0000] "GET / HTTP/1.1" 200 10 "-" "Moz"
2.2.2.2 - - [31/Dec/2025:20:00:00 +0000] "GET / HTTP/1.1" 200 10 "-" "Moz"
1.1.1.1 - - [01/Jan/2026:09:00:00 +0000] "GET / HTTP/1.1" 200 10 "-" "Moz"
3.3.3.3 - - [01/Jan/2026:12:00:00 +0000] "GET / HTTP/1.1" 200 10 "-" "Moz"
1.1.1.1 - - [01/Jan/2026:15:00:00 +0000] "GET / HTTP/1.1" 200 10 "-" "Moz"
1.1.1.1 - - [02/Jan/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 10 "-" "Moz"
3.3.3.3 - - [02/Jan/2026:12:00:00 +0000] "GET / HTTP/1.1" 200 10 "-" "Moz"
2.2.2.2 - - [03/Jan/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 10 "-" "Moz"
