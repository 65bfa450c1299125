Issue 13: shards and map-reduce give one run's report, byte for byte,
in page mode and in funnel mode.  For each report option, tests/dist.sh
runs jdropoff once over the log, then N = 1, 2, 7 ways both as the issue
says: (a) every shard reads the whole log with --shard K/N --partial and
the partials go to --merge; (b) the log cut at line boundaries into N
pieces, each through jsessionize --map, one sort as the shuffle, the
sorted stream cut into N key ranges, each through jdropoff --partial,
then --merge.  The expected output is the one run's own (whose numbers
the other jdropoff tests check by hand): "same" means all six final
reports are byte-identical to it, and every shard's partial holds data.
The log is genlog's, whole visits of the clients .10-.19.
--- cmd
set -f
. "$TESTDATA/../tests/dist.sh"
"$TESTDATA/../tools/genlog" -s 13 -n 400000 | awk '$1 ~ /\.1[0-9]$/' |
    head -n 12000 > access.log
cat > stages <<'END'
/	awareness
/category/*	consideration
/product/*	consideration
/cart*	decision
/checkout*	decision
/order/*	post-purchase
END
S='-s / -s /product/* -s /cart -s /checkout* -s /order/complete'
same access.log jdropoff
same access.log jdropoff -n 0 --sort exit_rate
same access.log jdropoff --by channel -n 3 --sort bounce_rate --json
same access.log jdropoff --by stage --stages stages --exit-rate sessions
same access.log jdropoff --by day --min-views 5 --chart
same access.log jdropoff --sort views --chart --ascii
same access.log jdropoff $S
same access.log jdropoff $S -n 0 --by channel
same access.log jdropoff $S -n 2 --by channel --json
same access.log jdropoff $S --per visitor -w 1h --chart
same access.log jdropoff $S --order any --open --no-header
--- stdout
jdropoff: same
jdropoff -n 0 --sort exit_rate: same
jdropoff --by channel -n 3 --sort bounce_rate --json: same
jdropoff --by stage --stages stages --exit-rate sessions: same
jdropoff --by day --min-views 5 --chart: same
jdropoff --sort views --chart --ascii: same
jdropoff -s / -s /product/* -s /cart -s /checkout* -s /order/complete: same
jdropoff -s / -s /product/* -s /cart -s /checkout* -s /order/complete -n 0 --by channel: same
jdropoff -s / -s /product/* -s /cart -s /checkout* -s /order/complete -n 2 --by channel --json: same
jdropoff -s / -s /product/* -s /cart -s /checkout* -s /order/complete --per visitor -w 1h --chart: same
jdropoff -s / -s /product/* -s /cart -s /checkout* -s /order/complete --order any --open --no-header: same
