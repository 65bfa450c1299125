GNU parallel as the engine, with the command line that runs over ssh
hosts: --sshlogin : is this machine, and the README's recipe puts the
hosts there (-S host1,host2).  Four shard jobs (--shard {}/4 --partial),
their partial states concatenated on parallel's standard output (-q
quotes the step patterns for the remote shell), merged by --merge from
standard input.  The expected output is the one run's own, whose numbers
the programs' other tests check: each line says the merge is
byte-identical to it.  Skipped (exit 77) where parallel is missing.
--- cmd
command -v parallel > /dev/null || { echo "GNU parallel is not installed"; exit 77; }
"$TESTDATA/../tools/genlog" -s 13 -n 400000 | awk '$1 ~ /\.1[0-9]$/' |
    head -n 12000 > access.log
SSHLOGIN=:
log=$PWD/access.log
seq 4 | parallel -q -j 2 -S "$SSHLOGIN" jfunnel -s / -s '/product/*' -s /cart --by channel --shard {}/4 --partial "$log" 2>/dev/null |
    jfunnel -s / -s '/product/*' -s /cart --by channel --merge > merged
jfunnel -s / -s '/product/*' -s /cart --by channel "$log" | cmp - merged && echo "jfunnel: parallel = one run"
seq 4 | parallel -q -j 2 -S "$SSHLOGIN" jpaths --edges --shard {}/4 --partial "$log" 2>/dev/null |
    jpaths --edges --merge > merged
jpaths --edges "$log" | cmp - merged && echo "jpaths: parallel = one run"
seq 4 | parallel -q -j 2 -S "$SSHLOGIN" jdropoff --by channel --shard {}/4 --partial "$log" 2>/dev/null |
    jdropoff --by channel --merge > merged
jdropoff --by channel "$log" | cmp - merged && echo "jdropoff: parallel = one run"
--- stdout
jfunnel: parallel = one run
jpaths: parallel = one run
jdropoff: parallel = one run
