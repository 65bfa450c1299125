-F caddy: Caddy's JSON access log.  ts in every time_format Caddy has:
seconds as a float (line 1), milliseconds (line 2), RFC 3339 with
nanoseconds (line 3), nanoseconds (line 4), the wall clock (line 5, taken
as UTC).  The client is request.client_ip where there is one (lines 1, 3
and 4 come through the proxy 10.0.0.9 for 192.0.2.7), else remote_ip, or
remote_addr without its port (line 2, Caddy before 2.5, an IPv6
address).  The host loses its port.  Headers are arrays: the first value
counts.  Line 2 logs its headers but has no User-Agent: an empty one.
First command: --all, visitor by ip.  192.0.2.7 is one visitor with lines
1, 3, 4; sessions come out in the order of their last pageviews.
Second: default rules, visitor user_id.  Line 2 is a bot (no User-Agent),
line 5 a 404.  alice has lines 1 and 3; line 4 has no user_id and falls
back to ip+ua.
--- cmd
ids() { awk -F'\t' -v OFS='\t' '!($1 in m) { m[$1] = "V" ++n } { $1 = m[$1]; print }'; }
jsessionize --all --no-header -F caddy --visitor ip -o visitor,time,method,url,status,bytes,referrer,ua,host in.log | ids
echo --
jsessionize -v --no-header -F caddy --visitor user_id -o visitor,seq,page in.log | ids
--- file in.log
{"level":"info","ts":1795351457.8155608,"logger":"http.log.access","msg":"handled request","request":{"remote_ip":"10.0.0.9","remote_port":"64985","client_ip":"192.0.2.7","proto":"HTTP/2.0","method":"GET","host":"shop.example","uri":"/p/1?x=1","headers":{"Accept":["text/html"],"User-Agent":["Mozilla/5.0 (X11)"],"Referer":["https://www.google.com/"]},"tls":{"resumed":false,"version":772,"server_name":"shop.example"}},"bytes_read":0,"user_id":"alice","duration":0.0013,"size":3609,"status":200,"resp_headers":{"Server":["Caddy"],"Content-Type":["text/html"]}}
{"level":"info","ts":1795351517250.5,"logger":"http.log.access","msg":"handled request","request":{"remote_addr":"[2001:db8::1]:5000","proto":"HTTP/1.1","method":"GET","host":"shop.example:8443","uri":"/p/2","headers":{"Accept":["*/*"]}},"user_id":"","duration":0.001,"size":0,"status":200,"resp_headers":{}}
{"level":"info","ts":"2026-11-22T12:46:17.123456789Z","logger":"http.log.access","msg":"handled request","request":{"remote_ip":"10.0.0.9","remote_port":"64986","client_ip":"192.0.2.7","proto":"HTTP/2.0","method":"POST","host":"shop.example","uri":"/cart","headers":{"User-Agent":["Mozilla/5.0 (X11)"]}},"user_id":"alice","duration":0.002,"size":0,"status":303,"resp_headers":{"Location":["/order/complete"]}}
{"level":"info","ts":1795351637000000000,"logger":"http.log.access","msg":"handled request","request":{"remote_ip":"10.0.0.9","remote_port":"64987","client_ip":"192.0.2.7","proto":"HTTP/2.0","method":"GET","host":"shop.example","uri":"/order/complete","headers":{"User-Agent":["Mozilla/5.0 (X11)"]}},"duration":0.001,"size":12,"status":200}
{"level":"info","ts":"2026/11/22 12:48:17.000","logger":"http.log.access","msg":"handled request","request":{"remote_ip":"198.51.100.4","remote_port":"40000","client_ip":"198.51.100.4","proto":"HTTP/1.1","method":"GET","host":"shop.example","uri":"/p/3","headers":{"User-Agent":["Mozilla/5.0 (Mac)"]}},"user_id":"","duration":0.001,"size":0,"status":404}
--- stdout
V1	2026-11-22T12:45:17Z	GET	/p/2	200	0	-	-	shop.example
V2	2026-11-22T12:44:17Z	GET	/p/1?x=1	200	3609	https://www.google.com/	Mozilla/5.0 (X11)	shop.example
V2	2026-11-22T12:46:17Z	POST	/cart	303	0	-	Mozilla/5.0 (X11)	shop.example
V2	2026-11-22T12:47:17Z	GET	/order/complete	200	12	-	Mozilla/5.0 (X11)	shop.example
V3	2026-11-22T12:48:17Z	GET	/p/3	404	0	-	Mozilla/5.0 (Mac)	shop.example
--
V1	1	/p/1
V1	2	/cart
V2	1	/order/complete
--- stderr
in.log: format caddy
jsessionize: lines 5: skipped 0, malformed 0, parsed 5
jsessionize: parsed 5: method 0, status 1, static 0, downloads 0, bots 1, excluded 0, late 0, pageviews 3
jsessionize: visitors 2, sessions 2
