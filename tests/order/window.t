--since and --until choose the sessions that start in [since, until);
a session that crosses an edge is still built whole from the lines
around it.  By hand: V1 starts 2026-11-20 23:50 UTC and goes on past
midnight (/a /b); V2 2026-11-21 10:00 (/c); V3 starts 2026-11-21 23:50
and ends 00:15 the next day (/d /e); V4 2026-11-22 09:00 (/f).
 --since 2026-11-21 --until 2026-11-22 (UTC): V2 and V3, V3 with both
 its pages; -v counts the other two as outside.
 The same dates in --tz Europe/Berlin (UTC+1 in November: the window is
 20 Nov 23:00 to 21 Nov 23:00 UTC): V1 (00:50 local) and V2.
 Times with their own zone: 2026-11-21T10:00:00Z to 2026-11-21T23:50Z:
 V2 only (the end is not in the window).
 Relative to today (the log is made with date(1)): two days ago 12:00,
 yesterday 12:00, today 00:30; --since -1d --until today and --since
 yesterday --until today both give yesterday's session only.
A bad value is a usage error that shows the forms.
--- file in.log
10.0.0.1 - - [20/Nov/2026:23:50:00 +0000] "GET /a HTTP/1.1" 200 1 "-" "V1"
10.0.0.1 - - [21/Nov/2026:00:10:00 +0000] "GET /b HTTP/1.1" 200 1 "-" "V1"
10.0.0.2 - - [21/Nov/2026:10:00:00 +0000] "GET /c HTTP/1.1" 200 1 "-" "V2"
10.0.0.3 - - [21/Nov/2026:23:50:00 +0000] "GET /d HTTP/1.1" 200 1 "-" "V3"
10.0.0.3 - - [22/Nov/2026:00:15:00 +0000] "GET /e HTTP/1.1" 200 1 "-" "V3"
10.0.0.4 - - [22/Nov/2026:09:00:00 +0000] "GET /f HTTP/1.1" 200 1 "-" "V4"
--- cmd
s() { tr '\n' ' '; echo; }
jsessionize -v --no-header -o page --since 2026-11-21 --until 2026-11-22 in.log 2>err | s
grep outside err
jsessionize --no-header -o page --tz Europe/Berlin --since 2026-11-21 --until 2026-11-22 in.log | s
jsessionize --no-header -o page --since 2026-11-21T10:00:00Z --until 2026-11-21T23:50Z in.log | s
for d in "2 days ago" yesterday today; do
	day=$(date -u -d "$d" +%d/%b/%Y)
	h=12; [ "$d" = today ] && h=00
	echo "10.0.0.9 - - [$day:$h:30:00 +0000] \"GET /$(echo $d | tr -d ' ') HTTP/1.1\" 200 1 \"-\" \"R\""
done > rel.log
jsessionize --no-header -o page --since -1d --until today rel.log | s
jsessionize --no-header -o page --since yesterday --until today rel.log | s
jfunnel -s /c --since 2026-11-21 --until 2026-11-22 in.log
jsessionize --since last-week in.log; echo "exit $?"
--- stdout
/c /d /e 
jsessionize: sessions outside --since/--until 2
/a /b /c 
/c 
/yesterday 
/yesterday 
#step	name	count	rate	step_rate	dropped	median_s	p90_s
1	/c	1	1.0000	1.0000	0	-	-
exit 2
--- stderr
jsessionize: bad --since "last-week": give a date (2026-11-30), a date and time (2026-11-30T06:00, in --tz), now, today, yesterday, or -N with d, w, h or m (-1d: yesterday's midnight)
Try 'jsessionize --help'.
