--ua-regexes FILE is in a partial's fingerprint by the rules it holds,
not by its name: a copy of uap-core's regexes.yaml under another name
merges with partials made with the original; a copy with one rule
changed (the first device_replacement 'Spider' made 'Spyder') is
refused (exit 2), as are partials made without --ua-regexes.
Worked by hand: h1 = /a, /b and h2 = /c, /d, four one-page sessions of
non-bots, so jfunnel -s '*' counts 4 (2 + 2) on the merge of both.
--- file a.log
10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 10 "https://shop.partner.com/item" "Mozilla/5.0 (X11; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/115.0"
10.0.0.2 - - [22/Nov/2026:10:00:01 +0000] "GET /b HTTP/1.1" 200 10 "https://www.google.com/search?q=x" "Mozilla/5.0 (X11; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/115.0"
10.0.0.3 - - [22/Nov/2026:10:00:02 +0000] "GET /c HTTP/1.1" 200 10 "-" "Zappo/1.0 (X11; Linux x86_64)"
10.0.0.4 - - [22/Nov/2026:10:00:03 +0000] "GET /d HTTP/1.1" 200 10 "-" "Mozilla/5.0 (X11; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/115.0"
--- cmd
[ -f /usr/share/uap-core/regexes.yaml ] || { echo "SKIP: uap-core absent"; exit 77; }
head -n 2 a.log > h1.log; tail -n 2 a.log > h2.log
cp /usr/share/uap-core/regexes.yaml copy.yaml
sed "0,/device_replacement: 'Spider'/s//device_replacement: 'Spyder'/" copy.yaml > changed.yaml
cmp -s copy.yaml changed.yaml || echo "changed.yaml differs"
jfunnel -s '*' --ua-regexes /usr/share/uap-core/regexes.yaml --partial h1.log > p1
jfunnel -s '*' --ua-regexes copy.yaml --partial h2.log > p2
jfunnel -s '*' --ua-regexes changed.yaml --partial h2.log > p3
jfunnel -s '*' --partial h2.log > p4
jfunnel -s '*' --ua-regexes copy.yaml --merge p1 p2 | cut -f 1-3
jfunnel -s '*' --ua-regexes copy.yaml --merge p3 > /dev/null; echo "exit $?"
jfunnel -s '*' --ua-regexes copy.yaml --merge p1 p4 | cut -f 1-3
jfunnel -s '*' --merge p1 p4 | cut -f 1-3
jfunnel -s '*' --merge p3 > /dev/null; echo "exit $?"
--- stdout
changed.yaml differs
#step	name	count
1	*	4
exit 2
#step	name	count
1	*	4
#step	name	count
1	*	4
exit 2
--- stderr
jfunnel: p3:1: a partial of another program or of other options: give --merge the options the partials were made with (the analysis options, and --owners, --bot-list, --static-list, --ua-regexes by their files' contents, --no-ua-bots)
jfunnel: p3:1: a partial of another program or of other options: give --merge the options the partials were made with (the analysis options, and --owners, --bot-list, --static-list, --ua-regexes by their files' contents, --no-ua-bots)
