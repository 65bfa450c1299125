Page names are percent-decoded where the result is printable, valid
UTF-8 and the path keeps its structure; --raw-pages keeps them as
written.  By hand, line by line: /caf%C3%A9 is /café; %E6%97%A5%E6%9C%AC
is 日本; %20 a space; %2F and %2f stay (a decoded slash would be a new
segment); %41%42 is AB; %3F and %23 stay (query, fragment); %25 stays
(so decoding twice is decoding once); %2E stays (no "." or ".."
segments); the query is dropped, and with --keep-query the value's
%C3%A9 is é while %26 and %3D stay (they would split the parameters);
%F0%9F%98%80 is the 4-byte 😀; lower-case hex %c3%a9 is é too.  Then:
--raw-pages gives the last lines as written; the event stream read back
by jsessionize gives the same pages (idempotent: "same"); the same
names are in JSON and jpaths' DOT (labels as decoded).
--- cmd
jsessionize -o page dec.log
jsessionize -o page --keep-query dec.log | sed -n 11p
jsessionize -o page --raw-pages dec.log | tail -n 3
jsessionize dec.log | jsessionize -o page > again
jsessionize -o page dec.log | cmp -s - again && echo same
head -n 3 dec.log | jsessionize --json -o page
head -n 2 dec.log | jpaths --dot | grep label=
--- file dec.log
10.0.0.1 - - [22/Nov/2026:10:00:01 +0000] "GET /caf%C3%A9 HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:02 +0000] "GET /%E6%97%A5%E6%9C%AC HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:03 +0000] "GET /a%20b HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:04 +0000] "GET /a%2Fb HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:05 +0000] "GET /a%2fb HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:06 +0000] "GET /%41%42 HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:07 +0000] "GET /x%3Fy%23z HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:08 +0000] "GET /100%25 HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:09 +0000] "GET /%2E%2E/etc HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:10 +0000] "GET /s?q=caf%C3%A9&x=a%26b%3D HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:11 +0000] "GET /%F0%9F%98%80 HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:12 +0000] "GET /%c3%a9 HTTP/1.1" 200 10 "-" "Mozilla/5.0"
--- stdout
#page
/café
/日本
/a b
/a%2Fb
/a%2fb
/AB
/x%3Fy%23z
/100%25
/%2E%2E/etc
/s
/😀
/é
/s?q=café&x=a%26b%3D
/s
/%F0%9F%98%80
/%c3%a9
same
{"page":"/café"}
{"page":"/日本"}
{"page":"/a b"}
	n1 [label="/café"];
	n2 [label="/日本"];
	n1 -> n2 [label="1", penwidth=8.00];
