The example lines of the formats gandi, ovh, elb, s3 and haproxy in
INPUT FORMATS of jsessionize(1), taken from the man page itself (the
first plain literal display after ".It Cm NAME", its indented lines joined
to the first): each is detected as its format and parsed (ovh is detected
as combined, as the page says, and read with -F ovh).  By hand:
gandi/ovh 13:44:17 +0100 is 12:44:17Z, /p/1, shop.example, 200 512;
elb: /p/1?x=1 is page /p/1, host shop.example, 200, 57 bytes;
s3: [06/Feb/2019:00:00:38 +0000], /p/1.html, the bucket www.shop.example
(no Host header field), 200, 2662;
haproxy: 06/Feb/2009:12:14:14.655, /index.html, host 1wt.eu captured,
200, 2750.
--- cmd
man=$TESTDATA/../man/jsessionize.1
example() {
	awk -v name="$1" '
		$0 == ".It Cm " name { on = 1; next }
		on && $0 == ".Bd -literal" { inb = 1; next }
		inb && $0 == ".Ed" { print line; exit }
		inb { if (line == "") line = $0; else { sub(/^ +/, ""); line = line " " $0 } }
	' "$man"
}
for f in gandi ovh elb s3 haproxy; do
	example $f >$f.log
	jsessionize -v --all --no-header -o time,page,host,status,bytes $f.log >out 2>err
	grep -v '^jsessionize: [pv]' err
	cat out
done
jsessionize -F ovh --all --no-header -o time,page,host,status,bytes ovh.log
--- stdout
gandi.log: format gandi
jsessionize: lines 1: skipped 0, malformed 0, parsed 1
2026-11-22T12:44:17Z	/p/1	shop.example	200	512
ovh.log: format combined
jsessionize: lines 1: skipped 0, malformed 0, parsed 1
2026-11-22T12:44:17Z	/p/1	-	200	512
elb.log: format elb
jsessionize: lines 1: skipped 0, malformed 0, parsed 1
2026-11-22T12:44:17Z	/p/1	shop.example	200	57
s3.log: format s3
jsessionize: lines 1: skipped 0, malformed 0, parsed 1
2019-02-06T00:00:38Z	/p/1.html	www.shop.example	200	2662
haproxy.log: format haproxy
jsessionize: lines 1: skipped 0, malformed 0, parsed 1
2009-02-06T12:14:14Z	/index.html	1wt.eu	200	2750
2026-11-22T12:44:17Z	/p/1	shop.example	200	512
