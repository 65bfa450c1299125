DUR spellings for -t.  Gaps: /a 10:00:00 -> /b 11:30:00 is 5400 s (1h30m),
/b -> /c 13:00:01 is 5401 s.  Timeouts equal to 5400 s (5400, 5400s, 90m,
1h30m) keep /b and split /c: seq 1 2 1.  1h splits both: 1 1 1.  2d keeps
all: 1 2 3.  1h30m1s is 5401: 1 2 3.
--- cmd
for t in 5400 5400s 90m 1h30m 1h 2d 1h30m1s; do
	printf '%s: ' "$t"
	jsessionize -t "$t" --no-header -o seq in.log | tr '\n' ' '; echo
done
--- file in.log
10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 7 "-" "M"
10.0.0.1 - - [22/Nov/2026:11:30:00 +0000] "GET /b HTTP/1.1" 200 7 "-" "M"
10.0.0.1 - - [22/Nov/2026:13:00:01 +0000] "GET /c HTTP/1.1" 200 7 "-" "M"
--- stdout
5400: 1 2 1 
5400s: 1 2 1 
90m: 1 2 1 
1h30m: 1 2 1 
1h: 1 1 1 
2d: 1 2 3 
1h30m1s: 1 2 3 
