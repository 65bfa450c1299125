Ids: 16 lowercase hex digits; a visitor's sessions share its visitor id
and differ in session id; the same input gives the same ids (twice run);
--salt changes every id; no id contains the client address.  Visitor
1.1.1.1 has sessions at 10:00 and 11:00 (gap 60m), 2.2.2.2 one.
--- stdin
1.1.1.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 1 "-" "M"
2.2.2.2 - - [22/Nov/2026:10:00:30 +0000] "GET /a HTTP/1.1" 200 1 "-" "M"
1.1.1.1 - - [22/Nov/2026:11:00:00 +0000] "GET /b HTTP/1.1" 200 1 "-" "M"
--- cmd
cat > in.log
jsessionize --no-header -o session,visitor,page in.log > a
jsessionize --no-header -o session,visitor,page in.log > b
jsessionize --no-header -o session,visitor,page --salt s3cret in.log > c
cmp -s a b && echo same-twice
awk -F'\t' 'length($1) == 16 && $1 !~ /[^0-9a-f]/ && length($2) == 16 && $2 !~ /[^0-9a-f]/ { n++ } END { print n, "well-formed" }' a
awk -F'\t' '{ v[$3] = $2; s[$3] = $1 } END { print (v["/a"] == v["/b"] ? "two" : "one"), "visitor ids for 1.1.1.1" }' a
awk -F'\t' '{ print $1 }' a | sort -u | wc -l | sed 's/^ */sessions /'
awk -F'\t' '{ print $2 }' a | sort -u | wc -l | sed 's/^ */visitors /'
paste a c | awk -F'\t' '$1 == $4 || $2 == $5 { same++ } END { print same + 0, "ids kept under --salt" }'
grep -c '1\.1\.1\.1' a || true
--- stdout
same-twice
3 well-formed
one visitor ids for 1.1.1.1
sessions 3
visitors 2
0 ids kept under --salt
0
