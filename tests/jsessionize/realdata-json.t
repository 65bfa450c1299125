The JSON lines logs of Matomo's log-analytics tests: nginx with Matomo's
own key names (ip, host, path, status as a string, length, date with an
offset), Caddy (ts as seconds, request.client_ip, headers as arrays) and
Traefik (StartUTC with nanoseconds, DownstreamStatus as a string).  Each
is detected as json, and read the same with its own -F name (--all, every
field: "same").  Default rules: the two Caddy lines for .css and .js are
static; Prometheus is not on the bot list.  Expected values read off the
files by hand.
--- cmd
d=$REALDATA/matomo-log-analytics/tests/logs
[ -d "$d" ] || { echo "SKIP: ../shared/realdata absent"; exit 77; }
o=time,method,url,page,status,bytes,referrer,ua,host
for f in nginx_json:nginx_json caddy_json:caddy traefik_json:traefik; do
	echo "== ${f%%:*}"
	jsessionize -v --no-header -o time,method,page,status,bytes,host \
	    "$d/${f%%:*}.log" 2>err
	sed 's#^/.*/##' err
	jsessionize --all --no-header -o $o "$d/${f%%:*}.log" >auto
	jsessionize --all --no-header -F "${f#*:}" -o $o "$d/${f%%:*}.log" >named
	cmp -s auto named && echo same
done
--- stdout
== nginx_json
2013-10-10T14:52:00Z	-	/piwik.php	200	192	www.piwik.org
2013-10-10T14:52:00Z	-	/piwik.php	200	192	www.piwik.org
nginx_json.log: format json
jsessionize: lines 2: skipped 0, malformed 0, parsed 2
jsessionize: parsed 2: method 0, status 0, static 0, downloads 0, bots 0, excluded 0, late 0, pageviews 2
jsessionize: visitors 1, sessions 1
same
== caddy_json
2023-12-23T23:17:54Z	GET	/beta/	200	3609	example.com
caddy_json.log: format json
jsessionize: lines 3: skipped 0, malformed 0, parsed 3
jsessionize: parsed 3: method 0, status 0, static 2, downloads 0, bots 0, excluded 0, late 0, pageviews 1
jsessionize: visitors 1, sessions 1
same
== traefik_json
2023-08-11T11:39:21Z	GET	/my/app/auth	200	15	localhost
traefik_json.log: format json
jsessionize: lines 1: skipped 0, malformed 0, parsed 1
jsessionize: parsed 1: method 0, status 0, static 0, downloads 0, bots 0, excluded 0, late 0, pageviews 1
jsessionize: visitors 1, sessions 1
same
