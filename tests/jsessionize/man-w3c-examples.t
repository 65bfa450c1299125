The example logs of the formats w3c and iis in INPUT FORMATS of
jsessionize(1), taken from the man page itself (the first literal display
after ".It Cm NAME", each indented line joined to the line before it),
are detected as their format and parsed.  By hand: w3c 2026-11-22
12:44:17 UTC, GET /p/1?id=5, 200, 512 bytes, User-Agent "Mozilla/5.0
(X11)" ('+' a space), search (Google referrer); iis 11/22/26 is 2026, the
parameters are the query, 5120 bytes sent, no User-Agent.
--- cmd
man=$TESTDATA/../man/jsessionize.1
example() {
	awk -v name="$1" '
		$0 == ".It Cm " name { on = 1; next }
		on && $0 == ".Bd -literal" { inb = 1; next }
		inb && $0 == ".Ed" { if (line != "") print line; exit }
		inb && /^ / { sub(/^ +/, ""); line = line " " $0; next }
		inb { if (line != "") print line; line = $0 }
	' "$man"
}
for f in w3c iis; do
	example $f >$f.log
	jsessionize -v --no-header -o time,method,url,status,bytes,ua,channel $f.log 2>err
	grep -v '^jsessionize: [pv]' err
done
--- stdout
2026-11-22T12:44:17Z	GET	/p/1?id=5	200	512	Mozilla/5.0 (X11)	search
w3c.log: format w3c
jsessionize: lines 3: skipped 2, malformed 0, parsed 1
2026-11-22T12:44:17Z	GET	/p/1?id=5	200	5120	-	direct
iis.log: format iis
jsessionize: lines 1: skipped 0, malformed 0, parsed 1
