-F / --format names the input format; a raw combined log of two
visitors (different addresses): 1.1.1.1 / then /p; 2.2.2.2 /p.
A bot and a static asset are not pageviews (jsessionize's defaults):
the .css request and the Googlebot line are dropped.
--- file a.log
1.1.1.1 - - [22/Nov/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 1 "-" "M"
1.1.1.1 - - [22/Nov/2026:10:00:01 +0000] "GET /s.css HTTP/1.1" 200 1 "-" "M"
2.2.2.2 - - [22/Nov/2026:10:00:02 +0000] "GET /p HTTP/1.1" 200 1 "-" "M"
1.1.1.1 - - [22/Nov/2026:10:00:03 +0000] "GET /p HTTP/1.1" 200 1 "-" "M"
3.3.3.3 - - [22/Nov/2026:10:00:04 +0000] "GET /p HTTP/1.1" 200 1 "-" "Googlebot/2.1"
--- cmd
jpaths -F combined a.log
jpaths --format combined --keep-static --no-header a.log
--- stdout
#count	share	path
1	0.5000	/ > /p
1	0.5000	/p
1	0.5000	/ > /s.css > /p
1	0.5000	/p
