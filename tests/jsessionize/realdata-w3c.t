The W3C and IIS logs of ../shared/realdata, detected: IIS 4-8.5 W3C with
directives repeated mid-file (brianary-scripts), a WebTrends cookie
followed as the visitor, IIS's native format, and Matomo's fixtures for
IIS, IIS Advanced Logging, NetScaler, Incapsula, SHOUTcast, date and time
in separate columns, and CloudFront web.  Per file (with --all): the
detected format, the counts, and the fields read; the values were checked
by hand against the lines (and against the values Matomo's tests expect
where it reads the same field; CloudFront's host here is x-host-header,
where Matomo reads cs(Host)).  Not read, each for the reason shown with
-F w3c -vv: pf040903.log (a firewall log: no request) and
amazon_cloudfront_rtmp.log (streaming, rtmp://); detected, they are no
format (exit 2).  ex031118.log names a date and no time: its requests
are read at midnight of their day (3 of them; line 7 has 3 values for
the 4 fields: malformed), also when detected (exit 0).  incapsula_w3c.log
is out of order (its 2017-06-26 line comes after 2017-06-28): it is put
in its place, a session of its own.  Lines not used are summed up on
stderr with the first one's place.
--- cmd
[ -d "$REALDATA/brianary-scripts" ] || { echo "SKIP: ../shared/realdata absent"; exit 77; }
b=$REALDATA/brianary-scripts m=$REALDATA/matomo-log-analytics/tests/logs
for f in $b/ex010320.log $b/ex960101.log $b/u_ex100815.log $b/u_ex160110.log \
    $m/iis.log $m/iis_custom.log $m/netscaler.log $m/incapsula_w3c.log \
    $m/shoutcast.log $m/splitted_date_and_time.log $m/amazon_cloudfront_web.log; do
	echo "== ${f##*/}"
	jsessionize -v --all --no-header -o time,method,url,status,bytes,referrer,ua,host "$f" 2>err
	sed "s|$f|FILE|g" err
done
echo "== ex960101.log --visitor WEBTRENDS_ID"
jsessionize --all --no-header --visitor WEBTRENDS_ID -o visitor,seq,page $b/ex960101.log |
	awk -F'\t' -v OFS='\t' '!($1 in m) { m[$1] = "V" ++n } { $1 = m[$1]; print }'
for f in $b/ex031118.log $b/pf040903.log $m/amazon_cloudfront_rtmp.log; do
	echo "== ${f##*/}"
	jsessionize -F w3c -vv "$f" 2>&1 >/dev/null | sed "s|$f|FILE|g"
	jsessionize "$f" >/dev/null 2>&1; echo "detected: exit $?"
done
--- stdout
== ex010320.log
2001-03-20T07:55:20Z	GET	/DeptLogo.gif	200	3223	-	-	-
2001-03-20T07:57:20Z	GET	/style.css	200	1967	-	-	-
FILE: format iis
jsessionize: lines 2: skipped 0, malformed 0, parsed 2
jsessionize: parsed 2: method 0, status 0, static 0, bots 0, late 0, pageviews 2
jsessionize: visitors 2, sessions 2
== ex960101.log
1996-01-01T10:48:02Z	GET	/default.htm	200	1703	http://www.webtrends.com/def_f1.htm	Mozilla/4.0 [en] (WinNT; I)	-
1996-01-01T10:48:02Z	GET	/loganalyzer/info.htm	200	3960	http://www.webtrends.com/def_f1.htm	Mozilla/4.0 [en] (WinNT; I)	-
1996-01-01T10:48:05Z	GET	/styles/style1.css	200	586	-	Mozilla/4.0 [en] (WinNT; I)	-
1996-01-01T10:48:05Z	GET	/graphics/atremote/remote.jpg	200	12367	http://webtrends.sample.com/wt_f2.htm	Mozilla/4.0 [en] (WinNT; I)	-
1996-01-01T10:48:05Z	GET	/graphics/backg/backg1.gif	200	448	http://webtrends.sample.com/loganalyzer/info.htm	Mozilla/4.0 [en] (WinNT; I)	-
FILE: format w3c
jsessionize: lines 6: skipped 1, malformed 0, parsed 5
jsessionize: parsed 5: method 0, status 0, static 0, bots 0, late 0, pageviews 5
jsessionize: visitors 1, sessions 1
== u_ex100815.log
2010-08-15T00:39:30Z	GET	/	200	8999	-	Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)	-
2010-08-15T03:48:23Z	GET	/robots.txt	404	0	-	msnbot/2.0b (+http://search.msn.com/msnbot.htm)	-
2010-08-15T03:53:32Z	GET	/robots.txt	404	1405	-	Googlebot-Image/1.0	-
2010-08-15T03:53:32Z	GET	/images/House/Guest1.JPG	304	210	-	Googlebot-Image/1.0	-
2010-08-15T04:43:55Z	GET	/	304	0	-	msnbot/2.0b (+http://search.msn.com/msnbot.htm)	-
2010-08-15T07:40:40Z	GET	/	200	9018	-	Mozilla/4.0 (compatible; MSIE 7.0; America Online Browser 1.1; rev1.5; Windows NT 5.1; FunWebProducts; IEMB3; IEMB3)	-
2010-08-15T11:32:56Z	GET	/waikolai.htm	304	210	-	Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)	-
2010-08-15T13:52:36Z	GET	/	200	8999	-	Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)	-
2010-08-15T14:03:51Z	GET	/amenities.htm	200	8565	-	Mozilla/5.0 (compatible; Yahoo! Slurp/3.0; http://help.yahoo.com/help/us/ysearch/slurp)	-
2010-08-15T14:03:51Z	GET	/robots.txt	404	1424	-	Mozilla/5.0 (compatible; Yahoo! Slurp; http://help.yahoo.com/help/us/ysearch/slurp)	-
2010-08-15T20:10:21Z	GET	/robots.txt	404	1405	-	Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)	-
2010-08-15T20:43:02Z	GET	/	200	8999	-	Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 6.2; Trident/4.0; SLCC2; .NET CLR 2.0.50727; .NET CLR 3.5.30729; .NET CLR 3.0.30729; Media Center PC 6.0)	-
2010-08-15T21:28:09Z	GET	/robots.txt	404	1424	-	Mozilla/5.0 (Windows; U; Windows NT 5.1; en; rv:1.9.0.13) Gecko/2009073022 Firefox/3.5.2 (.NET CLR 3.5.30729) SurveyBot/2.3 (DomainTools)	-
2010-08-15T21:28:09Z	GET	/	200	8999	-	Mozilla/5.0 (Windows; U; Windows NT 5.1; en; rv:1.9.0.13) Gecko/2009073022 Firefox/3.5.2 (.NET CLR 3.5.30729) SurveyBot/2.3 (DomainTools)	-
2010-08-15T22:51:01Z	GET	/robots.txt	404	1405	-	Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)	-
2010-08-15T22:51:01Z	GET	/	200	8999	-	Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)	-
FILE: format w3c
jsessionize: lines 56: skipped 40, malformed 0, parsed 16
jsessionize: parsed 16: method 0, status 0, static 0, bots 0, late 0, pageviews 16
jsessionize: visitors 10, sessions 13
== u_ex160110.log
2016-01-10T00:07:26Z	GET	/httptest.php	404	-	-	-	-
2016-01-10T00:29:52Z	GET	/	200	-	-	Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)	-
2016-01-10T01:15:28Z	GET	/	200	-	-	Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)	-
2016-01-10T01:32:31Z	GET	/httptest.php	404	-	-	-	-
2016-01-10T02:02:54Z	GET	/httptest.php	404	-	-	-	-
2016-01-10T02:23:01Z	GET	/	200	-	-	Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)	-
2016-01-10T02:53:36Z	GET	/images/social.png	304	-	-	Mozilla/4.0 (compatible;)	-
2016-01-10T03:26:42Z	GET	/	200	-	-	Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)	-
2016-01-10T04:18:19Z	HEAD	/	200	-	-	curl/7.19.7 (x86_64-redhat-linux-gnu) libcurl/7.19.7 NSS/3.19.1 Basic ECC zlib/1.2.3 libidn/1.18 libssh2/1.4.2	-
2016-01-10T05:20:42Z	GET	/favicon.ico	304	-	-	Mozilla/4.0 (compatible;)	-
2016-01-10T05:38:53Z	GET	/httptest.php	404	-	-	-	-
2016-01-10T06:15:17Z	GET	/httptest.php	404	-	-	-	-
2016-01-10T07:04:27Z	GET	/images/bg.png	304	-	-	Mozilla/4.0 (compatible;)	-
2016-01-10T08:06:49Z	GET	/	304	-	-	Mozilla/4.0 (compatible;)	-
2016-01-10T11:03:09Z	GET	/tools/960.css	304	-	-	Mozilla/4.0 (compatible;)	-
2016-01-10T12:17:17Z	GET	/httptest.php	404	-	-	-	-
2016-01-10T13:47:31Z	GET	/httptest.php	404	-	-	-	-
2016-01-10T15:48:55Z	GET	/images/logo.png	304	-	-	Mozilla/4.0 (compatible;)	-
2016-01-10T16:43:42Z	GET	/httptest.php	404	-	-	-	-
2016-01-10T17:07:48Z	GET	/images/watch.png	304	-	-	Mozilla/4.0 (compatible;)	-
2016-01-10T17:15:51Z	GET	/	200	-	-	-	-
2016-01-10T17:17:30Z	HEAD	/	200	-	-	Mozilla/5.0 (compatible; Nmap Scripting Engine; http://nmap.org/book/nse.html)	-
2016-01-10T18:23:00Z	GET	/tools/style.css	304	-	-	Mozilla/4.0 (compatible;)	-
2016-01-10T18:29:00Z	GET	/	200	-	-	Mozilla/5.0 (Macintosh; Intel Mac OS X 10.10; rv:39.0) Gecko/20100101 Firefox/39.0	-
2016-01-10T18:54:09Z	HEAD	/	200	-	-	-	-
2016-01-10T19:41:43Z	GET	/manager/html	404	-	-	Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; WOW64; Trident/6.0)	-
2016-01-10T21:34:42Z	GET	/httptest.php	404	-	-	-	-
2016-01-10T22:17:53Z	GET	/httptest.php	404	-	-	-	-
FILE: format w3c
jsessionize: lines 128: skipped 100, malformed 0, parsed 28
jsessionize: parsed 28: method 0, status 0, static 0, bots 0, late 0, pageviews 28
jsessionize: visitors 13, sessions 28
== iis.log
2012-04-01T00:00:13Z	GET	/foo/bar?topCat1=divinity&submit=Search	200	27028	-	Mozilla/5.0 (X11; U; Linux i686; en-US; rv:1.9.2.7) Gecko/20100722 Firefox/3.6.7	example.com
FILE: format w3c
jsessionize: lines 5: skipped 4, malformed 0, parsed 1
jsessionize: parsed 1: method 0, status 0, static 0, bots 0, late 0, pageviews 1
jsessionize: visitors 1, sessions 1
== iis_custom.log
2012-08-15T17:00:00Z	GET	/Topic/hw43061	301	-	-	Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_1) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/41.0.2227.1 Safari/537.36	example.hello.com
2012-08-15T17:00:00Z	GET	/hello/world/6,681965	404	-	-	Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_1) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/37.0.2062.124 Safari/537.36	hello.example.com
2012-08-15T17:00:00Z	GET	/Products/theProduct	200	-	http://example.com/Search/SearchResults.pg?informationRecipient.languageCode.c=en	Mozilla/5.0 (Linux; Android 4.4.4; SM-G900V Build/KTU84P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/39.0.2171.59 Mobile Safari/537.36	xzy.example.com
FILE: format w3c
jsessionize: lines 10: skipped 7, malformed 0, parsed 3
jsessionize: parsed 3: method 0, status 0, static 0, bots 0, late 0, pageviews 3
jsessionize: visitors 3, sessions 3
== netscaler.log
2012-08-16T11:55:13Z	GET	/Citrix/XenApp/Wan/auth/login.jsp	302	355	-	Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 5.1; Trident/4.0; .NET CLR 1.1.4322; .NET CLR 2.0.50727; .NET CLR 3.0.04506.648; .NET CLR 3.5.21022)	-
FILE: format w3c
jsessionize: lines 5: skipped 4, malformed 0, parsed 1
jsessionize: parsed 1: method 0, status 0, static 0, bots 0, late 0, pageviews 1
jsessionize: visitors 1, sessions 1
== incapsula_w3c.log
2017-06-26T18:21:17Z	GET	/rss/news	-	-	-	Mozilla/5.0 (Macintosh; Intel Mac OS X 10.10; rv:45.0) Gecko/20100101 Thunderbird/45.8.0 Lightning/4.7.8	www.example.com
2017-06-28T07:26:35Z	GET	/page.php?variable=test	200	-	-	Mozilla/5.0 (Windows NT 6.1; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/58.0.3029.110 Safari/537.36	www.example.com
FILE: format w3c
jsessionize: lines 6: skipped 4, malformed 0, parsed 2
jsessionize: parsed 2: method 0, status 0, static 0, bots 0, late 0, pageviews 2
jsessionize: visitors 2, sessions 2
== shoutcast.log
2015-12-07T10:37:05Z	-	/stream?title=UKR%20Nights	200	65580	-	NSPlayer/10.0.0.3702 WMFSDK/10.0	-
FILE: format w3c
jsessionize: lines 4: skipped 3, malformed 0, parsed 1
jsessionize: parsed 1: method 0, status 0, static 0, bots 0, late 0, pageviews 1
jsessionize: visitors 1, sessions 1
== splitted_date_and_time.log
2015-12-07T10:37:05Z	-	/stream?title=UKR%20Nights	200	65580	-	NSPlayer/10.0.0.3702 WMFSDK/10.0	-
FILE: format w3c
jsessionize: lines 2: skipped 1, malformed 0, parsed 1
jsessionize: parsed 1: method 0, status 0, static 0, bots 0, late 0, pageviews 1
jsessionize: visitors 1, sessions 1
== amazon_cloudfront_web.log
2014-05-23T01:13:11Z	GET	/view/my/file.html	200	182	https://example.com/	Mozilla/5.0 (Windows; U; Windows NT 6.1; de-DE) AppleWebKit/534.17 (KHTML, like Gecko) Chrome/10.0.649.0 Safari/534.17	example.com
FILE: format w3c
jsessionize: lines 3: skipped 2, malformed 0, parsed 1
jsessionize: parsed 1: method 0, status 0, static 0, bots 0, late 0, pageviews 1
jsessionize: visitors 1, sessions 1
== ex960101.log --visitor WEBTRENDS_ID
V1	1	/default.htm
V2	1	/loganalyzer/info.htm
V2	2	/styles/style1.css
V2	3	/graphics/atremote/remote.jpg
V2	4	/graphics/backg/backg1.gif
== ex031118.log
FILE: format w3c
FILE:7: fewer values than the 4 fields of the #Fields directive
jsessionize: 1 of 8 lines malformed (first: FILE:7); see --rejects FILE
jsessionize: lines 8: skipped 4, malformed 1, parsed 3
jsessionize: parsed 3: method 0, status 0, static 0, bots 0, late 0, pageviews 3
jsessionize: visitors 3, sessions 3
detected: exit 0
== pf040903.log
FILE: format w3c
FILE:6: the #Fields directive names no request (cs-uri-stem or cs-uri)
FILE:7: the #Fields directive names no request (cs-uri-stem or cs-uri)
FILE:8: the #Fields directive names no request (cs-uri-stem or cs-uri)
FILE:9: the #Fields directive names no request (cs-uri-stem or cs-uri)
jsessionize: 4 of 9 lines malformed (first: FILE:6); see --rejects FILE
jsessionize: lines 9: skipped 5, malformed 4, parsed 0
jsessionize: parsed 0: method 0, status 0, static 0, bots 0, late 0, pageviews 0
jsessionize: visitors 0, sessions 0
detected: exit 2
== amazon_cloudfront_rtmp.log
FILE: format w3c
FILE:3: not an HTTP request (rtmp:// target)
FILE:4: not an HTTP request (rtmp:// target)
jsessionize: 2 of 4 lines malformed (first: FILE:3); see --rejects FILE
jsessionize: lines 4: skipped 2, malformed 2, parsed 0
jsessionize: parsed 0: method 0, status 0, static 0, bots 0, late 0, pageviews 0
jsessionize: visitors 0, sessions 0
detected: exit 2
