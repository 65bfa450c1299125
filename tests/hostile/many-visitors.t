10^6 distinct visitors, all active within the same 17 minutes, so all
their sessions would be open at once.  The default --max-sessions
(500000) bounds memory: when the 500001st session opens, the one idle
longest is written first; 500000 sessions are closed early, and this is
said on stderr (the line on the sort's spilled runs is left out: its
byte count is the record layout's).  Nothing is lost: 10^6 lines, 10^6 pageviews, 10^6
sessions, 10^6 distinct visitor ids.  (Each line is one visitor's only
pageview, so closing early changes nothing in the output.)
--- cmd
awk 'BEGIN { for (i = 0; i < 1000000; i++) printf "10.%d.%d.%d - - [22/Nov/2026:10:%02d:%02d +0000] \"GET /p HTTP/1.1\" 200 7 \"-\" \"M\"\n", int(i/65536), int(i/256)%256, i%256, int(i/60000)%60, int(i/1000)%60 }' > mv.log
jsessionize -v --no-header -o visitor mv.log 2>err | sort -u | wc -l
grep -v -e ': format' -e 'put in time order' err
--- stdout
1000000
jsessionize: --max-sessions 500000: 500000 sessions were closed early to bound memory (raise it to keep them whole)
jsessionize: lines 1000000: skipped 0, malformed 0, parsed 1000000
jsessionize: parsed 1000000: method 0, status 0, static 0, downloads 0, bots 0, excluded 0, late 0, pageviews 1000000
jsessionize: visitors 1000000, sessions 1000000
jsessionize: sessionized as read: the input came in time order
