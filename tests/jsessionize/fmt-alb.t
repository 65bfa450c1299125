-F alb and detection: AWS Application Load Balancer access logs.  By hand:
line 1: type https; the time is request_creation_time (09:59:59.9, when
  the request came in), not the response time 10:00:00.1; target and host
  from the absolute URL as for elb; status elb_status_code, bytes
  sent_bytes; the fields after the ones known (classification,
  conn_trace_id...) are read over; utm_source makes the channel campaign;
line 2: h2, only the first 16 fields (as early ALB logs): the time is
  "time"; the same client, another port: same visitor and session;
line 3: wss; its "time" is when the WebSocket closed (10:30), the request
  came at 10:00:10; a User-Agent with \" escapes, decoded;
line 4: 15 fields, malformed ("too few fields");
line 5: request "- - - ": malformed ("not an HTTP request").
-F elb reads none of these lines (malformed, counted, exit 0).
--- cmd
ids() { awk -F'\t' -v OFS='\t' '!($1 in m) { m[$1] = "V" ++n } { $1 = m[$1]; print }'; }
jsessionize -vv --all --no-header -o visitor,time,method,url,page,host,status,bytes,ua,channel alb.log | ids
jsessionize -F alb --no-header -o page alb.log
jsessionize -F elb --no-header -o page alb.log; echo "exit $?"
--- file alb.log
https 2026-11-22T10:00:00.100000Z app/my-alb/50dc6c495c0c9188 192.0.2.7:2817 10.0.0.1:80 0.001 0.102 0.000 200 200 225 24950 "GET https://shop.example:443/p/1?utm_source=news HTTP/1.1" "Mozilla/5.0 (X11)" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/tg/abc "Root=1-58337262-36d228ad5d99923122bbe354" "shop.example" "arn:aws:acm:eu-west-1:123456789012:certificate/12345678" 0 2026-11-22T09:59:59.900000Z "forward" "-" "-" "10.0.0.1:80" "200" "-" "-" TID_1234
h2 2026-11-22T10:00:05.000000Z app/my-alb/50dc6c495c0c9188 192.0.2.7:2818 10.0.0.1:80 0.001 0.002 0.000 302 302 100 200 "POST https://shop.example:443/cart HTTP/2.0" "Mozilla/5.0 (X11)" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2
wss 2026-11-22T10:30:00.000000Z app/my-alb/50dc6c495c0c9188 192.0.2.8:40000 10.0.0.1:80 0.001 0.002 0.000 101 101 100 200 "GET wss://chat.example:443/live HTTP/1.1" "Mozilla/5.0 \"quoted\"" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 - "Root=1-1" "chat.example" "-" 1 2026-11-22T10:00:10.000000Z "forward" "-" "-" "10.0.0.1:80" "101" "-" "-"
http 2026-11-22T10:00:11.000000Z app/my-alb/50dc6c495c0c9188 192.0.2.9:1 10.0.0.1:80 0.001 0.002 0.000 200 200 100 200 "GET http://shop.example:80/ HTTP/1.1" "Mozilla/5.0 (X11)" -
http 2026-11-22T10:00:12.000000Z app/my-alb/50dc6c495c0c9188 192.0.2.9:1 - -1 -1 -1 400 - 0 272 "- - - " "-" - - - "-" "-" "-" - 2026-11-22T10:00:12.000000Z "-" "-" "-" "-" "-" "-" "-"
--- stdout
V1	2026-11-22T09:59:59Z	GET	/p/1?utm_source=news	/p/1	shop.example	200	24950	Mozilla/5.0 (X11)	campaign
V1	2026-11-22T10:00:05Z	POST	/cart	/cart	shop.example	302	200	Mozilla/5.0 (X11)	campaign
V2	2026-11-22T10:00:10Z	GET	/live	/live	chat.example	101	200	Mozilla/5.0 "quoted"	direct
/p/1
/cart
/live
exit 0
--- stderr
alb.log: format alb
alb.log:4: too few fields
alb.log:5: not an HTTP request
jsessionize: 2 of 5 lines malformed (first: alb.log:4); see --rejects FILE
jsessionize: lines 5: skipped 0, malformed 2, parsed 3
jsessionize: parsed 3: method 0, status 0, static 0, bots 0, late 0, pageviews 3
jsessionize: visitors 2, sessions 2
jsessionize: 2 of 5 lines malformed (first: alb.log:4); see --rejects FILE
jsessionize: 5 of 5 lines malformed (first: alb.log:1); see --rejects FILE
