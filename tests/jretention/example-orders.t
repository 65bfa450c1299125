man page EXAMPLES: repeat purchase by month of the first order, in
Berlin time, on a gzipped log.  V1's first order is at 22:30 UTC on
2026-03-31, 00:30 on April 1st in Berlin (UTC+2 from March 29): its
cohort is April, and its second order (April 20) is in the cohort's own
month, period 0, not a return; the visit of April 15 is no order.  V2
orders on April 1st and again on May 1st: back in period 1.  So 2026-04
has 2 visitors, 1 back in May.  In UTC V1 would be March's, back in
April.
--- cmd
gzip -c access.log > access.log.gz
jretention --cohort month --tz Europe/Berlin \
    --start '/order/complete*' --return '/order/complete*' access.log.gz | head -n 3
jretention --cohort month --periods 1 \
    --start '/order/complete*' --return '/order/complete*' access.log.gz
--- stdout
#cohort	period	visitors	returned	rate
2026-04	0	2	2	1.0000
2026-04	1	2	1	0.5000
#cohort	period	visitors	returned	rate
2026-03	0	1	1	1.0000
2026-03	1	1	1	1.0000
2026-04	0	1	1	1.0000
2026-04	1	1	1	1.0000
--- file access.log
1.1.1.1 - - [31/Mar/2026:22:30:00 +0000] "GET /order/complete?id=1 HTTP/1.1" 200 10 "-" "Moz"
1.1.1.1 - - [15/Apr/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 10 "-" "Moz"
1.1.1.1 - - [20/Apr/2026:10:00:00 +0000] "GET /order/complete?id=2 HTTP/1.1" 200 10 "-" "Moz"
2.2.2.2 - - [01/Apr/2026:10:00:00 +0000] "GET /order/complete?id=3 HTTP/1.1" 200 10 "-" "Moz"
2.2.2.2 - - [01/May/2026:10:00:00 +0000] "GET /order/complete?id=4 HTTP/1.1" 200 10 "-" "Moz"
