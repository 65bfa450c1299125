Values are escaped on output: a page with a TAB (\t in the event
stream), a backslash (\\) and an ESC byte (\x1b) comes back escaped
the same way in TSV, as \t, \\ and \u001b in JSON, and in DOT inside
a quoted label with " and \ escaped and control bytes written as
\\xHH (shown by dot as the text \xHH).  One session: /a"b > /c\d >
/e<TAB>f<ESC>.
--- file in.tsv
#session	visitor	time	page
s1	v1	2026-11-22T10:00:00Z	/a"b
s1	v1	2026-11-22T10:00:01Z	/c\\d
s1	v1	2026-11-22T10:00:02Z	/e\tf\x1b
--- cmd
jpaths --no-header in.tsv
jpaths --json in.tsv
jpaths --edges --no-header in.tsv
jpaths --dot in.tsv | grep label=
--- stdout
1	1.0000	/a"b > /c\\d > /e\tf\x1b
{"count":1,"share":1.0000,"path":["/a\"b","/c\\d","/e\tf\u001b"]}
1	/a"b	/c\\d	1
2	/c\\d	/e\tf\x1b	1
	n1 [label="/a\"b"];
	n2 [label="/c\\d"];
	n3 [label="/e\\x09f\\x1b"];
	n1 -> n2 [label="1", penwidth=8.00];
	n2 -> n3 [label="1", penwidth=8.00];
