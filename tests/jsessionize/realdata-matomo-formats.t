Matomo's log-analytics format fixtures (../shared/realdata, synthetic
lines: client 1.2.3.4, 10/Feb/2012:16:42:07 -0500 = 21:42:07Z, GET /, 301,
368 bytes, host www.example.com) are each detected and parsed with --all.
Per file: the format -v names, the line counts, then each record's time,
page, host, status and bytes.  By the fixtures' own notes:
- common*, ncsa_extended (= combined), icecast2 (combined plus a number:
  combined_extra), common_complete / big5 / static_ignores (vcombined);
- ovh ("%h %v %u ..."): every line of it is also a combined line, and
  combined wins detection, so its host is lost (the ident field); -F ovh
  reads it as www.example.com;
- gandi (vcombined with "(0 s)"): the gandi preset, 2 records;
- logs_to_tests: 4 records, a blank line (skipped) and a "#" comment
  (malformed for combined);
- elb: 1 HTTP record, a "#" comment (skipped) and a TCP line (malformed,
  not an HTTP request); its URL https://www.example.com:443/path/index.html
  is page /path/index.html, host www.example.com; 2015-05-13T23:39:43Z;
- alb: request_creation_time 2020-01-01T00:55:04.023Z, 24950 bytes;
- s3: the bucket www.example.com as host (no Host header field), /index;
- haproxy: [25/Sep/2018:06:05:27.584], POST /user/ 200 7456, no captured
  headers so no host.
custom_regex_custom_date.log is not here: its date needs --time-format.
--- cmd
[ -d "$REALDATA/matomo-log-analytics/tests/logs" ] || { echo "SKIP: ../shared/realdata absent"; exit 77; }
L=$REALDATA/matomo-log-analytics/tests/logs
for f in common.log common.log.gz common_vhost.log ncsa_extended.log \
    icecast2.log common_complete.log common_encoding_big5.log \
    static_ignores.log ovh.log gandi.log logs_to_tests.log elb.log \
    alb.log s3.log haproxy.log; do
	jsessionize --all -v --no-header -o time,page,host,status,bytes "$L/$f" >out 2>err
	echo "$f: $(sed -n 's/.*: format //p' err); $(grep 'jsessionize: lines' err | sed 's/jsessionize: //')"
	cut -c1-80 out
done
echo "ovh.log -F ovh:"
jsessionize --all -F ovh --no-header -o time,page,host,status,bytes "$L/ovh.log"
--- stdout
common.log: common; lines 1: skipped 0, malformed 0, parsed 1
2012-02-10T21:42:07Z	/	-	301	368
common.log.gz: common; lines 1: skipped 0, malformed 0, parsed 1
2012-02-10T23:42:07Z	/form	-	200	145
common_vhost.log: vcommon; lines 1: skipped 0, malformed 0, parsed 1
2012-02-10T21:42:07Z	/	www.example.com	301	368
ncsa_extended.log: combined; lines 1: skipped 0, malformed 0, parsed 1
2012-02-10T21:42:07Z	/	-	301	368
icecast2.log: combined_extra; lines 1: skipped 0, malformed 0, parsed 1
2012-02-10T21:42:07Z	/	-	301	368
common_complete.log: vcombined; lines 1: skipped 0, malformed 0, parsed 1
2012-02-10T21:42:07Z	/	www.example.com	301	368
common_encoding_big5.log: vcombined; lines 1: skipped 0, malformed 0, parsed 1
2012-02-10T21:42:07Z	/為其兼行惡道	www.example.com	301	368
static_ignores.log: vcombined; lines 4: skipped 0, malformed 0, parsed 4
2012-02-10T21:41:07Z	/	www.example.com	200	368
2012-02-10T21:42:07Z	/robots.txt	www.example.com	200	368
2012-02-10T21:43:07Z	/image.png	www.example.com	200	368
2012-02-10T21:44:07Z	/font.woff2	www.example.com	200	368
ovh.log: combined; lines 1: skipped 0, malformed 0, parsed 1
2012-02-10T21:42:07Z	/	-	301	368
gandi.log: gandi; lines 2: skipped 0, malformed 0, parsed 2
2012-02-10T21:42:07Z	/	www.example.com	301	368
2012-02-10T21:42:07Z	/	www.example.com	200	1124
logs_to_tests.log: combined; lines 6: skipped 1, malformed 1, parsed 4
2013-02-05T07:01:26Z	/piwik.php	-	200	192
2013-02-05T07:01:41Z	/piwik.php	-	200	192
2013-02-05T07:01:46Z	/piwik.php	-	200	192
2013-10-28T23:48:46Z	/	-	403	-
elb.log: elb; lines 3: skipped 1, malformed 1, parsed 1
2015-05-13T23:39:43Z	/path/index.html	www.example.com	200	57
alb.log: alb; lines 1: skipped 0, malformed 0, parsed 1
2020-01-01T00:55:04Z	/path/index.html	www.example.com	200	24950
s3.log: s3; lines 1: skipped 0, malformed 0, parsed 1
2012-02-10T21:42:07Z	/index	www.example.com	200	368
haproxy.log: haproxy; lines 1: skipped 0, malformed 0, parsed 1
2018-09-25T06:05:27Z	/user/	-	200	7456
ovh.log -F ovh:
2012-02-10T21:42:07Z	/	www.example.com	301	368
