#!/bin/sh
# run.sh - build the libFuzzer targets and run each for a while.
#
# Usage (from anywhere; paths are the repo's):  sh tests/fuzz/run.sh
#   FUZZ_TARGETS   targets to run (default: all), e.g. "format reader"
#   FUZZ_SECONDS   seconds per target (default 60)
#   FUZZ_MAX_LEN   largest input libFuzzer makes (default 65536)
#   CC             a clang with libFuzzer (default clang)
#   FUZZ_CFLAGS    more flags, e.g. -fno-sanitize=pointer-overflow to look
#                  past a known report
#
# Each target is tests/fuzz/fuzz_NAME.c, built against lib/*.c (not
# lib/libjourney.a, which has no sanitizers) into tests/fuzz/NAME-fuzz.
# libFuzzer keeps what it finds in tests/fuzz/corpus/NAME/ (not in git);
# it also reads the hand-made seeds in tests/fuzz/seeds/NAME/ and seeds
# made at run time, in a temporary directory, from the lines of testdata/
# and ../shared/realdata.  A crash, leak or timeout is saved as
# tests/fuzz/crashes/NAME-* with the log beside it; the script then says
# where and exits 1.  It exits 2 if the build fails.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 2
fz=tests/fuzz
# Every tests/fuzz/fuzz_NAME.c is a target.
all=$(for f in "$fz"/fuzz_*.c; do basename "$f" .c; done | sed 's/^fuzz_//' |
    tr '\n' ' ' | sed 's/ $//')
targets=${FUZZ_TARGETS:-$all}
secs=${FUZZ_SECONDS:-60}
maxlen=${FUZZ_MAX_LEN:-65536}
CC=${CC:-clang}
realdata=${REALDATA:-$top/../shared/realdata}
flags="-g -O1 -std=gnu11 -D_GNU_SOURCE -Ilib \
    -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
    ${FUZZ_CFLAGS:-}"
deps=$(pkg-config --cflags --libs libpcre2-8 zlib) || exit 2
tmp=$(mktemp -d "${TMPDIR:-/tmp}/jfuzz.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM

targets=$(echo "$targets" | sed 's/fuzz_//g')
for t in $targets; do
	[ -f "$fz/fuzz_$t.c" ] || { echo "run.sh: no target $t ($all)"; exit 2; }
done

# The library once, in parallel, then one link per target.
echo "building: $targets"
mkdir -p "$tmp/obj"
for c in lib/*.c; do
	o=$tmp/obj/$(basename "$c" .c).o
	# shellcheck disable=SC2086
	( $CC $flags -c -o "$o" "$c" 2>"$o.err" || echo "$c" >>"$tmp/failed" ) &
done
wait
if [ -f "$tmp/failed" ]; then
	cat "$tmp"/obj/*.err
	echo "run.sh: build failed: $(cat "$tmp/failed")"
	exit 2
fi
for t in $targets; do
	# shellcheck disable=SC2086
	$CC $flags -Wall -Wextra -o "$fz/$t-fuzz" "$fz/fuzz_$t.c" \
	    "$tmp"/obj/*.o $deps -lpthread || { echo "run.sh: $t: build failed"; exit 2; }
done

# Seeds from real lines, made afresh: never copied into the tree.
mkdir -p "$tmp/seeds/format" "$tmp/seeds/pipeline" "$tmp/seeds/reader" \
    "$tmp/seeds/fastparse" \
    "$tmp/seeds/pattern" "$tmp/seeds/logformat" "$tmp/seeds/json"
find testdata "$realdata" -type f -size -2M 2>/dev/null | sort |
while IFS= read -r f; do
	n=$((${n:-0} + 1))
	s=$(basename "$f" | tr -c 'A-Za-z0-9._\n-' _)_$n
	case $f in
	*.gz|*.bz2|*.zip)
		head -c "$maxlen" "$f" >"$tmp/seeds/reader/$s"
		continue ;;
	esac
	for t in format fastparse pipeline reader json; do
		head -n 20 "$f" | head -c "$maxlen" >"$tmp/seeds/$t/$s"
	done
	line=$(head -n 1 "$f" | head -c 4096)
	printf '%s\n%s' "$line" "$line" >"$tmp/seeds/pattern/exact_$s"
	printf '*.*\n%s' "$line" >"$tmp/seeds/pattern/glob_$s"
	printf '~^(\\S+) \\S+ \\S+ \\[([^]]+)\\] "(\\w+) ([^ ]*)\n%s' \
	    "$line" >"$tmp/seeds/pattern/regex_$s"
	printf '%s' "$line" >"$tmp/seeds/logformat/$s"
done
# The LogFormat strings the tests use.
cat tests/*/*.t 2>/dev/null | sed -n "s/.*-F *'\([^']*%[^']*\)'.*/\1/p" |
    sort -u | while IFS= read -r spec; do
	n=$((${n:-0} + 1))
	printf '%s' "$spec" >"$tmp/seeds/logformat/test_$n"
done

# The --rewrite rules the tests use, each with a step regex and a path.
mkdir -p "$tmp/seeds/rewrite"
cat tests/*/*.t 2>/dev/null | sed -n "s/.*--rewrite *'\([^']*\)'.*/\1/p" |
    sort -u | while IFS= read -r rule; do
	n=$((${n:-0} + 1))
	printf '\003%s\n^/([a-z]+/)*[a-z]*$\n/product/42/a/b' "$rule" \
	    >"$tmp/seeds/rewrite/test_$n"
done

# uap-core's regexes (if installed), each with a phone's User-Agent.
mkdir -p "$tmp/seeds/rxatoms"
[ -f /usr/share/uap-core/regexes.yaml ] &&
    sed -n "s/^ *- regex: '\(.*\)'$/\1/p" /usr/share/uap-core/regexes.yaml |
    sed "s/''/'/g" | awk -v d="$tmp/seeds/rxatoms" '{
	f = d "/uap_" NR
	print $0 > f
	printf "Mozilla/5.0 (Linux; Android 10; SM-G960F) AppleWebKit/537.36 " \
	    "(KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36" > f
	close(f)
    }'

