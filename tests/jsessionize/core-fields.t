Every -o field on a two-pageview session: url keeps the query as logged,
method, bytes ("-" logged -> "-"), referrer, ua, host (none in combined ->
"-"), epoch, duration (61 s to the next pageview, "-" on the last),
stage ("-" without --stages), channel (referrer t.co -> social).
10:00:00Z on 2026-11-22 is epoch 1795341600.
--- stdin
1.1.1.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a?x=1 HTTP/1.1" 200 512 "https://t.co/z" "UA 1"
1.1.1.1 - - [22/Nov/2026:10:01:01 +0000] "POST /b HTTP/1.1" 303 - "https://shop/a" "UA 1"
--- cmd
jsessionize -o seq,epoch,page,url,method,status,bytes,referrer,ua,host,channel,stage,duration
--- stdout
#seq	epoch	page	url	method	status	bytes	referrer	ua	host	channel	stage	duration
1	1795341600	/a	/a?x=1	GET	200	512	https://t.co/z	UA 1	-	social	-	61
2	1795341661	/b	/b	POST	303	-	https://shop/a	UA 1	-	social	-	-
