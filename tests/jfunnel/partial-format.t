The partial state of a funnel, worked out by hand.  The log is that of
jdropoff's example-exits.t: sessions A / > /product/1 > /cart (/ at
10:00, /cart at 10:02), B / alone, C /product/2 > /cart > ... (no step
1: not entered), D /blog/x.  With -s / -s /cart: 4 units, 2 entered (A,
B), step 1 count 2, dropped 1 (B), step 2 count 1 (A), and A's time from
/ to /cart 120 s once: "time 2 120 1".  Sorted bytewise; the group is
empty without --by; FP stands for the fingerprint (a hash).
Then the median and p90 of a merge are exact: two partials written by
hand under the real header, holding the times to step 2 of five units,
10 20 100 and 20 30 seconds.  Sorted 10 20 20 30 100: the median (the
nearest rank, ceil(5 * 0.5) = 3rd) is 20 and p90 (the 5th) is 100 - not
what either half alone gives (20 and 100; 20 and 30).
Last, a group value that begins with "#" (a plan column of event TSV):
written as \x23 so that no data line reads as a header, and given back
as "#gold" by the merge.
--- cmd
jfunnel -s / -s /cart --partial access.log > p
sed '1s/[0-9a-f]\{16\}$/FP/' p
head -n 2 p > a
cp a b
printf '\tunits\t3\n\tentered\t3\n\tcount\t1\t3\n\tcount\t2\t3\n\ttime\t2\t10\t1\n\ttime\t2\t20\t1\n\ttime\t2\t100\t1\n' >> a
printf '\tunits\t2\n\tentered\t2\n\tcount\t1\t2\n\tcount\t2\t2\n\ttime\t2\t20\t1\n\ttime\t2\t30\t1\n' >> b
jfunnel -s / -s /cart --merge a b
jfunnel -s / -s /cart --merge a
jfunnel -s / -s /cart --merge b
jfunnel -s / --by plan --partial events.tsv | tail -n +3
jfunnel -s / --by plan --partial events.tsv | jfunnel -s / --by plan --merge
--- stdout
#partial	jfunnel	1	FP
#group	what	step	value	count
	count	1	2
	count	2	1
	dropped	1	1
	entered	2
	time	2	120	1
	units	4
#step	name	count	rate	step_rate	dropped	median_s	p90_s
1	/	5	1.0000	1.0000	0	-	-
2	/cart	5	1.0000	1.0000	0	20	100
#step	name	count	rate	step_rate	dropped	median_s	p90_s
1	/	3	1.0000	1.0000	0	-	-
2	/cart	3	1.0000	1.0000	0	20	100
#step	name	count	rate	step_rate	dropped	median_s	p90_s
1	/	2	1.0000	1.0000	0	-	-
2	/cart	2	1.0000	1.0000	0	20	30
\x23gold	count	1	1
\x23gold	entered	1
\x23gold	units	1
basic	count	1	1
basic	entered	1
basic	units	1
#plan	step	name	count	rate	step_rate	dropped	median_s	p90_s
#gold	1	/	1	1.0000	1.0000	0	-	-
basic	1	/	1	1.0000	1.0000	0	-	-
--- file events.tsv
#session	visitor	time	page	plan
s1	v1	2026-11-22T10:00:00Z	/	#gold
s2	v2	2026-11-22T10:05:00Z	/	basic
--- file access.log
1.1.1.1 - - [22/Nov/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 512 "-" "M"
1.1.1.1 - - [22/Nov/2026:10:00:30 +0000] "GET /style.css HTTP/1.1" 200 512 "-" "M"
1.1.1.1 - - [22/Nov/2026:10:01:00 +0000] "GET /product/1 HTTP/1.1" 200 512 "-" "M"
1.1.1.1 - - [22/Nov/2026:10:02:00 +0000] "GET /cart HTTP/1.1" 200 512 "-" "M"
2.2.2.2 - - [22/Nov/2026:10:03:00 +0000] "GET / HTTP/1.1" 200 512 "https://www.google.com/" "M"
3.3.3.3 - - [22/Nov/2026:10:04:00 +0000] "GET /product/2 HTTP/1.1" 200 512 "https://www.google.com/" "M"
3.3.3.3 - - [22/Nov/2026:10:05:00 +0000] "GET /cart HTTP/1.1" 200 512 "-" "M"
3.3.3.3 - - [22/Nov/2026:10:06:00 +0000] "GET /order/complete?id=9 HTTP/1.1" 200 512 "-" "M"
4.4.4.4 - - [22/Nov/2026:10:07:00 +0000] "GET /blog/x HTTP/1.1" 200 512 "-" "M"
