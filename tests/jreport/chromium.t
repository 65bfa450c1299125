The page of testdata/sample.log.gz in a real browser (Debian's
chromium, headless; the test is skipped where it is not installed):
it renders a 1400 px wide screenshot (a PNG of some size), the browser
logs no console message at all (the page has no script, and its
Content-Security-Policy would report anything that tried to load or
run), and the DOM the browser built (--dump-dom) holds the same
numbers as jsessionize, jfunnel, jdropoff and jpaths print on the same
input, checked as in numbers.t.
--- cmd
command -v chromium >/dev/null || { echo "chromium is not installed"; exit 77; }
S=$TESTDATA/sample.log.gz
st="-s / -s /product/* -s /cart"
. "$TESTDATA/../tests/report_tsv.sh"
report_tsv d $S $st
jreport $st $S > page.html
chrome() {
	HOME=$PWD timeout 120 chromium --headless --no-sandbox --disable-gpu \
	    --user-data-dir="$PWD/profile" --enable-logging=stderr --v=0 \
	    --window-size=1400,3000 "$@" "file://$PWD/page.html"
}
chrome --screenshot="$PWD/shot.png" > shot.out 2> shot.err
chrome --dump-dom > dom.html 2> dom.err
head -c 8 shot.png | od -An -c | tr -d ' '
test "$(wc -c < shot.png)" -gt 50000 && echo "screenshot of some size"
cat shot.err dom.err | grep ':CONSOLE' || echo "no console messages"
python3 $TESTDATA/../tests/report_check.py numbers dom.html d
--- stdout
211PNG\r\n032\n
screenshot of some size
no console messages
overview: 10 checks
trend: 1 buckets
channels: 6
funnel: 3 steps
dropoff: 19 rows
pages: 10 entry, 10 exit, 10 journeys
