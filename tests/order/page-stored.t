A run's record stores a page that is its URL, or the URL's first bytes,
as a length into the URL (order.c, pagepre); any other page in full.
One visitor, a pageview a second, four kinds of page: /a?x=1 (page /a,
the URL's first 2 bytes), /b (page = URL), ?q (page "/", not in the URL)
and /c/7 rewritten to /cat (not the URL's start), 2000 lines, in time
order and reversed, in memory and with --memory 64K: page and URL by
hand, the same for all four.  The records, by hand: a header of 40, the
key 10.0.0.1, a NUL and 8 bytes of UA hash (17), LEB128 of bytes,
status, seq, camp (1 + 2 + 1 + 1) and a byte of length for each span
stored, the referrer "-" (1); /a?x=1: 40+17+7+6+1 = 71, /b:
40+17+7+2+1 = 67, ?q with its page /: 40+17+8+2+1+1 = 69, all 72 padded
to 8; /c/7 with /cat: 40+17+8+4+4+1 = 74, 80.  500 of each: 148000 bytes of run.  With their index entries (16
each) 180000 bytes pass the 64K arena: in order one run; reversed the
guess's first spill of 16384 (a quarter) and (180000 - 16384) / 65536 =
2.5, so 3 more: 4 runs.
--- cmd
i=0
while [ $i -lt 2000 ]; do
	case $((i % 4)) in 0) u='/a?x=1' ;; 1) u=/b ;; 2) u='?q' ;; 3) u=/c/7 ;; esac
	printf '10.0.0.1 - - [01/Dec/2026:10:%02d:%02d +0000] "GET %s HTTP/1.1" 200 10 "-" "Mozilla/5.0"\n' $((i / 60)) $((i % 60)) "$u"
	i=$((i + 1))
done > o.log
awk '{ l[NR] = $0 } END { for (i = NR; i > 0; i--) print l[i] }' o.log > r.log
mkdir tmp
for f in o r; do
	for m in "" "--memory 64K -T tmp"; do
		jsessionize -v $m --rewrite 's#^/c/.*#/cat#' -o seq,page,url $f.log 2> err | sed -n '2,5p;2001p' | tr '\t' ' '
		sed -n 's/.*pageviews, \([0-9]* sorted runs ([0-9]* bytes)\).*/\1/p' err
		echo
	done
done
--- stdout
1 /a /a?x=1
2 /b /b
3 / ?q
4 /cat /c/7
2000 /cat /c/7

1 /a /a?x=1
2 /b /b
3 / ?q
4 /cat /c/7
2000 /cat /c/7
1 sorted runs (148000 bytes)

1 /a /a?x=1
2 /b /b
3 / ?q
4 /cat /c/7
2000 /cat /c/7

1 /a /a?x=1
2 /b /b
3 / ?q
4 /cat /c/7
2000 /cat /c/7
4 sorted runs (148000 bytes)

