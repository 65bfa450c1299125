--slack 1m: /a 10:00, /c 10:03, /b 10:01:30.  With the default 5m /b is
reordered into the session (/a /b /c).  With --slack 1m the limit is
10:02, /b is older: late, not output (/a /c).  With --slack 90s the limit is
10:01:30, /b is exactly on it: not late.
--- cmd
for s in 5m 1m 90s; do
	printf '%s: ' "$s"
	jsessionize --stream --slack "$s" --no-header -o page in.log | tr '\n' ' '; echo
done
--- file in.log
10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 7 "-" "M"
10.0.0.1 - - [22/Nov/2026:10:03:00 +0000] "GET /c HTTP/1.1" 200 7 "-" "M"
10.0.0.1 - - [22/Nov/2026:10:01:30 +0000] "GET /b HTTP/1.1" 200 7 "-" "M"
--- stdout
5m: /a /b /c 
1m: /a /c 
90s: /a /b /c 
