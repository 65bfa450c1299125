One small log (3 visitors, 11 pageviews, no two pageviews of a visitor in
the same second) in many line orders gives byte-identical output from all
five programs.  The expected output was worked out by hand from the log
in time order (file sorted.log below):
 sessions (30-minute timeout): A (10.0.0.1) 09:00 / 09:05 /product/1
 09:10 /cart, and 11:00 / 11:02 /order/complete (gap 110 min); B
 (10.0.0.2) 09:01 / 09:20 /product/2, and 10:30 /product/2 (gap 70 min);
 C (10.0.0.3, from google: search) 09:00 /product/1 09:25 /cart 09:41
 /order/complete.  They are written as they end: at 10:30 the first
 sessions of A, B and C have been idle 30 minutes, in order of their last
 pageview (09:10, 09:20, 09:41); then at the end B's second (last 10:30)
 and A's second (11:02).
 funnel / > /product/* > /cart: entered by A1, A2, B1 (3); A1, B1 go on
 (2; 300 s and 1140 s after step 1: median 300, p90 1140); A1 reaches
 /cart (1, 300 s).  jpaths: five sessions, five distinct paths, 0.2 each.
 jdropoff: /order/complete 2 views, 2 exits (C1, A2); /product/2 2 views,
 entered once (B2, a bounce), 2 exits; /cart 2 views, 1 exit (A1); / 3
 views, 3 entries, no exit; /product/1 2 views, 1 entry (C1), no exit.
 returning, visit_number: A2 and B2 are second visits (1 2), the rest
 first (0 1).  jretention: one cohort, 2026-11-22, of 3; the next day is
 past the log.  Attribution (/product/* then /order/complete, per
 visitor): A converts at 11:02 after two direct sessions (1/2 each), C at
 09:41 in its one search session: direct 1, search 1.
Orders: as is, reversed (tac), every other line as two "servers" given
as two files in both orders, the newest "rotation" first (lines 7-11,
then 1-6) on stdin and as two files (one gzipped), and the first line
moved to the end (two hours late).  Each program's output is the same for
every order ("same"), and the first is shown.
--- file sorted.log
10.0.0.1 - - [22/Nov/2026:09:00:00 +0000] "GET / HTTP/1.1" 200 100 "-" "UA-A"
10.0.0.3 - - [22/Nov/2026:09:00:00 +0000] "GET /product/1 HTTP/1.1" 200 100 "https://www.google.com/" "UA-C"
10.0.0.2 - - [22/Nov/2026:09:01:00 +0000] "GET / HTTP/1.1" 200 100 "-" "UA-B"
10.0.0.1 - - [22/Nov/2026:09:05:00 +0000] "GET /product/1 HTTP/1.1" 200 100 "-" "UA-A"
10.0.0.1 - - [22/Nov/2026:09:10:00 +0000] "GET /cart HTTP/1.1" 200 100 "-" "UA-A"
10.0.0.2 - - [22/Nov/2026:09:20:00 +0000] "GET /product/2 HTTP/1.1" 200 100 "-" "UA-B"
10.0.0.3 - - [22/Nov/2026:09:25:00 +0000] "GET /cart HTTP/1.1" 200 100 "-" "UA-C"
10.0.0.3 - - [22/Nov/2026:09:41:00 +0000] "GET /order/complete HTTP/1.1" 200 100 "-" "UA-C"
10.0.0.2 - - [22/Nov/2026:10:30:00 +0000] "GET /product/2 HTTP/1.1" 200 100 "-" "UA-B"
10.0.0.1 - - [22/Nov/2026:11:00:00 +0000] "GET / HTTP/1.1" 200 100 "-" "UA-A"
10.0.0.1 - - [22/Nov/2026:11:02:00 +0000] "GET /order/complete HTTP/1.1" 200 100 "-" "UA-A"
--- cmd
tac sorted.log > rev.log
awk 'NR % 2' sorted.log > web1.log
awk 'NR % 2 == 0' sorted.log > web2.log
head -n 6 sorted.log | gzip > access.log.2.gz
tail -n 5 sorted.log > access.log.1
{ tail -n +2 sorted.log; head -n 1 sorted.log; } > late.log
run() {
	"$@" sorted.log > want
	for alt in "rev.log" "web1.log web2.log" "web2.log web1.log" \
	    "access.log.1 access.log.2.gz" "access.log.2.gz access.log.1" \
	    "late.log"; do
		# shellcheck disable=SC2086
		"$@" $alt > got; cmp -s want got || echo "DIFFERS: $* $alt"
	done
	zcat -f access.log.1 access.log.2.gz | "$@" > got
	cmp -s want got || echo "DIFFERS: $* on stdin"
	cat want
}
run jsessionize --no-header -o seq,time,page,channel
run jfunnel -s / -s '/product/*' -s /cart
run jpaths
run jdropoff
run jsessionize --no-header -o time,returning,visit_number
run jretention --periods 1
run jfunnel --per visitor --attribution linear -s '/product/*' -s /order/complete
--- stdout
1	2026-11-22T09:00:00Z	/	direct
2	2026-11-22T09:05:00Z	/product/1	direct
3	2026-11-22T09:10:00Z	/cart	direct
1	2026-11-22T09:01:00Z	/	direct
2	2026-11-22T09:20:00Z	/product/2	direct
1	2026-11-22T09:00:00Z	/product/1	search
2	2026-11-22T09:25:00Z	/cart	search
3	2026-11-22T09:41:00Z	/order/complete	search
1	2026-11-22T10:30:00Z	/product/2	direct
1	2026-11-22T11:00:00Z	/	direct
2	2026-11-22T11:02:00Z	/order/complete	direct
#step	name	count	rate	step_rate	dropped	median_s	p90_s
1	/	3	1.0000	1.0000	1	-	-
2	/product/*	2	0.6667	0.6667	1	300	1140
3	/cart	1	0.3333	0.5000	0	300	300
#count	share	path
1	0.2000	/ > /order/complete
1	0.2000	/ > /product/1 > /cart
1	0.2000	/ > /product/2
1	0.2000	/product/1 > /cart > /order/complete
1	0.2000	/product/2
#page	views	sessions	entries	exits	exit_rate	bounces	bounce_rate
/order/complete	2	2	0	2	1.0000	0	-
/product/2	2	2	1	2	1.0000	1	1.0000
/cart	2	2	0	1	0.5000	0	-
/	3	3	3	0	0.0000	0	0.0000
/product/1	2	2	1	0	0.0000	0	0.0000
2026-11-22T09:00:00Z	0	1
2026-11-22T09:05:00Z	0	1
2026-11-22T09:10:00Z	0	1
2026-11-22T09:01:00Z	0	1
2026-11-22T09:20:00Z	0	1
2026-11-22T09:00:00Z	0	1
2026-11-22T09:25:00Z	0	1
2026-11-22T09:41:00Z	0	1
2026-11-22T10:30:00Z	1	2
2026-11-22T11:00:00Z	1	2
2026-11-22T11:02:00Z	1	2
#cohort	period	visitors	returned	rate
2026-11-22	0	3	3	1.0000
2026-11-22	1	3	-	-
#channel	conversions	share
direct	1	0.5000
search	1	0.5000
