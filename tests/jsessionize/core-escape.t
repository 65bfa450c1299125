Hostile bytes in every text column.  Apache writes control bytes in
quoted fields as \xHH and a quote as \", which the parser unescapes; the
writer then escapes for TSV: TAB \t, LF \n, CR \r, backslash \\, ESC and
DEL and the C1 control U+009B (bytes c2 9b) as \xHH, other bytes as they
are (the lone byte ff passes through in TSV).  JSON: \t \n \r \" \\,
controls as \u00XX, and the invalid byte ff as the text \xff.
The UA is: a TAB b LF c CR d ESC[31m e DEL f " g \ h U+009B i <ff> j
--- cmd
printf '%s\n' '1.1.1.1 - - [22/Nov/2026:10:00:00 +0000] "GET /p\x1b HTTP/1.1" 200 1 "http://r/\x09x" "a\x09b\x0ac\x0dd\x1b[31me\x7ff\"g\\h\xc2\x9bi\xffj"' > in.log
jsessionize --no-header -o page,referrer,ua in.log | od -c | sed 's/  */ /g'
jsessionize --json -o page,ua in.log | od -c | sed 's/  */ /g'
--- stdout
0000000 / p \ x 1 b \t h t t p : / / r /
0000020 \ t x \t a \ t b \ n c \ r d \ x
0000040 1 b [ 3 1 m e \ x 7 f f " g \ \
0000060 h \ x c 2 \ x 9 b i 377 j \n
0000075
0000000 { " p a g e " : " / p \ u 0 0 1
0000020 b " , " u a " : " a \ t b \ n c
0000040 \ r d \ u 0 0 1 b [ 3 1 m e \ u
0000060 0 0 7 f f \ " g \ \ h \ u 0 0 9
0000100 b i \ \ x f f j " } \n
0000113
