Each rule relaxed on its own, on the input of core-filters.t cut down:
HEAD /b, 404 /c, static /s.css, bot /d.  By hand: --methods GET,HEAD adds
/b; --status 200-499 adds /c; --keep-static adds /s.css; --keep-bots adds
/d (visitor 10.0.0.2, its own session, after visitor 1's session, since
both end at the end of input and 10.0.0.1's last pageview is earlier...
no: 10.0.0.2's only pageview at 10:00:04 is later than /s.css at 10:00:03,
so it comes second); --all adds all four.
--- cmd
for o in --methods=GET,HEAD --status=200-499 --keep-static --keep-bots --all; do
	echo "$o"
	jsessionize --no-header -o page "$o" in.log
done
--- file in.log
10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:01 +0000] "HEAD /b HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:02 +0000] "GET /c HTTP/1.1" 404 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:03 +0000] "GET /s.css HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.2 - - [22/Nov/2026:10:00:04 +0000] "GET /d HTTP/1.1" 200 10 "-" "Googlebot/2.1"
--- stdout
--methods=GET,HEAD
/a
/b
--status=200-499
/a
/c
--keep-static
/a
/s.css
--keep-bots
/a
/d
--all
/a
/b
/c
/s.css
/d
