A rewrite whose result is much longer than the page: 77 a's, each
replaced by 10 b's with g, give a page of 1 + 770 bytes; with the
newline wc -c counts 772.
--- cmd
p=$(printf '%77s' '' | tr ' ' a)
printf '1.1.1.1 - - [22/Nov/2026:10:00:00 +0000] "GET /%s HTTP/1.1" 200 1 "-" "M"\n' "$p" |
	jsessionize --no-header -o page --rewrite 's#a#bbbbbbbbbb#g' | wc -c | tr -d ' '
--- stdout
772
