Each parsing thread remembers the hashes of the User-Agents and referrers
it saw last, in 64 slots chosen by a few of their bytes.  Firefox/101.0
and Firefox/121.0 (same length, same last and middle eight bytes but
one) take the same slot, and so do the referrers /p104 and /p112 (slots
worked out with a copy of the slot function in python): lines that
alternate between them must still be told apart.  So must two UAs of
600 bytes (past what a slot holds) that differ in their last byte.  All
from one address, a second apart: by hand, four visitors, (address, UA),
one session each - A: /a /c, B: /b /d, L1: /e, L2: /f - six pageviews.
The same with one thread (-j 1) and by the in-memory path.
--- cmd
A='Mozilla/5.0 (X11; Linux x86_64) Firefox/101.0'
B='Mozilla/5.0 (X11; Linux x86_64) Firefox/121.0'
L="Mozilla/5.0 $(head -c 590 /dev/zero | tr '\0' x)"
line() {
	printf '10.0.0.1 - - [01/Dec/2026:10:00:0%d +0000] "GET /%s HTTP/1.1" 200 10 "https://www.example.org/%s" "%s"\n' "$1" "$2" "$3" "$4"
}
{ line 1 a p104 "$A"; line 2 b p112 "$B"; line 3 c p104 "$A"; line 4 d p112 "$B"
  line 5 e p104 "${L}1"; line 6 f p112 "${L}2"; } > m.log
for j in "" "-j 1" "--stream"; do
	jsessionize $j -q -o visitor,page m.log | awk -F'\t' 'NR > 1 { p[$1] = p[$1] " " $2 } END { for (v in p) print substr(p[v], 2) }' | sort
	echo
done
--- stdout
/a /c
/b /d
/e
/f

/a /c
/b /d
/e
/f

/a /c
/b /d
/e
/f

