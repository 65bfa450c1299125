jretention against tests/awk/retention.awk (an independent awk
computation from jsessionize's visitor and time columns) on a log that
needs no ../shared/realdata: genlog's clients .10-.19, moved to November
2nd to 6th by their second so that visitors come back on several days
(five cohorts, returns in every period seen).  Then with the visitors'
state spilled to sorted runs at the least --memory (64k: a table of 16
KiB, some 500 of the log's 1057 visitors at a time, so a visitor's state
may be in several runs): the awk's table again, and the bytes of the
default budget with --start and --return (the earliest start event and
the union of return periods across runs), by week, in JSON, on one
thread and two; the runs' files are gone after.
--- cmd
"$TESTDATA/../tools/genlog" -s 14 -n 400000 | awk '$1 ~ /\.1[0-9]$/' |
    head -n 12000 | awk '{ s = substr($4, 20, 2) + 0
	sub(/^\[02\/Nov/, "[0" (2 + s % 5) "/Nov", $4); print }' > access.log
jsessionize -q -o visitor,time access.log | sort -t "$(printf '\t')" -k1,1 -k2,2 |
    awk -v N=7 -f "$TESTDATA/../tests/awk/retention.awk" > want
jretention -q access.log > got
cmp want got && echo awk agrees
grep -c . got
grep -v '^#' got | awk -F'\t' '$2 > 0 && $4 != "-" && $4 > 0' | wc -l
mkdir tmp
jretention -q -v --memory 64k -T tmp access.log > spilled 2> err
cmp want spilled && echo "awk agrees at --memory 64k"
grep -c "sorted runs .* of the visitors' state spilled past --memory" err
for o in "--start /product/* --return /cart*" "--return /product/*" \
    "--cohort week --periods 2" "--json --start /cart*" "-j 1" "-j 2"; do
	jretention -q $o access.log > d
	jretention -q --memory 64k -T tmp $o access.log > s
	cmp d s && echo "$o: spill = memory"
done
ls tmp | wc -l
--- stdout
awk agrees
41
10
awk agrees at --memory 64k
1
--start /product/* --return /cart*: spill = memory
--return /product/*: spill = memory
--cohort week --periods 2: spill = memory
--json --start /cart*: spill = memory
-j 1: spill = memory
-j 2: spill = memory
0
