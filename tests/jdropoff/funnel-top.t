Funnel mode's -n: how many next and exit pages each step lists (default
5; 0 for all), ranked by count, ties by page bytewise.  Steps / and
/cart; seven sessions drop after /: next pages /b (3), /a (2), /c (1),
(exit) (1: a session of "/" alone).  Their exit pages: /z for the three
via /b, /a for the two via /a... by hand, each session's last page:
S1 / /b /z, S2 / /b /z, S3 / /b /z, S4 / /a, S5 / /a, S6 / /c, S7 /.
exit: /z 3, /a 2, / 1, /c 1 (ties by bytes: "/" < "/c").
-n 2: the first two of each.  With --json, -n 0.  --chart --ascii: bars
of reached (30 cells for the largest), "then:" and "left:" lists.
--- cmd
jdropoff --no-header -n 2 -s / -s /cart ev.tsv
jdropoff --json -n 0 -s / -s /cart ev.tsv | grep '"next"\|"exit"'
jdropoff --chart --ascii -n 3 -s / -s /cart ev.tsv
--- file ev.tsv
#session	visitor	time	page
S1	v1	2026-11-22T10:00:00Z	/
S1	v1	2026-11-22T10:00:01Z	/b
S1	v1	2026-11-22T10:00:02Z	/z
S2	v2	2026-11-22T10:00:00Z	/
S2	v2	2026-11-22T10:00:01Z	/b
S2	v2	2026-11-22T10:00:02Z	/z
S3	v3	2026-11-22T10:00:00Z	/
S3	v3	2026-11-22T10:00:01Z	/b
S3	v3	2026-11-22T10:00:02Z	/z
S4	v4	2026-11-22T10:00:00Z	/
S4	v4	2026-11-22T10:00:01Z	/a
S5	v5	2026-11-22T10:00:00Z	/
S5	v5	2026-11-22T10:00:01Z	/a
S6	v6	2026-11-22T10:00:00Z	/
S6	v6	2026-11-22T10:00:01Z	/c
S7	v7	2026-11-22T10:00:00Z	/
--- stdout
1	/	reached	-	7	1.0000
1	/	continued	-	0	0.0000
1	/	dropped	-	7	1.0000
1	/	next	/b	3	0.4286
1	/	next	/a	2	0.2857
1	/	exit	/z	3	0.4286
1	/	exit	/a	2	0.2857
2	/cart	reached	-	0	0.0000
{"step":1,"name":"/","kind":"next","value":"/b","count":3,"share":0.4286}
{"step":1,"name":"/","kind":"next","value":"/a","count":2,"share":0.2857}
{"step":1,"name":"/","kind":"next","value":"(exit)","count":1,"share":0.1429}
{"step":1,"name":"/","kind":"next","value":"/c","count":1,"share":0.1429}
{"step":1,"name":"/","kind":"exit","value":"/z","count":3,"share":0.4286}
{"step":1,"name":"/","kind":"exit","value":"/a","count":2,"share":0.2857}
{"step":1,"name":"/","kind":"exit","value":"/","count":1,"share":0.1429}
{"step":1,"name":"/","kind":"exit","value":"/c","count":1,"share":0.1429}
sessions reaching each step (bar: of the most at a step) and lost before the next;
then: the page the lost went to next, (exit) if none; left: the page they left from
 1 /     ############################## 7 reached, 7 dropped (100.0%)
     then: /b 3, /a 2, (exit) 1
     left: /z 3, /a 2, / 1
 2 /cart                                0 reached
