Every option of jretention's own that --help lists (those above the
input options shared with jsessionize, which jsessionize's tests cover)
is documented in the man page and used by at least one test.  The
options are taken from --help itself, so a new option without a man page
entry or a test makes this fail.
--- cmd
top=$TESTDATA/..
jretention --help | sed '/^Input options shared/q' | grep -o -- '--[a-z][a-z-]*' | sort -u > opts
test -s opts || { echo "no options in --help"; exit 1; }
while read -r o; do
	grep -q -- "Fl -${o#--}" "$top/man/jretention.1" ||
		echo "not in the man page: $o"
	grep -l -- "$o" "$top"/tests/jretention/*.t |
		grep -v help-options.t >/dev/null ||
		echo "no test uses: $o"
done < opts
--- stdout
