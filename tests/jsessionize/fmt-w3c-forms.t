W3C as others write it.  Incapsula: every value quoted, the User-Agent
with its spaces; cs-uri is host/path without a scheme, so it gives the
host (and "shop.example" alone is the target "/"); an empty status is no
status; cs(Referrer) with two r's; --visitor X-Forwarded-For reads s-xff
(first address: two visitors).  IIS Advanced Logging: blank and blank-
looking lines among the directives (skipped), runs of spaces in #Fields,
date-local and time-local with a fraction (taken as UTC), quoted values,
one with spaces inside.  A single datetime field with an offset (12:30
UTC, after the other file's 12:00: the files are one stream), and an
absolute cs-uri (the url is its path, the host comes from it) that has its
query already (cs-uri-query is not added again).  In the
Advanced Logging log X-Forwarded-For is no field and there is no
cs(Cookie): a usage error naming the file (exit 2).
--- cmd
ids() { awk -F'\t' -v OFS='\t' '!($1 in m) { m[$1] = "V" ++n } { $1 = m[$1]; print }'; }
jsessionize -v --no-header --visitor X-Forwarded-For -o visitor,time,url,page,status,referrer,ua,host,channel inc.log | ids
jsessionize -v --no-header -o time,url,page,status,referrer,ua,host,channel adv.log dt.log
jsessionize --visitor X-Forwarded-For adv.log >/dev/null; echo "exit $?"
--- file inc.log
#Software: Incapsula LOGS API
#Fields: date time c-ip cs(User-Agent) cs-uri cs(Referrer) cs-method cs-uri-query sc-status s-xff
"2026-11-22" "10:00:00" "10.0.0.9" "Mozilla/5.0 (X11)" "shop.example/p/1" "https://www.bing.com/" "GET" "a=1" "200" "1.1.1.1, 10.0.0.9"
"2026-11-22" "10:00:05" "10.0.0.9" "Mozilla/5.0 (X11)" "shop.example" "" "GET" "" "" "2.2.2.2"
--- file adv.log
#Software: IIS Advanced Logging Module

#Version: 1.0
    
#Fields:   date-local time-local   c-ip cs-method cs-uri-stem cs(User-Agent) cs(Host) sc-status sc-substatus
2026-11-22 12:00:00.363 "10.0.0.5" GET /p "Mozilla/5.0 (X11)" "shop.example" 200 " odd w/ spaces "
--- file dt.log
#Fields: datetime c-ip cs-method cs-uri cs-uri-query sc-status cs(User-Agent)
2026-11-22T13:30:00+01:00 10.0.0.1 GET http://shop.example/x?y=1 y=1 200 M
--- stdout
V1	2026-11-22T10:00:00Z	/p/1?a=1	/p/1	200	https://www.bing.com/	Mozilla/5.0 (X11)	shop.example	search
V2	2026-11-22T10:00:05Z	/	/	-	-	Mozilla/5.0 (X11)	shop.example	direct
2026-11-22T12:00:00Z	/p	/p	200	-	Mozilla/5.0 (X11)	shop.example	direct
2026-11-22T12:30:00Z	/x?y=1	/x	200	-	M	shop.example	direct
exit 2
--- stderr
inc.log: format w3c
jsessionize: lines 4: skipped 2, malformed 0, parsed 2
jsessionize: parsed 2: method 0, status 0, static 0, downloads 0, bots 0, excluded 0, late 0, pageviews 2
jsessionize: visitors 2, sessions 2
adv.log: format w3c
dt.log: format w3c
jsessionize: lines 8: skipped 6, malformed 0, parsed 2
jsessionize: parsed 2: method 0, status 0, static 0, downloads 0, bots 0, excluded 0, late 0, pageviews 2
jsessionize: visitors 2, sessions 2
jsessionize: adv.log: --visitor X-Forwarded-For: the w3c format has no such field; use ip+ua, ip, user, or a %{NAME}i or %{NAME}C field of a -F format string
