# same.sh - sourced by tests/threads/*.t: runs a command with -j 1, -j 2
# and -j 4 and compares everything it leaves: stdout, stderr, the exit
# status and the --rejects file r.txt if it writes one.  -j 1 is the
# single-threaded path the other tests check against known answers; here
# the expected result is that the threaded runs are byte-identical to it.
#
# same NAME CMD...   prints "NAME same", or "NAME differs" and the diff
same() {
	name=$1
	shift
	for j in 1 2 4; do
		rm -f r.txt
		"$@" -j "$j" >"out.$j" 2>"err.$j"
		echo "exit $?" >>"err.$j"
		if [ -f r.txt ]; then mv r.txt "rej.$j"; else : >"rej.$j"; fi
	done
	ok=1
	for j in 2 4; do
		for k in out err rej; do
			if ! cmp -s "$k.1" "$k.$j"; then
				ok=0
				echo "$name: -j $j $k differs:"
				diff "$k.1" "$k.$j" | head -5
			fi
		done
	done
	[ $ok = 1 ] && echo "$name same"
	# A run that printed next to nothing compares little: said.
	[ "$(wc -l <out.1)" -gt 2 ] || echo "$name: next to no output"
}

# threaded CMD...: how many lines -v says the workers parsed with -j 2.
threaded() {
	"$@" -v -j 2 2>&1 >/dev/null |
	    sed -n 's/^[a-z]*: -j: \([0-9]*\) lines parsed on 2 threads$/\1/p'
}
