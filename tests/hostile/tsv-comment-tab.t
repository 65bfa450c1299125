A comment line with a TAB after an event TSV header ("# note<TAB>x") is
skipped and leaves the header's columns alone.  Main read it as a
would-be header, which freed the header's own column names before it
found no time column in it, so the named column country read as empty:
a step on country = de counted 0.  By hand: the one row has country de,
so the count is 1.
--- stdin
#session	visitor	time	page	country
# note	x
s1	v1	2026-11-22T10:00:00Z	/a	de
--- cmd
jfunnel --no-header -f country -s de
--- stdout
1	de	1	1.0000	1.0000	0	-	-
