--partial and --merge: two and three shards by visitor merge to the
bytes of one run (the log of yearend-day.t, by day and by month); a merge
with other options is refused; the partial's lines are per cohort
(days since 1970-01-01: 20450 is 2025-12-28), worked out by hand.
--- cmd
for n in 2 3; do
	k=1; while [ $k -le $n ]; do
		jretention --periods 3 --shard $k/$n --partial access.log > p.$k; k=$((k+1))
	done
	jretention --periods 3 --merge p.* | cmp - all.tsv && echo "$n shards: same"
	rm p.*
done
jretention --cohort month --partial access.log > m.part
jretention --cohort month --merge m.part | cmp - month.tsv && echo month: same
jretention --merge m.part; echo "exit $?"
jretention --cohort month --periods 2 --partial access.log | tail -n +2
--- stdout
2 shards: same
3 shards: same
month: same
exit 2
#what	period	after	count
back	671	1	2
last	672	1
size	671	3
size	672	1
--- stderr
jretention: m.part:1: a partial of another program or of other options: give --merge the options the partials were made with (the analysis options, and --owners, --bot-list, --static-list, --ua-regexes by their files' contents, --no-ua-bots)
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
--- file all.tsv
#cohort	period	visitors	returned	rate
2025-12-28	0	1	1	1.0000
2025-12-28	1	1	1	1.0000
2025-12-28	2	1	0	0.0000
2025-12-28	3	1	0	0.0000
2025-12-31	0	2	2	1.0000
2025-12-31	1	2	1	0.5000
2025-12-31	2	2	1	0.5000
2025-12-31	3	2	1	0.5000
2026-01-01	0	1	1	1.0000
2026-01-01	1	1	1	1.0000
2026-01-01	2	1	0	0.0000
2026-01-01	3	1	-	-
--- file month.tsv
#cohort	period	visitors	returned	rate
2025-12	0	3	3	1.0000
2025-12	1	3	2	0.6667
2025-12	2	3	-	-
2025-12	3	3	-	-
2025-12	4	3	-	-
2025-12	5	3	-	-
2025-12	6	3	-	-
2025-12	7	3	-	-
2025-12	8	3	-	-
2025-12	9	3	-	-
2025-12	10	3	-	-
2025-12	11	3	-	-
2025-12	12	3	-	-
2026-01	0	1	1	1.0000
2026-01	1	1	-	-
2026-01	2	1	-	-
2026-01	3	1	-	-
2026-01	4	1	-	-
2026-01	5	1	-	-
2026-01	6	1	-	-
2026-01	7	1	-	-
2026-01	8	1	-	-
2026-01	9	1	-	-
2026-01	10	1	-	-
2026-01	11	1	-	-
2026-01	12	1	-	-
