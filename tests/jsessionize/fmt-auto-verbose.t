-F auto (the default) detects the format per file; --verbose names it on
stderr as "FILE: format NAME", then the counts.  a.log is combined, b.log is
common.  By hand: 2 lines, none skipped or malformed; both are pageviews
(common logs no UA, so no bot rule); visitors: 10.0.0.1+"Mozilla/5.0" and
10.0.0.2 without UA = 2 visitors, 2 sessions.
--- cmd
printf '%s\n' '10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 7 "-" "Mozilla/5.0"' > a.log
printf '%s\n' '10.0.0.2 - - [22/Nov/2026:10:00:01 +0000] "GET /b HTTP/1.1" 200 7' > b.log
jsessionize --verbose --no-header -o page a.log b.log
--- stdout
/a
/b
--- stderr
a.log: format combined
b.log: format common
jsessionize: lines 2: skipped 0, malformed 0, parsed 2
jsessionize: parsed 2: method 0, status 0, static 0, downloads 0, bots 0, excluded 0, late 0, pageviews 2
jsessionize: visitors 2, sessions 2
