--shard, --map, --partial and --merge (tests/dist.sh) with the columns
of uap-core and the owner: every report by browser, os, device,
device_class or owner, and funnels matched on device_class, merge to the
bytes of one run over the whole log, in each program.
--- cmd
[ -f /usr/share/uap-core/regexes.yaml ] || { echo "SKIP: uap-core absent"; exit 77; }
set -f
. "$TESTDATA/../tests/dist.sh"
"$TESTDATA/../tools/genlog" -s 14 -n 200000 | awk '$1 ~ /\.1[0-9]$/' |
    head -n 3000 > access.log
S='-s / -s /product/* -s /cart'
same access.log jfunnel $S --by device_class
same access.log jfunnel $S --by browser --per visitor
same access.log jfunnel -f device_class -s desktop -s mobile --per visitor
same access.log jpaths --by os -n 5
same access.log jpaths --by owner --edges
same access.log jdropoff --by device -n 3
same access.log jdropoff $S --by owner
--- stdout
jfunnel -s / -s /product/* -s /cart --by device_class: same
jfunnel -s / -s /product/* -s /cart --by browser --per visitor: same
jfunnel -f device_class -s desktop -s mobile --per visitor: same
jpaths --by os -n 5: same
jpaths --by owner --edges: same
jdropoff --by device -n 3: same
jdropoff -s / -s /product/* -s /cart --by owner: same
