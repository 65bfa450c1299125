--time-format with --rejects after it: --rejects once freed the time
format (a use after free, which ASan reports); the custom date must still
be read and nothing rejected.  16:42:07 without a zone is UTC.
--- cmd
jsessionize --time-format '%B - %d, %Y:%H:%M:%S' --rejects rej.txt --no-header -o time,page,status c.log
wc -c <rej.txt
--- file c.log
1.2.3.4 - - [February - 10, 2012:16:42:07] "GET / HTTP/1.0" 301 368
--- stdout
2012-02-10T16:42:07Z	/	301
0
