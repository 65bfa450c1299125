--attribution, each model worked out by hand on four visitors, funnel
/a then /buy per visitor:
  A (1.1.1.1): search session (/a), then a direct one (/a /buy): converts
    in its 2nd session; sessions up to it: search, direct.
  B (2.2.2.2): social (/a), referral (/x), direct (/buy): converts in the
    3rd; its 4th session (search, 16:00) comes after and gets nothing.
  C (3.3.3.3): one direct session (/a /buy).
  D (4.4.4.4): search, /a only: does not convert.
first: A search, B social, C direct: 1 each, 1/3 each.
last: direct for all three: 3, share 1.
last-non-direct: A search, B referral, C direct (nothing but direct).
linear: A 1/2 search + 1/2 direct, B 1/3 social, referral, direct, C 1
direct: direct 1/2+1/3+1 = 1.8333 (0.6111 of 3), search 0.5 (0.1667),
social and referral 0.3333 (0.1111).  Ties go in channel order.
--- cmd
for m in first last last-non-direct linear; do
	jfunnel -s /a -s /buy --per visitor --attribution $m access.log
done
jfunnel -s /a -s /buy --per visitor --attribution linear --json --no-header access.log
tac access.log > rev.log
jfunnel -s /a -s /buy --per visitor --attribution linear rev.log | cmp - /dev/stdin <<'X' && echo reversed: same
#channel	conversions	share
direct	1.8333	0.6111
search	0.5	0.1667
social	0.3333	0.1111
referral	0.3333	0.1111
X
--- stdout
#channel	conversions	share
direct	1	0.3333
search	1	0.3333
social	1	0.3333
#channel	conversions	share
direct	3	1.0000
#channel	conversions	share
direct	1	0.3333
search	1	0.3333
referral	1	0.3333
#channel	conversions	share
direct	1.8333	0.6111
search	0.5	0.1667
social	0.3333	0.1111
referral	0.3333	0.1111
{"channel":"direct","conversions":1.8333,"share":0.6111}
{"channel":"search","conversions":0.5,"share":0.1667}
{"channel":"social","conversions":0.3333,"share":0.1111}
{"channel":"referral","conversions":0.3333,"share":0.1111}
reversed: same
--- file access.log
1.1.1.1 - - [01/Mar/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 10 "https://www.google.com/" "Moz"
1.1.1.1 - - [01/Mar/2026:12:00:00 +0000] "GET /a HTTP/1.1" 200 10 "-" "Moz"
1.1.1.1 - - [01/Mar/2026:12:01:00 +0000] "GET /buy HTTP/1.1" 200 10 "-" "Moz"
2.2.2.2 - - [01/Mar/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 10 "https://www.facebook.com/" "Moz"
2.2.2.2 - - [01/Mar/2026:12:00:00 +0000] "GET /x HTTP/1.1" 200 10 "http://example.org/blog" "Moz"
2.2.2.2 - - [01/Mar/2026:14:00:00 +0000] "GET /buy HTTP/1.1" 200 10 "-" "Moz"
2.2.2.2 - - [01/Mar/2026:16:00:00 +0000] "GET /buy HTTP/1.1" 200 10 "https://www.google.com/" "Moz"
3.3.3.3 - - [01/Mar/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 10 "-" "Moz"
3.3.3.3 - - [01/Mar/2026:10:05:00 +0000] "GET /buy HTTP/1.1" 200 10 "-" "Moz"
4.4.4.4 - - [01/Mar/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 10 "https://www.google.com/" "Moz"
