#!/usr/bin/env bash
# bench/bench.sh - throughput of the journey programs beside the floor set
# by cat, wc -l, zcat and zlib's inflate, and beside peers that do similar
# work (an awk sessionizer, GoAccess), all on the same generated log in the
# same run.  Run by `make bench` from the repository root.
#
# Environment (relative paths are taken from the repository root):
#   BENCH_MB    size of the generated log in 10^6 bytes (default 1024)
#   BENCH_DIR   scratch directory, logs cached there (default bench/out)
#   BIN         where the toolkit's programs are (default bin)
#   BENCH_RUNS  runs per row: best elapsed time, largest peak RSS (default 3)
#   BENCH_SEED  genlog seed (default 1)
#   BENCH_GOACCESS=0  skip GoAccess even if installed (it is slow)
#   BENCH_DUCKDB=0    skip DuckDB; else, where node and npm are found,
#               @duckdb/node-api is installed (once) into BENCH_NPM_DIR
#               (default ~/.cache/journey-bench) and DuckDB sessionizes
#               the log in SQL on 2 threads and on 1
#   BENCH_BIG   also stream BENCH_MB and this many MB from genlog into each
#               program to show peak RSS does not grow with the input
#               (default 5120; 0 skips it)
#   CC          compiler for tools/genlog.c and tools/inflate.c (default cc)
#
# To add a row, call `row NAME INPUT COMMAND...` in the list at the end:
# INPUT is plain or gzip (MB/s is always of the uncompressed log), the
# command's stdout goes to /dev/null.  A COMMAND under $BIN is a toolkit
# program: skipped with a note when not built, and also compared with the
# awk sessionizer on the same input.  ROW_RUNS=N before `row` overrides
# BENCH_RUNS for that row.
#
# Everything runs with LC_ALL=C and with the files in the page cache, so
# the numbers are CPU throughput, not disk speed.

[ -n "${BASH_VERSION:-}" ] || exec bash "$0" "$@"	# run as `sh bench/bench.sh`
set -u
export LC_ALL=C
cd "$(dirname "$0")/.." || exit 1

BENCH_MB=${BENCH_MB:-1024}
BENCH_DIR=${BENCH_DIR:-bench/out}
BIN=${BIN:-bin}
BENCH_RUNS=${BENCH_RUNS:-3}
BENCH_SEED=${BENCH_SEED:-1}
BENCH_GOACCESS=${BENCH_GOACCESS:-1}
BENCH_DUCKDB=${BENCH_DUCKDB:-1}
BENCH_NPM_DIR=${BENCH_NPM_DIR:-$HOME/.cache/journey-bench}
BENCH_BIG=${BENCH_BIG:-5120}
CC=${CC:-cc}

die() { echo "bench: $*" >&2; exit 1; }
# clock: CLOCK = now in seconds, to the microsecond (bash 5), no subshell.
clock() { CLOCK=${EPOCHREALTIME:-$(date +%s.%N)}; }
note() { echo "  note: $*"; }

case $BENCH_MB in ''|*[!0-9]*|0) die "BENCH_MB must be a positive integer, not '$BENCH_MB'" ;; esac
case $BENCH_RUNS in ''|*[!0-9]*|0) die "BENCH_RUNS must be a positive integer, not '$BENCH_RUNS'" ;; esac
case $BENCH_SEED in ''|*[!0-9]*) die "BENCH_SEED must be a number, not '$BENCH_SEED'" ;; esac
mkdir -p "$BENCH_DIR" || die "cannot create $BENCH_DIR"
TIMEF=$BENCH_DIR/.time
ERRF=$BENCH_DIR/.stderr

# GNU time gives the peak RSS; without it rows still get their seconds.
GNUTIME=
/usr/bin/time -f '%e %M' -o "$TIMEF" true 2>/dev/null && GNUTIME=/usr/bin/time

