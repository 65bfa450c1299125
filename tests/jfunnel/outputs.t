The same table as --json, --no-header, --chart and --chart --ascii.
Three sessions, steps / and /cart: S1 / then /cart 40 s later, S2 /
only, S3 / only.  count 3, 1; rate 1 and 1/3 = .3333; dropped 2 at step
1; cart time 40.  JSON: null where the TSV has "-".  Chart: bars of 40
cells scaled to the largest count (3): 40 cells, and 40/3 = 13.33 cells =
106.67 eighths, rounded to 107 = 13 full cells and a 3/8 block (U+258D)
or, in ASCII, 13 '#'.  The percentages are of step 1; "-2" is dropped.
Layout: "%2d ", the name padded to the longest name + 1 (6), the count
right-aligned in 5, a space, the 40-cell bar, " %5.1f%%", "  -N".
--- cmd
jfunnel -s / -s /cart --json ev.tsv
jfunnel -s / -s /cart --no-header ev.tsv
jfunnel -s / -s /cart --chart ev.tsv
jfunnel -s / -s /cart --chart --ascii ev.tsv
--- file ev.tsv
#session	visitor	time	page
S1	v1	2026-11-22T10:00:00Z	/
S1	v1	2026-11-22T10:00:40Z	/cart
S2	v2	2026-11-22T10:00:00Z	/
S3	v3	2026-11-22T10:00:00Z	/
--- stdout
{"step":1,"name":"/","count":3,"rate":1.0000,"step_rate":1.0000,"dropped":2,"median_s":null,"p90_s":null}
{"step":2,"name":"/cart","count":1,"rate":0.3333,"step_rate":0.3333,"dropped":0,"median_s":40,"p90_s":40}
1	/	3	1.0000	1.0000	2	-	-
2	/cart	1	0.3333	0.3333	0	40	40
sessions reaching each step (of 3 entering step 1; -N: lost before the next step)
 1 /         3 ████████████████████████████████████████ 100.0%  -2
 2 /cart     1 █████████████▍                            33.3%
sessions reaching each step (of 3 entering step 1; -N: lost before the next step)
 1 /         3 ######################################## 100.0%  -2
 2 /cart     1 #############                             33.3%
