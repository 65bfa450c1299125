-F nginx_json: nginx with a JSON log_format, keys named after nginx's
variables or as people commonly name them.  Line 1: time_local (CLF,
+0100, so 12:44:17 UTC), request split into method, url and protocol,
status and bytes as strings, http_host with its port dropped.  Line 2:
msec (1795351517.250 is 12:45:17.25 UTC, the fraction dropped),
request_method, uri and args joined with "?", status and bytes as numbers,
an empty referrer.  Line 3: time_iso8601 with an offset, request_uri, no
method key (so "-" and the method rule does not apply: kept without
--all), bytes "-".  Line 4: the keys Matomo's JSON format uses (ip, host,
path, status, referrer, user_agent, length, date).  Lines 1-3 are one
visitor (same remote_addr and UA), one session; line 4 another.
The second command is the same file with the format detected: json.
--- cmd
jsessionize --no-header -F nginx_json -o time,method,url,page,status,bytes,referrer,ua,host a.log
echo --
jsessionize -v --no-header -o seq,page a.log
--- file a.log
{"time_local":"22/Nov/2026:13:44:17 +0100","remote_addr":"192.0.2.7","remote_user":"-","request":"GET /p/1?utm_source=news HTTP/1.1","status":"200","body_bytes_sent":"512","http_referer":"https://www.google.com/","http_user_agent":"Mozilla/5.0 (X11)","http_host":"shop.example:443"}
{"msec":"1795351517.250","remote_addr":"192.0.2.7","request_method":"POST","uri":"/cart","args":"add=5","status":303,"body_bytes_sent":0,"http_referer":"","http_user_agent":"Mozilla/5.0 (X11)","host":"shop.example"}
{"time_iso8601":"2026-11-22T13:46:17+01:00","remote_addr":"192.0.2.7","request_uri":"/order/complete","status":"200","body_bytes_sent":"-","http_user_agent":"Mozilla/5.0 (X11)","server_name":"shop.example"}
{"ip":"198.51.100.4","host":"shop.example","path":"/p/2?x=1","status":"200","referrer":"-","user_agent":"Mozilla/5.0 (Mac)","length":192,"date":"2026-11-22T12:47:17Z"}
--- stdout
2026-11-22T12:44:17Z	GET	/p/1?utm_source=news	/p/1	200	512	https://www.google.com/	Mozilla/5.0 (X11)	shop.example
2026-11-22T12:45:17Z	POST	/cart?add=5	/cart	303	0	-	Mozilla/5.0 (X11)	shop.example
2026-11-22T12:46:17Z	-	/order/complete	/order/complete	200	-	-	Mozilla/5.0 (X11)	shop.example
2026-11-22T12:47:17Z	-	/p/2?x=1	/p/2	200	192	-	Mozilla/5.0 (Mac)	shop.example
--
1	/p/1
2	/cart
3	/order/complete
1	/p/2
--- stderr
a.log: format json
jsessionize: lines 4: skipped 0, malformed 0, parsed 4
jsessionize: parsed 4: method 0, status 0, static 0, downloads 0, bots 0, excluded 0, late 0, pageviews 4
jsessionize: visitors 2, sessions 2
