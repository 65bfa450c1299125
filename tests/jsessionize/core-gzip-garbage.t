Bytes after the gzip data that are not another gzip member: exit 1 with
the offset where they start (the size of the gzip data), after the
data's lines were written.  Also a missing file: exit 1 with the system's
message, the other file still read.
--- file a.log
1.1.1.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 1 "-" "M"
--- cmd
gzip -c a.log > a.gz
n=$(wc -c < a.gz)
cat a.gz a.log > bad.gz
jsessionize --no-header -o page bad.gz 2>err; echo "exit $?"
sed "s/offset $n\$/offset SIZE/" err
jsessionize --no-header -o page nosuch.log a.log; echo "exit $?"
--- stdout
/a
exit 1
jsessionize: bad.gz: trailing garbage after gzip data at byte offset SIZE
/a
exit 1
--- stderr
jsessionize: nosuch.log: No such file or directory
