A session whose kept strings pass 4 GiB is cut there with a warning, not
wrapped: one visitor, 300 pageviews whose path is 7.5 MB (/NNN then
"a"s), written with -o seq,page,url so that each pageview keeps 15 MB.
4 GiB / (15 MB + 14 bytes) = 286.3, so the first session holds 286
pageviews and the second the other 14; every row's page is its own
(the first 4 characters are /001 ... /300 in order; on main before this
change rows 288-300 got 1.6 GB of another pageview's bytes).  --stream
keeps the 2.25 GB of input out of the temporary files.  Slow: run by
make check-slow.
--- cmd
awk 'BEGIN { a = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
	while (length(a) < 7500000) a = a a; a = substr(a, 1, 7500000 - 4)
	for (i = 1; i <= 300; i++)
		printf "10.0.0.1 - - [22/Nov/2026:09:%02d:%02d +0000] \"GET /%03d%s HTTP/1.1\" 200 1 \"-\" \"A\"\n", i / 60, i % 60, i, a }' > big.log
jsessionize --stream --all --no-header -o seq,page,url big.log | cut -c1-12 > rows
awk -F'\t' '{ print $1 }' rows | awk 'NR == 1 || $1 == 1 { print "session starts at row " NR } END { print NR " rows" }'
awk -F'\t' '{ if (substr($2, 1, 4) != sprintf("/%03d", NR)) bad++ } END { print (bad ? bad " wrong pages" : "every page its own") }' rows
--- stdout
session starts at row 1
session starts at row 287
300 rows
every page its own
--- stderr
jsessionize: 1 sessions were cut where their pages and columns kept passed 4 GiB
