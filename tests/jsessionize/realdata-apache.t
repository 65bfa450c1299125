Cross-check on the real elastic-examples Apache log (10,000 combined lines,
one truncated): tests/awk/sessions.awk, an independent awk reimplementation
of the counting rules (shares no code with jsessionize), against the -v
counts of jsessionize --no-ua-bots (the awk has the substring list, not
uap-core: realdata-uap.t checks that rule), default and --all.  Each row
is: figure, awk value,
jsessionize value, "ok" when equal.  The awk figures were computed first and
the expected values below come from them.  Then --summary must have one line
per session and its pageviews column must sum to the pageviews figure.
The log is out of order by up to 59 s, so no line is late at slack 5m.
The awk knows the site's host (site=semicomplete.com, what jsessionize
infers) for the embedded-fetch rule: it finds 2 (both requests of
/blog/geekery/installing-windows-8-consumer-preview.html named by "/" in
its second or 2 s after, by clients that fetched none of "/"'s assets);
with --no-embedded (awk noemb=1) they are pageviews again.
--- cmd
[ -f "$REALDATA/elastic-examples/apache_logs" ] || { echo "SKIP: ../shared/realdata absent"; exit 77; }
f=$REALDATA/elastic-examples/apache_logs
a=$TESTDATA/../tests/awk/sessions.awk
js() {
	jsessionize -v --no-ua-bots "$@" "$f" 2>&1 >/dev/null |
	awk -F'[:,] *' '/^jsessionize: /{for (i = 2; i <= NF; i++) { split($i, w, " "); print w[1], w[2] }}' |
	awk '!seen[$1]++'
}
cmp3() {
	awk 'NR == FNR { j[$1] = $2; next } { print $1, $2, j[$1], ($2 == j[$1] ? "ok" : "DIFF") }' "$2" "$1"
}
awk -v site=semicomplete.com -f "$a" "$f" >awk.def; js >js.def
awk -v all=1 -f "$a" "$f" >awk.all; js --all >js.all
echo "== default: figure awk jsessionize"; cmp3 awk.def js.def
echo "== --all: figure awk jsessionize"; cmp3 awk.all js.all
awk -v noemb=1 -f "$a" "$f" >awk.noemb; js --no-embedded >js.noemb
echo "== --no-embedded: figure awk jsessionize"; cmp3 awk.noemb js.noemb | grep -E '^(static|pageviews|sessions|embedded) '
for m in def all; do
	o=; [ $m = all ] && o=--all
	jsessionize --summary --no-ua-bots $o "$f" |
	awk -F'\t' -v m=$m 'NR > 1 { n++; s += $6 } END { print "summary", m ": sessions", n, "pageviews", s }'
	awk -v m=$m '$1 == "sessions" || $1 == "pageviews" { v[$1] = $2 } END { print "awk", m ": sessions", v["sessions"], "pageviews", v["pageviews"] }' awk.$m
done
--- stdout
== default: figure awk jsessionize
lines 10000 10000 ok
skipped 0 0 ok
malformed 1 1 ok
parsed 9999 9999 ok
method 43 43 ok
status 211 211 ok
static 5575 5575 ok
downloads 107 107 ok
bots 2144 2144 ok
late 0 0 ok
pageviews 1919 1919 ok
visitors 982 982 ok
sessions 1169 1169 ok
embedded 2 2 ok
== --all: figure awk jsessionize
lines 10000 10000 ok
skipped 0 0 ok
malformed 1 1 ok
parsed 9999 9999 ok
method 0 0 ok
status 0 0 ok
static 0 0 ok
downloads 0 0 ok
bots 0 0 ok
late 0 0 ok
pageviews 9999 9999 ok
visitors 1861 1861 ok
sessions 3223 3223 ok
== --no-embedded: figure awk jsessionize
static 5573 5573 ok
pageviews 1921 1921 ok
sessions 1169 1169 ok
summary def: sessions 1169 pageviews 1919
awk def: sessions 1169 pageviews 1919
summary all: sessions 3223 pageviews 9999
awk all: sessions 3223 pageviews 9999
