One session per rule (each visitor its own IP), channel from the entry
request.  By the rules: gclid -> paid; utm_medium=cpc -> paid;
utm_medium=email -> email; referrer mail.google.com -> email; t.co ->
social; fbclid with no referrer -> social; www.google.co.uk -> search;
utm_source only -> campaign; a blog -> referral; "-" -> direct;
referrer on the site's own host given by --site-host -> direct;
m.facebook.com (subdomain of facebook.com) -> social.
--- stdin
1.0.0.1 - - [22/Nov/2026:10:00:01 +0000] "GET /?gclid=abc HTTP/1.1" 200 1 "https://www.google.com/" "M"
1.0.0.2 - - [22/Nov/2026:10:00:02 +0000] "GET /?utm_source=g&utm_medium=cpc HTTP/1.1" 200 1 "-" "M"
1.0.0.3 - - [22/Nov/2026:10:00:03 +0000] "GET /?utm_medium=email HTTP/1.1" 200 1 "-" "M"
1.0.0.4 - - [22/Nov/2026:10:00:04 +0000] "GET / HTTP/1.1" 200 1 "https://mail.google.com/mail/u/0/" "M"
1.0.0.5 - - [22/Nov/2026:10:00:05 +0000] "GET / HTTP/1.1" 200 1 "https://t.co/xyz" "M"
1.0.0.6 - - [22/Nov/2026:10:00:06 +0000] "GET /?fbclid=1 HTTP/1.1" 200 1 "-" "M"
1.0.0.7 - - [22/Nov/2026:10:00:07 +0000] "GET / HTTP/1.1" 200 1 "https://www.google.co.uk/" "M"
1.0.0.8 - - [22/Nov/2026:10:00:08 +0000] "GET /?utm_source=partner HTTP/1.1" 200 1 "-" "M"
1.0.0.9 - - [22/Nov/2026:10:00:09 +0000] "GET / HTTP/1.1" 200 1 "https://someblog.example.org/post" "M"
1.0.0.10 - - [22/Nov/2026:10:00:10 +0000] "GET / HTTP/1.1" 200 1 "-" "M"
1.0.0.11 - - [22/Nov/2026:10:00:11 +0000] "GET /x HTTP/1.1" 200 1 "https://www.shop.example/cart" "M"
1.0.0.12 - - [22/Nov/2026:10:00:12 +0000] "GET / HTTP/1.1" 200 1 "http://m.facebook.com/" "M"
--- cmd
jsessionize --no-header --site-host shop.example -o channel
--- stdout
paid
paid
email
email
social
social
search
campaign
referral
direct
direct
social
