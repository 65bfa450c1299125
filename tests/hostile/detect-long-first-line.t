A first line over 64 MiB does not make detection refuse the file (issue
17 item 14; main: exit 2, "cannot tell the log format", nothing
counted).  The line is 70,000,000 bytes: of NULs in a gzip file, of "a"s
through a pipe; the reader cuts it at 64 MiB (one malformed line, its
start for --rejects) and detection looks past it to the 1000 combined
lines after it (awk writes them: line i is visitor 10.0.0.(i mod 10), at
10:00:00 + i s, page /p(i mod 2)): 500 of each page, 1 of 1001 lines
malformed, named as passed over.
--- cmd
awk 'BEGIN {
	for (i = 0; i < 1000; i++)
		printf "10.0.0.%d - - [22/Nov/2026:10:%02d:%02d +0000] \"GET /p%d HTTP/1.1\" 200 7 \"-\" \"M\"\n", i % 10, int(i / 60), i % 60, i % 2
}' > g.log
{ head -c 70000000 /dev/zero; echo; cat g.log; } | gzip -1 > z.gz
jsessionize --no-header -o page z.gz | sort | uniq -c
{ head -c 70000000 /dev/zero | tr '\0' a; echo; cat g.log; } | jsessionize --no-header -o page | sort | uniq -c
--- stdout
    500 /p0
    500 /p1
    500 /p0
    500 /p1
--- stderr
jsessionize: 1 of 1001 lines malformed (first: z.gz:1); see --rejects FILE
jsessionize: 1 line in front of the first that fits a log format passed over to detect it, counted malformed (first: z.gz:1)
jsessionize: 1 of 1001 lines malformed (first: (stdin):1); see --rejects FILE
jsessionize: 1 line in front of the first that fits a log format passed over to detect it, counted malformed (first: (stdin):1)
