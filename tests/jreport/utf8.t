Percent-encoded UTF-8 in a path is shown decoded, as every program
shows it (jdropoff here): a Persian page name of 34 characters
(/ and 33 letters and hyphens, 63 bytes of UTF-8, each letter's two
bytes percent-encoded; Python's urllib.parse.unquote and len agree).  In the flow its label is cut after 26 characters with an
ellipsis, the whole name in the node's <title> (shown on hover) and in
the band's; in the entry page table it is whole (up to 48 characters).
One visitor, one visit of two pages: "1 visit", no s.
--- cmd
jdropoff --no-header p.log | cut -f 1
jreport p.log > p.html
grep -o 'class="lbl">[^<]*' p.html
grep -o '<title>[^<]*' p.html | sed -n '2,3p'
python3 $TESTDATA/../tests/report_check.py dump p.html entry
--- file p.log
1.1.1.1 - - [02/Nov/2026:10:00:00 +0000] "GET /%D9%85%D8%AD%D8%B5%D9%88%D9%84%D8%A7%D8%AA-%D9%BE%D9%88%D8%B3%D8%AA%DB%8C-%D8%B2%D9%85%D8%B3%D8%AA%D8%A7%D9%86%DB%8C-%D8%A8%D8%B1%D8%A7%DB%8C-%D8%A8%D8%A7%D9%86%D9%88%D8%A7%D9%86 HTTP/1.1" 200 100 "-" "Mozilla/5.0"
1.1.1.1 - - [02/Nov/2026:10:00:10 +0000] "GET /cart HTTP/1.1" 200 100 "-" "Mozilla/5.0"
--- stdout
/cart
/محصولات-پوستی-زمستانی-برای-بانوان
class="lbl">/محصولات-پوستی-زمستانی-برا… 
class="lbl">/cart 
<title>/محصولات-پوستی-زمستانی-برای-بانوان → /cart: 1 visit
<title>/محصولات-پوستی-زمستانی-برای-بانوان: 1 visit
/محصولات-پوستی-زمستانی-برای-بانوان|1|0.0000
