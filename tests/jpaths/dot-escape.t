--dot escapes as JSON does: the C1 control U+009B (bytes c2 9b, a CSI
to some terminals) is written as the text \xc2\x9b (both bytes; main
wrote \\xc2 and then the raw 9b byte), a byte that is not UTF-8 (ff) as
\xff (main wrote it raw, which Graphviz rejects as "UTF8 codes > 4
bytes"), ESC as \x1b, " and \ with a backslash, and the valid UTF-8 é
(c3 a9) as it is.  In the DOT source each \x is \\x.  Expected output by
hand; iconv checks that the DOT is valid UTF-8 (main: exit 1).  The
input TSV carries the bytes escaped (\xHH, \\), as jsessionize writes
them, so the file stays readable.
--- file in.tsv
#session	visitor	time	page
s1	v1	2026-11-22T10:00:00Z	/a\xc2\x9b[31m
s1	v1	2026-11-22T10:01:00Z	/b\xff\xc3\xa9\x1b"\\
--- cmd
jpaths --dot in.tsv
jpaths --dot in.tsv | iconv -f UTF-8 -t UTF-8 >/dev/null; echo "iconv $?"
--- stdout
digraph jpaths {
	rankdir=LR;
	node [shape=box, fontname="Helvetica"];
	edge [fontname="Helvetica"];
	n1 [label="/a\\xc2\\x9b[31m"];
	n2 [label="/b\\xffé\\x1b\"\\"];
	n1 -> n2 [label="1", penwidth=8.00];
}
iconv 0
