An event stream's own browser and device_class columns are used as they
are (no User-Agent in it to parse): jsessionize writes them for the log
of tests/jsessionize/ua-device-class.t (8 sessions without the bots:
desktop 3, mobile 2, tablet 2, other 1; Chrome 2, Firefox 2, Mobile
Safari 2, Chrome Mobile 1, Other 1), and jfunnel --by groups the TSV by
them with the same counts.  A row's class as the TSV gives it wins over
the User-Agent: "tablet" written on the desktop UA's row makes it one.
--- cmd
[ -f /usr/share/uap-core/regexes.yaml ] || { echo "SKIP: uap-core absent"; exit 77; }
jsessionize -o visitor,time,page,browser,device_class dc.log > ev.tsv
jfunnel -s /a --by device_class ev.tsv | cut -f1,4
jfunnel -s /a --by browser ev.tsv | cut -f1,4
printf '#visitor\ttime\tpage\tua\tdevice_class\nv1\t2026-11-22T10:00:00Z\t/a\tMozilla/5.0 (X11; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/115.0\ttablet\n' |
    jsessionize -o page,browser,device_class --no-header
--- file dc.log
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
#device_class	count
desktop	3
mobile	2
tablet	2
other	1
#browser	count
Chrome	2
Firefox	2
Mobile Safari	2
Chrome Mobile	1
Other	1
/a	Firefox	tablet
