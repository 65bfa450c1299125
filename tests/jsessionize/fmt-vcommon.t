-F vcommon: "%v" first, then common.  host without the port, no UA and no
referrer ("-"), channel direct.
--- cmd
jsessionize -F vcommon --no-header -o host,page,bytes,ua,channel
--- stdin
shop.example:8080 10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 7
--- stdout
shop.example	/a	7	-	direct
