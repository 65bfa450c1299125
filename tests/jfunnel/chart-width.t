Chart width follows COLUMNS, and every chart has a title.  8 sessions
reach /a, 4 of them /b.  jfunnel's line is "NN name count bar  pct%  -N":
3 + 4 (name column, at least 4) + 1 + 5 (count, at least 5) + 1 + 7 + 4
("  -4") = 25 columns besides the bar, so COLUMNS=45 leaves 20 cells
(/b: 10), COLUMNS=30 leaves 5, raised to the least, 10 (/b: 5);
COLUMNS=200 is capped at 40 (/b: 20), and a COLUMNS that is no number
counts as 80 (40).  --per visitor --by day says visitors and "of those
entering step 1" (COLUMNS=50: 25 cells; /b 12.5 in eighths, 12 whole).
jdropoff --sort views: "8 bar /a": value 1 + 2 spaces + label 2 = 5
besides the bar, COLUMNS=30 leaves 25 (/b: 4/8 of 25 rounded, 13).
jdropoff's funnel chart: 3 + 4 + 1 + " 8 reached, 4 dropped (100.0%)"
(30, the widest it can be) = 38, COLUMNS=50 leaves 12 (/b: 6).
jretention's triangle: "cohort visitors" is 19 columns, each period 6:
COLUMNS=40 has room for periods 0 to 2 (37), so period 3 is left out,
and the title says so; all 8 visitors' cohort is 2026-03-01.
--- cmd
for c in 45 30 200 junk; do COLUMNS=$c jfunnel --chart --ascii -s /a -s /b f.tsv; done
COLUMNS=50 jfunnel --chart --ascii --per visitor --by day -s /a -s /b f.tsv
COLUMNS=30 jdropoff --chart --ascii --sort views f.tsv
COLUMNS=50 jdropoff --chart --ascii -s /a -s /b f.tsv
COLUMNS=40 jretention --periods 3 --chart f.tsv
--- file f.tsv
#session	visitor	time	page
s1	v1	2026-03-01T10:00:01Z	/a
s1	v1	2026-03-01T10:00:02Z	/b
s2	v2	2026-03-01T10:00:02Z	/a
s2	v2	2026-03-01T10:00:03Z	/b
s3	v3	2026-03-01T10:00:03Z	/a
s3	v3	2026-03-01T10:00:04Z	/b
s4	v4	2026-03-01T10:00:04Z	/a
s4	v4	2026-03-01T10:00:05Z	/b
s5	v5	2026-03-01T10:00:05Z	/a
s6	v6	2026-03-01T10:00:06Z	/a
s7	v7	2026-03-01T10:00:07Z	/a
s8	v8	2026-03-01T10:00:08Z	/a
--- stdout
sessions reaching each step (of 8 entering step 1; -N: lost before the next step)
 1 /a       8 #################### 100.0%  -4
 2 /b       4 ##########            50.0%
sessions reaching each step (of 8 entering step 1; -N: lost before the next step)
 1 /a       8 ########## 100.0%  -4
 2 /b       4 #####       50.0%
sessions reaching each step (of 8 entering step 1; -N: lost before the next step)
 1 /a       8 ######################################## 100.0%  -4
 2 /b       4 ####################                      50.0%
sessions reaching each step (of 8 entering step 1; -N: lost before the next step)
 1 /a       8 ######################################## 100.0%  -4
 2 /b       4 ####################                      50.0%
visitors reaching each step (of those entering step 1; -N: lost before the next step)
day: 2026-03-01
 1 /a       8 ######################### 100.0%  -4
 2 /b       4 ############               50.0%
views per page (bar: of the largest shown)
8 ######################### /a
4 #############             /b
sessions reaching each step (bar: of the most at a step) and lost before the next;
then: the page the lost went to next, (exit) if none; left: the page they left from
 1 /a   ############ 8 reached, 4 dropped (50.0%)
     then: (exit) 4
     left: /a 4
 2 /b   ######       4 reached
visitors back in each day after their first (% of the cohort; 0: the cohort itself); period 3 does not fit the terminal
cohort     visitors     0     1     2
2026-03-01        8  100%
