browser, os, device and device_class of real User-Agents by uap-core's
regexes.yaml (--keep-bots, so that the bots show), worked out from the
rules of jsessionize(1) DEVICE CLASSES and the first matching uap-core
rule of each kind.  Windows Chrome: OS Windows (a desktop OS), device
Other: desktop.  iPhone: device iPhone, OS iOS: mobile.  iPad: "iPad"
in the UA: tablet (before mobile, though its OS is iOS and it says
Mobile/15E148).  Samsung SM-S911B, Android with "Mobile": mobile.
SM-X200 (a Galaxy Tab), Android without "Mobile": tablet.  Mac
Firefox: Mac OS X: desktop.  PlayStation 4: OS Other, device
"PlayStation 4", no "Mobi": other.  Googlebot: device Spider: bot.
Tiny Tiny RSS: "rss" of the bot list (and its family has RSS): bot.
Linux Firefox: desktop.  "-" has no UA: every column "-".  The same
values come out of tests/uap.py (python3-yaml and re).
--- cmd
[ -f /usr/share/uap-core/regexes.yaml ] || { echo "SKIP: uap-core absent"; exit 77; }
jsessionize --keep-bots --no-header -o browser,os,device,device_class in.log
--- file in.log
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
Chrome	Windows	Other	desktop
Mobile Safari	iOS	iPhone	mobile
Mobile Safari	iOS	iPad	tablet
Chrome Mobile	Android	Samsung SM-S911B	mobile
Chrome	Android	SM-X200	tablet
Firefox	Mac OS X	Mac	desktop
Other	Other	PlayStation 4	other
Googlebot	Other	Spider	bot
Tiny Tiny RSS	Other	Other	bot
Firefox	Linux	Other	desktop
-	-	-	-
