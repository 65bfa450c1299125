The shared uap-core and owner options in jfunnel, on a log worked out
by hand: a Linux Firefox session / then /cart (desktop), an iPhone
session from Google that stops at / (mobile), and heritrix, whose
uap-core device family is Spider, doing / then /cart.  By default
heritrix is a bot and dropped; with --no-ua-bots it is kept, and its
class is bot.  With --ua-regexes naming a file whose only rule makes
"iPhone" a "Phone Browser", Firefox and heritrix are Other (and
heritrix no bot: no Spider rule).  --owners maps google.* to
search-partner and the two direct sessions to other (no line matches).
--print-lists writes 3 + 38 + 1 + 33 + 1 + 66 lines (header lines and
the bot, static and download lists).
--- file ow.tsv
google.*	search-partner
--- file rx.yaml
user_agent_parsers:
  - regex: '(iPhone)'
    family_replacement: 'Phone Browser'
os_parsers:
device_parsers:
--- file f.log
10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 10 "-" "Mozilla/5.0 (X11; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/115.0"
10.0.0.1 - - [22/Nov/2026:10:01:00 +0000] "GET /cart HTTP/1.1" 200 10 "-" "Mozilla/5.0 (X11; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/115.0"
10.0.0.2 - - [22/Nov/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 10 "https://www.google.com/" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1"
10.0.0.3 - - [22/Nov/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 10 "-" "heritrix/3.4.0 (+http://example.org)"
10.0.0.3 - - [22/Nov/2026:10:01:00 +0000] "GET /cart HTTP/1.1" 200 10 "-" "heritrix/3.4.0 (+http://example.org)"
--- cmd
[ -f /usr/share/uap-core/regexes.yaml ] || { echo "SKIP: uap-core absent"; exit 77; }
jfunnel -s / -s /cart --by device_class f.log | cut -f1-4; echo --
jfunnel --no-ua-bots -s / -s /cart --by device_class f.log | cut -f1-4; echo --
jfunnel --ua-regexes rx.yaml -s / -s /cart --by browser f.log | cut -f1-4; echo --
jfunnel --owners ow.tsv -s / --by owner f.log | cut -f1-4
jfunnel --print-lists -s / | grep -c .
--- stdout
#device_class	step	name	count
desktop	1	/	1
desktop	2	/cart	1
mobile	1	/	1
mobile	2	/cart	0
--
#device_class	step	name	count
bot	1	/	1
bot	2	/cart	1
desktop	1	/	1
desktop	2	/cart	1
mobile	1	/	1
mobile	2	/cart	0
--
#browser	step	name	count
Other	1	/	2
Other	2	/cart	2
Phone Browser	1	/	1
Phone Browser	2	/cart	0
--
#owner	step	name	count
other	1	/	1
search-partner	1	/	1
142
