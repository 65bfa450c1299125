--json and --chart of the log of yearend-day.t (--since keeps the
sessions from 2025-12-31 on, so D is not in; JSON has null where the
period is past the log; the chart leaves those blank; --no-header drops
the TSV header).
--- cmd
jretention --periods 2 --since 2025-12-31 --json access.log
jretention --periods 3 --chart access.log
jretention --periods 1 --no-header --cohort month access.log
--- stdout
{"cohort":"2025-12-31","period":0,"visitors":2,"returned":2,"rate":1.0000}
{"cohort":"2025-12-31","period":1,"visitors":2,"returned":1,"rate":0.5000}
{"cohort":"2025-12-31","period":2,"visitors":2,"returned":1,"rate":0.5000}
{"cohort":"2026-01-01","period":0,"visitors":1,"returned":1,"rate":1.0000}
{"cohort":"2026-01-01","period":1,"visitors":1,"returned":1,"rate":1.0000}
{"cohort":"2026-01-01","period":2,"visitors":1,"returned":0,"rate":0.0000}
visitors back in each day after their first (% of the cohort; 0: the cohort itself)
cohort     visitors     0     1     2     3
2025-12-28        1  100%  100%    0%    0%
2025-12-31        2  100%   50%   50%   50%
2026-01-01        1  100%  100%    0%
2025-12	0	3	3	1.0000
2025-12	1	3	2	0.6667
2026-01	0	1	1	1.0000
2026-01	1	1	-	-
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
