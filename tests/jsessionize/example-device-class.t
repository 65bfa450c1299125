man page EXAMPLES: "Sessions per device class" and "A bot list of one's
own".  The log is ua-device-class.t's: of its eleven User-Agents,
Googlebot, Tiny Tiny RSS and "-" are bots and dropped; Windows Chrome,
Mac Firefox and Linux Firefox are desktop (3), the iPhone and the
Android phone with "Mobile" mobile (2), the iPad and the Android tablet
tablet (2), the PlayStation other (1).  The bot list written by
--print-lists, given back, leaves the same 8 pageviews.
--- cmd
[ -f /usr/share/uap-core/regexes.yaml ] || { echo "SKIP: uap-core absent"; exit 77; }
jsessionize -o seq,device_class --no-header access.log |
    awk -F'\t' '$1 == 1 { n[$2]++ } END { for (c in n) print n[c], c }' |
    sort -k1,1nr -k2
jsessionize --print-lists | sed '/^# --static-list/,$d' > bots.txt
jsessionize --bot-list bots.txt access.log | grep -vc '^#'
--- file access.log
10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 10 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36"
10.0.0.2 - - [22/Nov/2026:10:00:01 +0000] "GET /a HTTP/1.1" 200 10 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1"
10.0.0.3 - - [22/Nov/2026:10:00:02 +0000] "GET /a HTTP/1.1" 200 10 "-" "Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1"
10.0.0.4 - - [22/Nov/2026:10:00:03 +0000] "GET /a HTTP/1.1" 200 10 "-" "Mozilla/5.0 (Linux; Android 13; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Mobile Safari/537.36"
10.0.0.5 - - [22/Nov/2026:10:00:04 +0000] "GET /a HTTP/1.1" 200 10 "-" "Mozilla/5.0 (Linux; Android 12; SM-X200) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36"
10.0.0.6 - - [22/Nov/2026:10:00:05 +0000] "GET /a HTTP/1.1" 200 10 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:120.0) Gecko/20100101 Firefox/120.0"
10.0.0.7 - - [22/Nov/2026:10:00:06 +0000] "GET /a HTTP/1.1" 200 10 "-" "Mozilla/5.0 (PlayStation 4 3.11) AppleWebKit/537.73 (KHTML, like Gecko)"
10.0.0.8 - - [22/Nov/2026:10:00:07 +0000] "GET /a HTTP/1.1" 200 10 "-" "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
10.0.0.9 - - [22/Nov/2026:10:00:08 +0000] "GET /a HTTP/1.1" 200 10 "-" "Tiny Tiny RSS/21.03 (http://tt-rss.org/)"
10.0.0.10 - - [22/Nov/2026:10:00:09 +0000] "GET /a HTTP/1.1" 200 10 "-" "Mozilla/5.0 (X11; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/115.0"
10.0.0.11 - - [22/Nov/2026:10:00:10 +0000] "GET /a HTTP/1.1" 200 10 "-" "-"
--- stdout
3 desktop
2 mobile
2 tablet
1 other
8
