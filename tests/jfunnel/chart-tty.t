On a terminal with no COLUMNS, the chart is as wide as the terminal
(TIOCGWINSZ): script(1) gives jfunnel a pseudo-terminal of 45 columns,
which leaves 20 cells for the bar (25 columns besides it, as in
chart-width.t); /b has half of them.  Skipped where script(1) is absent.
--- cmd
command -v script >/dev/null && command -v stty >/dev/null || { echo "SKIP: no script(1)"; exit 77; }
script -qec "stty cols 45; jfunnel --chart --ascii -s /a -s /b f.tsv" /dev/null | tr -d '\r'
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
