--print-lists writes the lists in force, each under # lines that
--bot-list and --static-list skip, and nothing else (exit 0, input not
read).  The built-in lists must be word for word those of
tests/awk/sessions.awk, the independent reimplementation ("bots same",
"statics same", "downloads same": 38, 33 and 66 entries).  The bot part
given back as --bot-list gives the default's output ("roundtrip same");
with --bot-list +more.txt the added entry is the bot list's last (in lower
case: the list matches any case), and
jfunnel writes the same bytes as jsessionize.
--- file more.txt
ExampleFetcher
--- file in.log
10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 10 "-" "Mozilla/5.0 (X11; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/115.0"
10.0.0.2 - - [22/Nov/2026:10:00:01 +0000] "GET /b HTTP/1.1" 200 10 "-" "curl/8.0"
10.0.0.3 - - [22/Nov/2026:10:00:02 +0000] "GET /c HTTP/1.1" 200 10 "-" "SomeFeedReader/1.0"
--- cmd
a=$TESTDATA/../tests/awk/sessions.awk
jsessionize --print-lists > lists; echo "exit $?"
awk '/^#/ { if ($2 == "--bot-list:") s = "bots"; else if ($2 == "--static-list:") s = "statics"; else if ($2 == "downloads") s = "downloads"; next }
	{ print > s }' lists
for s in bots statics downloads; do
	case $s in bots) k=NBOT;; statics) k=STATIC;; downloads) k=DOWNLOAD;; esac
	grep -o 'split("[^"]*", [a-zA-Z]*' "$a" | awk -v k=$k -v s=$s '
		s == "bots" && /BOT$/ || s == "statics" && NR == 1 || s == "downloads" && NR == 2 { sub(/^split\("/, ""); sub(/", .*/, ""); n = split($0, w, " "); for (i = 1; i <= n; i++) print w[i] }' > awk.$s
	cmp -s $s awk.$s && echo "$s same: $(wc -l < $s)"
done
jsessionize --no-header -o page in.log > def
jsessionize --bot-list bots --no-header -o page in.log | cmp -s - def && echo "roundtrip same"
cat def
jsessionize --bot-list +more.txt --print-lists | awk '/^# --static/ { exit } { l = $0 } END { print l }'
jfunnel --print-lists -s / | cmp -s - lists && echo "jfunnel same"
--- stdout
exit 0
bots same: 38
statics same: 33
downloads same: 66
roundtrip same
/a
examplefetcher
jfunnel same
