The partial state of page mode, worked out by hand from the sessions of
example-exits.t (A: / > /product/1 > /cart; B: / alone, a bounce; C:
/product/2 > /cart > /order/complete; D: /blog/x alone, a bounce).  One
line per non-zero count, GROUP<TAB>PAGE<TAB>WHAT<TAB>N, the group empty
without --by, sorted bytewise (so "/" before "/blog/x", and within a
page bounces < entries < exits < sessions < views).  The fingerprint is
a hash: it is shown as FP here, and checked to depend on the options
that shape the state and on no others.  Then the merge of the partial
with itself: every count doubled, the rates as before; and the same
through sort -m, which puts both headers first.  With --by channel, C
and B are search (the google referrer), A and D direct.
--- cmd
jdropoff --partial access.log > p
sed '1s/[0-9a-f]\{16\}$/FP/' p
jdropoff --merge p p
sort -m p p | jdropoff --merge -
test "$(head -n 1 p)" = "$(jdropoff -n 3 --sort views --json --partial access.log | head -n 1)" && echo "report options: same fingerprint"
test "$(head -n 1 p)" != "$(jdropoff --by channel --partial access.log | head -n 1)" && echo "--by: another fingerprint"
jdropoff --by channel --partial access.log | tail -n +3 | grep entries
--- stdout
#partial	jdropoff	1	FP
#group	page	what	count
	/	bounces	1
	/	entries	2
	/	exits	1
	/	sessions	2
	/	views	2
	/blog/x	bounces	1
	/blog/x	entries	1
	/blog/x	exits	1
	/blog/x	sessions	1
	/blog/x	views	1
	/cart	exits	1
	/cart	sessions	2
	/cart	views	2
	/order/complete	exits	1
	/order/complete	sessions	1
	/order/complete	views	1
	/product/1	sessions	1
	/product/1	views	1
	/product/2	entries	1
	/product/2	sessions	1
	/product/2	views	1
#page	views	sessions	entries	exits	exit_rate	bounces	bounce_rate
/	4	4	4	2	0.5000	2	0.5000
/blog/x	2	2	2	2	1.0000	2	1.0000
/cart	4	4	0	2	0.5000	0	-
/order/complete	2	2	0	2	1.0000	0	-
/product/1	2	2	0	0	0.0000	0	-
/product/2	2	2	2	0	0.0000	0	0.0000
#page	views	sessions	entries	exits	exit_rate	bounces	bounce_rate
/	4	4	4	2	0.5000	2	0.5000
/blog/x	2	2	2	2	1.0000	2	1.0000
/cart	4	4	0	2	0.5000	0	-
/order/complete	2	2	0	2	1.0000	0	-
/product/1	2	2	0	0	0.0000	0	-
/product/2	2	2	2	0	0.0000	0	0.0000
report options: same fingerprint
--by: another fingerprint
direct	/	entries	1
direct	/blog/x	entries	1
search	/	entries	1
search	/product/2	entries	1
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
