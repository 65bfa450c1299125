--time-format for a %t written otherwise, and %{FORMAT}t in a LogFormat
string.  First: Matomo's fixture style "[February - 10, 2012:16:42:07]"
(UTC, no offset): with --time-format '%B - %d, %Y:%H:%M:%S' the common
format is detected and the time is 2012-02-10T16:42:07Z.  Without it
the line does not parse (no format fits: exit 2).
Second: %{%Y-%m-%d %H:%M:%S}t unbracketed, then %{msec}t (epoch
milliseconds 1795341600500 = 2026-11-22T10:00:00.5Z, kept to the second).
Third: an unknown directive is a usage error (exit 2).
--- cmd
jsessionize --all --no-header --time-format '%B - %d, %Y:%H:%M:%S' -o time,page,status c.log
jsessionize --all c.log > /dev/null 2>&1; echo "exit $?"
jsessionize --all --no-header -F '%h %{%Y-%m-%d %H:%M:%S}t "%r" %>s' -o time,page d.log
jsessionize --all --no-header -F '%h %{msec}t "%r" %>s' -o time,page e.log
jsessionize --time-format '%d/%Q' c.log; echo "exit $?"
--- file c.log
1.2.3.4 - - [February - 10, 2012:16:42:07] "GET / HTTP/1.0" 301 368
--- file d.log
1.2.3.4 2026-11-22 10:00:00 "GET /d HTTP/1.1" 200
--- file e.log
1.2.3.4 1795341600500 "GET /e HTTP/1.1" 200
--- stdout
2012-02-10T16:42:07Z	/	301
exit 2
2026-11-22T10:00:00Z	/d
2026-11-22T10:00:00Z	/e
exit 2
--- stderr
jsessionize: bad --time-format "%d/%Q": use strptime directives (%Y %y %m %d %e %H %I %M %S %p %b %B %a %z %Z %s %f %j %T %F %D %R), e.g. "%B - %d, %Y:%H:%M:%S"
Try 'jsessionize --help'.
