The README's examples with their output (```sh blocks whose first line
is "$ COMMAND") are run here from the repository root and must print
what the README shows, so the README stays true to the code.  Each
block's output is compared as a whole; "ok N" means N blocks matched.
--- cmd
top=$TESTDATA/..
mkdir blocks
awk 'BEGIN { n = 0 }
	/^```sh$/ { inb = 1; first = 1; next }
	/^```$/ { inb = 0; cmd = 0; next }
	inb && first { first = 0
		if ($0 ~ /^\$ /) { n++; cmd = 1; print substr($0, 3) > ("blocks/" n ".cmd")
			printf "" > ("blocks/" n ".want") }
		next }
	inb && cmd { print > ("blocks/" n ".want") }' "$top/README.md"
n=0
for c in blocks/*.cmd; do
	(cd "$top" && sh "$OLDPWD/$c") > "${c%.cmd}.got" 2>/dev/null
	if cmp -s "${c%.cmd}.want" "${c%.cmd}.got"; then n=$((n + 1))
	else echo "README example differs: $(cat "$c")"; diff "${c%.cmd}.want" "${c%.cmd}.got"; fi
done
echo "ok $n"
--- stdout
ok 2
