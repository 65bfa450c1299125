-v's query-string advice, by hand.  The log (made by the awk below): 12
requests of /index.php, i = 0..11, with option=a,b,c (i % 3),
view=x,y (i % 2), _=i, and utm_source=n0,n4,n0 for i = 0, 4, 8; then
/about and /contact.  /index.php is 12 of the 14 pageviews, more than
half, all 12 with a query string.  Distinct values: _ 12, option 3,
utm_source 2, view 2 (ties by name).  Suggested: option and view; not _
(a value for each of its 12 uses: a cache buster), not utm_source (a
campaign's).  With --keep-query there is no advice; with /index.php
at 2 of 4 pageviews (lines 11 to 14: not more than half) neither.  jfunnel -v says it too.
No advice either when every query string is ?lang=en (no parameter
varies), nor from 9 query strings (lines 1 to 9: fewer than 10 say
nothing).
--- cmd
awk 'BEGIN { for (i = 0; i < 14; i++) {
	if (i < 12) { t = sprintf("/index.php?option=%s&view=%s&_=%d", substr("abc", i % 3 + 1, 1), substr("xy", i % 2 + 1, 1), i)
		if (i % 4 == 0) t = t "&utm_source=n" (i % 8) }
	else t = i == 12 ? "/about" : "/contact"
	printf "10.0.0.1 - - [01/Mar/2026:10:%02d:00 +0000] \"GET %s HTTP/1.1\" 200 10 \"-\" \"Mozilla/5.0\"\n", i, t } }' > q.log
jsessionize -v q.log 2>&1 >/dev/null | grep 'the page'
jsessionize -v --keep-query=option q.log 2>&1 >/dev/null | grep -c 'the page'
sed -n '11,14p' q.log | jsessionize -v 2>&1 >/dev/null | grep -c 'the page'
jfunnel -v -s /index.php q.log 2>&1 >/dev/null | grep 'the page'
sed 's/?.* HTTP/?lang=en HTTP/' q.log | jsessionize -v 2>&1 >/dev/null | grep -c 'the page'
head -n 9 q.log | jsessionize -v 2>&1 >/dev/null | grep -c 'the page'
exit 0
--- stdout
jsessionize: the page /index.php is 12 of 14 pageviews, 12 of them with a query string; its parameters by distinct values: _ 12, option 3, utm_source 2, view 2; --keep-query=option,view makes pages of them
0
0
jfunnel: the page /index.php is 12 of 14 pageviews, 12 of them with a query string; its parameters by distinct values: _ 12, option 3, utm_source 2, view 2; --keep-query=option,view makes pages of them
0
0
