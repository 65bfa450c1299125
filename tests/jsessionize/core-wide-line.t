A line is written into the output's buffer at once (events.c, tsv_line)
where it fits: every column of a two-pageview session, by hand.  The
visitor came at 10:00:00 and 10:00:30 on 22 Nov 2026 (epoch 1795341600,
date -u -d 2026-11-22T10:00:00Z +%s), first with no referrer (direct),
then from an outside page; the second logged no byte count ("-").  The
duration is to the next pageview, "-" for the last; a combined log has
no host ("-").  Then a page, /w and 70000 ESC bytes, each written \x1b: a
line of 280002 bytes, more than the 256 KiB buffer, goes out through
the column calls instead, whole, and the line after it is as ever.
--- cmd
printf '%s\n' '1.1.1.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a?x=1 HTTP/1.1" 200 512 "-" "M"' \
  '1.1.1.1 - - [22/Nov/2026:10:00:30 +0000] "GET /b HTTP/1.1" 200 - "http://ext.example.org/x" "M"' >in.log
jsessionize --no-header -o seq,time,epoch,page,url,method,status,bytes,referrer,ua,host,channel,duration,returning,visit_number in.log
awk 'BEGIN { p = ""; for (i = 0; i < 70000; i++) p = p "\\x1b";
	printf "2.2.2.2 - - [22/Nov/2026:11:00:00 +0000] \"GET /w%s HTTP/1.1\" 200 1 \"-\" \"M\"\n", p;
	printf "2.2.2.2 - - [22/Nov/2026:11:00:05 +0000] \"GET /after HTTP/1.1\" 200 1 \"-\" \"M\"\n" }' >wide.log
jsessionize --no-header -o seq,page,status wide.log >got
awk -F'\t' '{ print NR, $1, length($2), substr($2, 1, 6), substr($2, length($2) - 3), $3 }' got
--- stdout
1	2026-11-22T10:00:00Z	1795341600	/a	/a?x=1	GET	200	512	-	M	-	direct	30	0	1
2	2026-11-22T10:00:30Z	1795341630	/b	/b	GET	200	-	http://ext.example.org/x	M	-	direct	-	0	1
1 1 280002 /w\x1b \x1b 200
2 2 6 /after fter 200
