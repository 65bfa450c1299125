Zero padding after the last gzip member (tar, dd and some log rotators
write it) is read as gzip(1) reads it: nothing, exit 0.  Main took it
for trailing garbage and exited 1.  The expected pages are the two
members' lines (/a, /b), as `gzip -dc` gives them; zeros followed by a
byte that is not zero are still garbage (gzip(1) warns "trailing garbage
ignored" there), reported at the offset where the padding starts (the
size of the two members).  Padding that ends exactly at a 256 KiB read
boundary, and padding between two members, are covered too (the second
is garbage to gzip(1) as well: "trailing garbage ignored", /b not read).
--- cmd
printf '10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 7 "-" "M"\n' | gzip > a.gz
printf '10.0.0.1 - - [22/Nov/2026:10:00:01 +0000] "GET /b HTTP/1.1" 200 7 "-" "M"\n' | gzip > b.gz
n=$(cat a.gz b.gz | wc -c)
{ cat a.gz b.gz; head -c 1000 /dev/zero; } > pad.gz
jsessionize --no-header -o page pad.gz; echo "exit $?"
{ cat a.gz b.gz; head -c $((262144 - n)) /dev/zero; } > pad256k.gz
jsessionize --no-header -o page < pad256k.gz; echo "exit $?"
{ cat a.gz b.gz; head -c 300000 /dev/zero; echo x; } > padx.gz
jsessionize --no-header -o page padx.gz 2>err; echo "exit $?"
sed "s/offset $n\$/offset SIZE/" err
{ cat a.gz; head -c 10 /dev/zero; cat b.gz; } > mid.gz
jsessionize --no-header -o page mid.gz 2>/dev/null; echo "exit $?"
--- stdout
/a
/b
exit 0
/a
/b
exit 0
/a
/b
exit 1
jsessionize: padx.gz: trailing garbage after gzip data (after zero padding) at byte offset SIZE
/a
exit 1
