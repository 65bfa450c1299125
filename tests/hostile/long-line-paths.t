One 64 MiB line rule for every way a file is read.  A 120,000,000-byte
line (a pageview whose path is "/" and 119,999,9xx a's) between two short
pageviews, read as a plain file, through a pipe and as gzip: each time it
is cut at 64 MiB (67,108,864 bytes), counted malformed, its start written
to --rejects (67108864 bytes + the newline), and the lines around it (/a,
/b) are read.  Main parsed the plain file's line whole (a 119,999,9xx-byte
page, exit 0, malformed 0) and cut only the pipe's and gzip's.  The
counts are worked out by hand: 3 lines, 1 malformed, 2 parsed and
pageviews.  About 3 s.
--- cmd
awk 'BEGIN { p = "a"; while (length(p) < 120000000) p = p p
	printf "10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] \"GET /a HTTP/1.1\" 200 7 \"-\" \"M\"\n"
	s = "10.0.0.1 - - [22/Nov/2026:10:00:01 +0000] \"GET /"
	t = " HTTP/1.1\" 200 7 \"-\" \"M\""
	printf "%s%s%s\n", s, substr(p, 1, 120000000 - length(s) - length(t)), t
	printf "10.0.0.1 - - [22/Nov/2026:10:00:02 +0000] \"GET /b HTTP/1.1\" 200 7 \"-\" \"M\"\n" }' > big.log
sed -n 2p big.log | wc -c
gzip -1 < big.log > big.gz
for how in file pipe gzip; do
	case $how in
	file) jsessionize -v --rejects rej --no-header -o page big.log ;;
	pipe) cat big.log | jsessionize -v --rejects rej --no-header -o page ;;
	gzip) jsessionize -v --rejects rej --no-header -o page big.gz ;;
	esac 2>err | awk '{ print length($0) }'
	grep 'lines 3' err
	wc -c < rej
done
--- stdout
120000001
2
2
jsessionize: lines 3: skipped 0, malformed 1, parsed 2
67108865
2
2
jsessionize: lines 3: skipped 0, malformed 1, parsed 2
67108865
2
2
jsessionize: lines 3: skipped 0, malformed 1, parsed 2
67108865