# --- tools -------------------------------------------------------------
"$CC" -O2 -o "$BENCH_DIR/genlog" tools/genlog.c ||
	die "cannot build tools/genlog.c with $CC"
INFLATE=$BENCH_DIR/inflate
"$CC" -O2 -o "$INFLATE" tools/inflate.c -lz 2>"$ERRF" || {
	echo "bench: cannot build tools/inflate.c (zlib missing?): the inflate row is skipped" >&2
	INFLATE=
}
AWK=mawk
command -v mawk >/dev/null 2>&1 || AWK='awk'
# DuckDB through its Node API, installed with npm into a cache folder.
DUCK=
if [ "$BENCH_DUCKDB" != 0 ] && command -v node >/dev/null 2>&1 &&
    command -v npm >/dev/null 2>&1; then
	if [ ! -d "$BENCH_NPM_DIR/node_modules/@duckdb/node-api" ]; then
		echo "installing @duckdb/node-api into $BENCH_NPM_DIR ..." >&2
		mkdir -p "$BENCH_NPM_DIR" && npm install --no-audit --no-fund \
		    --prefix "$BENCH_NPM_DIR" @duckdb/node-api >"$ERRF" 2>&1 ||
			echo "bench: npm install @duckdb/node-api failed: the DuckDB rows are skipped" >&2
	fi
	# Beside its node_modules, where node's import finds the package.
	[ -d "$BENCH_NPM_DIR/node_modules/@duckdb/node-api" ] &&
	    cp bench/duckdb-sessionize.mjs "$BENCH_NPM_DIR/" &&
	    DUCK=$BENCH_NPM_DIR/duckdb-sessionize.mjs
fi

# --- input -------------------------------------------------------------
# The cache is named by size, seed and generator source, so a change to
# any of them makes a new log; older ones are removed to bound disk use.
id=$(cksum <tools/genlog.c | cut -d' ' -f1)
LOG=$BENCH_DIR/access-${BENCH_MB}M-s$BENCH_SEED-$id.log
GZ=$LOG.gz
want=$((BENCH_MB * 1000000))
size() { wc -c <"$1" | tr -d ' '; }
if [ ! -f "$LOG" ] || [ "$(size "$LOG")" -lt "$want" ]; then
	for f in "$BENCH_DIR"/access-*.log "$BENCH_DIR"/access-*.log.gz; do
		[ -e "$f" ] && [ "$f" != "$LOG" ] && [ "$f" != "$GZ" ] && rm -f "$f"
	done
	rm -f "$GZ"
	echo "generating $LOG ..." >&2
	clock
	t0=$CLOCK
	if ! "$BENCH_DIR/genlog" -s "$BENCH_SEED" -m "$BENCH_MB" >"$LOG.tmp"; then
		rm -f "$LOG.tmp"
		die "genlog failed"
	fi
	mv "$LOG.tmp" "$LOG"
	clock
	t1=$CLOCK
	awk -v a="$t0" -v b="$t1" -v mb="$BENCH_MB" 'BEGIN {
		printf("genlog: %d MB in %.2f s (%.0f MB/s)\n", mb, b - a, mb / (b - a)) }' >&2
fi
if [ ! -f "$GZ" ] || [ ! "$GZ" -nt "$LOG" ]; then
	echo "compressing with gzip -6 ..." >&2
	if ! gzip -6 -c "$LOG" >"$GZ.tmp"; then
		rm -f "$GZ.tmp"
		die "gzip failed"
	fi
	mv "$GZ.tmp" "$GZ"
fi
BYTES=$(size "$LOG")
GZBYTES=$(size "$GZ")
LINES=$(wc -l <"$LOG" | tr -d ' ')

