Detection and W3C.  A combined log with a comment line stays combined:
w3c takes no data line before a #Fields directive (the comment is one of
combined's malformed lines, as before).  A W3C file that starts mid-way,
with its first #Fields directive on line 2: detected as w3c, and read from
its first line as with -F w3c, so line 1 comes before any #Fields and is
malformed, "no #Fields directive yet" (detection reading the directive
first changes nothing).  A log that starts with a UTF-8
byte order mark (IIS writes one) is w3c.
--- cmd
jsessionize -v --no-header -o time,page mid.log comb.log
jsessionize -F w3c -vv --no-header -o time,page mid.log
printf '\357\273\277#Software: IIS\n#Fields: date time c-ip cs-uri-stem\n2026-11-22 10:00:00 10.0.0.1 /bom\n' >bom.log
jsessionize -v --no-header -o time,page bom.log
--- file comb.log
# rotated 2026-11-22
192.0.2.7 - - [22/Nov/2026:13:44:17 +0100] "GET /p/1 HTTP/1.1" 200 512 "-" "Mozilla/5.0 (X11)"
192.0.2.7 - - [22/Nov/2026:13:45:17 +0100] "GET /p/2 HTTP/1.1" 200 512 "-" "Mozilla/5.0 (X11)"
--- file mid.log
2026-11-22 10:00:00 10.0.0.1 GET /before 200
#Fields: date time c-ip cs-method cs-uri-stem sc-status
2026-11-22 10:00:01 10.0.0.1 GET /a 200
2026-11-22 10:00:02 10.0.0.1 GET /b 200
--- stdout
2026-11-22T10:00:01Z	/a
2026-11-22T10:00:02Z	/b
2026-11-22T12:44:17Z	/p/1
2026-11-22T12:45:17Z	/p/2
2026-11-22T10:00:01Z	/a
2026-11-22T10:00:02Z	/b
2026-11-22T10:00:00Z	/bom
--- stderr
mid.log: format w3c
comb.log: format combined
jsessionize: 2 of 7 lines malformed (first: mid.log:1); see --rejects FILE
jsessionize: 1 line in front of the first that fits a log format passed over to detect it, counted malformed (first: mid.log:1)
jsessionize: lines 7: skipped 1, malformed 2, parsed 4
jsessionize: parsed 4: method 0, status 0, static 0, downloads 0, bots 0, excluded 0, late 0, pageviews 4
jsessionize: visitors 2, sessions 2
mid.log: format w3c
mid.log:1: no #Fields directive yet
jsessionize: 1 of 4 lines malformed (first: mid.log:1); see --rejects FILE
jsessionize: lines 4: skipped 1, malformed 1, parsed 2
jsessionize: parsed 2: method 0, status 0, static 0, downloads 0, bots 0, excluded 0, late 0, pageviews 2
jsessionize: visitors 1, sessions 1
bom.log: format w3c
jsessionize: lines 3: skipped 2, malformed 0, parsed 1
jsessionize: parsed 1: method 0, status 0, static 0, downloads 0, bots 0, excluded 0, late 0, pageviews 1
jsessionize: visitors 1, sessions 1
