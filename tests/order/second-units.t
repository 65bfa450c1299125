One second's records are sorted by visitor and, for one visitor's, by
where they came from (order.c: by the rank of their file, then by
their place in it), whichever file is named first.  a.log has
1.1.1.1 then 2.2.2.2 at 10:00:00, b.log 1.1.1.1 again at 10:00:00.
Named a.log first, 1.1.1.1's two records of that second are apart
(2.2.2.2's comes between); named b.log first, they are together.
Either way the two runs write the same bytes: 1.1.1.1's two pageviews
in one session (seq 1 and 2; which of /a and /b is first is the files'
ranks' say, so awk shows both as "page"), 2.2.2.2's one in another.
The same through --memory 64K, and with c.log, a second earlier, named
last, first or between (its records then come back in time, and go by
their content).
--- cmd
jsessionize --no-header -o session,seq,page a.log b.log >ab
jsessionize --no-header -o session,seq,page b.log a.log >ba
cmp ab ba && echo "a b = b a"
jsessionize --memory 64K --no-header -o session,seq,page b.log a.log | cmp - ab && echo "64K = b a"
awk -F'\t' '{ p[$1] = p[$1] " " $2 ":" $3 } END { for (s in p) print p[s] }' ab | sed 's/:\/[ab]/:page/g' | sort
jsessionize --no-header -o session,seq,page a.log b.log c.log >abc
for f in "c.log b.log a.log" "b.log c.log a.log" "a.log c.log b.log"; do
	jsessionize --no-header -o session,seq,page $f | cmp - abc && echo "same as a b c"
done
--- stdout
a b = b a
64K = b a
 1:/y
 1:page 2:page
same as a b c
same as a b c
same as a b c
--- file a.log
1.1.1.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 1 "-" "M"
2.2.2.2 - - [22/Nov/2026:10:00:00 +0000] "GET /y HTTP/1.1" 200 1 "-" "M"
--- file b.log
1.1.1.1 - - [22/Nov/2026:10:00:00 +0000] "GET /b HTTP/1.1" 200 1 "-" "M"
--- file c.log
1.1.1.1 - - [22/Nov/2026:09:59:59 +0000] "GET /c HTTP/1.1" 200 1 "-" "M"
2.2.2.2 - - [22/Nov/2026:09:59:59 +0000] "GET /z HTTP/1.1" 200 1 "-" "M"
