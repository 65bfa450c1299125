-F vcombined: "%v" (virtual host, here with a port) first, then combined.
The port is dropped from host.  The referrer is another site: referral.
--- cmd
jsessionize -F vcombined --no-header -o host,page,status,ua,channel
--- stdin
shop.example:443 10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 7 "https://other.example/" "Mozilla/5.0"
shop.example 10.0.0.1 - - [22/Nov/2026:10:00:05 +0000] "GET /b HTTP/1.1" 200 7 "-" "Mozilla/5.0"
--- stdout
shop.example	/a	200	Mozilla/5.0	referral
shop.example	/b	200	Mozilla/5.0	referral
