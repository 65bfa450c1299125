jretention --cohort day on the real elastic log against
tests/awk/retention.awk, an independent awk computation from
jsessionize's visitor and time columns (its own 30-minute sessions, day
cohorts, distinct return days).  The event stream read back, shuffled,
and --stream give the same table.  Skipped without ../shared/realdata.
--- cmd
R=$REALDATA/elastic-examples/apache_logs
[ -f "$R" ] || { echo "no realdata"; exit 77; }
jsessionize -q -o visitor,time "$R" | sort -t "$(printf '\t')" -k1,1 -k2,2 |
    awk -v N=7 -f "$TESTDATA/../tests/awk/retention.awk" > want
jretention -q --cohort day "$R" > got
cmp want got && echo awk agrees
jsessionize -q "$R" > ev.tsv
(head -n 1 ev.tsv; tail -n +2 ev.tsv | sort -r) | jretention | cmp - got &&
    echo event stream agrees
jretention -q --stream "$R" | cmp - got && echo stream agrees
--- stdout
awk agrees
event stream agrees
stream agrees
