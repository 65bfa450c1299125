JSON string escapes: \" \\ \/ \b \f \n \r \t, \uXXXX to UTF-8 (U+00E9 is
two bytes, U+20AC three, the surrogate pair D83D DE00 is U+1F600, four
bytes), \u0000 a NUL byte, and nginx's \xHH (what it writes without
escape=json).  The User-Agent's key is written with an escape too
(http_user\u005fagent is http_user_agent).  The output escapes again what
DESIGN.md says: in TSV \t \n \r \\ and other control bytes as \xHH (the
ESC of a terminal colour code included); in JSON its own escapes.
--- cmd
jsessionize --all --no-header -o url,page,referrer,ua in.log
jsessionize --all --json -o url,ua in.log
--- file in.log
{"time_iso8601":"2026-11-22T10:00:00Z","request":"GET /caf\u00e9?q=\u0022 HTTP/1.1","http_user\u005fagent":"q\"\\\/\b\f\n\r\t\u00e9\u20ac\ud83d\ude00\u0000\x22\u001b[31m","http_referer":"https://x.example/\xc3\xa9"}
--- stdout
/café?q="	/café	https://x.example/é	q"\\/\x08\x0c\n\r\té€😀\x00"\x1b[31m
{"url":"/café?q=\"","ua":"q\"\\/\u0008\u000c\n\r\té€😀\u0000\"\u001b[31m"}
