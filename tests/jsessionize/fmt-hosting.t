Two shared-hosting variants of combined.
gandi: "%v %h %l %u %t (%T s) ..." (the seconds taken in parentheses):
detected by itself; the host is the first field, so a referrer from
shop.example is internal and the second line stays in the session of the
first (channel of the entry: search).
ovh: "%h %v %u %t ...": every OVH line is also a combined line (the host
where combined has the ident), and combined is tried first, so detection
says combined and the host is not known; -F ovh gives it.
--- cmd
jsessionize -v --no-header -o host,page,referrer,channel gandi.log
jsessionize -v --no-header -o host,page,status ovh.log
jsessionize -F ovh --no-header -o host,page,status ovh.log
--- file gandi.log
shop.example 192.0.2.7 - - [22/Nov/2026:10:00:00 +0000] (0 s) "GET /p/1 HTTP/1.1" 200 512 "https://www.google.com/" "Mozilla/5.0 (X11)"
shop.example 192.0.2.7 - - [22/Nov/2026:10:00:30 +0000] (12 s) "GET /cart HTTP/1.1" 200 512 "https://shop.example/p/1" "Mozilla/5.0 (X11)"
--- file ovh.log
192.0.2.7 shop.example alice [22/Nov/2026:10:00:00 +0000] "GET /p/1 HTTP/1.1" 200 512 "-" "Mozilla/5.0 (X11)"
--- stdout
shop.example	/p/1	https://www.google.com/	search
shop.example	/cart	https://shop.example/p/1	search
-	/p/1	200
shop.example	/p/1	200
--- stderr
gandi.log: format gandi
jsessionize: lines 2: skipped 0, malformed 0, parsed 2
jsessionize: parsed 2: method 0, status 0, static 0, downloads 0, bots 0, excluded 0, late 0, pageviews 2
jsessionize: visitors 1, sessions 1
ovh.log: format combined
jsessionize: lines 1: skipped 0, malformed 0, parsed 1
jsessionize: parsed 1: method 0, status 0, static 0, downloads 0, bots 0, excluded 0, late 0, pageviews 1
jsessionize: visitors 1, sessions 1
