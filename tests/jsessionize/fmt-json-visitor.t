--visitor with JSON lines: any top-level key is a field, and a NAME also
finds nginx's http_NAME (dashes as underscores) and cookie_NAME.  All four
requests come through the proxy 10.0.0.9 with one UA, so by ip+ua they
are one visitor.  X-Forwarded-For is http_x_forwarded_for and its first
address is the key: 1.1.1.1 (/a, /b), 2.2.2.2 (/c), and line 4 has none,
so it falls back to ip+ua.  sid is cookie_sid: s1 (/a, /c), s2 (/b), line
4 falls back.  account is a key of its own (a number on line 2 is its
text): u7 (/a), 7 (/b), u7 (/d); line 3 has null and falls back.
Sessions come out in the order of their last pageviews.
--- cmd
ids() { awk -F'\t' -v OFS='\t' '!($1 in m) { m[$1] = "V" ++n } { $1 = m[$1]; print }'; }
for v in X-Forwarded-For sid account; do
	echo "-- $v"
	jsessionize --no-header -F json --visitor $v -o visitor,seq,page in.log | ids
done
--- file in.log
{"time_iso8601":"2026-11-22T10:00:00Z","remote_addr":"10.0.0.9","request":"GET /a HTTP/1.1","status":200,"http_user_agent":"M","http_x_forwarded_for":"1.1.1.1, 10.0.0.9","cookie_sid":"s1","account":"u7"}
{"time_iso8601":"2026-11-22T10:01:00Z","remote_addr":"10.0.0.9","request":"GET /b HTTP/1.1","status":200,"http_user_agent":"M","http_x_forwarded_for":"1.1.1.1","cookie_sid":"s2","account":7}
{"time_iso8601":"2026-11-22T10:02:00Z","remote_addr":"10.0.0.9","request":"GET /c HTTP/1.1","status":200,"http_user_agent":"M","http_x_forwarded_for":"2.2.2.2, 10.0.0.9","cookie_sid":"s1","account":null}
{"time_iso8601":"2026-11-22T10:03:00Z","remote_addr":"10.0.0.9","request":"GET /d HTTP/1.1","status":200,"http_user_agent":"M","cookie_sid":"-","account":"u7"}
--- stdout
-- X-Forwarded-For
V1	1	/a
V1	2	/b
V2	1	/c
V3	1	/d
-- sid
V1	1	/b
V2	1	/a
V2	2	/c
V3	1	/d
-- account
V1	1	/b
V2	1	/c
V3	1	/a
V3	2	/d
