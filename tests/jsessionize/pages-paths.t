--include-path and --exclude-path act on the page (query removed) before
sessionization, and -v counts what they drop as "excluded".  One visitor:
/ 10:00, /admin/login 10:20, /blog/a 10:45, POST /admin/x 10:46,
/blog/b?x=1 10:47, /shop 10:48.  By hand: with no option, one session of
6 (no gap over 30m).  --exclude-path '/admin/*' drops 2, and without
/admin/login the gap / -> /blog/a is 45m: two sessions, of 1 and 3.
--include-path '/blog/*' --include-path /: /, /blog/a, /blog/b kept,
3 excluded.  --include-path '/blog/*' --exclude-path '~b$': the regex
(unanchored) drops /blog/b, so only /blog/a: 5 excluded.  A bad regex
and an empty pattern are usage errors naming the option (exit 2).
--- cmd
jsessionize --summary paths.log | cut -f 6,8-
jsessionize -v --summary --exclude-path '/admin/*' paths.log 2>err | cut -f 6,8-; grep parsed err
jsessionize -v -o page --include-path '/blog/*' --include-path / paths.log 2>err; grep parsed err
jsessionize -v -o page --include-path '/blog/*' --exclude-path '~b$' paths.log 2>err; grep parsed err
jsessionize --exclude-path '~(' paths.log; echo "exit $?"
jsessionize --include-path '' paths.log; echo "exit $?"
--- file paths.log
10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:20:00 +0000] "GET /admin/login HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:45:00 +0000] "GET /blog/a HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:46:00 +0000] "POST /admin/x HTTP/1.1" 302 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:47:00 +0000] "GET /blog/b?x=1 HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:48:00 +0000] "GET /shop HTTP/1.1" 200 10 "-" "Mozilla/5.0"
--- stdout
pageviews	entry	exit	path
6	/	/shop	/ > /admin/login > /blog/a > /admin/x > /blog/b > /shop
pageviews	entry	exit	path
1	/	/	/
3	/blog/a	/shop	/blog/a > /blog/b > /shop
jsessionize: lines 6: skipped 0, malformed 0, parsed 6
jsessionize: parsed 6: method 0, status 0, static 0, downloads 0, bots 0, excluded 2, late 0, pageviews 4
#page
/
/blog/a
/blog/b
jsessionize: lines 6: skipped 0, malformed 0, parsed 6
jsessionize: parsed 6: method 0, status 0, static 0, downloads 0, bots 0, excluded 3, late 0, pageviews 3
#page
/blog/a
jsessionize: lines 6: skipped 0, malformed 0, parsed 6
jsessionize: parsed 6: method 0, status 0, static 0, downloads 0, bots 0, excluded 5, late 0, pageviews 1
exit 2
exit 2
--- stderr
jsessionize: --exclude-path: bad regex "(" at offset 1: missing closing parenthesis
Try 'jsessionize --help'.
jsessionize: --include-path: an empty pattern matches no page; give a glob such as '/admin/*', or ~REGEX
Try 'jsessionize --help'.
