Page normalisation.  The target /p?b=2&a=1&c=3#frag: by default the page
is /p; --keep-query keeps ?b=2&a=1&c=3 (the fragment always goes);
--keep-query=a,c keeps a and c in their original order: ?a=1&c=3;
--keep-query=z keeps none, so no "?".  An absolute-form target
http://example.com/abs?x=1 gives /abs; a bare "?q" gives "/" (and "/?q"
with --keep-query: a page is a path).
--- file in.log
10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] "GET /p?b=2&a=1&c=3#frag HTTP/1.1" 200 10 "-" "M"
10.0.0.1 - - [22/Nov/2026:10:00:01 +0000] "GET http://example.com/abs?x=1 HTTP/1.1" 200 10 "-" "M"
10.0.0.1 - - [22/Nov/2026:10:00:02 +0000] "GET ?q HTTP/1.1" 200 10 "-" "M"
--- cmd
for o in --keep-query=z --keep-query --keep-query=a,c; do
	jsessionize --no-header -o page $o in.log
done
jsessionize --no-header -o page in.log
--- stdout
/p
/abs
/
/p?b=2&a=1&c=3
/abs?x=1
/?q
/p?a=1&c=3
/abs
/
/p
/abs
/
