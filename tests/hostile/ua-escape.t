Hostile bytes in a User-Agent reach the browser, os and device columns
through uap-core's $1 (the CFNetwork rule '^(.{0,200})/(\d+)...
CFNetwork' takes the whole start of line 1 as the browser family; the
generic Android phone rule 'Android \d+...; ([^;]{1,100}?)(?: Build|...'
the device of line 2), and are
escaped there as in every column: controls as \xHH, tab as \t,
backslash doubled, the C1 control U+009B (0xc2 0x9b) as \xc2\x9b in TSV
and \u009b in JSON.  The log escapes them as Apache does.
--- cmd
[ -f /usr/share/uap-core/regexes.yaml ] || { echo "SKIP: uap-core absent"; exit 77; }
jsessionize --no-header -o browser,os,device,device_class h.log
jsessionize --json -o browser,device h.log
jpaths --by device h.log
--- file h.log
10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 10 "-" "\x1b]0;pwn\x07\tEvil\\x/1 CFNetwork/1 Darwin/1"
10.0.0.2 - - [22/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 10 "-" "Mozilla/5.0 (Linux; Android 13; \x1b[31mRED\xc2\x9b Build/X) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Mobile Safari/537.36"
--- stdout
\x1b]0;pwn\x07\tEvil\\x	iOS	iOS-Device	mobile
Chrome Mobile	Android	\x1b[31mRED\xc2\x9b	mobile
{"browser":"\u001b]0;pwn\u0007\tEvil\\x","device":"iOS-Device"}
{"browser":"Chrome Mobile","device":"\u001b[31mRED\u009b"}
#device	count	share	path
\x1b[31mRED\xc2\x9b	1	1.0000	/a
iOS-Device	1	1.0000	/a
