The site's own host, inferred from referrers when the log has no vhost
and no --site-host is given.  Pages of this log: /, /shoes, /cart.  The
referrer paths of www.shop.example and shop.example other than "/" are
/shoes and /cart (from the page and its assets): 2 of 2 are pages, so
the group shop.example is the site (-v says so).  blog.example's
/best-shoes is no page of the log; google.com's path is "/".  So by
hand: 10.0.0.2's session from blog.example is referral, 10.0.0.1's
first from google is search, and its second (after 59 minutes, from
https://shop.example/cart) is direct.  --site-host other.example
overrides the inference (no -v line): that session is referral.  A log
with a vhost (www.shop.example first on each line) infers nothing: the
vhost makes it direct.
--- cmd
jsessionize -v --summary self.log 2>err | cut -f 6-8; cat err
jsessionize -v --site-host other.example --summary self.log 2>err | cut -f 6-8; grep inferred err
sed 's/^/www.shop.example /' self.log > v.log
jsessionize -v --summary v.log 2>err | cut -f 6-8; grep -c inferred err || :
--- file self.log
10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 10 "https://www.google.com/" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:05 +0000] "GET /style.css HTTP/1.1" 200 10 "https://www.shop.example/" "Mozilla/5.0"
10.0.0.2 - - [22/Nov/2026:10:00:10 +0000] "GET /shoes HTTP/1.1" 200 10 "https://blog.example/best-shoes" "Mozilla/5.0"
10.0.0.2 - - [22/Nov/2026:10:00:11 +0000] "GET /img/shoe.png HTTP/1.1" 200 10 "https://www.shop.example/shoes" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:30 +0000] "GET /shoes HTTP/1.1" 200 10 "https://www.shop.example/" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:31 +0000] "GET /img/shoe.png HTTP/1.1" 200 10 "https://www.shop.example/shoes" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:01:00 +0000] "GET /cart HTTP/1.1" 200 10 "https://www.shop.example/shoes" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:11:00:00 +0000] "GET /cart HTTP/1.1" 200 10 "https://shop.example/cart" "Mozilla/5.0"
--- stdout
pageviews	channel	entry
1	referral	/shoes
3	search	/
1	direct	/cart
self.log: format combined
jsessionize: site hosts inferred: shop.example, www.shop.example (2 of their 2 referrer paths are pages of this log); --site-host overrides
jsessionize: lines 8: skipped 0, malformed 0, parsed 8
jsessionize: parsed 8: method 0, status 0, static 3, downloads 0, bots 0, excluded 0, late 0, pageviews 5
jsessionize: visitors 2, sessions 3
pageviews	channel	entry
1	referral	/shoes
3	search	/
1	referral	/cart
pageviews	channel	entry
1	referral	/shoes
3	search	/
1	direct	/cart
0
