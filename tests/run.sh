#!/bin/sh
# run.sh - the golden-file test driver.
#
# Each tests/<tool>/*.t file is a description followed by sections:
#   --- cmd          a shell command line, run in a fresh temporary directory
#   --- stdin        its standard input (default: empty)
#   --- stdout       the expected standard output, byte for byte
#   --- stderr       the expected standard error (not checked if absent)
#   --- exit         the expected exit status (default 0)
#   --- file NAME    a file to create in the directory first
# Every section's text is its lines, each ending in a newline.  Commands run
# with LC_ALL=C and TZ=UTC, the programs first on PATH, $TESTDATA pointing
# at testdata/ and $REALDATA at ../shared/realdata (which may be absent).
# A command that exits 77 is skipped (say why on stdout): tests of
# ../shared/realdata do that where it is absent.
# A failing test keeps its directory and shows the difference.
# Usage: tests/run.sh [TESTFILE...]
# COLUMNS is unset: charts are as wide as with no terminal (80).
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
bin=${BIN:-$top/bin}
pass=0 fail=0 skip=0
unset COLUMNS
tmproot=$(mktemp -d "${TMPDIR:-/tmp}/jtest.XXXXXX")

if [ $# -eq 0 ]; then
	# tests/slow/ is make check-slow's.
	for t in "$top"/tests/*/*.t; do
		case $t in "$top"/tests/slow/*) ;; *) set -- "$@" "$t" ;; esac
	done
fi
for t in "$@"; do
	name=${t#"$top"/tests/}
	d=$tmproot/$(echo "$name" | tr / _)
	mkdir -p "$d/run"
	awk -v d="$d" '
		/^--- / {
			sec = $2
			if (sec == "file") out = d "/run/" $3
			else out = d "/" sec
			printf "" > out
			next
		}
		sec != "" { print > out }
	' "$t"
	[ -f "$d/cmd" ] || { echo "FAIL $name: no --- cmd section"; fail=$((fail+1)); continue; }
	[ -f "$d/stdin" ] || : > "$d/stdin"
	want_exit=0
	[ -f "$d/exit" ] && want_exit=$(cat "$d/exit")
	(cd "$d/run" && PATH="$bin:$PATH" LC_ALL=C TZ=UTC \
	    TESTDATA="$top/testdata" REALDATA="$top/../shared/realdata" \
	    sh "$d/cmd" <"$d/stdin" >"$d/out" 2>"$d/err")
	got_exit=$?
	if [ "$got_exit" = 77 ] && [ "$want_exit" != 77 ]; then
		echo "skip $name: $(head -n 1 "$d/out")"
		skip=$((skip+1))
		rm -rf "$d"
		continue
	fi
	ok=1
	if [ "$got_exit" != "$want_exit" ]; then
		echo "FAIL $name: exit $got_exit, want $want_exit"
		ok=0
	fi
	if [ -f "$d/stdout" ] && ! cmp -s "$d/stdout" "$d/out"; then
		echo "FAIL $name: stdout differs (- want, + got):"
		diff -u "$d/stdout" "$d/out" | sed -n '3,40p'
		ok=0
	fi
	if [ -f "$d/stderr" ] && ! cmp -s "$d/stderr" "$d/err"; then
		echo "FAIL $name: stderr differs (- want, + got):"
		diff -u "$d/stderr" "$d/err" | sed -n '3,40p'
		ok=0
	fi
	if [ $ok = 1 ]; then
		pass=$((pass+1))
		rm -rf "$d"
	else
		fail=$((fail+1))
		echo "  (kept in $d)"
	fi
done
[ $fail -eq 0 ] && rm -rf "$tmproot"
[ $skip -gt 0 ] && echo "($skip skipped)"
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
