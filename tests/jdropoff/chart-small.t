--chart: a value above zero gets at least the smallest bar, and the values
are right-aligned to the widest.  700 sessions of one pageview on /a and
one on /b, sorted by views: /a 700 fills 40 cells; /b 1 is 320/700 =
0.46 eighths, rounded to 0, so it gets one eighth (U+258F) and 39 spaces;
with --ascii 40/700 = 0.06 cells, so one '#' and 39 spaces.  "1" is
padded to the width of "700".
--- cmd
awk 'BEGIN { print "#session\tvisitor\ttime\tpage"
	for (i = 0; i < 700; i++) printf "a%d\tv\t2026-11-22T10:00:00Z\t/a\n", i
	print "b\tv\t2026-11-22T10:00:00Z\t/b" }' > a.tsv
jdropoff --chart --sort views a.tsv
jdropoff --chart --ascii --sort views a.tsv
--- stdout
views per page (bar: of the largest shown)
700 ████████████████████████████████████████ /a
  1 ▏                                        /b
views per page (bar: of the largest shown)
700 ######################################## /a
  1 #                                        /b
