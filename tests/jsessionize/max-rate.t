--max-rate N: a session with more than N pageviews within a minute
(any 60 s span) is a bot by its behaviour: its pageviews are counted
as bots, it is not written, and stderr says so.  Generated: visitor A,
61 POSTs to /login at 2 a second (times 0 to 30 s: 61 in a minute);
visitor B, 60 pageviews one a second (0 to 59 s: 60, not more than
60); visitor C, 3 pageviews.  By hand: default 60 drops A (bots 61,
pageviews 63, sessions B and C); --max-rate 59 drops B too (bots 121,
pageviews 3); --max-rate 0 keeps all 124 in 3 sessions.
--- cmd
awk 'BEGIN {
	for (i = 0; i < 61; i++) printf "10.0.0.1 - - [22/Nov/2026:10:00:%02d +0000] \"POST /login HTTP/1.1\" 200 1 \"-\" \"M\"\n", int(i / 2)
	for (i = 0; i < 60; i++) printf "10.0.0.2 - - [22/Nov/2026:10:01:%02d +0000] \"GET /p%d HTTP/1.1\" 200 1 \"-\" \"M\"\n", i, i
	for (i = 0; i < 3; i++) printf "10.0.0.3 - - [22/Nov/2026:10:05:%02d +0000] \"GET /c%d HTTP/1.1\" 200 1 \"-\" \"M\"\n", 10 * i, i
}' > r.log
jsessionize -v --summary --no-header r.log 2>err | cut -f 6; grep -v format err
jsessionize -v --max-rate 59 --summary --no-header r.log 2>err | cut -f 6; grep -v format err
jsessionize -v --max-rate 0 --summary --no-header r.log 2>err | cut -f 6; grep -v format err
jsessionize --max-rate 1m r.log; echo "exit $?"
--- stdout
60
3
jsessionize: --max-rate 60: 1 sessions (61 pageviews) with more pageviews in a minute are counted as bots (0 for no limit)
jsessionize: lines 124: skipped 0, malformed 0, parsed 124
jsessionize: parsed 124: method 0, status 0, static 0, downloads 0, bots 61, excluded 0, late 0, pageviews 63
jsessionize: visitors 3, sessions 2
3
jsessionize: --max-rate 59: 2 sessions (121 pageviews) with more pageviews in a minute are counted as bots (0 for no limit)
jsessionize: lines 124: skipped 0, malformed 0, parsed 124
jsessionize: parsed 124: method 0, status 0, static 0, downloads 0, bots 121, excluded 0, late 0, pageviews 3
jsessionize: visitors 3, sessions 1
61
60
3
jsessionize: lines 124: skipped 0, malformed 0, parsed 124
jsessionize: parsed 124: method 0, status 0, static 0, downloads 0, bots 0, excluded 0, late 0, pageviews 124
jsessionize: visitors 3, sessions 3
exit 2
--- stderr
jsessionize: bad --max-rate "1m": give a whole number of pageviews a minute (0 for no limit)
Try 'jsessionize --help'.
