Bots by uap-core and the +FILE lists.  /b is heritrix, whose uap-core
device family is Spider (no word of the substring list is in it): a bot
by default.  /c Tiny Tiny RSS has "rss" (substring list) and its
browser family is "Tiny Tiny RSS" (uap-core's feed/rss rule); /d
UniversalFeedParser has "feed" (substring list) but its families are
Other.  So by default only /a (Firefox), /e and /f.html (Chrome) are
left; with --keep-bots the three show their families and the class bot.
--bot-list with an empty file replaces the substring list: /d is a
person now, /b (Spider) and /c (family) are still bots; --no-ua-bots
as well: everything is kept.  --bot-list +FILE adds "Firefox" (any case)
to the built-in list: /a goes too.  --static-list +FILE adds "HTML":
/f.html is static, and /g.css still is; --static-list FILE (no +)
replaces the list, so /g.css is a pageview.
--- cmd
[ -f /usr/share/uap-core/regexes.yaml ] || { echo "SKIP: uap-core absent"; exit 77; }
jsessionize --no-header -o page b.log; echo --
jsessionize --keep-bots --no-header -o page,browser,device,device_class b.log | grep -E "^/(b|c|d)"; echo --
jsessionize --bot-list none.txt --no-header -o page b.log; echo --
jsessionize --bot-list none.txt --no-ua-bots --no-header -o page b.log; echo --
jsessionize --bot-list +more.txt --no-header -o page b.log; echo --
jsessionize --static-list +html.txt --no-header -o page b.log; echo --
jsessionize --static-list html.txt --no-header -o page b.log
--- file none.txt
--- file more.txt
# more
Firefox
--- file html.txt
HTML
--- file b.log
10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 10 "-" "Mozilla/5.0 (X11; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/115.0"
10.0.0.2 - - [22/Nov/2026:10:00:01 +0000] "GET /b HTTP/1.1" 200 10 "-" "heritrix/3.4.0 (+http://example.org)"
10.0.0.3 - - [22/Nov/2026:10:00:02 +0000] "GET /c HTTP/1.1" 200 10 "-" "Tiny Tiny RSS/21.03 (http://tt-rss.org/)"
10.0.0.4 - - [22/Nov/2026:10:00:03 +0000] "GET /d HTTP/1.1" 200 10 "-" "UniversalFeedParser/4.2-pre-314-svn +http://feedparser.org/"
10.0.0.5 - - [22/Nov/2026:10:00:04 +0000] "GET /e HTTP/1.1" 200 10 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36"
10.0.0.6 - - [22/Nov/2026:10:00:05 +0000] "GET /f.html HTTP/1.1" 200 10 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36"
10.0.0.6 - - [22/Nov/2026:10:00:06 +0000] "GET /g.css HTTP/1.1" 200 10 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36"
--- stdout
/a
/e
/f.html
--
/b	heritrix	Spider	bot
/c	Tiny Tiny RSS	Other	bot
/d	Other	Other	bot
--
/a
/d
/e
/f.html
--
/a
/b
/c
/d
/e
/f.html
--
/e
/f.html
--
/a
/e
--
/a
/e
/g.css
