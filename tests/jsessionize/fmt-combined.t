-F combined (long form --format): the NCSA combined format.  Each field of
the line lands in its column: method, page (query dropped), url (as logged),
status, bytes, referrer, UA.  Worked out by reading the two lines: the
second line is 60 s later, same client+UA, so seq 2; the channel of the
session comes from the first pageview (referrer a blog -> referral) and is
repeated on both lines.  combined has no vhost, so host is "-".
--- cmd
jsessionize --format combined -o seq,method,page,url,status,bytes,referrer,ua,host,channel
--- stdin
10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a?x=1 HTTP/1.1" 200 512 "https://blog.example.org/post" "Mozilla/5.0 (X11)"
10.0.0.1 - - [22/Nov/2026:10:01:00 +0000] "POST /b HTTP/1.1" 302 0 "https://blog.example.org/post" "Mozilla/5.0 (X11)"
--- stdout
#seq	method	page	url	status	bytes	referrer	ua	host	channel
1	GET	/a	/a?x=1	200	512	https://blog.example.org/post	Mozilla/5.0 (X11)	-	referral
2	POST	/b	/b	302	0	https://blog.example.org/post	Mozilla/5.0 (X11)	-	referral
