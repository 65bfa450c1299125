Funnel mode keeps its next and exit pages within --memory: past a quarter
of it the table of counts (by group, step, kind and page) is written out
in runs sorted by that key and summed back at the end, keeping of each
step only the -n best, so the report is the same bytes whatever the
budget.  6000 sessions (one visitor each, made by the awk below) start at
"/"; 112 go on to /cart (i % 50 == 0, not i % 17 == 0); the others drop,
with about 2500 distinct next pages and 4000 exit pages: with --memory
64k -v says the table was written out, and the report, --per visitor,
-n 0 and a partial merged back all equal the default budget's.
Expected table computed independently with awk: per session, next = its
second page or (exit), exit = its last page; counts per page, sorted by
count descending then page bytewise (LC_ALL=C sort -k3,3nr -k2,2), the
first 5; share = count / 5888 dropped (reached, continued: of 6000).
--- cmd
awk 'BEGIN { print "#session\tvisitor\ttime\tpage"
	for (i = 0; i < 6000; i++) {
		nx = (i % 10 == 0) ? "/hot/" (i % 7) : "/p/" (i * 7919 % 2500)
		n = 0; pg[n++] = "/"
		if (i % 17 != 0) {
			pg[n++] = nx
			if (i % 3 == 0) pg[n++] = "/x/" (i % 4000)
			if (i % 50 == 0) pg[n++] = "/cart"
		}
		for (j = 0; j < n; j++) {
			t = 10 * i + j
			printf "S%d\tv%d\t2026-11-22T%02d:%02d:%02dZ\t%s\n", i, i,
			    int(t / 3600), int(t / 60) % 60, t % 60, pg[j]
		}
	} }' > ev.tsv
jdropoff -s / -s /cart ev.tsv | tee big
jdropoff -v --memory 64k -s / -s /cart ev.tsv 2> err > small; cmp big small && echo same
grep -c 'next and exit pages: the table .* written out' err
for o in '--per visitor' '-n 0' '--json -n 2'; do
	jdropoff $o -s / -s /cart ev.tsv > big
	jdropoff $o --memory 64k -s / -s /cart ev.tsv | cmp - big && echo "same $o"
done
jdropoff --partial --memory 64k -s / -s /cart ev.tsv > part
jdropoff --merge --memory 64k -s / -s /cart part | cmp - small && echo "same merged"
--- stdout
#step	name	kind	value	count	share
1	/	reached	-	6000	1.0000
1	/	continued	-	112	0.0187
1	/	dropped	-	5888	0.9813
1	/	next	(exit)	353	0.0600
1	/	next	/hot/2	65	0.0110
1	/	next	/hot/3	65	0.0110
1	/	next	/hot/5	65	0.0110
1	/	next	/hot/6	65	0.0110
1	/	exit	/	353	0.0600
1	/	exit	/hot/3	45	0.0076
1	/	exit	/hot/5	45	0.0076
1	/	exit	/hot/6	44	0.0075
1	/	exit	/hot/0	42	0.0071
2	/cart	reached	-	112	0.0187
same
1
same --per visitor
same -n 0
same --json -n 2
same merged
