A request's extension is matched against the static and download lists in
lower case, ASCII letters only, whatever its length.  The list file gives
"`ss" and "{ss", whose first bytes sit just after 'Z' and just before 'a':
a path ending ".@SS" or ".[SS" would match them only if '@' or '[' were
folded like a letter ('@' + 32 is '`', '[' + 32 is '{').  By hand:
/a.WOFF2 (5 letters), /b.SvGz (4), /c.JPEG (4) and /d.ABCDEFGH (8, in the
list) are static; /e.ABCDEFGHI (9, in the list, compared as a string) is
static; /f.@SS, /g.[SS, /h.ABCDEFG (7, not in the list) and /i.`SS... is
"`ss" in its own case, static.  Pages left: /f.@SS, /g.[SS, /h.ABCDEFG;
/j.PdF is a download, /k.PDFX is not.
--- file list
woff2
svgz
jpeg
abcdefgh
abcdefghi
`ss
{ss
--- cmd
jsessionize --static-list list -v -o page 2>err; grep 'parsed 11:' err
--- stdin
10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a.WOFF2 HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:01 +0000] "GET /b.SvGz HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:02 +0000] "GET /c.JPEG HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:03 +0000] "GET /d.ABCDEFGH HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:04 +0000] "GET /e.ABCDEFGHI HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:05 +0000] "GET /f.@SS HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:06 +0000] "GET /g.[SS HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:07 +0000] "GET /h.ABCDEFG HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:08 +0000] "GET /i.`SS HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:09 +0000] "GET /j.PdF HTTP/1.1" 200 10 "-" "Mozilla/5.0"
10.0.0.1 - - [22/Nov/2026:10:00:10 +0000] "GET /k.PDFX HTTP/1.1" 200 10 "-" "Mozilla/5.0"
--- stdout
#page
/f.@SS
/g.[SS
/h.ABCDEFG
/k.PDFX
jsessionize: parsed 11: method 0, status 0, static 6, downloads 1, bots 0, excluded 0, late 0, pageviews 4
