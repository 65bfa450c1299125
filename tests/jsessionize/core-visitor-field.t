--visitor NAME with a LogFormat string: the first address of
X-Forwarded-For, or a cookie value.  The format is combined plus
"%{X-Forwarded-For}i" "%{sid}C".  The three lines come from one proxy
(10.0.0.9, same UA); XFF "5.5.5.5, 10.0.0.9" on lines 1 and 3 and
"6.6.6.6" on line 2: by XFF there are two visitors, lines 1 and 3 in one
session.  By the sid cookie: s1 on lines 1 and 2, "-" on line 3, which
falls back to ip+ua: two visitors, lines 1 and 2 together.  An unknown
field is a usage error (exit 2).
--- file in.log
10.0.0.9 - - [22/Nov/2026:10:00:00 +0000] "GET /1 HTTP/1.1" 200 1 "-" "M" "5.5.5.5, 10.0.0.9" "s1"
10.0.0.9 - - [22/Nov/2026:10:00:01 +0000] "GET /2 HTTP/1.1" 200 1 "-" "M" "6.6.6.6" "s1"
10.0.0.9 - - [22/Nov/2026:10:00:02 +0000] "GET /3 HTTP/1.1" 200 1 "-" "M" "5.5.5.5, 10.0.0.9" "-"
--- cmd
F='%h %l %u %t "%r" %>s %b "%{Referer}i" "%{User-Agent}i" "%{X-Forwarded-For}i" "%{sid}C"'
jsessionize --no-header -F "$F" --visitor X-Forwarded-For -o seq,page in.log
echo --
jsessionize --no-header -F "$F" --visitor sid -o seq,page in.log
echo --
jsessionize -F "$F" --visitor nosuch in.log; echo "exit $?"
--- stdout
1	/2
1	/1
2	/3
--
1	/1
2	/2
1	/3
--
exit 2
--- stderr
jsessionize: --visitor nosuch: the custom format has no such field; use ip+ua, ip, user, or a %{NAME}i or %{NAME}C field of a -F format string
Try 'jsessionize --help'.
