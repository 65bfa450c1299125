-F haproxy and detection: HAProxy's HTTP log format (option httplog).  By
hand:
line 1: the example of HAProxy's manual, behind a syslog prefix; the time
  is the [accept date] (local time of HAProxy, taken as UTC; milliseconds
  dropped), client 10.0.1.2 (port dropped); captured request header
  {1wt.eu} looks like a host name: the host; the response block {} is not
  read;
line 2: no syslog prefix; option logasap's "+" before Tt and the byte
  count; captures by their look: www.shop.example:443 host (port dropped),
  "Mozilla/5.0 (X11; Linux)" User-Agent, https://... referrer, an address
  list and a language not used; a captured cookie SESSID=abc;
line 3: an ISO syslog prefix, an IPv6 client, status -1 (no response,
  "-"), an HTTP/2 request in absolute form: target /a/b?c=1, host
  h2.example; the same captured cookie as line 2;
line 4: a request cut short by HAProxy (no closing quote): read as far as
  it goes;
line 5: "<BADREQ>": malformed, not an HTTP request;
line 6: the TCP log format (three timers, no request): malformed, not an
  HTTP request;
line 7: a message of HAProxy's own: malformed;
line 8: option httpslog's fields after the request are read over; an empty
  capture, localhost:8080 (host localhost), then a User-Agent.
Without --all, the bot rule drops curl (line 8) where a User-Agent was
captured; lines without one are not judged by it.  --visitor
captured_request_cookie makes lines 2 and 3 (two addresses, one cookie)
one visitor and one session.
--- cmd
ids() { awk -F'\t' -v OFS='\t' '!($1 in m) { m[$1] = "V" ++n } { $1 = m[$1]; print }'; }
jsessionize -vv --all --no-header -o visitor,time,method,url,page,host,status,bytes,referrer,ua,channel h.log | ids
jsessionize -F haproxy --all --visitor captured_request_cookie --no-header -o visitor,page h.log | ids
jsessionize -F haproxy --no-header -o page h.log
--- file h.log
Feb  6 12:14:14 localhost haproxy[14389]: 10.0.1.2:33317 [06/Feb/2009:12:14:14.655] http-in static/srv1 10/0/30/69/109 200 2750 - - ---- 1/1/1/1/0 0/0 {1wt.eu} {} "GET /index.html HTTP/1.1"
10.0.1.3:33318 [06/Feb/2009:12:14:15.001] http-in static/srv1 10/0/30/69/+109 200 +2750 SESSID=abc - ---- 1/1/1/1/0 0/0 {www.shop.example:443|Mozilla/5.0 (X11; Linux)|https://www.google.com/search?q=x|1.2.3.4, 5.6.7.8|en-US,en;q=0.9} {text/html} "GET /p/1?utm_source=x HTTP/1.1"
2009-02-06T12:14:16+00:00 lb1 haproxy[1]: ::1:55008 [06/Feb/2009:12:14:16.000] ft~ bk/s1 0/0/0/72/72 -1 0 SESSID=abc - CD-- 5/4/0/1/0 0/0 "GET https://h2.example/a/b?c=1 HTTP/2.0"
Feb  6 12:14:17 localhost haproxy[14389]: 10.0.1.4:1 [06/Feb/2009:12:14:17.000] http-in static/srv1 10/0/30/69/109 200 10 - - ---- 1/1/1/1/0 0/0 "GET /very/long/path/that/was/cu
Feb  6 12:14:18 localhost haproxy[14389]: 10.0.1.5:1 [06/Feb/2009:12:14:18.000] http-in http-in/<NOSRV> -1/-1/-1/-1/0 400 187 - - PR-- 1/1/0/0/0 0/0 "<BADREQ>"
Feb  6 12:14:19 localhost haproxy[14389]: 10.0.1.6:1 [06/Feb/2009:12:14:19.000] tcp-in bk/srv1 0/0/5007 212 -- 0/0/0/0/3 0/0
Feb  6 12:14:20 localhost haproxy[14389]: Proxy http-in started.
10.0.1.7:33318 [06/Feb/2009:12:14:21.001] fe be/s 0/0/0/1/1 200 5 - - ---- 1/1/1/1/0 0/0 {|localhost:8080|curl/8.5.0} "GET / HTTP/1.1" 0/0/0/0/0 www.x/TLSv1.3/TLS_AES
--- stdout
V1	2009-02-06T12:14:14Z	GET	/index.html	/index.html	1wt.eu	200	2750	-	-	direct
V2	2009-02-06T12:14:15Z	GET	/p/1?utm_source=x	/p/1	www.shop.example	200	2750	https://www.google.com/search?q=x	Mozilla/5.0 (X11; Linux)	campaign
V3	2009-02-06T12:14:16Z	GET	/a/b?c=1	/a/b	h2.example	-	0	-	-	direct
V4	2009-02-06T12:14:17Z	GET	/very/long/path/that/was/cu	/very/long/path/that/was/cu	-	200	10	-	-	direct
V5	2009-02-06T12:14:21Z	GET	/	/	localhost	200	5	-	curl/8.5.0	direct
V1	/index.html
V2	/p/1
V2	/a/b
V3	/very/long/path/that/was/cu
V4	/
/index.html
/p/1
/a/b
/very/long/path/that/was/cu
--- stderr
h.log: format haproxy
h.log:5: not an HTTP request
h.log:6: not an HTTP request
h.log:7: no client address:port and [accept date]
jsessionize: 3 of 8 lines malformed (first: h.log:5); see --rejects FILE
jsessionize: lines 8: skipped 0, malformed 3, parsed 5
jsessionize: parsed 5: method 0, status 0, static 0, bots 0, late 0, pageviews 5
jsessionize: visitors 5, sessions 5
jsessionize: 3 of 8 lines malformed (first: h.log:5); see --rejects FILE
jsessionize: 3 of 8 lines malformed (first: h.log:5); see --rejects FILE
