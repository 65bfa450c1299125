Every option --help lists is documented in the man page and used by at
least one test.  The options are taken from --help itself, so a new
option without a man page entry or a test makes this fail.
--- cmd
top=$TESTDATA/..
jreport --help | grep -o -- '--[a-z][a-z-]*' | sort -u > opts
test -s opts || { echo "no options in --help"; exit 1; }
while read -r o; do
	grep -q -- "Fl -${o#--}" "$top/man/jreport.1" ||
		echo "not in the man page: $o"
	grep -l -- "$o" "$top"/tests/jreport/*.t |
		grep -v help-options.t >/dev/null ||
		echo "no test uses: $o"
done < opts
--- stdout
