-F traefik: Traefik's JSON access log.  The time is StartUTC (RFC 3339 with
nanoseconds, line 1), else StartLocal with its offset (line 2), else the
log's own time (line 3).  The client is ClientHost, else ClientAddr
without its port (line 2, IPv6).  The host is RequestHost, else
RequestAddr without its port (line 2).  Line 2 has only RequestLine for
the request, and its status as a string.  Headers are request_NAME keys,
which Traefik writes only when configured to: line 1 has them; lines 2
and 3 have none, so their User-Agent is not logged and the bot rule for
an empty one does not apply.
First command: --all, visitor by ip: 192.0.2.7 has lines 1 and 3.
Second: default rules, --visitor X-Forwarded-For (request_X-Forwarded-For
on line 1; the others fall back to ip+ua): three visitors, nothing
dropped.
--- cmd
ids() { awk -F'\t' -v OFS='\t' '!($1 in m) { m[$1] = "V" ++n } { $1 = m[$1]; print }'; }
jsessionize --all --no-header -F traefik --visitor ip -o visitor,time,method,url,status,bytes,referrer,ua,host in.log | ids
echo --
jsessionize -v --no-header -F traefik --visitor X-Forwarded-For -o visitor,seq,page in.log | ids
--- file in.log
{"ClientAddr":"192.0.2.7:52458","ClientHost":"192.0.2.7","ClientPort":"52458","ClientUsername":"-","request_User-Agent":"Mozilla/5.0 (X11)","request_Referer":"https://www.google.com/","request_X-Forwarded-For":"1.1.1.1","DownstreamContentSize":15,"DownstreamStatus":200,"Duration":10002425284,"OriginContentSize":15,"OriginDuration":10002302842,"OriginStatus":200,"Overhead":122442,"RequestAddr":"shop.example","RequestContentSize":0,"RequestCount":1,"RequestHost":"shop.example","RequestMethod":"GET","RequestPath":"/p/1?x=1","RequestPort":"-","RequestProtocol":"HTTP/1.1","RequestScheme":"https","RetryAttempts":0,"RouterName":"shop@file","ServiceAddr":"app:80","ServiceName":"shop@file","ServiceURL":{"Scheme":"http","Opaque":"","User":null,"Host":"app:80","Path":"","RawQuery":""},"StartLocal":"2026-11-22T12:44:17.773360139Z","StartUTC":"2026-11-22T12:44:17.773360139Z","entryPointName":"websecure","level":"info","msg":"","time":"2026-11-22T12:44:27Z"}
{"ClientAddr":"[2001:db8::1]:443","DownstreamStatus":"303","RequestAddr":"shop.example:443","RequestLine":"POST /cart HTTP/2.0","StartLocal":"2026-11-22T13:45:17.5+01:00","level":"info","msg":"","time":"2026-11-22T13:45:18+01:00"}
{"ClientHost":"192.0.2.7","DownstreamStatus":200,"RequestHost":"shop.example","RequestMethod":"GET","RequestPath":"/order/complete","RequestProtocol":"HTTP/1.1","level":"info","msg":"","time":"2026-11-22T12:46:17Z"}
--- stdout
V1	2026-11-22T12:45:17Z	POST	/cart	303	-	-	-	shop.example
V2	2026-11-22T12:44:17Z	GET	/p/1?x=1	200	15	https://www.google.com/	Mozilla/5.0 (X11)	shop.example
V2	2026-11-22T12:46:17Z	GET	/order/complete	200	-	-	-	shop.example
--
V1	1	/p/1
V2	1	/cart
V3	1	/order/complete
--- stderr
in.log: format traefik
jsessionize: lines 3: skipped 0, malformed 0, parsed 3
jsessionize: parsed 3: method 0, status 0, static 0, downloads 0, bots 0, excluded 0, late 0, pageviews 3
jsessionize: visitors 3, sessions 3