# --- measuring -----------------------------------------------------------
# measure CMD...: one run, stdout discarded; sets SECS and RSS (KiB).
# Elapsed comes from the shell's microsecond clock around the run (the
# 10 ms steps of time's %e are too coarse for small logs), peak RSS from
# GNU time's %M.
measure() {
	local t0 t1 rc
	clock
	t0=$CLOCK
	if [ -n "$GNUTIME" ]; then
		"$GNUTIME" -f '%e %M %U %S' -o "$TIMEF" "$@" >/dev/null 2>"$ERRF"
	else
		"$@" >/dev/null 2>"$ERRF"
	fi
	rc=$?
	clock
	t1=$CLOCK
	SECS=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf("%.6f", b - a) }')
	RSS= CPU=
	if [ -n "$GNUTIME" ]; then
		RSS=$(tail -n 1 "$TIMEF" | cut -d' ' -f2)
		CPU=$(tail -n 1 "$TIMEF" | awk '{ printf("%.2f", $3 + $4) }')
	fi
	return $rc
}

FAILED=0
LAST=		# seconds of the last row, "" if skipped or failed
BASE_plain='' BASE_gzip='' AWK_plain='' AWK_gzip=''

# row NAME INPUT COMMAND...
row() {
	local name=$1 kind=$2 prog=0 best='' rss=0 cpu='' i rc base awkbase
	shift 2
	LAST=
	case $1 in
	"$BIN"/*)
		prog=1
		if [ ! -x "$1" ]; then
			printf '%-26s %-6s skipped: %s is not built\n' "$name" "$kind" "$1"
			return 0
		fi ;;
	*)
		if ! command -v "$1" >/dev/null 2>&1; then
			printf '%-26s %-6s skipped: %s is not installed\n' "$name" "$kind" "$1"
			return 0
		fi ;;
	esac
	for ((i = 1; i <= ${ROW_RUNS:-$BENCH_RUNS}; i++)); do
		measure "$@"
		rc=$?
		if [ $rc != 0 ]; then
			printf '%-26s %-6s FAILED (exit %d): %s\n' "$name" "$kind" \
			    $rc "$(head -n 1 "$ERRF")"
			[ $prog = 1 ] && FAILED=1
			return 0
		fi
		best=$(awk -v a="$best" -v b="$SECS" 'BEGIN { print (a == "" || b < a) ? b : a }')
		[ -n "$CPU" ] && cpu=$(awk -v a="$cpu" -v b="$CPU" 'BEGIN { print (a == "" || b < a) ? b : a }')
		[ -n "$RSS" ] && [ "$RSS" -gt "$rss" ] && rss=$RSS
	done
	LAST=$best LASTCPU=$cpu
	if [ "$kind" = gzip ]; then
		base=$BASE_gzip awkbase=$AWK_gzip
	else
		base=$BASE_plain awkbase=$AWK_plain
	fi
	[ $prog = 1 ] || awkbase=
	[ -n "$GNUTIME" ] || rss=
	awk -v name="$name" -v kind="$kind" -v s="$best" -v bytes="$BYTES" \
	    -v lines="$LINES" -v rss="$rss" -v base="$base" -v ab="$awkbase" \
	    -v cpu="$cpu" '
	function ratio(b) { return b == "" ? "-" : sprintf("%.2fx", b / s) }
	BEGIN {
		if (s <= 0)
			s = 1e-6
		printf("%-26s %-6s %8.3f %8.0f %9.2fM %8s %8s %8s %8s\n", name,
		    kind, s, bytes / 1e6 / s, lines / 1e6 / s,
		    rss == "" ? "-" : sprintf("%.1f", rss / 1024),
		    ratio(base), ratio(ab), cpu == "" ? "-" : cpu)
	}'
}

# --- report --------------------------------------------------------------
model=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)
mem=$(awk '/^MemTotal/ { printf("%.1f GiB", $2 / 1048576) }' /proc/meminfo 2>/dev/null)
echo "== journey benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "machine: $(nproc 2>/dev/null || echo '?') CPUs, ${model:-$(uname -m)}, ${mem:-? memory}, $(uname -sr)"
echo "compiler: $("$CC" --version 2>/dev/null | head -n 1)"
awk -v b="$BYTES" -v g="$GZBYTES" -v l="$LINES" -v f="$LOG" 'BEGIN {
	printf("input: %s\n       %.1f MB, %d lines (%.0f bytes/line); gzip -6: %.1f MB (%.1f:1)\n",
	    f, b / 1e6, l, b / l, g / 1e6, b / g) }'
echo "runs: best elapsed of $BENCH_RUNS, largest peak RSS, least CPU (user + sys:"
echo "      on a machine others share, steadier than elapsed); files in page cache"
[ -n "$GNUTIME" ] || note "GNU time not found at /usr/bin/time: no peak RSS"
echo
printf '%-26s %-6s %8s %8s %10s %8s %8s %8s %8s\n' program input seconds \
    'MB/s' 'lines/s' 'RSS MB' 'vs base' 'vs awk' 'cpu s'
cat "$LOG" "$GZ" >/dev/null		# warm the page cache

row 'cat' plain cat "$LOG"
BASE_plain=$LAST
row 'wc -l' plain wc -l "$LOG"
row "$AWK sessionize" plain "$AWK" -f bench/awk-sessionize.awk "$LOG"
AWK_plain=$LAST
AWKSUM=
[ -n "$AWK_plain" ] && AWKSUM=$(tail -n 1 "$ERRF")
if [ "$BENCH_GOACCESS" != 0 ]; then
	# About 100 times slower than the rest: one run is enough.
	ROW_RUNS=1 row 'goaccess (json, 1 run)' plain goaccess "$LOG" \
	    --log-format=COMBINED \
	    -o json --no-progress
	GOA=$LAST
fi
if [ -n "$DUCK" ]; then
	row 'duckdb SQL, 2 threads' plain node "$DUCK" "$LOG" 2
	DUCK2=$LAST
	DUCKSUM=$(tail -n 1 "$ERRF")
	row 'duckdb SQL, 1 thread' plain node "$DUCK" "$LOG" 1
	DUCK1=$LAST
fi
# The same sessions as DuckDB's (every parsed line, no filter).
row 'jsessionize --all' plain "$BIN/jsessionize" --all -v "$LOG"
ALL_js=$LAST
JSALL=$(awk '/: parsed [0-9]+: / { p = $NF }
    /: visitors / { v = $3; sub(/,/, "", v); s = $5 }
    END { if (p != "") printf("pageviews %s sessions %s visitors %s", p, s, v) }' "$ERRF")
row 'jsessionize' plain "$BIN/jsessionize" "$LOG"
ONE_js=$LAST
# -j 1: parsing on the main thread too (the row above parses on the cores).
row 'jsessionize -j 1' plain "$BIN/jsessionize" -j 1 "$LOG"
# The watermark path, which was the only one before input in any order
# was made exact: the cost of the exact path on in-order input.
row 'jsessionize --stream' plain "$BIN/jsessionize" --stream "$LOG"
STREAM_js=$LAST
# uap-core: the default run above parses each distinct UA the bot list
# lets through (Spider, feed readers); without that rule, and with the
# parsed columns written, the cost of the parser and its cache.
row 'jsessionize --no-ua-bots' plain "$BIN/jsessionize" --no-ua-bots "$LOG"
row 'jsessionize -o +browser..' plain "$BIN/jsessionize" \
    -o session,visitor,seq,time,page,status,channel,browser,os,device_class \
    "$LOG"
FUNNEL="-s / -s /product/* -s /cart* -s /checkout* -s /order/complete"
# shellcheck disable=SC2086 # the steps are words
row 'jfunnel' plain "$BIN/jfunnel" $FUNNEL "$LOG"
ONE_jfunnel=$LAST ONE_jfunnel_cpu=$LASTCPU
# shellcheck disable=SC2016,SC2086
row 'jsessionize | jfunnel' plain sh -c '"$1/jsessionize" "$2" |
    "$1/jfunnel" -s / -s "/product/*" -s "/cart*" -s "/checkout*" \
    -s /order/complete' sh "$BIN" "$LOG"
row 'jpaths' plain "$BIN/jpaths" "$LOG"
ONE_jpaths=$LAST
row 'jdropoff' plain "$BIN/jdropoff" "$LOG"
ONE_jdropoff=$LAST
row 'jretention' plain "$BIN/jretention" "$LOG"
ONE_jretention=$LAST
# The journey map: every analysis above and more in one pass over the
# log, against jfunnel's one (issue 15: about the time of jfunnel).
# shellcheck disable=SC2086
row 'jreport' plain "$BIN/jreport" $FUNNEL -o /dev/null "$LOG"
if [ -n "$LAST" ] && [ -n "$ONE_jfunnel" ]; then
	note "jreport took $(awk -v a="$LAST" -v b="$ONE_jfunnel" \
	    -v c="$LASTCPU" -v d="$ONE_jfunnel_cpu" 'BEGIN { printf "%.2f", a / b
	    if (c > 0 && d > 0) printf " (CPU seconds: %.2f)", c / d }') times jfunnel's time on this log"
fi

row 'zcat (gzip -dc)' gzip gzip -dc "$GZ"
BASE_gzip=$LAST
if [ -n "$INFLATE" ]; then
	row 'inflate (zlib only)' gzip "$INFLATE" "$GZ"
	INFL=$LAST
fi
row 'igzip -dc (ISA-L)' gzip igzip -dc "$GZ"
IGZ=$LAST
# shellcheck disable=SC2016 # $1 and $2 are sh -c's arguments
row "zcat | $AWK sessionize" gzip sh -c \
    'gzip -dc "$1" | "$2" -f bench/awk-sessionize.awk' sh "$GZ" "$AWK"
AWK_gzip=$LAST
row 'jsessionize' gzip "$BIN/jsessionize" "$GZ"
GZ_js=$LAST
row 'jsessionize -j 1' gzip "$BIN/jsessionize" -j 1 "$GZ"
GZ_backend=$("$BIN/jsessionize" -v "$GZ" 2>&1 >/dev/null |
    sed -n 's/.*gzip input inflated with //p')
# shellcheck disable=SC2086
row 'jfunnel' gzip "$BIN/jfunnel" $FUNNEL "$GZ"
row 'jpaths' gzip "$BIN/jpaths" "$GZ"
row 'jdropoff' gzip "$BIN/jdropoff" "$GZ"
# shellcheck disable=SC2086
row 'jreport' gzip "$BIN/jreport" $FUNNEL -o /dev/null "$GZ"

# --- beyond one machine ---------------------------------------------------
# Two shards (--shard 1/2 and 2/2, --partial) at once on two cores against
# the one process above on the same log, then the --merge of their two
# partial states.  Each shard reads and parses the whole log and keeps
# half the visitors, so the speed-up is what sessionizing and analysing
# gain, less what parsing costs twice.
SHARDS=
# shards NAME ONE_SECONDS PROGRAM ARGS...: the rows and the summary line.
shards() {
	local name=$1 one=$2 two merge
	shift 2
	# shellcheck disable=SC2016 # $1... are sh -c's arguments
	row "$name 2 shards" plain sh -c 'set -f; out=$1 log=$2; shift 2
	    "$@" --shard 1/2 --partial "$log" > "$out.1" & pid=$!
	    "$@" --shard 2/2 --partial "$log" > "$out.2" || exit 1
	    wait $pid' sh "$BENCH_DIR/part" "$LOG" "$@"
	two=$LAST
	row "$name --merge" plain "$@" --merge "$BENCH_DIR/part.1" \
	    "$BENCH_DIR/part.2"
	merge=$LAST
	if [ -n "$one" ] && [ -n "$two" ] && [ -n "$merge" ]; then
		"$@" "$LOG" > "$BENCH_DIR/one.out" 2>/dev/null
		"$@" --merge "$BENCH_DIR/part.1" "$BENCH_DIR/part.2" |
		    cmp -s - "$BENCH_DIR/one.out" && same=same || same=DIFFERENT
		[ $same = same ] || FAILED=1
		SHARDS="$SHARDS$(awk -v n="$name" -v a="$one" -v b="$two" \
		    -v m="$merge" -v s="$same" -v p="$(size "$BENCH_DIR/part.1")" 'BEGIN {
			printf("%s: 2 shards %.2fx one process (%.3f s vs %.3f s); merge %.3f s, %.1f%% of the sharded run, partials %.1f MB; report %s\n",
			    n, a / b, b, a, m, 100 * m / b, p / 1e6, s) }')
"
	fi
	rm -f "$BENCH_DIR/part.1" "$BENCH_DIR/part.2" "$BENCH_DIR/one.out"
}
if [ "$(nproc 2>/dev/null || echo 1)" -lt 2 ]; then
	note "one CPU: the 2-shard rows would not run in parallel, skipped"
else
	# shellcheck disable=SC2086
	shards jfunnel "$ONE_jfunnel" "$BIN/jfunnel" $FUNNEL
	shards jpaths "$ONE_jpaths" "$BIN/jpaths"
fi

# --- input out of order -------------------------------------------------
# The same log with its hours in a shuffled order (each hour in order
# inside, as rotated or per-node files concatenated in the wrong order):
# exact in memory, exact with a small --memory that spills sorted runs,
# and --stream, which sets the late lines aside.
SHUF=$BENCH_DIR/bench-$BENCH_MB-$BENCH_SEED-hours.log
if [ ! -s "$SHUF" ]; then
	awk 'BEGIN { srand(1) }
	{ h = substr($4, 2, 14); if (!(h in key)) key[h] = rand()
	  print key[h] "\t" NR "\t" $0 }' "$LOG" | sort -t '	' -k1,1 -k2,2n |
	    cut -f3- > "$SHUF.tmp" && mv "$SHUF.tmp" "$SHUF"
fi
echo
echo "input in any order: $(basename "$SHUF"), the log's hours shuffled"
row 'jsessionize (in order)' plain "$BIN/jsessionize" "$LOG"
row 'jsessionize' plain "$BIN/jsessionize" "$SHUF"
row 'jsessionize --memory 64M' plain "$BIN/jsessionize" --memory 64M -v "$SHUF"
grep 'sorted runs' "$ERRF" | sed 's/^/  /'
row 'jsessionize --stream' plain "$BIN/jsessionize" --stream "$SHUF"
head -n 1 "$ERRF" | sed 's/^/  /'
if [ -x "$BIN/jsessionize" ]; then
	a=$("$BIN/jsessionize" -q --summary "$LOG" | wc -l)
	b=$("$BIN/jsessionize" -q --summary "$SHUF" | wc -l)
	c=$("$BIN/jsessionize" -q --summary --memory 64M "$SHUF" | wc -l)
	echo "  sessions: in order $((a - 1)), shuffled $((b - 1)), spilled $((c - 1))"
fi

# --- memory against input size --------------------------------------------
# The log streamed from the generator, never stored: memory must stay that
# of the sessions open at once, whatever the length of the input (issue
# 18: under 200 MB at 1 GB and 5 GB, every program, default options).
if [ -n "$GNUTIME" ] && [ "$BENCH_BIG" != 0 ]; then
	echo
	echo "peak RSS on generated logs streamed through a pipe (goal < 200 MB):"
	# shellcheck disable=SC2086 # the steps are words
	for cmd in jsessionize 'jsessionize --stream' "jfunnel $FUNNEL" jpaths \
	    jdropoff jretention 'jreport -o /dev/null'; do
		set -f
		# shellcheck disable=SC2086
		set -- $cmd
		set +f
		[ -x "$BIN/$1" ] || continue
		for mb in "$BENCH_MB" "$BENCH_BIG"; do
			"$BENCH_DIR/genlog" -s "$BENCH_SEED" -m "$mb" |
			    "$GNUTIME" -f '%e %M %U %S' -o "$TIMEF" "$BIN/$1" \
			    "${@:2}" >/dev/null 2>"$ERRF" || { FAILED=1; continue; }
			awk -v n="${cmd%% -s*}" -v mb="$mb" '{ printf("  %-22s %6d MB: peak RSS %6.1f MB %s (%.1f cpu s)\n", n, mb, $2 / 1024, $2 / 1024 < 200 ? "ok  " : "OVER", $3 + $4) }' "$TIMEF"
		done
	done
fi

echo
echo "vs base: speed relative to cat (plain rows) or zcat (gzip rows), higher is faster"
echo "vs awk: speed relative to the awk sessionizer on the same input"
echo "awk check: ${AWKSUM:-?}"
if [ -n "$DUCK" ]; then
	[ "${DUCKSUM:-}" = "$JSALL" ] && dsame=same || { dsame=DIFFERENT; FAILED=1; }
	echo "duckdb check: duckdb ${DUCKSUM:-?}; jsessionize --all $JSALL: $dsame"
fi
# The goals of issue 18, each a ratio of two rows of this run.
# goal NAME A B WANT: A's speed over B's (B's seconds over A's).
goal() {
	[ -n "$2" ] && [ -n "$3" ] || { printf '  %-52s -\n' "$1"; return; }
	awk -v n="$1" -v a="$2" -v b="$3" -v w="$4" 'BEGIN {
		printf("  %-52s %6.2fx   (goal %s)\n", n, b / a, w) }'
}
echo "ratios (speed of the first over the second, same run):"
awk -v s="${ONE_js:-}" -v b="$BYTES" 'BEGIN { if (s != "")
	printf("  %-52s %6.0f MB/s (goal >= 1000 MB/s)\n", "jsessionize plain", b / 1e6 / s) }'
goal 'jsessionize vs cat' "${ONE_js:-}" "${BASE_plain:-}" '-'
goal "jsessionize vs $AWK sessionizer" "${ONE_js:-}" "${AWK_plain:-}" '>= 8x'
goal 'jsessionize --all vs duckdb, 2 threads' "${ALL_js:-}" "${DUCK2:-}" '>= 4x'
goal 'jsessionize --all vs duckdb, 1 thread' "${ALL_js:-}" "${DUCK1:-}" '-'
goal 'jsessionize vs goaccess' "${ONE_js:-}" "${GOA:-}" '-'
goal 'jsessionize (exact, in order) vs --stream' "${ONE_js:-}" "${STREAM_js:-}" '>= 1x'
goal 'jfunnel vs jsessionize' "${ONE_jfunnel:-}" "${ONE_js:-}" '>= 0.83x'
goal 'jpaths vs jsessionize' "${ONE_jpaths:-}" "${ONE_js:-}" '>= 0.83x'
goal 'jdropoff vs jsessionize' "${ONE_jdropoff:-}" "${ONE_js:-}" '>= 0.83x'
goal 'jretention vs jsessionize' "${ONE_jretention:-}" "${ONE_js:-}" '>= 0.83x'
goal "jsessionize gzip ($GZ_backend) vs zlib inflate" "${GZ_js:-}" "${INFL:-}" '>= 0.83x'
goal "jsessionize gzip ($GZ_backend) vs igzip -dc" "${GZ_js:-}" "${IGZ:-}" '-'
goal "jsessionize gzip ($GZ_backend) vs plain" "${GZ_js:-}" "${ONE_js:-}" '1x with ISA-L'
[ -z "$SHARDS" ] || printf 'sharding (same log, same run):\n%s' "$SHARDS"
[ "$BENCH_GOACCESS" != 0 ] || note "GoAccess skipped (BENCH_GOACCESS=0)"
rm -f "$TIMEF" "$ERRF"
exit $FAILED
