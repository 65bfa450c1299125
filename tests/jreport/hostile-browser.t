The hostile page of hostile.t in a real browser (headless chromium;
skipped where it is not installed): the browser logs no console message
(nothing tried to run or load: the page's Content-Security-Policy
would report it), the DOM it built has no <script> element, no on*
attribute (report_check.py wellformed on --dump-dom), and the
document's title is the --title as text.
--- cmd
command -v chromium >/dev/null || { echo "chromium is not installed"; exit 77; }
cp h.log '<x>&amp;.log'
jreport --title '<script>alert(5)</script> & "T"' \
    -s 'Home</script><script>alert(4)</script>=/' -s '/cart' \
    h.log '<x>&amp;.log' > page.html
HOME=$PWD timeout 120 chromium --headless --no-sandbox --disable-gpu \
    --user-data-dir="$PWD/profile" --enable-logging=stderr --v=0 \
    --dump-dom "file://$PWD/page.html" > dom.html 2> dom.err
grep ':CONSOLE' dom.err || echo "no console messages"
python3 $TESTDATA/../tests/report_check.py wellformed dom.html
python3 -c '
import sys, html.parser
class P(html.parser.HTMLParser):
    t = None; inside = False
    def handle_starttag(self, tag, a): self.inside = tag == "title"
    def handle_endtag(self, tag): self.inside = False
    def handle_data(self, d):
        if self.inside and self.t is None: self.t = d
p = P(); p.feed(open("dom.html").read()); print(p.t)'
--- file h.log
10.0.0.1 - - [02/Nov/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 100 "-" "Mozilla/5.0 </script><script>alert(3)</script> \"q\" & <b>"
10.0.0.1 - - [02/Nov/2026:10:01:00 +0000] "GET /%3Cscript%3Ealert(1)%3C/script%3E?x=1 HTTP/1.1" 200 100 "-" "Mozilla/5.0 </script><script>alert(3)</script> \"q\" & <b>"
10.0.0.1 - - [02/Nov/2026:10:02:00 +0000] "GET /cart HTTP/1.1" 200 100 "-" "Mozilla/5.0 </script><script>alert(3)</script> \"q\" & <b>"
10.0.0.2 - - [02/Nov/2026:10:00:00 +0000] "GET /%22onmouseover=%22alert(2)%22&amp;%27 HTTP/1.1" 200 100 "https://evil.example/\"><script>alert(6)</script>" "Mozilla/5.0 </script><script>alert(3)</script> \"q\" & <b>"
10.0.0.4 - - [02/Nov/2026:10:00:00 +0000] "GET /</script><svg/onload=alert(7)> HTTP/1.1" 200 100 "-" "Mozilla/5.0 </script><script>alert(3)</script> \"q\" & <b>"
10.0.0.4 - - [02/Nov/2026:10:03:00 +0000] "GET /cart HTTP/1.1" 200 100 "-" "Mozilla/5.0 </script><script>alert(3)</script> \"q\" & <b>"
10.0.0.5 - - [02/Nov/2026:10:00:00 +0000] "GET /esc\x1b[31mred\x07\xff\xc2\x9b\xe2\x80\xae HTTP/1.1" 200 100 "-" "Mozilla/5.0 \x1b]0;pwn\x07"
--- stdout
no console messages
well-formed
<script>alert(5)</script> & "T"
