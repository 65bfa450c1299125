-f on a raw log (-F vcombined, one visitor, one session of three
pageviews, all kept: GET/POST and statuses below 400), read off the
lines by hand: method GET > POST > GET; status 200 > 302 > 200; url is
the request target with its query; referrer "-" (not logged) then the
two referrers; host with the port dropped, the two equal hosts
collapsed; channel one value per session (utm_source makes it a
campaign); page without the query.
--- file r.log
shop.example:443 1.1.1.1 - - [22/Nov/2026:10:00:00 +0000] "GET /?utm_source=news HTTP/1.1" 200 1 "-" "M"
shop.example 1.1.1.1 - - [22/Nov/2026:10:00:10 +0000] "POST /form HTTP/1.1" 302 1 "https://shop.example/" "M"
www.shop.example 1.1.1.1 - - [22/Nov/2026:10:00:20 +0000] "GET /thanks?id=7 HTTP/1.1" 200 1 "https://shop.example/form" "M"
--- cmd
for f in method status url referrer host channel page; do
	jpaths -F vcombined --no-header -f $f r.log
done
jpaths --format vcombined --by host -f method --next POST r.log
--- stdout
1	1.0000	GET > POST > GET
1	1.0000	200 > 302 > 200
1	1.0000	/?utm_source=news > /form > /thanks?id=7
1	1.0000	- > https://shop.example/ > https://shop.example/form
1	1.0000	shop.example > www.shop.example
1	1.0000	campaign
1	1.0000	/ > /form > /thanks
#host	count	share	method
shop.example	1	1.0000	GET
