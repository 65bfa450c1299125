The owner column: who owns the touchpoint a session came in by.  By
default from the channel (jsessionize(1) OWNERS): direct /a, email /e
and an untagged-medium campaign /f are brand; paid /d (utm_medium=cpc)
partner; social /c (m.facebook.com) social; search /b (google.com) and
referral /g, /h external, and /i, in /h's session (13 s after /h, a
click: not an embedded fetch), has its session's owner.  --owners FILE replaces the mapping: lines tried in order on the
referrer host ("www." dropped) and then utm_campaign; shop.partner.com
matches "*.partner.com" (partner, /h and /i), "spring-sale" matches
"spring*", google.com matches "google.*"; the rest match no line:
other.  Then owner with --by in jfunnel, jpaths and jdropoff, and with
-f in jfunnel (3 sessions whose owner is external), and a bad line
(exit 2).
--- file owners.tsv
# owners
*.partner.com	partner
spring*	brand-campaign
google.*	search-engine
--- file bad.tsv
x
--- cmd
jsessionize --site-host site.example --no-header -o page,channel,owner o.log; echo --
jsessionize --site-host site.example --owners owners.tsv --no-header -o page,owner o.log; echo --
jfunnel --site-host site.example --by owner -s '*' o.log | cut -f1-4
jpaths --site-host site.example --by owner o.log
jdropoff --site-host site.example --by owner o.log | cut -f1-5
jfunnel --site-host site.example -f owner -s external o.log | cut -f1-4
jsessionize --owners bad.tsv o.log
echo "exit $?"
--- file o.log
10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 10 "-" "Mozilla/5.0 (X11; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/115.0"
10.0.0.2 - - [22/Nov/2026:10:00:01 +0000] "GET /b HTTP/1.1" 200 10 "https://www.google.com/search?q=x" "Mozilla/5.0 (X11; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/115.0"
10.0.0.3 - - [22/Nov/2026:10:00:02 +0000] "GET /c HTTP/1.1" 200 10 "https://m.facebook.com/" "Mozilla/5.0 (X11; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/115.0"
10.0.0.4 - - [22/Nov/2026:10:00:03 +0000] "GET /d?utm_medium=cpc&utm_source=ads HTTP/1.1" 200 10 "-" "Mozilla/5.0 (X11; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/115.0"
10.0.0.5 - - [22/Nov/2026:10:00:04 +0000] "GET /e?utm_medium=email HTTP/1.1" 200 10 "-" "Mozilla/5.0 (X11; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/115.0"
10.0.0.6 - - [22/Nov/2026:10:00:05 +0000] "GET /f?utm_campaign=spring-sale HTTP/1.1" 200 10 "-" "Mozilla/5.0 (X11; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/115.0"
10.0.0.7 - - [22/Nov/2026:10:00:06 +0000] "GET /g HTTP/1.1" 200 10 "http://blog.example.net/post" "Mozilla/5.0 (X11; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/115.0"
10.0.0.8 - - [22/Nov/2026:10:00:07 +0000] "GET /h HTTP/1.1" 200 10 "https://shop.partner.com/item" "Mozilla/5.0 (X11; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/115.0"
10.0.0.8 - - [22/Nov/2026:10:00:20 +0000] "GET /i HTTP/1.1" 200 10 "https://site.example/h" "Mozilla/5.0 (X11; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/115.0"
--- stdout
/a	direct	brand
/b	search	external
/c	social	social
/d	paid	partner
/e	email	brand
/f	campaign	brand
/g	referral	external
/h	referral	external
/i	referral	external
--
/a	other
/b	search-engine
/c	other
/d	other
/e	other
/f	brand-campaign
/g	other
/h	partner
/i	partner
--
#owner	step	name	count
brand	1	*	3
external	1	*	3
partner	1	*	1
social	1	*	1
#owner	count	share	path
brand	1	0.3333	/a
brand	1	0.3333	/e
brand	1	0.3333	/f
external	1	0.3333	/b
external	1	0.3333	/g
external	1	0.3333	/h > /i
partner	1	1.0000	/d
social	1	1.0000	/c
#owner	page	views	sessions	entries
brand	/a	1	1	1
brand	/e	1	1	1
brand	/f	1	1	1
external	/b	1	1	1
external	/g	1	1	1
external	/i	1	1	0
external	/h	1	1	1
partner	/d	1	1	1
social	/c	1	1	1
#step	name	count	rate
1	external	3	1.0000
exit 2
--- stderr
jsessionize: --owners bad.tsv:1: give PATTERN, a tab and OWNER (such as *.partner.example<TAB>partner)
Try 'jsessionize --help'.
