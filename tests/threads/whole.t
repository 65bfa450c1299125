With -j, main hands the workers the reader's whole lines a batch at a
time and they split them; -j 1 reads line by line.  The two agree byte
for byte (stdout, stderr, exit status, --rejects) on the lines that
split unlike the rest: CRLF endings (one "\r" taken off, so a line
ending "\r\r\n" keeps one); lines so short that a batch holds more of
them than the workers take (main parses the rest); a last line with no
newline; a line longer than a batch (300 KB) and one cut at 64 MiB
(70 MB of zeros, gzipped), both past the lines held for detection.
Known answers beside: the CRLF log gives the sessions of the same log
with LF endings; every short line ("x", 40 after each third line:
266640) is in --rejects; the line with no newline is a pageview
(/last); the 300 KB page is written whole (300001 bytes with its "/")
and the cut line (line 5002) is the first malformed one, its first
64 MiB in --rejects.
--- cmd
. "$TESTDATA/../tests/threads/same.sh"
"$TESTDATA/../tools/genlog" -s 4 -n 20000 >g.log
awk '{ printf "%s\r\n", $0 }' g.log >crlf.log
jsessionize -j 2 crlf.log | cmp - out.lf 2>/dev/null; jsessionize -j 1 g.log >out.lf
jsessionize -j 2 crlf.log | cmp - out.lf && echo "CRLF = LF"
awk '{ printf "%s\r%s\n", $0, NR % 7 == 0 ? "\r" : "" }' g.log >crcr.log
same crcr jsessionize --rejects r.txt crcr.log
awk '{ print; if (NR % 3 == 0) for (i = 0; i < 40; i++) print "x" }' g.log >short.log
same short jsessionize --rejects r.txt short.log
grep -c '^x$' rej.1
gzip -c short.log >short.gz
same short-gz jsessionize short.gz
t=$(tail -n 1 g.log | sed 's/.*\[\([^]]*\)\].*/\1/')
{ cat g.log; printf '9.9.9.9 - - [%s] "GET /last HTTP/1.1" 200 1 "-" "M"' "$t"; } >nonl.log
same nonl jsessionize -o page nonl.log
grep -c '^/last$' out.1
{ head -n 5000 g.log
  awk 'BEGIN { p = "a"; while (length(p) < 300000) p = p p
	printf "10.0.0.1 - - [02/Nov/2026:06:00:00 +0000] \"GET /%s HTTP/1.1\" 200 7 \"-\" \"M\"\n", substr(p, 1, 300000) }'
  head -c 70000000 /dev/zero; echo
  tail -n +5001 g.log; } | gzip -1 >long.gz
same long jsessionize --rejects r.txt -o page long.gz
awk 'length($0) > 1000 { print length($0) }' out.1
grep -o 'first: long.gz:[0-9]*' err.1
wc -c <rej.1
--- stdout
CRLF = LF
crcr same
short same
266640
short-gz same
nonl same
1
long same
300001
first: long.gz:5002
67108865
