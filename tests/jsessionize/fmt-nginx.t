-F with an nginx log_format string.  First: nginx's own "combined" with
$time_iso8601 in place of [$time_local], $request_time (skipped) and
$http_x_forwarded_for (the header X-Forwarded-For) at the end.  The time
2026-11-22T11:00:00+01:00 is 10:00:00 UTC.  --visitor X-Forwarded-For:
the two lines come from one proxy (10.0.0.9, same UA) but for two
clients (1.1.1.1, 2.2.2.2): two visitors V1, V2.
Second: "[$time_local]" is %t, $request_uri the path with its query.
Third: a bad variable name is a usage error naming it (exit 2).
--- cmd
F='$remote_addr - $remote_user $time_iso8601 "$request" $status $body_bytes_sent "$http_referer" "$http_user_agent" $request_time "$http_x_forwarded_for"'
ids() { awk -F'\t' -v OFS='\t' '!($1 in m) { m[$1] = "V" ++n } { $1 = m[$1]; print }'; }
jsessionize --no-header -F "$F" --visitor X-Forwarded-For -o visitor,time,page,status,bytes,referrer,ua a.log | ids
G='$remote_addr $host [$time_local] "$request_method $request_uri $server_protocol" $status'
jsessionize --no-header -F "$G" --keep-query -o time,method,page,host,status b.log
jsessionize -F '$remote_addr [$time_local] "$request" ${status' b.log; echo "exit $?"
--- file a.log
10.0.0.9 - - 2026-11-22T11:00:00+01:00 "GET /a?x=1 HTTP/1.1" 200 512 "https://www.google.com/" "Mozilla/5.0 (X11)" 0.003 "1.1.1.1, 10.0.0.9"
10.0.0.9 - - 2026-11-22T11:00:05+01:00 "GET /b HTTP/1.1" 304 0 "-" "Mozilla/5.0 (X11)" 0.001 "2.2.2.2"
--- file b.log
192.0.2.7 shop.example [22/Nov/2026:13:44:17 +0100] "POST /cart?add=5 HTTP/2.0" 303
--- stdout
V1	2026-11-22T10:00:00Z	/a	200	512	https://www.google.com/	Mozilla/5.0 (X11)
V2	2026-11-22T10:00:05Z	/b	304	0	-	Mozilla/5.0 (X11)
2026-11-22T12:44:17Z	POST	/cart?add=5	shop.example	303
exit 2
--- stderr
jsessionize: log_format string: bad variable at "${status"
Try 'jsessionize --help'.
