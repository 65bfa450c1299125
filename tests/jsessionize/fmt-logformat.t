-F with an Apache LogFormat string using %m %U%q %H inside the quotes
instead of %r, %>s and %B (bytes, 0 not "-").  url is the target as logged
(%U followed by %q, which includes the "?"); page drops the query.
--- cmd
jsessionize -F '%h %l %u %t "%m %U%q %H" %>s %B "%{Referer}i" "%{User-Agent}i"' --no-header -o method,page,url,status,bytes,ua
--- stdin
10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a?x=1 HTTP/1.1" 200 0 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:09 +0000] "POST /b HTTP/1.1" 201 33 "-" "Mozilla/5.0"
--- stdout
GET	/a	/a?x=1	200	0	Mozilla/5.0
POST	/b	/b	201	33	Mozilla/5.0
