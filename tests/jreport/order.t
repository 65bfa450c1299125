Input order does not change the page: the sample log as it is, its
lines sorted by client address (a stable sort: the clients' lines far
out of time order against each other, each client's own in order) on
stdin, and its lines split into two files by client (odd and even last
digit, the second file given first) give the same bytes between <main>
and </main> (the header and footer name the inputs, which differ).  The
same run twice gives the same bytes, all of them.  (A client's lines
are kept in their order because the log's times are whole seconds:
pageviews of one second are taken in input order, as journey.h
says, so shuffling those would change the journeys for every program.)
--- cmd
S=$TESTDATA/sample.log.gz
st="-s / -s /product/* -s /cart"
gzip -dc $S > all.log
sort -s -k1,1 all.log > shuf.log
awk '$1 ~ /[13579]$/' all.log > odd.log
awk '$1 !~ /[13579]$/' all.log > even.log
jreport $st < all.log > a.html
jreport $st < shuf.log > b.html
jreport $st even.log odd.log > c.html
jreport $st < all.log > a2.html
cmp all.log shuf.log >/dev/null || echo "shuffled"
main() { sed -n '/^<main>/,/^<\/main>/p' "$1"; }
main a.html > a.main; main b.html > b.main; main c.html > c.main
test -s a.main && cmp a.main b.main && cmp a.main c.main && echo "same page"
cmp a.html a2.html && echo "same bytes"
--- stdout
shuffled
same page
same bytes
