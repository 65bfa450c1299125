W3C lines that give no record, with -F w3c and -vv: a line before any
#Fields directive; an unterminated quote; bad statuses (not a number,
over 999); a bad time and an impossible date; a value too many; an rtmp://
target (CloudFront streaming logs: not HTTP); lines under a directive that
names none of the request fields (a firewall log), or no fields at all.
Read: /ok, and /dateonly under a directive with a date and no time (some
IIS 5 logs), at that day's midnight (a new day, so a second session).
Detected (issue 17 item 14: detection looks past lines that fit no
format), the file is W3C as well, its first line one of the same 10
malformed: exit 0 (main refused it, exit 2, because fewer than half of
its lines parse).
--- cmd
jsessionize -F w3c -vv --all --no-header -o time,page m.log
jsessionize m.log >/dev/null 2>err; echo "exit $?"; cat err
--- file m.log
2026-11-22 10:00:00 10.0.0.1 GET /before 200
#Fields: date time c-ip cs-method cs-uri-stem sc-status
2026-11-22 10:00:01 10.0.0.1 GET /ok 200
2026-11-22 10:00:02 10.0.0.1 GET /q "200
2026-11-22 10:00:03 10.0.0.1 GET /q 2OO
2026-11-22 10:00:04 10.0.0.1 GET /q 1000
2026-11-23 25:00:05 10.0.0.1 GET /q 200
2026-02-30 10:00:05 10.0.0.1 GET /q 200
2026-11-22 10:00:06 10.0.0.1 GET /q 200 extra
2026-11-22 10:00:07 10.0.0.1 GET rtmp://media.example/cfx/st 200
#Fields: date c-ip cs-uri-stem cs-bytes
2026-11-23 10.0.0.1 /dateonly 100
#Fields: date time action protocol src-ip dst-ip
2026-11-22 10:00:08 OPEN TCP 10.0.0.1 10.0.0.2
#Fields:
2026-11-22 10:00:09 10.0.0.1 GET /none 200
--- stdout
2026-11-22T10:00:01Z	/ok
2026-11-23T00:00:00Z	/dateonly
exit 0
jsessionize: 10 of 16 lines malformed (first: m.log:1); see --rejects FILE
jsessionize: 1 line in front of the first that fits a log format passed over to detect it, counted malformed (first: m.log:1)
--- stderr
m.log: format w3c
m.log:1: no #Fields directive yet
m.log:4: unterminated quoted field
m.log:5: bad status
m.log:6: bad status
m.log:7: bad date or time (want YYYY-MM-DD and HH:MM:SS)
m.log:8: bad date or time (want YYYY-MM-DD and HH:MM:SS)
m.log:9: more values than the 6 fields of the #Fields directive
m.log:10: not an HTTP request (rtmp:// target)
m.log:14: the #Fields directive names no request (cs-uri-stem or cs-uri)
m.log:16: the #Fields directive names no fields
jsessionize: 10 of 16 lines malformed (first: m.log:1); see --rejects FILE
jsessionize: lines 16: skipped 4, malformed 10, parsed 2
jsessionize: parsed 2: method 0, status 0, static 0, downloads 0, bots 0, excluded 0, late 0, pageviews 2
jsessionize: visitors 1, sessions 2
