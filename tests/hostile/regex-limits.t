A regex match that fails for another reason than "no match" is no
longer taken silently as no match.  Main gave PCRE2's JIT its 32 KiB
default stack, so ~^(/[a-z0-9-]+)*/?$ on a path of 5000 "abc-def/"
segments (40,001 bytes) counted 0, and --rewrite 's#^(/(ab|cd))+$#/ok#'
left a path of 1000 /ab and /cd segments as it was; both match by how
the paths are built (awk writes them below), so the answers are a
count of 2 (the /ab/cd path matches the first regex too; main: 0) and
the page /ok.  The catastrophic ~^/(a|a)*$ on /a...a!
(30 a's, so 2^30 ways to fail) cannot match because of the "!": main
spent about 0.06 s a line at PCRE2's default limit and said nothing; now
the match limit stops each such line at once, the funnel counts the one
visitor whose page is /aaa (which matches), and one line on stderr names
the regex and the 5 failed matches.
--- cmd
awk 'function rep(s, n,  r) { r = ""; while (n-- > 0) r = r s; return r }
BEGIN {
	printf "10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] \"GET /%s HTTP/1.1\" 200 7 \"-\" \"M\"\n", rep("abc-def/", 5000)
	printf "10.0.0.2 - - [22/Nov/2026:10:00:00 +0000] \"GET %s HTTP/1.1\" 200 7 \"-\" \"M\"\n", rep("/ab/cd", 500)
}' > long.log
jfunnel --no-header -s '~^(/[a-z0-9-]+)*/?$' long.log
jsessionize --no-header -o page --rewrite 's#^(/(ab|cd))+$#/ok#' long.log | cut -c 1-20
awk 'BEGIN {
	for (i = 0; i < 5; i++)
		printf "10.0.0.%d - - [22/Nov/2026:10:00:00 +0000] \"GET /aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa! HTTP/1.1\" 200 7 \"-\" \"M\"\n", i
	printf "10.0.0.9 - - [22/Nov/2026:10:00:00 +0000] \"GET /aaa HTTP/1.1\" 200 7 \"-\" \"M\"\n"
}' > bad.log
jfunnel --no-header -s '~^/(a|a)*$' bad.log
--- stdout
1	~^(/[a-z0-9-]+)*/?$	2	1.0000	1.0000	0	-	-
/abc-def/abc-def/abc
/ok
1	~^/(a|a)*$	1	1.0000	1.0000	0	-	-
--- stderr
jfunnel: regex ~^/(a|a)*$: 5 matches failed (match limit exceeded), taken as no match: write the regex so that it backtracks less
