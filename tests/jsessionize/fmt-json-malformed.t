JSON lines that are malformed, each with its reason (-vv) and kept
verbatim by --rejects; the offsets count bytes from 0.  2 is not JSON and
3 an array, not an object.  4 is cut short; 5 has a second value after
its object.  6 has no time key, 7 no request target, 8 a time that is no
time, 9 a status that is no number.  10 has an escape JSON does not
know, 11 half of a UTF-16 surrogate pair, 12 a raw TAB inside a string,
13 a number with a leading zero, 14 single quotes, 15 a misspelt literal,
17 (made by the command) arrays nested 70 deep: the limit is 64 levels
inside the line's object.  Lines 1 and 16 are good.
--- cmd
awk 'BEGIN { s = "{\"a\":"; for (i = 0; i < 70; i++) s = s "["; print s }' >>m.log
jsessionize -vv --no-header -F json -o page --rejects rej m.log
cut -c 1-24 rej
--- file m.log
{"time_iso8601":"2026-11-22T10:00:00Z","request":"GET /a HTTP/1.1","status":200}
not json
[{"time_iso8601":"2026-11-22T10:00:00Z","request":"GET /b HTTP/1.1"}]
{"time_iso8601":"2026-11-22T10:00:00Z","request":"GET /c HTTP/1.1"
{"time_iso8601":"2026-11-22T10:00:00Z","request":"GET /d HTTP/1.1"} {}
{"request":"GET /e HTTP/1.1","status":200}
{"time_iso8601":"2026-11-22T10:00:00Z","status":200}
{"time_iso8601":"yesterday","request":"GET /f HTTP/1.1"}
{"time_iso8601":"2026-11-22T10:00:00Z","request":"GET /g HTTP/1.1","status":"OK"}
{"time_iso8601":"2026-11-22T10:00:00Z","request":"GET /h HTTP/1.1","x":"\q"}
{"time_iso8601":"2026-11-22T10:00:00Z","request":"GET /i HTTP/1.1","x":"\udc00"}
{"time_iso8601":"2026-11-22T10:00:00Z","request":"GET /j HTTP/1.1","x":"a	b"}
{"time_iso8601":"2026-11-22T10:00:00Z","request":"GET /k HTTP/1.1","x":01}
{'time_iso8601':'2026-11-22T10:00:00Z'}
{"time_iso8601":"2026-11-22T10:00:00Z","request":"GET /l HTTP/1.1","x":tru}
{"time_iso8601":"2026-11-22T10:00:01Z","request":"GET /m HTTP/1.1","status":200}
--- stdout
/a
/m
not json
[{"time_iso8601":"2026-1
{"time_iso8601":"2026-11
{"time_iso8601":"2026-11
{"request":"GET /e HTTP/
{"time_iso8601":"2026-11
{"time_iso8601":"yesterd
{"time_iso8601":"2026-11
{"time_iso8601":"2026-11
{"time_iso8601":"2026-11
{"time_iso8601":"2026-11
{"time_iso8601":"2026-11
{'time_iso8601':'2026-11
{"time_iso8601":"2026-11
{"a":[[[[[[[[[[[[[[[[[[[
--- stderr
m.log: format json
m.log:2: not a JSON object
m.log:3: not a JSON object
m.log:4: bad JSON: the line ends inside the object (expected ',' or '}')
m.log:5: bad JSON at offset 68: text after the object
m.log:6: no time (time_iso8601, time_local, msec, @timestamp, timestamp, time, date, ts)
m.log:7: no request target (request_uri, request, url, path, uri, document_uri)
m.log:8: bad time in "time_iso8601"
m.log:9: bad status in "status"
m.log:10: bad JSON at offset 72: bad escape
m.log:11: bad JSON at offset 72: lone UTF-16 surrogate in a \u escape
m.log:12: bad JSON at offset 73: control character in a string
m.log:13: bad JSON at offset 72: expected ',' or '}'
m.log:14: bad JSON at offset 1: expected a string key
m.log:15: bad JSON at offset 71: expected a value
m.log:17: bad JSON at offset 69: nested too deep
jsessionize: 15 of 17 lines malformed (first: m.log:2); written to rej
jsessionize: lines 17: skipped 0, malformed 15, parsed 2
jsessionize: parsed 2: method 0, status 0, static 0, bots 0, late 0, pageviews 2
jsessionize: visitors 1, sessions 1
