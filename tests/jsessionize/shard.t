--shard K/N and the map-reduce path on a log with the hard cases: genlog's
whole visits of the clients .10-.19 (about a thousand visitors, forms
POSTed and their redirects GET in the same second, lines a few seconds
late, bots and static files).  The one run's sessions (compared sorted)
are the union of the 3 shards' sessions, and no visitor is in two
shards; and the log cut into 3 pieces, mapped with their byte offsets,
sorted and reduced in 2 key ranges gives the same sessions, ids and
same-second order included.  Each shard gets visitors: the counts of
distinct visitors per shard add up to the one run's.
--- cmd
"$TESTDATA/../tools/genlog" -s 7 -n 300000 | awk '$1 ~ /\.1[0-9]$/' |
    head -n 8000 > access.log
jsessionize --no-header access.log | sort > one
for k in 1 2 3; do jsessionize --shard $k/3 --no-header access.log > s$k; done
cat s1 s2 s3 | sort | cmp - one && echo "shards: same sessions"
for k in 1 2 3; do cut -f 2 s$k | sort -u; done | sort | uniq -d | wc -l
all=$(cut -f 2 one | sort -u | wc -l)
sum=0; for k in 1 2 3; do n=$(cut -f 2 s$k | sort -u | wc -l); test $n -gt 0 || echo "shard $k empty"; sum=$((sum + n)); done
test $sum = $all && echo "visitors add up"
split -n l/3 -d access.log piece.
off=0; for f in piece.00 piece.01 piece.02; do jsessionize --map --map-offset $off $f; off=$((off + $(wc -c < $f))); done | LC_ALL=C sort > shuffled
grep -v '^#' shuffled | awk -F '\t' '$1 != p { i++; p = $1 } { print > ("range" (i % 2)) }'
{ jsessionize --no-header range0; jsessionize --no-header range1; } | sort | cmp - one && echo "map-reduce: same sessions"
--- stdout
shards: same sessions
0
visitors add up
map-reduce: same sessions
