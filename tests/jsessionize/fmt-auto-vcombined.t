Auto detection tells vcombined from combined: a vcombined line does not
parse as combined (its 2nd field is the client, then the time bracket is
one field too late), so vcombined parses most and wins; the host column is
filled from %v.
--- cmd
printf '%s\n' 'shop.example 10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 7 "-" "Mozilla/5.0"' > v.log
jsessionize -v --no-header -o host,page v.log 2>&1 | grep -v '^jsessionize:'
--- stdout
v.log: format vcombined
shop.example	/a
