jfunnel takes the page options of jsessionize.  One session: / 10:00:00,
/guide.pdf :10, /thumb/1 :20, /caf%C3%A9 :30, /admin :40.  Each run
prints the count at step 2 (by hand): /guide.pdf is a download, 0, and
1 with --keep-downloads; /thumb/1 is a page (1), and 0 with
--static-pattern '/thumb/*'; the page is /café (1), and /caf%C3%A9 only
with --raw-pages (so the step /café counts 0 there); /admin is 1, and
0 with --exclude-path /admin or with --include-path '/c*' (which also
drops /, so step 1 counts 0 too: the line is "0 0"); --max-rate 3 makes
the session of 4 pageviews (the PDF is a download) in 40 s a bot: "0 0".
--- cmd
f() { jfunnel --no-header "$@" f.log | cut -f 3 | tr '\n' ' '; echo; }
f -s / -s /guide.pdf
f -s / -s /guide.pdf --keep-downloads
f -s / -s /thumb/1
f -s / -s /thumb/1 --static-pattern '/thumb/*'
f -s / -s /café
f -s / -s /café --raw-pages
f -s / -s /admin
f -s / -s /admin --exclude-path /admin
f -s / -s /admin --include-path '/c*'
f -s / -s /admin --max-rate 3
--- file f.log
10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:10 +0000] "GET /guide.pdf HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:20 +0000] "GET /thumb/1 HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:30 +0000] "GET /caf%C3%A9 HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:40 +0000] "GET /admin HTTP/1.1" 200 10 "-" "Mozilla/5.0"
--- stdout
1 0 
1 1 
1 1 
1 0 
1 1 
1 0 
1 1 
1 0 
0 0 
0 0 
