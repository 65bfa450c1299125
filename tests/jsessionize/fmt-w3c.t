W3C extended (IIS), detected: the man page's example line, then directives
(skipped), a line with a value too few (malformed, with the reason at -vv),
and a second #Fields directive mid-file that names other fields in another
order, date and time apart, and a fraction of a second (dropped).  The
stem and a query that is not "-" make the url; IIS's '+' is a space in the
User-Agent; cs-host gives the host without its port.  One visitor (same
address and UA): one session, whose channel is search (Google referrer on
the entry).  Lines 10: 6 directives skipped, 1 malformed, 3 parsed.
--- cmd
jsessionize -vv --no-header --rejects rej.txt -o time,method,url,page,status,bytes,referrer,ua,host,channel a.log
cat rej.txt
--- file a.log
#Software: Microsoft Internet Information Services 10.0
#Version: 1.0
#Date: 2026-11-22 12:44:17
#Fields: date time c-ip cs-method cs-uri-stem cs-uri-query sc-status sc-bytes cs(User-Agent) cs(Referer)
2026-11-22 12:44:17 192.0.2.7 GET /p/1 id=5 200 512 Mozilla/5.0+(X11) https://www.google.com/
2026-11-22 12:45:00 192.0.2.7 GET /p/2 - 200 100 Mozilla/5.0+(X11) -
2026-11-22 12:46:00 192.0.2.7 GET /p/3 - 200 Mozilla/5.0+(X11) -
#Software: Microsoft Internet Information Services 10.0
#Fields: cs-uri-stem time c-ip cs(User-Agent) sc-status cs-host date cs-method
/cart 12:47:30.250 192.0.2.7 Mozilla/5.0+(X11) 302 shop.example:443 2026-11-22 POST
--- stdout
2026-11-22T12:44:17Z	GET	/p/1?id=5	/p/1	200	512	https://www.google.com/	Mozilla/5.0 (X11)	-	search
2026-11-22T12:45:00Z	GET	/p/2	/p/2	200	100	-	Mozilla/5.0 (X11)	-	search
2026-11-22T12:47:30Z	POST	/cart	/cart	302	-	-	Mozilla/5.0 (X11)	shop.example	search
2026-11-22 12:46:00 192.0.2.7 GET /p/3 - 200 Mozilla/5.0+(X11) -
--- stderr
a.log: format w3c
a.log:7: fewer values than the 10 fields of the #Fields directive
jsessionize: 1 of 10 lines malformed (first: a.log:7); written to rej.txt
jsessionize: lines 10: skipped 6, malformed 1, parsed 3
jsessionize: parsed 3: method 0, status 0, static 0, bots 0, late 0, pageviews 3
jsessionize: visitors 1, sessions 1
