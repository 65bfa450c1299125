Issue 13: shards and map-reduce give one run's report, byte for byte.
For each report option, tests/dist.sh runs jpaths once over the log,
then N = 1, 2, 7 ways both as the issue says: (a) every shard reads the
whole log with --shard K/N --partial and the partials go to --merge;
(b) the log cut at line boundaries into N pieces, each through
jsessionize --map, one sort as the shuffle, the sorted stream cut into N
key ranges, each through jpaths --partial, then --merge.  The expected
output is the one run's own (whose numbers the other jpaths tests check
by hand): "same" means all six final reports are byte-identical to it,
and every shard's partial holds data.  Top paths are cut only at the
end: a path that is in no shard's top 20 can still be in the merge's.
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
same access.log jpaths
same access.log jpaths -n 0
same access.log jpaths -n 5 --by channel --json
same access.log jpaths -d 3 --min-count 2
same access.log jpaths --from /cart --to /order/complete
same access.log jpaths --no-collapse -n 50 -f stage --stages stages
same access.log jpaths --per visitor -n 10 --by channel
same access.log jpaths --next /cart
same access.log jpaths --prev /cart --by channel -n 3
same access.log jpaths --edges -d 4
same access.log jpaths --edges --by day --min-count 3
same access.log jpaths --dot -d 3
same access.log jpaths -f channel --per visitor --next search
--- stdout
jpaths: same
jpaths -n 0: same
jpaths -n 5 --by channel --json: same
jpaths -d 3 --min-count 2: same
jpaths --from /cart --to /order/complete: same
jpaths --no-collapse -n 50 -f stage --stages stages: same
jpaths --per visitor -n 10 --by channel: same
jpaths --next /cart: same
jpaths --prev /cart --by channel -n 3: same
jpaths --edges -d 4: same
jpaths --edges --by day --min-count 3: same
jpaths --dot -d 3: same
jpaths -f channel --per visitor --next search: same
