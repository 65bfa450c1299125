Session splits, one visitor, pages /1../5 at 2026-11-22 22:50, 23:10,
23:40 (exactly 30m after /2), /4 at 2026-11-23T00:05 and /5 at 00:06 with
?utm_source=news.
--max-pageviews 2: sessions /1 /2 | /3 /4 | /5 -> seq 1 2 1 2 1.
--split-midnight (UTC): /4 is on a new day -> /1 /2 /3 | /4 /5.
--split-midnight --tz Europe/Berlin: Berlin is UTC+1 in November, so
midnight there is 23:00Z: /1 (23:50 local, 22nd) | /2 /3 /4 /5 (23rd).
--split-campaign: /5 carries a campaign and the session had none ->
/1 /2 /3 /4 | /5.  Plain (no option): one session of 5 (gaps <= 30m).
--- file in.log
10.0.0.1 - - [22/Nov/2026:22:50:00 +0000] "GET /1 HTTP/1.1" 200 1 "-" "M"
10.0.0.1 - - [22/Nov/2026:23:10:00 +0000] "GET /2 HTTP/1.1" 200 1 "-" "M"
10.0.0.1 - - [22/Nov/2026:23:40:00 +0000] "GET /3 HTTP/1.1" 200 1 "-" "M"
10.0.0.1 - - [23/Nov/2026:00:05:00 +0000] "GET /4 HTTP/1.1" 200 1 "-" "M"
10.0.0.1 - - [23/Nov/2026:00:06:00 +0000] "GET /5?utm_source=news HTTP/1.1" 200 1 "-" "M"
--- cmd
for o in --max-pageviews=2 --split-midnight "--split-midnight --tz Europe/Berlin" --split-campaign --max-pageviews=0; do
	printf '%s:' "$o"
	jsessionize --no-header -o seq $o in.log | tr '\n' ' '
	echo
done
--- stdout
--max-pageviews=2:1 2 1 2 1 
--split-midnight:1 2 3 1 2 
--split-midnight --tz Europe/Berlin:1 1 2 3 4 
--split-campaign:1 2 3 4 1 
--max-pageviews=0:1 2 3 4 5 
