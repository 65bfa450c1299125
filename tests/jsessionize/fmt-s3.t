-F s3 and detection: Amazon S3 server access logs.  By hand:
line 1: a website request: time from [22/Nov/2026:10:00:00 +0000], client
  remote_ip, target the Request-URI, referrer Google (search), the Host
  header (www.shop.example, the 23rd field) as host;
line 2: a REST request by an IAM user, [11:00:05 +0100] is 10:00:05Z,
  bytes_sent "-" is S3's 0, host the Host header; more fields at the end
  (source region) are read over;
line 3: a lifecycle expiry, Request-URI "-": malformed, "not an HTTP
  request";
line 4: a log of before the Host header field (17 fields, as Matomo's
  fixture): the host is the bucket; the referrer is the site itself.
All three lines are one visitor (192.0.2.7, same UA) and one session whose
channel is that of its entry, search.  With --visitor user the requester
is the visitor: line 2 (alice) is a visitor of its own; the others have
no requester ("-") and stay ip+ua.
--- cmd
ids() { awk -F'\t' -v OFS='\t' '!($1 in m) { m[$1] = "V" ++n } { $1 = m[$1]; print }'; }
jsessionize -vv --all --no-header -o visitor,time,method,url,page,host,status,bytes,referrer,ua,channel s3.log | ids
jsessionize -F s3 --all --visitor user --no-header -o visitor,page s3.log | ids
--- file s3.log
79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be www.shop.example [22/Nov/2026:10:00:00 +0000] 192.0.2.7 - 3E57427F3EXAMPLE WEBSITE.GET.OBJECT p/1.html "GET /p/1.html?x=1 HTTP/1.1" 200 - 2662 2662 7 6 "https://www.google.com/" "Mozilla/5.0 (X11)" - s9lzHYrFp76ZVxRcpX9+5cjAnEH2ROuNkd2BHfIa6UkFVdtjf5mKR3/eTPFvsiP/XV/VLi31234= - - - www.shop.example - - -
79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be bucket [22/Nov/2026:11:00:05 +0100] 192.0.2.7 arn:aws:iam::123456789012:user/alice 891CE47D2EXAMPLE REST.GET.OBJECT img/a.png "GET /bucket/img/a.png HTTP/1.1" 304 - - 2662 5 - "-" "Mozilla/5.0 (X11)" - hostid= SigV4 ECDHE-RSA-AES128-GCM-SHA256 AuthHeader bucket.s3.us-west-1.amazonaws.com TLSv1.2 - - us-west-1
79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be bucket [22/Nov/2026:10:00:06 +0000] - AmazonS3 A1206F460EXAMPLE S3.EXPIRE.OBJECT img/old.png "-" - - - - - - "-" "-" -
79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be www.shop.example [22/Nov/2026:10:00:07 +0000] 192.0.2.7 - 7B4A0FABBEXAMPLE WEBSITE.GET.OBJECT index.html "GET / HTTP/1.1" 200 - 368 368 10 9 "https://www.shop.example/p/1.html" "Mozilla/5.0 (X11)"
--- stdout
V1	2026-11-22T10:00:00Z	GET	/p/1.html?x=1	/p/1.html	www.shop.example	200	2662	https://www.google.com/	Mozilla/5.0 (X11)	search
V1	2026-11-22T10:00:05Z	GET	/bucket/img/a.png	/bucket/img/a.png	bucket.s3.us-west-1.amazonaws.com	304	0	-	Mozilla/5.0 (X11)	search
V1	2026-11-22T10:00:07Z	GET	/	/	www.shop.example	200	368	https://www.shop.example/p/1.html	Mozilla/5.0 (X11)	search
V1	/bucket/img/a.png
V2	/p/1.html
V2	/
--- stderr
s3.log: format s3
s3.log:3: not an HTTP request
jsessionize: 1 of 4 lines malformed (first: s3.log:3); see --rejects FILE
jsessionize: lines 4: skipped 0, malformed 1, parsed 3
jsessionize: parsed 3: method 0, status 0, static 0, bots 0, late 0, pageviews 3
jsessionize: visitors 1, sessions 1
jsessionize: 1 of 4 lines malformed (first: s3.log:3); see --rejects FILE
