IIS's native comma-separated format, detected as iis: the LogParser
documentation's line (3/20/01: 2001; CRLF line ends), the man page's
example (11/22/26: 2026, parameters as the query), a four-digit year and a
comma inside the target, and a line without the final comma.  Malformed:
February 30th, and a line cut short.  Bytes are the bytes sent; no
User-Agent, so nothing is a bot; times are taken as UTC.
--- cmd
jsessionize -vv --all --no-header -o time,method,url,page,status,bytes,ua ex.log
--- file ex.log
192.168.114.201, -, 03/20/01, 7:55:20, W3SVC2, SERVER, 172.21.13.45, 4502, 163, 3223, 200, 0, GET, /DeptLogo.gif, -,
192.0.2.7, -, 11/22/26, 12:44:17, W3SVC1, WEB1, 198.51.100.2, 15, 310, 5120, 200, 0, GET, /p/1, id=5,
192.0.2.7, alice, 11/22/2026, 12:45:00, W3SVC1, WEB1, 198.51.100.2, 15, 310, 99, 302, 0, POST, /cart,x, -,
192.0.2.7, -, 11/22/26, 12:46:00, W3SVC1, WEB1, 198.51.100.2, 15, 310, 5120, 200, 0, GET, /p/2, -
192.0.2.7, -, 2/30/26, 12:47:00, W3SVC1, WEB1, 198.51.100.2, 15, 310, 5120, 200, 0, GET, /p/3, -,
192.0.2.7, -, 11/22/26, 12:48:00, W3SVC1, WEB1, 198.51.100.2
--- stdout
2001-03-20T07:55:20Z	GET	/DeptLogo.gif	/DeptLogo.gif	200	3223	-
2026-11-22T12:44:17Z	GET	/p/1?id=5	/p/1	200	5120	-
2026-11-22T12:45:00Z	POST	/cart,x	/cart,x	302	99	-
2026-11-22T12:46:00Z	GET	/p/2	/p/2	200	5120	-
--- stderr
ex.log: format iis
ex.log:5: bad date or time (want M/D/YY and H:MM:SS)
ex.log:6: not the IIS format (15 comma-separated fields)
jsessionize: 2 of 6 lines malformed (first: ex.log:5); see --rejects FILE
jsessionize: lines 6: skipped 0, malformed 2, parsed 4
jsessionize: parsed 4: method 0, status 0, static 0, bots 0, late 0, pageviews 4
jsessionize: visitors 2, sessions 2
