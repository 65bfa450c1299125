Hostile bytes in every string the page shows: paths with <script>,
</script>, quotes, & and an event-handler attribute (percent-encoded
and raw), a referrer and User-Agent that try to close the markup, a
path with ESC, BEL, a byte that is not UTF-8, a C1 control and a
right-to-left override (written \xHH in the log, as Apache escapes
them), step names and a --title with <script> and raw control bytes,
and an input file named <x>&amp;.log.  The page parses with every
element closed in order and no <script>, no on* attribute, no URL, no
raw control byte (report_check.py wellformed); no "<script" anywhere in
its bytes; each hostile string is there as text: markup as entities,
control bytes and the bad byte as \xHH, the C1 control and the override
as \uXXXX.
--- cmd
cp h.log '<x>&amp;.log'
jreport --title "$(printf '<script>alert(5)</script> & "T" \033[2J\377')" \
    -s 'Home</script><script>alert(4)</script>=/' -s "$(printf 'A\007=/cart')" \
    h.log '<x>&amp;.log' > page.html
echo "exit $?"
python3 $TESTDATA/../tests/report_check.py wellformed page.html
grep -ci '<script' page.html
grep -c '<title>&lt;script&gt;alert(5)&lt;/script&gt; &amp; &quot;T&quot; \\x1B\[2J\\xFF</title>' page.html
grep -c '/&lt;script&gt;alert(1)&lt;/script&gt;' page.html >/dev/null && echo "path escaped"
grep -c '/&quot;onmouseover=&quot;alert(2)&quot;&amp;amp;&#39;' page.html >/dev/null && echo "quotes escaped"
grep -c '/&lt;/script&gt;&lt;svg/onload=alert(7)&gt;' page.html >/dev/null && echo "raw path escaped"
grep -c 'Home&lt;/script&gt;&lt;script&gt;alert(4)&lt;/script&gt;' page.html >/dev/null && echo "step name escaped"
grep -c 'A\\x07' page.html >/dev/null && echo "step name control byte shown"
grep -c '/esc\\x1B\[31mred\\x07\\xFF\\u009B\\u202E' page.html >/dev/null && echo "control bytes shown"
grep -c '<code>&lt;x&gt;&amp;amp;.log</code>' page.html
--- file h.log
10.0.0.1 - - [02/Nov/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 100 "-" "Mozilla/5.0 </script><script>alert(3)</script> \"q\" & <b>"
10.0.0.1 - - [02/Nov/2026:10:01:00 +0000] "GET /%3Cscript%3Ealert(1)%3C/script%3E?x=1 HTTP/1.1" 200 100 "-" "Mozilla/5.0 </script><script>alert(3)</script> \"q\" & <b>"
10.0.0.1 - - [02/Nov/2026:10:02:00 +0000] "GET /cart HTTP/1.1" 200 100 "-" "Mozilla/5.0 </script><script>alert(3)</script> \"q\" & <b>"
10.0.0.2 - - [02/Nov/2026:10:00:00 +0000] "GET /%22onmouseover=%22alert(2)%22&amp;%27 HTTP/1.1" 200 100 "https://evil.example/\"><script>alert(6)</script>" "Mozilla/5.0 </script><script>alert(3)</script> \"q\" & <b>"
10.0.0.4 - - [02/Nov/2026:10:00:00 +0000] "GET /</script><svg/onload=alert(7)> HTTP/1.1" 200 100 "-" "Mozilla/5.0 </script><script>alert(3)</script> \"q\" & <b>"
10.0.0.4 - - [02/Nov/2026:10:03:00 +0000] "GET /cart HTTP/1.1" 200 100 "-" "Mozilla/5.0 </script><script>alert(3)</script> \"q\" & <b>"
10.0.0.5 - - [02/Nov/2026:10:00:00 +0000] "GET /esc\x1b[31mred\x07\xff\xc2\x9b\xe2\x80\xae HTTP/1.1" 200 100 "-" "Mozilla/5.0 \x1b]0;pwn\x07"
--- stdout
exit 0
well-formed
0
1
path escaped
quotes escaped
raw path escaped
step name escaped
step name control byte shown
control bytes shown
1
