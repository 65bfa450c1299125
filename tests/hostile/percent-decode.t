Percent-decoding never makes a control byte, a broken column or a new
path structure.  Each request's escapes are hostile: %0a %0D %09 %00
%1b %7F (C0 and DEL stay encoded, the printable "[31m" after %1b is
decoded text), overlong / and NUL (%C0%AF, %C0%80, %E0%80%AF,
%F0%80%80%AF), a surrogate (%ED%A0%80), a code point past U+10FFFF
(%F4%90%80%80), the C1 CSI (%C2%9B), the bidi override U+202E
(%E2%80%AE), a lone lead byte, a cut 3-byte sequence, a bad
continuation (%C3 then "(" decoded from %28), %FF%FE, a lone
continuation byte, and %2F..%2F (the slashes stay, so no "../" segment
appears).  By hand each page is the target as written, but for %28 -> (
and %5B -> [; the last, /%5C%22q, decodes to /\"q, which TSV writes
as /\\"q and JSON as "/\\\"q".  Then, independently of the expected
text: awk checks every TSV line has 3 columns, and deleting TAB, LF
and the bytes 0x20-0x7e and 0x80-0xff leaves 0 bytes (no other control
byte, no DEL); DOT labels escape the quote.
--- cmd
jsessionize -o seq,page,status h.log
jsessionize -o seq,page,status h.log | awk -F'\t' 'NF != 3 { bad++ } END { print (bad ? "BAD" : "columns ok") }'
jsessionize -o seq,page,status h.log | tr -d '\t\n\040-\176\200-\377' | wc -c | tr -d ' '
jsessionize --json -o page h.log | tail -n 1
jpaths --dot h.log | grep -c 'label="/\\\\\\"q"'
--- file h.log
10.0.0.1 - - [22/Nov/2026:10:00:01 +0000] "GET /a%0ab HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:02 +0000] "GET /a%0Db HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:03 +0000] "GET /t%09ab HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:04 +0000] "GET /nul%00 HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:05 +0000] "GET /esc%1b%5b31m HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:06 +0000] "GET /del%7F HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:07 +0000] "GET /over%C0%AF HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:08 +0000] "GET /over%C0%80 HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:09 +0000] "GET /over%E0%80%AF HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:10 +0000] "GET /over%F0%80%80%AF HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:11 +0000] "GET /sur%ED%A0%80 HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:12 +0000] "GET /big%F4%90%80%80 HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:13 +0000] "GET /c1%C2%9B31m HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:14 +0000] "GET /rlo%E2%80%AEgpj HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:15 +0000] "GET /lone%C3 HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:16 +0000] "GET /cut%E6%97 HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:17 +0000] "GET /bad%C3%28 HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:18 +0000] "GET /ff%FF%FE HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:19 +0000] "GET /cont%A9 HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:20 +0000] "GET /x%2F..%2Fetc HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:21 +0000] "GET /%5C%22q HTTP/1.1" 200 10 "-" "Mozilla/5.0"
--- stdout
#seq	page	status
1	/a%0ab	200
2	/a%0Db	200
3	/t%09ab	200
4	/nul%00	200
5	/esc%1b[31m	200
6	/del%7F	200
7	/over%C0%AF	200
8	/over%C0%80	200
9	/over%E0%80%AF	200
10	/over%F0%80%80%AF	200
11	/sur%ED%A0%80	200
12	/big%F4%90%80%80	200
13	/c1%C2%9B31m	200
14	/rlo%E2%80%AEgpj	200
15	/lone%C3	200
16	/cut%E6%97	200
17	/bad%C3(	200
18	/ff%FF%FE	200
19	/cont%A9	200
20	/x%2F..%2Fetc	200
21	/\\"q	200
columns ok
0
{"page":"/\\\"q"}
1
