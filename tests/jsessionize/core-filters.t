The default pageview filter, one reason per line, checked in the order
method, status, static, bot.  By hand: line 1 is a pageview; 2 HEAD
(method); 3 a 404 (status); 4 a .CSS in upper case (static); 5 Googlebot
(bot); 6 an empty UA (bot); 7 a POST with a 302 (a pageview: redirects
after a form are actions); 8 a 404 for a .png (status comes first);
9 DELETE of a .js by a bot (method comes first).  Pageviews: /a and /form.
--- cmd
jsessionize -v -o seq,page,status 2>err; cat err
--- stdin
10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:01 +0000] "HEAD /b HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:02 +0000] "GET /c HTTP/1.1" 404 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:03 +0000] "GET /s/site.CSS?v=2 HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.2 - - [22/Nov/2026:10:00:04 +0000] "GET /d HTTP/1.1" 200 10 "-" "Mozilla/5.0 (compatible; Googlebot/2.1)"
10.0.0.3 - - [22/Nov/2026:10:00:05 +0000] "GET /e HTTP/1.1" 200 10 "-" ""
10.0.0.1 - - [22/Nov/2026:10:00:06 +0000] "POST /form HTTP/1.1" 302 0 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:07 +0000] "GET /x.png HTTP/1.1" 404 10 "-" "Mozilla/5.0"
10.0.0.2 - - [22/Nov/2026:10:00:08 +0000] "DELETE /y.js HTTP/1.1" 200 10 "-" "curl/8.0"
--- stdout
#seq	page	status
1	/a	200
2	/form	302
(stdin): format combined
jsessionize: lines 9: skipped 0, malformed 0, parsed 9
jsessionize: parsed 9: method 2, status 2, static 1, downloads 0, bots 2, excluded 0, late 0, pageviews 2
jsessionize: visitors 1, sessions 1
