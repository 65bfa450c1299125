Issue 13: shards and map-reduce give one run's report, byte for byte.
For each report option, tests/dist.sh runs jfunnel once over the log,
then N = 1, 2, 7 ways both as the issue says: (a) every shard reads the
whole log with --shard K/N --partial and the partials go to --merge;
(b) the log cut at line boundaries into N pieces, each through
jsessionize --map, one sort as the shuffle, the sorted stream cut into N
key ranges, each through jfunnel --partial, then --merge.  The expected
output is the one run's own (whose numbers the other jfunnel tests check
by hand and with awk): "same" means all six final reports are
byte-identical to it.  The log is genlog's (a pure function of its
arguments): whole visits of the clients .10-.19, with conversions, times
to convert (median, p90) in every group and several channels, so --top 2
folds groups into "(other)".
--- cmd
set -f
. "$TESTDATA/../tests/dist.sh"
"$TESTDATA/../tools/genlog" -s 13 -n 400000 | awk '$1 ~ /\.1[0-9]$/' |
    head -n 12000 > access.log
S='-s / -s /product/* -s /cart -s /checkout* -s /order/complete'
same access.log jfunnel $S
same access.log jfunnel $S --by channel
same access.log jfunnel $S --by channel --top 2
same access.log jfunnel $S --by channel --top 0 --json
same access.log jfunnel $S --per visitor --by channel --top 3
same access.log jfunnel $S -w 10m --chart
same access.log jfunnel $S --step-window 2m --by day
same access.log jfunnel $S --order any --per visitor
same access.log jfunnel $S --order strict --allow-reentry
same access.log jfunnel $S --open --exclude /help/*
same access.log jfunnel -s /cart -s /checkout -s /order/complete --dedup --strict-increase
same access.log jfunnel -f channel -s direct -s search --per visitor
--- stdout
jfunnel -s / -s /product/* -s /cart -s /checkout* -s /order/complete: same
jfunnel -s / -s /product/* -s /cart -s /checkout* -s /order/complete --by channel: same
jfunnel -s / -s /product/* -s /cart -s /checkout* -s /order/complete --by channel --top 2: same
jfunnel -s / -s /product/* -s /cart -s /checkout* -s /order/complete --by channel --top 0 --json: same
jfunnel -s / -s /product/* -s /cart -s /checkout* -s /order/complete --per visitor --by channel --top 3: same
jfunnel -s / -s /product/* -s /cart -s /checkout* -s /order/complete -w 10m --chart: same
jfunnel -s / -s /product/* -s /cart -s /checkout* -s /order/complete --step-window 2m --by day: same
jfunnel -s / -s /product/* -s /cart -s /checkout* -s /order/complete --order any --per visitor: same
jfunnel -s / -s /product/* -s /cart -s /checkout* -s /order/complete --order strict --allow-reentry: same
jfunnel -s / -s /product/* -s /cart -s /checkout* -s /order/complete --open --exclude /help/*: same
jfunnel -s /cart -s /checkout -s /order/complete --dedup --strict-increase: same
jfunnel -f channel -s direct -s search --per visitor: same
