The partial state of jpaths, worked out by hand from the sessions of
jdropoff's example-exits.t: A / > /product/1 > /cart, B /, C /product/2
> /cart > /order/complete, D /blog/x; 4 units.  A line per journey,
GROUP<TAB>row<TAB>VALUE...<TAB>COUNT, the group empty without --by, and
the units; sorted bytewise, so A's line ("/" then TAB "/product/1")
comes before B's ("/" then TAB "1": '/' is below '1').  With -d 2 the
gap of a cut journey is an empty field.  FP stands for the fingerprint.
The merge of two shards (--shard 1/2 and 2/2, whatever visitors each
gets) equals the one run, and the shards read twice from standard input
double each count and the units, so the shares stay.
--- cmd
jpaths --partial access.log | sed '1s/[0-9a-f]\{16\}$/FP/'
jpaths -d 2 --partial access.log | tail -n +3
jpaths access.log > one
jpaths --shard 1/2 --partial access.log > s1
jpaths --shard 2/2 --partial access.log > s2
jpaths --merge s1 s2 | cmp - one && echo "2 shards: same"
cat s1 s2 s1 s2 | jpaths --merge
--- stdout
#partial	jpaths	1	FP
#group	what	value...	count
	row	/	/product/1	/cart	1
	row	/	1
	row	/blog/x	1
	row	/product/2	/cart	/order/complete	1
	units	4
	row	/	/product/1		1
	row	/	1
	row	/blog/x	1
	row	/product/2	/cart		1
	units	4
2 shards: same
#count	share	path
2	0.2500	/
2	0.2500	/ > /product/1 > /cart
2	0.2500	/blog/x
2	0.2500	/product/2 > /cart > /order/complete
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
