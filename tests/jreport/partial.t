jreport --partial writes one partial state of every analysis the page is
made of, and --merge makes the page of any number of them: the page of
one run, byte for byte, but for the command line in the footer (the
merge's own) and, for reducers, the names of the inputs (key ranges,
not the log).  The wrapper norm leaves those two out.
1. tests/dist.sh (as jfunnel's dist-shards.t): N = 1, 2, 7 shards with
   --shard K/N, and N reducers of jsessionize --map's sorted output, each
   merge compared with the one run.  The log is genlog's (a pure function
   of its arguments), whole visits of the clients .10-.19, one day; then
   the same with a second day (the clients .20-.29, a day later): the
   trend is by hour, then by day.
2. Partials of different logs (the two days, different visitors): their
   merge is the page of both logs, the logs named as in the one run (only
   the command line differs: diff shows that one line's change).
3. The sample log with its lines in another order (sorted by client
   address, a stable sort, as order.t: a client's own lines keep their
   order, since pageviews of one second are taken in input order), two
   shards, merged in the other order: every
   number on the page is that of the programs' TSV on the sample log in
   its own order and of python's counts (tests/report_check.py, as
   numbers.t does).
4. The format: the #partial header (FP: the fingerprint, a hash), the
   lines sorted bytewise, each after the name of its analysis; jreport's
   own counts of access.log, worked out with awk from jsessionize
   --summary: 1058 visits, 2375 pageviews, 541 of one page, 1058 visitor
   ids.
5. A merge given other steps, or a partial of jfunnel, says which file
   and how to fix it (exit 2).
--- cmd
set -f
. "$TESTDATA/../tests/dist.sh"
cat > norm <<'SH'
#!/bin/sh
jreport "$@" > norm.out || exit
sed -e 's|<p>Command line: .*</footer>|</footer>|' \
    -e 's| from [^<]*</p></header>|</p></header>|' norm.out
SH
chmod +x norm
"$TESTDATA/../tools/genlog" -s 13 -n 400000 | awk '$1 ~ /\.1[0-9]$/' |
    head -n 12000 > access.log
sed 's/^\([0-9.]*\)\.1\([0-9]\) /\1.2\2 /; s|02/Nov/2026|03/Nov/2026|' \
    access.log > day2.log
cat access.log day2.log > two.log
printf '/product/*\tbrowse\n/cart*\tcart\n/checkout*\tbuy\n' > stages
S='-s / -s /product/* -s /cart -s /checkout* -s /order/complete'
same access.log ./norm
same access.log ./norm $S
same access.log ./norm $S --per visitor -w 10m
same access.log ./norm $S --stages stages -n 3
same access.log ./norm $S --order any --open --exclude /help/*
same two.log ./norm $S
echo "2."
jreport $S access.log day2.log > one.html
jreport $S --partial access.log > d1
jreport $S --partial day2.log > d2
jreport $S --merge d2 d1 > merged.html
diff one.html merged.html | sed 's|<code>[^<]*bin/jreport|<code>jreport|'
echo "3."
gzip -dc "$TESTDATA/sample.log.gz" | sort -s -k1,1 > shuffled.log
st="-s / -s /product/* -s /cart"
jreport $st --shard 1/2 --partial shuffled.log > s1
jreport $st --shard 2/2 --partial shuffled.log > s2
jreport $st --merge s2 s1 > page.html
. "$TESTDATA/../tests/report_tsv.sh"
report_tsv d "$TESTDATA/sample.log.gz" $st
python3 $TESTDATA/../tests/report_check.py numbers page.html d
echo "4."
jreport $S --partial access.log > p
head -n 2 p | sed '1s/[0-9a-f]\{16\}$/FP/'
tail -n +3 p | LC_ALL=C sort -c && echo sorted
tail -n +3 p | cut -f 1 | uniq
grep -E '^report	(sessions|pageviews|bounces|visitors)	' p
jsessionize --summary access.log | awk -F '\t' '
	NR > 1 { n++; pv += $6; b += $6 == 1; if (!($2 in v)) { v[$2]; nv++ } }
	END { printf "report\tbounces\t%d\nreport\tpageviews\t%d\n", b, pv
	      printf "report\tsessions\t%d\nreport\tvisitors\t%d\n", n, nv }' > awk.txt
grep -E '^report	(sessions|pageviews|bounces|visitors)	' p | cmp - awk.txt && echo "own counts: as awk"
echo "5."
jreport -s / --merge p 2>&1; echo "exit $?"
jfunnel $S --partial access.log > f
jreport $S --merge f 2>&1; echo "exit $?"
--- stdout
./norm: same
./norm -s / -s /product/* -s /cart -s /checkout* -s /order/complete: same
./norm -s / -s /product/* -s /cart -s /checkout* -s /order/complete --per visitor -w 10m: same
./norm -s / -s /product/* -s /cart -s /checkout* -s /order/complete --stages stages -n 3: same
./norm -s / -s /product/* -s /cart -s /checkout* -s /order/complete --order any --open --exclude /help/*: same
./norm -s / -s /product/* -s /cart -s /checkout* -s /order/complete: same
2.
464c464
< <footer><p>Made by jreport 0.1 from the web server's access log: no tracking script, no cookies. Visitors are counted by address and browser.</p><p>Command line: <code>jreport -s / -s /product/* -s /cart -s /checkout* -s /order/complete access.log day2.log</code></p><p>Input: <code>access.log</code>, <code>day2.log</code></p></footer>
---
> <footer><p>Made by jreport 0.1 from the web server's access log: no tracking script, no cookies. Visitors are counted by address and browser.</p><p>Command line: <code>jreport -s / -s /product/* -s /cart -s /checkout* -s /order/complete --merge d2 d1</code></p><p>Input: <code>access.log</code>, <code>day2.log</code></p></footer>
3.
overview: 10 checks
trend: 1 buckets
channels: 6
funnel: 3 steps
dropoff: 19 rows
pages: 10 entry, 10 exit, 10 journeys
4.
#partial	jreport	1	FP
#analysis	field...	count
sorted
edges
pages
paths
report
steps
report	bounces	541
report	pageviews	2375
report	sessions	1058
report	visitors	1058
own counts: as awk
5.
jreport: p:1: a partial of another program or of other options: give --merge the options the partials were made with (the analysis options, and --owners, --bot-list, --static-list, --ua-regexes by their files' contents, --no-ua-bots)
exit 2
jreport: f:1: a partial of another program or of other options: give --merge the options the partials were made with (the analysis options, and --owners, --bot-list, --static-list, --ua-regexes by their files' contents, --no-ua-bots)
exit 2
