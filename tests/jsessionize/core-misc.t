--help (exit 0, usage first), --version, -t spellings (10m, 600, 600s,
1h30m) on a 600 s / 601 s boundary: /a 10:00:00, /b 10:10:00 (gap 600,
stays), /c 10:20:01 (gap 601, new session) with -t 10m; 1h30m keeps all
three together.  > /dev/full: exit 1 and the write error.
--- file in.log
1.1.1.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 1 "-" "M"
1.1.1.1 - - [22/Nov/2026:10:10:00 +0000] "GET /b HTTP/1.1" 200 1 "-" "M"
1.1.1.1 - - [22/Nov/2026:10:20:01 +0000] "GET /c HTTP/1.1" 200 1 "-" "M"
--- cmd
jsessionize --help | head -n 1 | cut -c1-18; echo "exit $?"
jsessionize --version
for t in 10m 600 600s 1h30m; do
	printf '%s: ' $t; jsessionize --no-header -o seq --slack 1m -t $t in.log | tr '\n' ' '; echo
done
jsessionize in.log > /dev/full; echo "exit $?"
--- stdout
usage: jsessionize
exit 0
jsessionize 0.1
10m: 1 2 1 
600: 1 2 1 
600s: 1 2 1 
1h30m: 1 2 3 
exit 1
--- stderr
jsessionize: write error: No space left on device
