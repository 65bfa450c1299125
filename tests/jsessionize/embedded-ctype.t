Where the format logs the Content-Type, it says what a request is: /q
names /p within 1 s but is text/html (a page, kept); /r names /p in the
same second with no type logged ("-"): the embedded-fetch rule drops it.
/p is the page of both, text/html.  Counts: parsed 3, static 1 (embedded
1), pageviews 2.  With --keep-static and with --all the rule is off.
--- cmd
F='%h %l %u %t "%r" %>s %b "%{Referer}i" "%{User-Agent}i" "%{Content-Type}o"'
jsessionize -v -F "$F" --site-host shop.example -o seq,page ct.log 2>err; grep static err
jsessionize -q --keep-static -F "$F" --site-host shop.example -o page --no-header ct.log | wc -l
jsessionize -q --all -F "$F" --site-host shop.example -o page --no-header ct.log | wc -l
--- file ct.log
5.5.5.5 - - [01/Mar/2026:11:00:00 +0000] "GET /p HTTP/1.1" 200 900 "-" "Mozilla/5.0 E" "text/html"
5.5.5.5 - - [01/Mar/2026:11:00:01 +0000] "GET /q HTTP/1.1" 200 900 "http://shop.example/p" "Mozilla/5.0 E" "text/html; charset=utf-8"
5.5.5.5 - - [01/Mar/2026:11:00:01 +0000] "GET /r HTTP/1.1" 200 900 "http://shop.example/p" "Mozilla/5.0 E" "-"
--- stdout
#seq	page
1	/p
2	/q
jsessionize: parsed 3: method 0, status 0, static 1, downloads 0, bots 0, excluded 0, late 0, pageviews 2
jsessionize: static 1: embedded 1 (fetched by the page that links them within 2s; --no-embedded keeps them)
3
3
