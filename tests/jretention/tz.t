--tz moves the day boundary.  X (1.1.1.1) comes at 23:30 UTC on
2026-03-01 and again 75 minutes later (a second session, on the 2nd in
UTC); Y (2.2.2.2) on the 2nd and the 3rd at noon.  In UTC X is the
cohort of the 1st, back on the 2nd.  In Europe/Berlin (UTC+1 in March)
both of X's sessions are on the 2nd: X and Y make the cohort of the 2nd,
and only Y comes back on the 3rd (1 of 2).
--- cmd
jretention --periods 1 access.log
jretention --periods 1 --tz Europe/Berlin access.log
--- stdout
#cohort	period	visitors	returned	rate
2026-03-01	0	1	1	1.0000
2026-03-01	1	1	1	1.0000
2026-03-02	0	1	1	1.0000
2026-03-02	1	1	1	1.0000
#cohort	period	visitors	returned	rate
2026-03-02	0	2	2	1.0000
2026-03-02	1	2	1	0.5000
--- file access.log
1.1.1.1 - - [01/Mar/2026:23:30:00 +0000] "GET / HTTP/1.1" 200 10 "-" "Moz"
1.1.1.1 - - [02/Mar/2026:00:45:00 +0000] "GET / HTTP/1.1" 200 10 "-" "Moz"
2.2.2.2 - - [02/Mar/2026:12:00:00 +0000] "GET / HTTP/1.1" 200 10 "-" "Moz"
2.2.2.2 - - [03/Mar/2026:12:00:00 +0000] "GET / HTTP/1.1" 200 10 "-" "Moz"
