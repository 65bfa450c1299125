Timestamps at the edges.  Far past and far future years (0001, 1969,
9999) are read and written as they are; 29 Feb is a day in leap years
(2024, 2000) and malformed in others (2023, 1900); 31 Apr and hour 24 are
malformed too.  The nine lines are nine visitors, so each is its own
session.  -vv names the three bad lines.  Their UTC times, by hand:
0001-01-01T00:00:00Z; 1969-12-31T23:59:59+0000; 9999-12-31T23:59:59Z;
2024-02-29T12:00:00 at +1400 = 2024-02-28T22:00:00Z; 2000-02-29T00:00:00
at -1200 = 2000-02-29T12:00:00Z.  Output is in the order sessions end,
which is the order of their last pageview: by time (the lines are in
time order, as a log is; out of order they would be late).
--- cmd
jsessionize --all -vv --no-header -o time,page t.log 2>&1 | grep -v 'format\|lines\|parsed\|visitors'
--- file t.log
1.0.0.1 - - [01/Jan/0001:00:00:00 +0000] "GET /y1 HTTP/1.1" 200 1
1.0.0.2 - - [31/Dec/1969:23:59:59 +0000] "GET /y1969 HTTP/1.1" 200 1
1.0.0.7 - - [29/Feb/1900:00:00:00 +0000] "GET /no1900 HTTP/1.1" 200 1
1.0.0.5 - - [29/Feb/2000:00:00:00 -1200] "GET /leap2000 HTTP/1.1" 200 1
1.0.0.6 - - [29/Feb/2023:00:00:00 +0000] "GET /no2023 HTTP/1.1" 200 1
1.0.0.4 - - [29/Feb/2024:12:00:00 +1400] "GET /leap2024 HTTP/1.1" 200 1
1.0.0.8 - - [31/Apr/2026:00:00:00 +0000] "GET /apr31 HTTP/1.1" 200 1
1.0.0.9 - - [22/Nov/2026:24:00:00 +0000] "GET /h24 HTTP/1.1" 200 1
1.0.0.3 - - [31/Dec/9999:23:59:59 +0000] "GET /y9999 HTTP/1.1" 200 1
--- stdout
t.log:3: bad or missing [time]
t.log:5: bad or missing [time]
t.log:7: bad or missing [time]
t.log:8: bad or missing [time]
0001-01-01T00:00:00Z	/y1
1969-12-31T23:59:59Z	/y1969
2000-02-29T12:00:00Z	/leap2000
2024-02-28T22:00:00Z	/leap2024
9999-12-31T23:59:59Z	/y9999
