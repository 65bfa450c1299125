The memory limits.  --max-pageviews defaults to 10000: a session is cut
after that many pageviews and the cut is reported on stderr (always,
not only with -v).  --max-sessions N keeps at most N sessions open: when
a new one would be the N+1st, the one idle longest is closed first, and
that is reported too.  Here --max-pageviews 2 on /a /b /c /d of one
visitor: sessions of 2 and 2 (one cut, reported).  --max-sessions 1 on
three visitors seen at 10:00, 10:01, 10:02 within 30 min, then visitor 1
again: each new visitor closes the previous one (idlest), and visitor
1's return starts a second session: 4 sessions, 3 closed early.  The -v
counts still add up: 4 lines, 4 pageviews.  0 lifts a limit.
--- cmd
jsessionize --max-pageviews 2 --no-header -o seq,page one.log
jsessionize -v --max-sessions 1 --no-header -o seq,page three.log
jsessionize --max-sessions 0 --max-pageviews 0 --no-header -o seq,page three.log
--- file one.log
10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 7 "-" "M"
10.0.0.1 - - [22/Nov/2026:10:00:01 +0000] "GET /b HTTP/1.1" 200 7 "-" "M"
10.0.0.1 - - [22/Nov/2026:10:00:02 +0000] "GET /c HTTP/1.1" 200 7 "-" "M"
10.0.0.1 - - [22/Nov/2026:10:00:03 +0000] "GET /d HTTP/1.1" 200 7 "-" "M"
--- file three.log
10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 7 "-" "M"
10.0.0.2 - - [22/Nov/2026:10:01:00 +0000] "GET /b HTTP/1.1" 200 7 "-" "M"
10.0.0.3 - - [22/Nov/2026:10:02:00 +0000] "GET /c HTTP/1.1" 200 7 "-" "M"
10.0.0.1 - - [22/Nov/2026:10:03:00 +0000] "GET /d HTTP/1.1" 200 7 "-" "M"
--- stdout
1	/a
2	/b
1	/c
2	/d
1	/a
1	/b
1	/c
1	/d
1	/b
1	/c
1	/a
2	/d
--- stderr
jsessionize: --max-pageviews 2 split 1 sessions (0 for no limit)
three.log: format combined
jsessionize: --max-sessions 1: 3 sessions were closed early to bound memory (raise it to keep them whole)
jsessionize: lines 4: skipped 0, malformed 0, parsed 4
jsessionize: parsed 4: method 0, status 0, static 0, downloads 0, bots 0, excluded 0, late 0, pageviews 4
jsessionize: visitors 3, sessions 4
