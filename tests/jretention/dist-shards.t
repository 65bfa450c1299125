Shards and map-reduce give one run's table, byte for byte (tests/dist.sh,
as jfunnel's dist-shards.t): every shard with --shard K/N --partial then
--merge, and jsessionize --map pieces, one sort, key ranges through
--partial, then --merge, for N = 1, 2, 7.  The log is genlog's, the
clients .10-.19, its lines moved to November 2nd to 6th by their second
(so visitors come back on several days); the one run's numbers are
checked by hand and with awk in the other tests.
--- cmd
set -f
. "$TESTDATA/../tests/dist.sh"
"$TESTDATA/../tools/genlog" -s 14 -n 400000 | awk '$1 ~ /\.1[0-9]$/' |
    head -n 12000 | awk '{ s = substr($4, 20, 2) + 0
	sub(/^\[02\/Nov/, "[0" (2 + s % 5) "/Nov", $4); print }' > access.log
same access.log jretention
same access.log jretention --cohort week --periods 2 --json
same access.log jretention --start '/product/*' --return /cart --chart
--- stdout
jretention: same
jretention --cohort week --periods 2 --json: same
jretention --start /product/* --return /cart --chart: same
