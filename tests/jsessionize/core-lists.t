--static-list and --bot-list replace the default lists (comments and
blank lines skipped, matching case-insensitive).  With the static list
"PDF" only, /doc.pdf is static and /site.css a pageview (Googlebot is
still a bot by the default list); with the bot list "mozilla", the Mozilla
visitor is a bot and Googlebot is not by the list (/site.css is static
by default): with --no-ua-bots it is a pageview; without, uap-core's
device family for "Googlebot/2.1" is Spider (device rule 618 of 624,
'^.{0,100}(bot|...' with device_replacement Spider, is the first to
match: checked with python3-yaml and re), so it is a bot all the same
and nothing is left.
--- file static.txt
# extensions
PDF

--- file bots.txt
mozilla
--- cmd
jsessionize --no-header -o page --static-list static.txt in.log
echo --
jsessionize --no-header -o page --bot-list bots.txt --no-ua-bots in.log
echo --
jsessionize --no-header -o page --bot-list bots.txt in.log
--- file in.log
10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] "GET /doc.pdf HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:01 +0000] "GET /site.css HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.2 - - [22/Nov/2026:10:00:02 +0000] "GET /g HTTP/1.1" 200 10 "-" "Googlebot/2.1"
--- stdout
/site.css
--
/g
--
