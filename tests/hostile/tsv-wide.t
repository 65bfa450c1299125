Event TSV of any width: a header of 100 columns (session, visitor, time,
page, then c5 to c100) and three rows of 100 values.  Main kept the
first 64 header names only, so every row had "too many columns" and was
dropped as malformed, exit 0, nothing on stderr without -v: a funnel of
0 and no pages.  Now the three pages are read (/a, /b, /c, one visitor,
so one session by hand), and column c5, the first name of the user's,
can be matched with -f (its value is x on the first row: count 1).  A
column past the first 16 of the user's names (c100) reads as empty, as
LIMITS in jsessionize(1) says.
--- cmd
awk 'BEGIN { OFS = "\t"
	h = "#session\tvisitor\ttime\tpage"
	for (i = 5; i <= 100; i++) h = h "\tc" i
	print h
	split("/a /b /c", p, " ")
	for (r = 1; r <= 3; r++) {
		l = "s1\tv1\t2026-11-22T10:0" r ":00Z\t" p[r]
		for (i = 5; i <= 100; i++) l = l "\t" (i == 5 && r == 1 ? "x" : "v" i)
		print l
	}
}' > wide.tsv
awk -F '\t' '{ print NF }' wide.tsv | sort -u
jsessionize --no-header -o page wide.tsv
jfunnel --no-header -f c5 -s x wide.tsv
jfunnel --no-header -f c100 -s v100 wide.tsv
--- stdout
100
/a
/b
/c
1	x	1	1.0000	1.0000	0	-	-
1	v100	0	-	-	0	-	-
