Line ends: CRLF (the CR is dropped), a missing final newline, an empty
input (the header only), and a 1 MiB line (a pageview whose page is the
1 MiB path: its length is checked with awk).
--- cmd
printf '1.1.1.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 1 "-" "M"\r\n1.1.1.1 - - [22/Nov/2026:10:00:01 +0000] "GET /b HTTP/1.1" 200 1 "-" "M"' | jsessionize --no-header -o page,ua | od -c | sed 's/  */ /g'
jsessionize < /dev/null
awk 'BEGIN { p = "x"; while (length(p) < 1048575) p = p p; p = "/" substr(p, 1, 1048575); printf "1.1.1.1 - - [22/Nov/2026:10:00:00 +0000] \"GET %s HTTP/1.1\" 200 1 \"-\" \"M\"\n", p }' > huge.log
jsessionize --no-header -o seq,page huge.log | awk -F'\t' '{ print $1, length($2) }'
--- stdout
0000000 / a \t M \n / b \t M \n
0000012
#session	visitor	seq	time	page	status	channel
1 1048576
