The embedded-fetch rule (man page, EMBEDDED RESOURCES), worked out by hand
with --site-host shop.example.  Referrers named in the log (self-references
left out): /, /product/1, /product/2, /product/3, /login, /home.
Visitor A: /product/1 (200) at :00 embeds /image/1/thumb (:00, 0 s) and
/api/cart (:02, 2 s): both dropped; /api/late at :03 is 3 s late: kept;
/product/2 at :01 names /product/1 too but is the referrer of /style.css:
a document, kept; /x names /product/1 on other.example, no host of the
site: kept.  Visitor B: /img/2 names /product/3, which B never requested:
kept; the two /feed polls name themselves: kept.  Visitor C: /account
names /login, but C's /login was a 302 (no document shown): kept.
Visitor D: /logo comes first in the file, in the same second as /home
that names it: dropped, and D's session enters at /home from bing
(search), where with --no-embedded it enters at /logo (direct).
Counts: 14 parsed; static 1 (.css) + 3 embedded = 4; pageviews 10;
--no-embedded: static 1, pageviews 13.  --stream and the lines in reverse
order give the same counts.
--- cmd
jsessionize -v --site-host shop.example -o visitor,seq,time,page,channel emb.log 2>err; cat err
jsessionize -v --no-embedded --site-host shop.example -o seq,time,page,channel emb.log >out 2>err
grep -E '/logo|/home' out; grep static err
jsessionize -v --stream --site-host shop.example emb.log 2>&1 >/dev/null | grep -E 'static'
tac emb.log | jsessionize -v --site-host shop.example 2>&1 >/dev/null | grep -E 'static'
--- file emb.log
1.1.1.1 - - [01/Mar/2026:10:00:00 +0000] "GET /product/1 HTTP/1.1" 200 5000 "https://www.google.com/" "Mozilla/5.0 A"
1.1.1.1 - - [01/Mar/2026:10:00:00 +0000] "GET /image/1/thumb HTTP/1.1" 200 900 "http://shop.example/product/1" "Mozilla/5.0 A"
1.1.1.1 - - [01/Mar/2026:10:00:01 +0000] "GET /product/2 HTTP/1.1" 200 5000 "http://shop.example/product/1" "Mozilla/5.0 A"
1.1.1.1 - - [01/Mar/2026:10:00:01 +0000] "GET /style.css HTTP/1.1" 200 300 "http://shop.example/product/2" "Mozilla/5.0 A"
1.1.1.1 - - [01/Mar/2026:10:00:02 +0000] "GET /api/cart HTTP/1.1" 200 40 "http://shop.example/product/1" "Mozilla/5.0 A"
1.1.1.1 - - [01/Mar/2026:10:00:02 +0000] "GET /x HTTP/1.1" 200 40 "http://other.example/product/1" "Mozilla/5.0 A"
1.1.1.1 - - [01/Mar/2026:10:00:03 +0000] "GET /api/late HTTP/1.1" 200 40 "http://shop.example/product/1" "Mozilla/5.0 A"
2.2.2.2 - - [01/Mar/2026:10:01:00 +0000] "GET /img/2 HTTP/1.1" 200 900 "http://shop.example/product/3" "Mozilla/5.0 B"
2.2.2.2 - - [01/Mar/2026:10:05:00 +0000] "GET /feed HTTP/1.1" 200 900 "http://shop.example/feed" "Mozilla/5.0 B"
2.2.2.2 - - [01/Mar/2026:10:05:01 +0000] "GET /feed HTTP/1.1" 200 900 "http://shop.example/feed" "Mozilla/5.0 B"
3.3.3.3 - - [01/Mar/2026:10:10:00 +0000] "POST /login HTTP/1.1" 302 0 "http://shop.example/login" "Mozilla/5.0 C"
3.3.3.3 - - [01/Mar/2026:10:10:00 +0000] "GET /account HTTP/1.1" 200 900 "http://shop.example/login" "Mozilla/5.0 C"
4.4.4.4 - - [01/Mar/2026:10:20:00 +0000] "GET /logo HTTP/1.1" 200 900 "http://shop.example/home" "Mozilla/5.0 D"
4.4.4.4 - - [01/Mar/2026:10:20:00 +0000] "GET /home HTTP/1.1" 200 900 "https://www.bing.com/" "Mozilla/5.0 D"
--- stdout
#visitor	seq	time	page	channel
6a14039987aa088a	1	2026-03-01T10:00:00Z	/product/1	search
6a14039987aa088a	2	2026-03-01T10:00:01Z	/product/2	search
6a14039987aa088a	3	2026-03-01T10:00:02Z	/x	search
6a14039987aa088a	4	2026-03-01T10:00:03Z	/api/late	search
5c5025640797d31b	1	2026-03-01T10:01:00Z	/img/2	direct
5c5025640797d31b	2	2026-03-01T10:05:00Z	/feed	direct
5c5025640797d31b	3	2026-03-01T10:05:01Z	/feed	direct
b1ea1ded2f5a9feb	1	2026-03-01T10:10:00Z	/login	direct
b1ea1ded2f5a9feb	2	2026-03-01T10:10:00Z	/account	direct
ab2d2dcc3e338732	1	2026-03-01T10:20:00Z	/home	search
emb.log: format combined
jsessionize: lines 14: skipped 0, malformed 0, parsed 14
jsessionize: parsed 14: method 0, status 0, static 4, downloads 0, bots 0, excluded 0, late 0, pageviews 10
jsessionize: static 4: embedded 3 (fetched by the page that links them within 2s; --no-embedded keeps them)
jsessionize: visitors 4, sessions 4
1	2026-03-01T10:20:00Z	/logo	direct
2	2026-03-01T10:20:00Z	/home	direct
jsessionize: parsed 14: method 0, status 0, static 1, downloads 0, bots 0, excluded 0, late 0, pageviews 13
jsessionize: parsed 14: method 0, status 0, static 4, downloads 0, bots 0, excluded 0, late 0, pageviews 10
jsessionize: static 4: embedded 3 (fetched by the page that links them within 2s; --no-embedded keeps them)
jsessionize: parsed 14: method 0, status 0, static 4, downloads 0, bots 0, excluded 0, late 0, pageviews 10
jsessionize: static 4: embedded 3 (fetched by the page that links them within 2s; --no-embedded keeps them)
