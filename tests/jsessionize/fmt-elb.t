-F elb and detection: AWS Classic Load Balancer access logs.  By hand:
line 1: http://shop.example:80/p/1?x=1 is target /p/1?x=1, host shop.example
  (scheme, host and port dropped), client 192.0.2.7 (port dropped), status
  is elb_status_code 200, bytes sent_bytes 57;
line 2: same client from another port, so the same visitor as line 1;
line 3: a TCP listener's line, request "- - - ": malformed, "not an HTTP
  request";
line 4: the format of before 2015, ending after "request" (no User-Agent,
  so no bot rule), -1 processing times, 504; a URL without a path is /;
line 5: an IPv6 client in brackets, an IPv6 host (kept in brackets), the
  query on the root.
The time is the ISO 8601 timestamp, fraction dropped.  Without --all the
504 is dropped by status and curl by the bot rule.
--- cmd
ids() { awk -F'\t' -v OFS='\t' '!($1 in m) { m[$1] = "V" ++n } { $1 = m[$1]; print }'; }
jsessionize -vv --all --no-header -o visitor,time,method,url,page,host,status,bytes,ua elb.log | ids
jsessionize -F elb --no-header -o time,page,status elb.log
--- file elb.log
2026-11-22T10:00:00.123456Z my-lb 192.0.2.7:2817 10.0.0.1:80 0.000086 0.001048 0.001337 200 200 0 57 "GET http://shop.example:80/p/1?x=1 HTTP/1.1" "Mozilla/5.0 (X11)" - -
2026-11-22T10:00:05.000001Z my-lb 192.0.2.7:2818 10.0.0.1:80 0.000086 0.001048 0.001337 304 304 0 0 "GET https://shop.example:443/cart HTTP/1.1" "Mozilla/5.0 (X11)" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2
2026-11-22T10:00:06.000000Z my-lb 198.51.100.4:2817 10.0.0.1:80 0.001069 0.000028 0.000041 - - 82 305 "- - - " "-" - -
2026-11-22T10:00:07.000000Z my-lb 198.51.100.9:1234 - -1 -1 -1 504 - 0 0 "GET http://shop.example:80 HTTP/1.1"
2026-11-22T10:00:08Z my-lb [2001:db8::1]:5000 10.0.0.1:80 0.1 0.1 0.1 200 200 0 10 "POST https://[2001:db8::2]:443/?q=1 HTTP/1.1" "curl/8.5.0" - -
--- stdout
V1	2026-11-22T10:00:00Z	GET	/p/1?x=1	/p/1	shop.example	200	57	Mozilla/5.0 (X11)
V1	2026-11-22T10:00:05Z	GET	/cart	/cart	shop.example	304	0	Mozilla/5.0 (X11)
V2	2026-11-22T10:00:07Z	GET	/	/	shop.example	504	0	-
V3	2026-11-22T10:00:08Z	POST	/?q=1	/	[2001:db8::2]	200	10	curl/8.5.0
2026-11-22T10:00:00Z	/p/1	200
2026-11-22T10:00:05Z	/cart	304
--- stderr
elb.log: format elb
elb.log:3: not an HTTP request
jsessionize: 1 of 5 lines malformed (first: elb.log:3); see --rejects FILE
jsessionize: lines 5: skipped 0, malformed 1, parsed 4
jsessionize: parsed 4: method 0, status 0, static 0, bots 0, late 0, pageviews 4
jsessionize: visitors 3, sessions 3
jsessionize: 1 of 5 lines malformed (first: elb.log:3); see --rejects FILE
