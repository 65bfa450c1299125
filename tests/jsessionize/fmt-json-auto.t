Detection and the generic json: a file of JSON lines is detected as json,
and each line is read as the flavour whose keys it has (nginx, Caddy,
Traefik, then an application's own log with the common names timestamp,
ip, method, url, user_agent).  The Traefik line also has "time", an nginx
name, but more Traefik keys, and its StartUTC wins.  A combined log given
next is still detected as combined.  All lines are one visitor (192.0.2.7
with User-Agent M), 1 minute apart: one session.
--- cmd
jsessionize -v --no-header -o seq,time,method,url,page,host in.log c.log
--- file in.log
{"time_local":"22/Nov/2026:10:00:00 +0000","remote_addr":"192.0.2.7","request":"GET /n HTTP/1.1","status":"200","http_user_agent":"M"}
{"ts":1795341660,"request":{"client_ip":"192.0.2.7","method":"GET","host":"a.example","uri":"/c","headers":{"User-Agent":["M"]}},"status":200,"size":5}
{"StartUTC":"2026-11-22T10:02:00Z","ClientHost":"192.0.2.7","RequestMethod":"GET","RequestPath":"/t","DownstreamStatus":200,"request_User-Agent":"M","time":"2026-11-22T10:02:59Z"}
{"timestamp":"2026-11-22T10:03:00.250Z","ip":"192.0.2.7","method":"GET","url":"https://a.example/g?x=1","status":200,"user_agent":"M"}
--- file c.log
192.0.2.7 - - [22/Nov/2026:10:04:00 +0000] "GET /combined HTTP/1.1" 200 1 "-" "M"
--- stdout
1	2026-11-22T10:00:00Z	GET	/n	/n	-
2	2026-11-22T10:01:00Z	GET	/c	/c	a.example
3	2026-11-22T10:02:00Z	GET	/t	/t	-
4	2026-11-22T10:03:00Z	GET	https://a.example/g?x=1	/g	-
5	2026-11-22T10:04:00Z	GET	/combined	/combined	-
--- stderr
in.log: format json
c.log: format combined
jsessionize: lines 5: skipped 0, malformed 0, parsed 5
jsessionize: parsed 5: method 0, status 0, static 0, downloads 0, bots 0, excluded 0, late 0, pageviews 5
jsessionize: visitors 1, sessions 1
