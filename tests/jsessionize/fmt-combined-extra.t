-F combined_extra: a combined line followed by extra fields (here a quoted
cookie and a number).  The extra fields are ignored; page, status, bytes,
referrer and UA are read as in combined.
--- cmd
jsessionize -F combined_extra --no-header -o page,status,bytes,referrer,ua
--- stdin
10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 7 "https://r.example/" "Mozilla/5.0" "sid=abc" 1234
--- stdout
/a	200	7	https://r.example/	Mozilla/5.0
