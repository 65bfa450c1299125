Assets without extensions: a logged response Content-Type other than
text/html or application/xhtml+xml makes a request static, and so does a
--static-pattern on its path (query left out).  By hand, with
%{Content-Type}o: /p (text/html; charset=utf-8), /x (-: says nothing),
/y (TEXT/HTML: case ignored) and /z (xhtml) are pages; /api/items
(application/json) and /thumb/123 (image/webp) are static: static 2.
/thumb/9?w=64 logged no type, so it takes --static-pattern '/thumb/*':
static 3.  --keep-static keeps all 7.  nginx's $sent_http_content_type
reads the same.  A W3C log's sc(Content-Type): /logo (image/png) is
static, /home and /about (-) are pages.
--- cmd
F='%h %l %u %t "%r" %>s %b "%{Referer}i" "%{User-Agent}i" "%{Content-Type}o"'
jsessionize -v -F "$F" -o seq,page ct.log 2>err; grep 'parsed [0-9]*:' err
jsessionize -v -F "$F" -o seq,page --static-pattern '/thumb/*' ct.log 2>err; grep 'parsed [0-9]*:' err
jsessionize -F "$F" -o page --keep-static ct.log | wc -l
jsessionize -F '$remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent "$http_referer" "$http_user_agent" "$sent_http_content_type"' -o page ct.log | tr '\n' ' '; echo
jsessionize -v -o page ct.w3c 2>err; grep 'parsed [0-9]*:' err
--- file ct.log
10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] "GET /p HTTP/1.1" 200 10 "-" "Mozilla/5.0" "text/html; charset=utf-8"
10.0.0.1 - - [22/Nov/2026:10:00:01 +0000] "GET /api/items?page=2 HTTP/1.1" 200 10 "-" "Mozilla/5.0" "application/json"
10.0.0.1 - - [22/Nov/2026:10:00:02 +0000] "GET /thumb/123 HTTP/1.1" 200 10 "-" "Mozilla/5.0" "image/webp"
10.0.0.1 - - [22/Nov/2026:10:00:03 +0000] "GET /x HTTP/1.1" 200 10 "-" "Mozilla/5.0" "-"
10.0.0.1 - - [22/Nov/2026:10:00:04 +0000] "GET /y HTTP/1.1" 200 10 "-" "Mozilla/5.0" "TEXT/HTML"
10.0.0.1 - - [22/Nov/2026:10:00:05 +0000] "GET /thumb/9?w=64 HTTP/1.1" 200 10 "-" "Mozilla/5.0" "-"
10.0.0.1 - - [22/Nov/2026:10:00:06 +0000] "GET /z HTTP/1.1" 200 10 "-" "Mozilla/5.0" "application/xhtml+xml"
--- file ct.w3c
#Version: 1.0
#Fields: date time c-ip cs-method cs-uri-stem sc-status cs(User-Agent) sc(Content-Type)
2026-11-22 10:00:00 10.0.0.1 GET /home 200 Mozilla/5.0 text/html
2026-11-22 10:00:01 10.0.0.1 GET /logo 200 Mozilla/5.0 image/png
2026-11-22 10:00:02 10.0.0.1 GET /about 200 Mozilla/5.0 -
--- stdout
#seq	page
1	/p
2	/x
3	/y
4	/thumb/9
5	/z
jsessionize: parsed 7: method 0, status 0, static 2, downloads 0, bots 0, excluded 0, late 0, pageviews 5
#seq	page
1	/p
2	/x
3	/y
4	/z
jsessionize: parsed 7: method 0, status 0, static 3, downloads 0, bots 0, excluded 0, late 0, pageviews 4
8
#page /p /x /y /thumb/9 /z 
#page
/home
/about
jsessionize: parsed 3: method 0, status 0, static 1, downloads 0, bots 0, excluded 0, late 0, pageviews 2
