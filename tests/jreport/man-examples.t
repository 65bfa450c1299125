The examples of jreport(1), each command line as the man page gives
it.  1: the sample log with three steps and a title, to a file: the
page has the title and the funnel's three steps, and nothing is on
stdout.  2: the event stream of jsessionize with stages: the flow is
of stages: its first node is consideration, the entry stage of 211
visits (the first pageview's stage of jsessionize -o session,stage
counted with awk: consideration 211, none 104, awareness 91), of which
141 ended there.  3: rotated
logs (the sample split in two, the older half gzip'ed) with steps from
a file give the funnel of the sample itself: 116 at step 1, 19, 6 (as
in numbers.t); a step without a name is named by its pattern.  4: two
shards' partials merged: the funnel of the one run (116 at /, 8 at
/cart, as jfunnel -s / -s /cart says on the sample), and the page of
one run but for the command line (the diff is of that one line: its
four lines, two of them the command lines).
--- cmd
cp $TESTDATA/sample.log.gz testdata_sample.log.gz
mkdir testdata && cp $TESTDATA/sample.log.gz testdata/
jreport -s / -s 'product=/product/*' -s /cart \
    --title 'Shop, 2 November' -o journeys.html testdata/sample.log.gz > out
wc -c < out
grep -c '<h1>Shop, 2 November</h1>' journeys.html
python3 $TESTDATA/../tests/report_check.py dump journeys.html step | cut -d '|' -f 1-3
printf '%s\t%s\n' / awareness '/product/*' consideration \
    '/cart*' decision /checkout decision > stages.tsv
jsessionize testdata/sample.log.gz |
    jreport --stages stages.tsv > stages.html
grep -c 'The journey, stage by stage' stages.html
python3 $TESTDATA/../tests/report_check.py dump stages.html node | head -n 1
gzip -dc testdata/sample.log.gz > all.log
head -n 2000 all.log | gzip > access.log.2.gz
tail -n +2001 all.log > access.log.1
printf '%s\n' home=/ 'product=/product/*' /cart > steps.txt
jreport --steps steps.txt -o nightly.html access.log.1 access.log.2.gz
python3 $TESTDATA/../tests/report_check.py dump nightly.html step | cut -d '|' -f 1-3
for k in 1 2; do
	jreport -s / -s /cart --shard $k/2 --partial \
	    testdata/sample.log.gz > part.$k
done
jreport -s / -s /cart --merge -o merged.html part.1 part.2
python3 $TESTDATA/../tests/report_check.py dump merged.html step | cut -d '|' -f 1-3
jfunnel -s / -s /cart testdata/sample.log.gz | cut -f 1-3
jreport -s / -s /cart -o one.html testdata/sample.log.gz
diff one.html merged.html | wc -l
diff one.html merged.html | grep -c 'Command line'
--- stdout
0
1
1|/|116
2|product|19
3|/cart|6
1
1|consideration|211|141
1|home|116
2|product|19
3|/cart|6
1|/|116
2|/cart|8
#step	name	count
1	/	116
2	/cart	8
4
2
