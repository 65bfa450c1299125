man page POSTHOG AND CLICKHOUSE: ClickHouse's
retention(day = '2026-01-01', day = '2026-01-02'), summed over visitors,
done in awk on jsessionize's visitor and time columns of the log of
yearend-day.t: [2, 2], since A and C both came on both days; jretention's
row for 2026-01-01 is C alone (1 visitor, 1 back), A being in the cohort
of 2025-12-31, its first day.
--- cmd
jsessionize -o visitor,time access.log | awk -F'\t' '
	!/^#/ { d = substr($2, 1, 10); c1[$1] += d == "2026-01-01"; c2[$1] += d == "2026-01-02" }
	END { for (v in c1) { r1 += c1[v] > 0; r2 += c1[v] > 0 && c2[v] > 0 }
	    printf "[%d, %d]\n", r1, r2 }'
jretention --periods 1 access.log | grep '^2026-01-01'
--- stdout
[2, 2]
2026-01-01	0	1	1	1.0000
2026-01-01	1	1	1	1.0000
--- file access.log
4.4.4.4 - - [28/Dec/2025:12:00:00 +0000] "GET / HTTP/1.1" 200 10 "-" "Moz"
4.4.4.4 - - [29/Dec/2025:12:00:00 +0000] "GET / HTTP/1.1" 200 10 "-" "Moz"
1.1.1.1 - - [31/Dec/2025:10:00:00 +0000] "GET / HTTP/1.1" 200 10 "-" "Moz"
2.2.2.2 - - [31/Dec/2025:20:00:00 +0000] "GET / HTTP/1.1" 200 10 "-" "Moz"
1.1.1.1 - - [01/Jan/2026:09:00:00 +0000] "GET / HTTP/1.1" 200 10 "-" "Moz"
3.3.3.3 - - [01/Jan/2026:12:00:00 +0000] "GET / HTTP/1.1" 200 10 "-" "Moz"
1.1.1.1 - - [01/Jan/2026:15:00:00 +0000] "GET / HTTP/1.1" 200 10 "-" "Moz"
1.1.1.1 - - [02/Jan/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 10 "-" "Moz"
3.3.3.3 - - [02/Jan/2026:12:00:00 +0000] "GET / HTTP/1.1" 200 10 "-" "Moz"
2.2.2.2 - - [03/Jan/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 10 "-" "Moz"
