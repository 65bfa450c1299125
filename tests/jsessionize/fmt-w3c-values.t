W3C values.  User-Agent: IIS writes a space as '+', but a bot's link
keeps its '+' before "http" after '(' or '+' (Googlebot's "++http" is
" +http", msnbot's "(+http" stays); a quoted value keeps its '+' and
spaces; %XX is decoded (SHOUTcast).  The referrer is as logged.  Cookies
of cs(Cookie), separated by "; " or ";+", are named columns: --visitor WT
follows cookie WT (/c and /d, from two addresses and UAs, are one visitor
V3; /e has no WT and falls back to its address and UA), --visitor sid has
a value on /c, /d and /e (three visitors).  By default the two bots are
dropped (bots 2).
--- cmd
ids() { awk -F'\t' -v OFS='\t' '!($1 in m) { m[$1] = "V" ++n } { $1 = m[$1]; print }'; }
jsessionize --all --no-header -o time,url,referrer,ua a.log
jsessionize --all --no-header --visitor WT -o visitor,url a.log | ids
jsessionize --all --no-header --visitor sid -o visitor,url a.log | ids
jsessionize -v --no-header -o url a.log
--- file a.log
#Fields: date time c-ip cs-method cs-uri-stem sc-status cs(User-Agent) cs(Referer) cs(Cookie)
2026-11-22 10:00:00 10.0.0.1 GET /a 200 Mozilla/5.0+(compatible;+Googlebot/2.1;++http://www.google.com/bot.html) - -
2026-11-22 10:00:01 10.0.0.1 GET /b 200 msnbot/2.0b+(+http://search.msn.com/msnbot.htm) - -
2026-11-22 10:00:02 10.0.0.2 GET /c 200 "Mozilla/5.0 (X11; a+b)" "http://x.example/?q=a+b" "sid=1; WT=abc"
2026-11-22 10:00:03 10.0.0.3 GET /d 200 NSPlayer%2F10.0%20WMFSDK%2F10.0 - WT=abc;+sid=2
2026-11-22 10:00:04 10.0.0.3 GET /e 200 NSPlayer%2F10.0%20WMFSDK%2F10.0 - sid=3
--- stdout
2026-11-22T10:00:00Z	/a	-	Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)
2026-11-22T10:00:01Z	/b	-	msnbot/2.0b (+http://search.msn.com/msnbot.htm)
2026-11-22T10:00:02Z	/c	http://x.example/?q=a+b	Mozilla/5.0 (X11; a+b)
2026-11-22T10:00:03Z	/d	-	NSPlayer/10.0 WMFSDK/10.0
2026-11-22T10:00:04Z	/e	-	NSPlayer/10.0 WMFSDK/10.0
V1	/a
V2	/b
V3	/c
V3	/d
V4	/e
V1	/a
V2	/b
V3	/c
V4	/d
V5	/e
/c
/d
/e
--- stderr
a.log: format w3c
jsessionize: lines 6: skipped 1, malformed 0, parsed 5
jsessionize: parsed 5: method 0, status 0, static 0, downloads 0, bots 2, excluded 0, late 0, pageviews 3
jsessionize: visitors 2, sessions 2
