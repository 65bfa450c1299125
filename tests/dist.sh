# dist.sh - sourced by the tests of --shard, --map, --partial and --merge.
#
# same LOG PROGRAM ARGS... runs PROGRAM ARGS LOG once, then for N = 1, 2
# and 7 both ways of issue 13 and compares each final report with the one
# run, byte for byte:
#   shards    every shard reads all of LOG with --shard K/N --partial,
#             K = 1..N, then PROGRAM ARGS --merge;
#   reducers  LOG cut at line boundaries into N pieces, each piece through
#             jsessionize --map (with its --map-offset), one sort as the
#             shuffle, the sorted stream cut into N key ranges, each range
#             through PROGRAM ARGS --partial, then --merge.
# It prints "ARGS: same" when all six match, else what differs.
same() {
	log=$1
	shift
	"$@" "$log" > one 2>/dev/null || { echo "$*: one run failed"; return; }
	test -s one || echo "$*: empty report"
	bad=
	for n in 1 2 7; do
		k=1
		parts=
		while [ $k -le $n ]; do
			"$@" --shard $k/$n --partial "$log" > a.$k ||
			    bad="$bad $n-shard-run"
			parts="$parts a.$k"
			k=$((k + 1))
		done
		"$@" --merge $parts > merged || bad="$bad $n-shard-merge"
		cmp -s one merged || bad="$bad $n-shards"
		# Every shard has visitors of its own: the split is real.
		for f in $parts; do
			[ $(grep -vc '^#' $f) -gt 0 ] || bad="$bad empty-$f"
		done

		split -n l/$n -d -a 2 "$log" piece.$n.
		off=0
		k=0
		# No glob: the tests run with set -f for their step patterns.
		while [ $k -lt $n ]; do
			f=piece.$n.$(printf %02d $k)
			jsessionize --map --map-offset $off "$f"
			off=$((off + $(wc -c < "$f")))
			k=$((k + 1))
		done | LC_ALL=C sort > shuffled
		k=1
		while [ $k -le $n ]; do
			: > range.$n.$k
			k=$((k + 1))
		done
		keys=$(grep -v '^#' shuffled | cut -f 1 | uniq | wc -l)
		awk -F '\t' -v n=$n -v keys=$keys '
			/^#/ { next }
			$1 != prev { i++; prev = $1 }
			{ print > ("range." n "." (int((i - 1) * n / keys) + 1)) }
		' shuffled
		k=1
		parts=
		while [ $k -le $n ]; do
			"$@" --partial range.$n.$k > b.$k 2>/dev/null ||
			    bad="$bad $n-reducer-run"
			parts="$parts b.$k"
			k=$((k + 1))
		done
		"$@" --merge $parts > merged || bad="$bad $n-reducer-merge"
		cmp -s one merged || bad="$bad $n-reducers"
	done
	echo "$*: ${bad:-same}"
}
