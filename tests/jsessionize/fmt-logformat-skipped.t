A LogFormat string with %v first and the skipped directives %D (request
time in microseconds) and %P (pid) between known ones.  The skipped values
are read and ignored; the rest lands in its columns; host from %v without
the port.
--- cmd
jsessionize -F '%v %h %l %u %t "%r" %>s %b %D %P "%{Referer}i" "%{User-Agent}i"' --no-header -o host,page,status,bytes,ua
--- stdin
shop.example:443 10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 7 1534 4242 "-" "Mozilla/5.0"
--- stdout
shop.example	/a	200	7	Mozilla/5.0
