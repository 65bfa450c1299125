With vcombined the request's own host makes a referrer from the site
internal: the first session's entry referrer is https://shop.example/a
on vhost shop.example -> direct; the second's is another host ->
referral.  Without --site-host and without a vhost (combined), the same
referrer is a referral.
--- stdin
shop.example:443 1.0.0.1 - - [22/Nov/2026:10:00:01 +0000] "GET /b HTTP/1.1" 200 1 "https://shop.example/a" "M"
shop.example:443 1.0.0.2 - - [22/Nov/2026:10:00:02 +0000] "GET /b HTTP/1.1" 200 1 "https://other.example/a" "M"
--- cmd
jsessionize --no-header -o channel,host
--- stdout
direct	shop.example
referral	shop.example
