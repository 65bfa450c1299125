man page EXAMPLES: weekly cohorts of signups on three shards, merged.
S1 signs up on Monday 2026-03-02 (2026-W10) and is back on the 10th
(W11); S2 comes on the 4th, signs up on the 5th (W10) and is back on the
20th (W12); S3 signs up on the 9th (W11) and never comes back; S4 never
signs up.  W10: 2 visitors, 1 back in period 1 and 1 in period 2; W11: 1,
none back in W12; later weeks are past the log ("-", left out here).
--- cmd
for k in 1 2 3; do
    jretention --cohort week --start /signup --shard $k/3 --partial \
        access.log > part.$k &
  done; wait
jretention --cohort week --start /signup --merge part.* > merged
jretention --cohort week --start /signup access.log | cmp - merged && echo same
grep -v -- '-$' merged
--- stdout
same
#cohort	period	visitors	returned	rate
2026-W10	0	2	2	1.0000
2026-W10	1	2	1	0.5000
2026-W10	2	2	1	0.5000
2026-W11	0	1	1	1.0000
2026-W11	1	1	0	0.0000
--- file access.log
1.1.1.1 - - [02/Mar/2026:10:00:00 +0000] "GET /signup HTTP/1.1" 200 10 "-" "Moz"
1.1.1.1 - - [10/Mar/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 10 "-" "Moz"
2.2.2.2 - - [04/Mar/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 10 "-" "Moz"
2.2.2.2 - - [05/Mar/2026:10:00:00 +0000] "GET /signup HTTP/1.1" 200 10 "-" "Moz"
2.2.2.2 - - [20/Mar/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 10 "-" "Moz"
3.3.3.3 - - [09/Mar/2026:10:00:00 +0000] "GET /signup HTTP/1.1" 200 10 "-" "Moz"
4.4.4.4 - - [10/Mar/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 10 "-" "Moz"
