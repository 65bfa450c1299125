A session of 10^6 pageviews (one visitor, 20000 requests a second for 50
seconds, pages /p0../p6; --max-rate 0, since no person reads that
fast and this is about memory): the default --max-pageviews (10000)
cuts it into 100 sessions of 10000, said on stderr; with
--max-pageviews 0 it is one session of 10^6 pageviews.  Checked: session
count and the largest session's size, via --summary's pageviews column.
--- cmd
awk 'BEGIN { for (i = 0; i < 1000000; i++) printf "10.0.0.1 - - [22/Nov/2026:10:00:%02d +0000] \"GET /p%d HTTP/1.1\" 200 7 \"-\" \"M\"\n", int(i/20000), i % 7 }' > one.log
jsessionize --max-rate 0 --summary --no-header one.log 2>err | awk -F'\t' '{ n++; if ($6 > m) m = $6 } END { print n, m }'
cat err
jsessionize --max-rate 0 --max-pageviews 0 --summary --no-header one.log | awk -F'\t' '{ n++; if ($6 > m) m = $6 } END { print n, m }'
--- stdout
100 10000
jsessionize: --max-pageviews 10000 split 99 sessions (0 for no limit)
1 1000000
