Amazon CloudFront (web distribution): TAB-separated W3C, detected as w3c
(its #Fields names x-edge- fields, so values are read as CloudFront
encodes them).  The referrer is %XX-decoded once (search%3Fq=red%2520shoes
is search?q=red%20shoes), the User-Agent twice (Mozilla/5.0%2520(X11;...
as in CloudFront's own example, and Slackbot%201.0%20(+https:...) whose
'+' stays a plus).  The host is x-host-header, not cs(Host), the
distribution's own domain: the second line's referrer is internal
(direct; a new visitor, another UA).  -F cloudfront reads the same.  The
cookie WT, after ";%20", is one visitor for both lines.  x-edge-location
is a named column for jfunnel --by.
--- cmd
ids() { awk -F'\t' -v OFS='\t' '!($1 in m) { m[$1] = "V" ++n } { $1 = m[$1]; print }'; }
jsessionize -v --all --no-header -o time,url,page,status,bytes,referrer,ua,host,channel cf.log
jsessionize -F cloudfront --all --no-header -o url,ua cf.log
jsessionize --all --no-header --visitor WT -o visitor,url cf.log | ids
jfunnel --all -s '*' --by x-edge-location cf.log
--- file cf.log
#Version: 1.0
#Fields: date time x-edge-location sc-bytes c-ip cs-method cs(Host) cs-uri-stem sc-status cs(Referer) cs(User-Agent) cs-uri-query cs(Cookie) x-edge-result-type x-host-header cs-protocol x-forwarded-for
2026-11-22	10:00:00	FRA2	182	192.0.2.10	GET	d111111abcdef8.cloudfront.net	/p/1	200	https://www.google.com/search%3Fq=red%2520shoes	Mozilla/5.0%2520(X11;%2520Linux)	id=5	sid=1;%20WT=abc	Miss	shop.example	https	-
2026-11-22	10:01:00	IAD89-C3	90	192.0.2.10	GET	d111111abcdef8.cloudfront.net	/p/2	200	https://shop.example/p/1	Slackbot%201.0%20(+https://api.slack.com/robots)	-	WT=abc	Hit	shop.example	https	198.51.100.1
--- stdout
2026-11-22T10:00:00Z	/p/1?id=5	/p/1	200	182	https://www.google.com/search?q=red%20shoes	Mozilla/5.0 (X11; Linux)	shop.example	search
2026-11-22T10:01:00Z	/p/2	/p/2	200	90	https://shop.example/p/1	Slackbot 1.0 (+https://api.slack.com/robots)	shop.example	direct
/p/1?id=5	Mozilla/5.0 (X11; Linux)
/p/2	Slackbot 1.0 (+https://api.slack.com/robots)
V1	/p/1?id=5
V1	/p/2
#x-edge-location	step	name	count	rate	step_rate	dropped	median_s	p90_s
FRA2	1	*	1	1.0000	1.0000	0	-	-
IAD89-C3	1	*	1	1.0000	1.0000	0	-	-
--- stderr
cf.log: format w3c
jsessionize: lines 4: skipped 2, malformed 0, parsed 2
jsessionize: parsed 2: method 0, status 0, static 0, downloads 0, bots 0, excluded 0, late 0, pageviews 2
jsessionize: visitors 2, sessions 2
