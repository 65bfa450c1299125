A gzip file of 3 GB of zeros (3 MB compressed) and then 10 log lines is
detected, not refused (issue 17 item 14; main: exit 2, nothing counted).
The zeros are one line, cut by the reader at 64 MiB (its rest
dropped as it is read, so memory stays bounded): 1 malformed line,
passed over by detection; the 10 lines (awk: visitor 10.0.0.i at
10:00:0i, page /p(i mod 2)) give 5 pageviews of each page.  Slow (the
3 GB are inflated): make check-slow.
--- cmd
awk 'BEGIN {
	for (i = 0; i < 10; i++)
		printf "10.0.0.%d - - [22/Nov/2026:10:00:0%d +0000] \"GET /p%d HTTP/1.1\" 200 7 \"-\" \"M\"\n", i, i, i % 2
}' > g.log
{ head -c 3000000000 /dev/zero; echo; cat g.log; } | gzip -1 > z.gz
jsessionize --no-header -o page z.gz | sort | uniq -c
--- stdout
      5 /p0
      5 /p1
--- stderr
jsessionize: 1 of 11 lines malformed (first: z.gz:1); see --rejects FILE
jsessionize: 1 line in front of the first that fits a log format passed over to detect it, counted malformed (first: z.gz:1)
