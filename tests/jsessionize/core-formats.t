Each format by name and by detection (-v says which).  One line each,
fields worked out from the format's definition:
common:   no referrer/UA, so no bot rule: a pageview.
vcombined with a port: host www.example.com (port dropped).
vcommon:  vhost, then common.
combined_extra: combined plus a trailing "10.9.8.7" field.
A LogFormat string with %D (skipped) and %{Host}i (host).
--- file common.log
1.1.1.1 - alice [22/Nov/2026:10:00:00 +0000] "GET /c HTTP/1.0" 200 5
--- file vcombined.log
www.example.com:443 1.1.1.1 - - [22/Nov/2026:10:00:00 +0000] "GET /v HTTP/1.1" 200 5 "-" "M"
--- file vcommon.log
shop.example.com 1.1.1.1 - - [22/Nov/2026:10:00:00 +0000] "GET /vc HTTP/1.1" 304 -
--- file extra.log
1.1.1.1 - - [22/Nov/2026:10:00:00 +0000] "GET /x HTTP/1.1" 200 5 "-" "M" "10.9.8.7"
--- file custom.log
1.1.1.1 [22/Nov/2026:10:00:00 +0000] "GET /cu HTTP/2.0" 200 123 host.example "M"
--- cmd
for f in common vcombined vcommon extra; do
	jsessionize -v --no-header -o page,status,bytes,host $f.log 2>&1 | grep -v '^jsessionize:'
done
jsessionize -v --no-header -o page,status,bytes,host -F '%h %t "%r" %>s %D %{Host}i "%{User-Agent}i"' custom.log 2>&1 | grep -v '^jsessionize:'
jsessionize --no-header -o page --format=common vcombined.log; echo "exit $?"
--- stdout
common.log: format common
/c	200	5	-
vcombined.log: format vcombined
/v	200	5	www.example.com
vcommon.log: format vcommon
/vc	304	-	shop.example.com
extra.log: format combined_extra
/x	200	5	-
custom.log: format custom
/cu	200	-	host.example
exit 0
