Lines of 10 MB: a request line whose path is 10,000,000 bytes long is a
pageview like any other (its page is written whole: 10,000,001 bytes with
the leading /, plus the newline; with the second line's "/ua\n" that is
10,000,006 bytes), and a 10 MB User-Agent is kept as well (the first
line's UA "M" is 1 byte).
A 70 MB line of zeros inside a gzip stream (a bomb in miniature) is cut
at 64 MiB: counted malformed with the reason under -vv, its start written
to --rejects (exactly 67108864 bytes + newline), its rest dropped; the
lines around it are read as usual.
--- cmd
awk 'BEGIN { p = "a"; while (length(p) < 10000000) p = p p; p = substr(p, 1, 10000000)
	printf "10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] \"GET /%s HTTP/1.1\" 200 7 \"-\" \"M\"\n", p
	printf "10.0.0.2 - - [22/Nov/2026:10:00:01 +0000] \"GET /ua HTTP/1.1\" 200 7 \"-\" \"%s\"\n", p }' > big.log
jsessionize --no-header -o page big.log | wc -c
jsessionize --no-header -o ua big.log | awk '{ print length($0) }'
{ printf '10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 7 "-" "M"\n'
  head -c 70000000 /dev/zero
  printf '\n10.0.0.1 - - [22/Nov/2026:10:00:01 +0000] "GET /b HTTP/1.1" 200 7 "-" "M"\n'; } | gzip -1 > bomb.gz
jsessionize -vv --rejects rej --no-header -o page bomb.gz 2>&1 | grep -v ': format \|visitors\|inflated with'
wc -c < rej
--- stdout
10000006
1
10000000
bomb.gz:2: line longer than 64 MiB (its start is kept for --rejects, the rest dropped)
jsessionize: 1 of 3 lines malformed (first: bomb.gz:2); written to rej
jsessionize: lines 3: skipped 0, malformed 1, parsed 2
jsessionize: parsed 2: method 0, status 0, static 0, downloads 0, bots 0, excluded 0, late 0, pageviews 2
/a
/b
67108865
