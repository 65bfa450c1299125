-F common: no referrer and no UA are logged.  So referrer and ua print
"-", the bot rule for an empty UA does not apply (common logs no UA), the
channel is direct (no referrer), and "-" bytes (Apache's %b for 0) is an
absent number: "-".  Both lines from 10.0.0.1, 2 min apart: one session.
--- cmd
jsessionize -F common -o seq,page,status,bytes,referrer,ua,channel
--- stdin
10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 512
10.0.0.1 - - [22/Nov/2026:10:02:00 +0000] "GET /b HTTP/1.1" 304 -
--- stdout
#seq	page	status	bytes	referrer	ua	channel
1	/a	200	512	-	-	direct
2	/b	304	-	-	-	direct
