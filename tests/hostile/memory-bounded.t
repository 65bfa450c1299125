--per visitor and the page tables stay within --memory (issue 17 item
13): past half of it, the visitors' sessions, jdropoff's page rows and
jpaths' counted paths wait on disk in sorted runs (-T) and are merged
back at the end, so the answer is exact and the same bytes as with the
default budget ("same" below); -v says the runs (main kept them all in
memory and has no such line, so the counts of those lines are 0 there).
v.log (awk): 3000 visitors 10.0.x.y, v = 0..2999, each a first pageview
at 08:MM:SS, /b if v mod 3 = 1 else /a, and, if v mod 3 = 0, a second
session at 11:MM:SS (three hours later) on /b.  So per visitor: /a then
/b for 1000 visitors (10800 s apart), /a alone for 1000, /b alone for
1000: the funnel /a, /b is 2000 then 1000, and the paths are /a > /b,
/a and /b, 1000 each (ties in page order).
d.log (awk): 3000 visitors, visitor i one session /pi then /common:
3001 page rows; /common has 3000 views and exits and no entry, every
/pi 1 view, 1 entry, 0 exits, so by exits /common leads and /p0, /p1
follow (equal exits go by page); the edges are the 3000 /pi -> /common,
once each, at step 1.
--- cmd
awk 'BEGIN {
	for (v = 0; v < 3000; v++) {
		p1 = v % 3 == 1 ? "/b" : "/a"
		printf "10.0.%d.%d - - [22/Nov/2026:08:%02d:%02d +0000] \"GET %s HTTP/1.1\" 200 7 \"-\" \"M\"\n", int(v / 256), v % 256, int(v / 60) % 60, v % 60, p1
		if (v % 3 == 0)
			printf "10.0.%d.%d - - [22/Nov/2026:11:%02d:%02d +0000] \"GET /b HTTP/1.1\" 200 7 \"-\" \"M\"\n", int(v / 256), v % 256, int(v / 60) % 60, v % 60
	}
}' > v.log
awk 'BEGIN {
	for (i = 0; i < 3000; i++) {
		printf "10.1.%d.%d - - [22/Nov/2026:09:%02d:%02d +0000] \"GET /p%d HTTP/1.1\" 200 7 \"-\" \"M\"\n", int(i / 256), i % 256, int(i / 60) % 60, i % 60, i
		printf "10.1.%d.%d - - [22/Nov/2026:09:%02d:%02d +0000] \"GET /common HTTP/1.1\" 200 7 \"-\" \"M\"\n", int(i / 256), i % 256, int(i / 60) % 60, i % 60
	}
}' > d.log
jfunnel -v --memory 64K --per visitor -s /a -s /b v.log > out 2> err
cat out
jfunnel --per visitor -s /a -s /b v.log | cmp -s - out && echo same
grep -c "of the visitors' events spilled past --memory" err
jpaths -v --memory 64K --per visitor v.log > out 2> err
cat out
jpaths --per visitor v.log | cmp -s - out && echo same
grep -c "of the visitors' values spilled past --memory" err
jdropoff -v --memory 64K -n 3 d.log > out 2> err
cat out
jdropoff -n 3 d.log | cmp -s - out && echo same
grep -c "of the page rows spilled past --memory" err
jpaths -v --memory 64K --edges d.log > out 2> err
head -n 1 out
awk -F'\t' 'NR > 1 && $1 == 1 && $2 ~ /^\/p[0-9]+$/ && $3 == "/common" && $4 == 1 { n++ } END { print n " edges /pi -> /common, once each" }' out
jpaths --edges d.log | cmp -s - out && echo same
grep -c "of the counted paths spilled past --memory" err
--- stdout
#step	name	count	rate	step_rate	dropped	median_s	p90_s
1	/a	2000	1.0000	1.0000	1000	-	-
2	/b	1000	0.5000	0.5000	0	10800	10800
same
1
#count	share	path
1000	0.3333	/a
1000	0.3333	/a > /b
1000	0.3333	/b
same
1
#page	views	sessions	entries	exits	exit_rate	bounces	bounce_rate
/common	3000	3000	0	3000	1.0000	0	-
/p0	1	1	1	0	0.0000	0	0.0000
/p1	1	1	1	0	0.0000	0	0.0000
same
1
#step	from	to	count
3000 edges /pi -> /common, once each
same
1
