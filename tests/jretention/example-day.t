man page EXAMPLES: the day cohorts and the day-1 retention with awk, on
the log of yearend-day.t (whose table is worked out by hand there; the
chart example is json-chart.t's).
--- cmd
jretention --periods 3 access.log
jretention access.log | awk -F'\t' '$2 == 1 && $4 != "-" { print $1, $5 }'
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
2025-12-28 1.0000
2025-12-31 0.5000
2026-01-01 1.0000
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
