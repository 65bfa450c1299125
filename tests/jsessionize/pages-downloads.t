Downloads are their own class, as in Matomo: by the extension of the
last path segment (query ignored, any case), after method, status and
static, before bots.  By hand: /a and /pdf/list are pages (a "pdf"
directory is not an extension); Manual.PDF and app.zip?v=2 are
downloads; x.png is static; the bot's report.pdf is a download (the
download rule comes before the bot rule); setup.exe is a 404 (status
first).  So: status 1, static 1, downloads 3, pageviews 2.  With
--keep-downloads the two downloads of the browser are pageviews (seq 2
and 3), the bot's is a bot, and downloads is 0.
--- cmd
jsessionize -v -o seq,page dl.log 2>err; cat err
jsessionize -v --keep-downloads -o seq,page dl.log 2>err; cat err
--- file dl.log
10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:01 +0000] "GET /doc/Manual.PDF HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:02 +0000] "GET /files/app.zip?v=2 HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:03 +0000] "GET /img/x.png HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.2 - - [22/Nov/2026:10:00:04 +0000] "GET /report.pdf HTTP/1.1" 200 10 "-" "Googlebot/2.1"
10.0.0.1 - - [22/Nov/2026:10:00:05 +0000] "GET /setup.exe HTTP/1.1" 404 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:06 +0000] "GET /pdf/list HTTP/1.1" 200 10 "-" "Mozilla/5.0"
--- stdout
#seq	page
1	/a
2	/pdf/list
dl.log: format combined
jsessionize: lines 7: skipped 0, malformed 0, parsed 7
jsessionize: parsed 7: method 0, status 1, static 1, downloads 3, bots 0, excluded 0, late 0, pageviews 2
jsessionize: visitors 1, sessions 1
#seq	page
1	/a
2	/doc/Manual.PDF
3	/files/app.zip
4	/pdf/list
dl.log: format combined
jsessionize: lines 7: skipped 0, malformed 0, parsed 7
jsessionize: parsed 7: method 0, status 1, static 1, downloads 0, bots 1, excluded 0, late 0, pageviews 4
jsessionize: visitors 1, sessions 1
