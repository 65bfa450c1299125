Raw NUL bytes and invalid UTF-8 inside a line.  A NUL is a byte like any
other (lines are lengths, not C strings): the path "/a<NUL>b" stays one
page, written \x00 in TSV and \u0000 in JSON.  The bytes FF FE (not
UTF-8) pass through TSV as they are (DESIGN.md: UTF-8 or raw bytes) and
become the text \xff\xfe in JSON, which must be valid UTF-8.  od -c shows
the TSV bytes.
--- cmd
printf '10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a\000b HTTP/1.1" 200 7 "-" "U\000A\377\376"\n' > nul.log
jsessionize --no-header -o page,ua nul.log | od -An -c | tr -s ' '
jsessionize --json -o page,ua nul.log
jpaths --no-header nul.log
--- stdout
 / a \ x 0 0 b \t U \ x 0 0 A 377 376
 \n
{"page":"/a\u0000b","ua":"U\u0000A\\xff\\xfe"}
1	1.0000	/a\x00b