# Run.
mkdir -p "$fz/crashes"
crashed=0
for t in $targets; do
	mkdir -p "$fz/corpus/$t"
	dirs="$fz/corpus/$t"
	[ -d "$fz/seeds/$t" ] && dirs="$dirs $fz/seeds/$t"
	[ -d "$tmp/seeds/$t" ] && dirs="$dirs $tmp/seeds/$t"
	log=$tmp/$t.log
	# shellcheck disable=SC2086
	"$fz/$t-fuzz" -max_total_time="$secs" -max_len="$maxlen" \
	    -timeout=25 -print_final_stats=1 \
	    -artifact_prefix="$fz/crashes/$t-" $dirs >"$log" 2>&1
	rc=$?
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
	eps=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
	done_line=$(grep '^Done [0-9]* runs in' "$log" | tail -n 1)
	if [ -n "$done_line" ]; then
		runs=$(echo "$done_line" | awk '{ print $2 }')
		s=$(echo "$done_line" | awk '{ print $5 }')
	else
		s=?
	fi
	artifact=$(sed -n 's/.*Test unit written to //p' "$log" | tail -n 1)
	if [ $rc -eq 0 ] && [ -z "$artifact" ]; then
		result=ok
	else
		crashed=1
		result="CRASHED (exit $rc)"
		cp "$log" "$fz/crashes/$t.log"
	fi
	printf '%-10s %s s, %s runs, %s exec/s, corpus %s files: %s\n' \
	    "$t" "$s" "${runs:-?}" "${eps:-?}" \
	    "$(ls "$fz/corpus/$t" | wc -l | tr -d ' ')" "$result"
	if [ "$result" != ok ]; then
		grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error)' "$log" |
		    head -n 5 | sed 's/^/    /'
		echo "    crash file: ${artifact:-none written}"
		echo "    log: $fz/crashes/$t.log"
		[ -n "$artifact" ] && echo "    reproduce: $fz/$t-fuzz $artifact"
	fi
done
exit $crashed
