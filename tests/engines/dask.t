A real distributed engine: Dask's distributed scheduler (Debian
python3-distributed) with a LocalCluster of 3 worker processes, each
running jfunnel with --shard K/3 --partial on its
shard through a subprocess; the partials are merged at the end
(tests/dask_shards.py, the README's recipe).  The expected output is
the one run's own, whose numbers the programs' other tests check: each
line says the engine's report is byte-identical to it, and stderr that
3 worker processes other than the client ran.  Skipped (exit 77) where
no python3 can import dask.distributed (the Debian package installs
into /usr/bin/python3, which may not be the python3 on PATH).
--- cmd
set -f
py=
for p in python3 /usr/bin/python3; do
	if "$p" -c 'import dask.distributed' 2>/dev/null; then py=$p; break; fi
done
test -n "$py" || { echo "python3-distributed (dask.distributed) is not installed"; exit 77; }
"$TESTDATA/../tools/genlog" -s 13 -n 400000 | awk '$1 ~ /\.1[0-9]$/' |
    head -n 12000 > access.log
run() {
	"$@" access.log > one
	"$py" "$TESTDATA/../tests/dask_shards.py" 3 "$PWD/access.log" "$@" \
	    > dask 2> err || { echo "dask failed:"; cat err; }
	grep -h '^workers' err
	cmp -s one dask && echo "$1: dask = one run"
}
run jfunnel -s / -s /product/* -s /cart -s /order/complete --by channel --top 3
--- stdout
workers 3, processes 3
jfunnel: dask = one run
