--start and --return, worked out by hand.  P (1.1.1.1): /blog on
03-01, /signup on 03-02, /order twice on 03-03 (two sessions), /blog on
03-05.  Q (2.2.2.2): /signup?from=mail and /order in one session on
03-02, /order on 03-04.  R (3.3.3.3): /blog on 03-01 only.
--start /signup --return /order: P and Q are the cohort of 03-02 (R has
no /signup: not in any cohort, said by -v); P orders on 03-03 (period 1,
once however often), Q's order on 03-02 is period 0, not a return, and
on 03-04 period 2.
--return /order alone: cohorts by the first session (P and R on 03-01, Q
on 03-02); P's orders are 2 days after its cohort.
--start /signup alone: any session is a return: P back on 03-03 and
03-05 (periods 1 and 3), Q on 03-04 (period 2).
-f url --start /signup: the url keeps Q's query string, so only P.
--- cmd
jretention --periods 3 --start /signup --return /order access.log
jretention --periods 3 --start /signup --return /order -v access.log 2>&1 >/dev/null | grep cohorts
jretention --periods 3 --return '/ord*' access.log
jretention --periods 3 --start '~^/sign' access.log
jretention --periods 3 -f url --start /signup access.log
--- stdout
#cohort	period	visitors	returned	rate
2026-03-02	0	2	2	1.0000
2026-03-02	1	2	1	0.5000
2026-03-02	2	2	1	0.5000
2026-03-02	3	2	0	0.0000
jretention: cohorts 1, visitors in them 2, visitors without a --start event 1
#cohort	period	visitors	returned	rate
2026-03-01	0	2	2	1.0000
2026-03-01	1	2	0	0.0000
2026-03-01	2	2	1	0.5000
2026-03-01	3	2	0	0.0000
2026-03-02	0	1	1	1.0000
2026-03-02	1	1	0	0.0000
2026-03-02	2	1	1	1.0000
2026-03-02	3	1	0	0.0000
#cohort	period	visitors	returned	rate
2026-03-02	0	2	2	1.0000
2026-03-02	1	2	1	0.5000
2026-03-02	2	2	1	0.5000
2026-03-02	3	2	1	0.5000
#cohort	period	visitors	returned	rate
2026-03-02	0	1	1	1.0000
2026-03-02	1	1	1	1.0000
2026-03-02	2	1	0	0.0000
2026-03-02	3	1	1	1.0000
--- file access.log
1.1.1.1 - - [01/Mar/2026:10:00:00 +0000] "GET /blog HTTP/1.1" 200 10 "-" "Moz"
1.1.1.1 - - [02/Mar/2026:10:00:00 +0000] "GET /signup HTTP/1.1" 200 10 "-" "Moz"
1.1.1.1 - - [03/Mar/2026:10:00:00 +0000] "GET /order HTTP/1.1" 200 10 "-" "Moz"
1.1.1.1 - - [03/Mar/2026:18:00:00 +0000] "GET /order HTTP/1.1" 200 10 "-" "Moz"
1.1.1.1 - - [05/Mar/2026:10:00:00 +0000] "GET /blog HTTP/1.1" 200 10 "-" "Moz"
2.2.2.2 - - [02/Mar/2026:11:00:00 +0000] "GET /signup?from=mail HTTP/1.1" 200 10 "-" "Moz"
2.2.2.2 - - [02/Mar/2026:11:05:00 +0000] "GET /order HTTP/1.1" 200 10 "-" "Moz"
2.2.2.2 - - [04/Mar/2026:11:00:00 +0000] "GET /order HTTP/1.1" 200 10 "-" "Moz"
3.3.3.3 - - [01/Mar/2026:12:00:00 +0000] "GET /blog HTTP/1.1" 200 10 "-" "Moz"
