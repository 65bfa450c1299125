Pages are user-controlled: an ESC (written \x1b in the TSV input and
unescaped on reading) and a TAB (\t) must come out escaped, in TSV and in
the chart label as \x1b and \t, in JSON as \u001b and \t (and " as \").
s1: one pageview of "/a<ESC>[2Jb": 1 1 1 1 1.0000 1 1.0000.
s2: two pageviews of "/t<TAB>ab"q": views 2, sessions 1, entries 1, exits 1,
1/2 = 0.5000, bounces 0, 0/1 = 0.0000.  Both 1 exit: "/a" < "/t".
Chart of exits: max 1, both bars 40 cells.
--- file a.tsv
#session	visitor	time	page
s1	v1	2026-11-22T10:00:00Z	/a\x1b[2Jb
s2	v2	2026-11-22T10:00:00Z	/t\tab"q
s2	v2	2026-11-22T10:00:01Z	/t\tab"q
--- cmd
jdropoff --no-header a.tsv
jdropoff --json a.tsv
jdropoff --chart --ascii a.tsv
--- stdout
/a\x1b[2Jb	1	1	1	1	1.0000	1	1.0000
/t\tab"q	2	1	1	1	0.5000	0	0.0000
{"page":"/a\u001b[2Jb","views":1,"sessions":1,"entries":1,"exits":1,"exit_rate":1.0000,"bounces":1,"bounce_rate":1.0000}
{"page":"/t\tab\"q","views":2,"sessions":1,"entries":1,"exits":1,"exit_rate":0.5000,"bounces":0,"bounce_rate":0.0000}
exits per page (bar: of the largest shown)
1 ######################################## /a\x1b[2Jb
1 ######################################## /t\tab"q
