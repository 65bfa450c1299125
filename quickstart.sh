#!/bin/sh
# quickstart.sh - install what the build needs where it is missing
# (Debian/Ubuntu: apt-get, with sudo when not root), build, and run
# jsessionize on the bundled sample log.
set -eu
cd "$(dirname "$0")"

need=""
command -v cc >/dev/null 2>&1 && command -v make >/dev/null 2>&1 ||
	need="$need build-essential"
command -v pkg-config >/dev/null 2>&1 || need="$need pkg-config"
pkg-config --exists libpcre2-8 2>/dev/null || need="$need libpcre2-dev"
pkg-config --exists zlib 2>/dev/null || need="$need zlib1g-dev"
# Data, not a library: uap-core's regexes.yaml parses User-Agents.
[ -f /usr/share/uap-core/regexes.yaml ] || need="$need uap-core"
if [ -n "$need" ]; then
	if ! command -v apt-get >/dev/null 2>&1; then
		echo "quickstart: please install:$need (PCRE2 8-bit and zlib" \
		    "development files, pkg-config, a C compiler)" >&2
		exit 1
	fi
	sudo=""
	[ "$(id -u)" = 0 ] || sudo=sudo
	echo "quickstart: installing$need" >&2
	$sudo apt-get update -qq
	# shellcheck disable=SC2086
	$sudo apt-get install -y -qq $need >/dev/null
fi
make
echo "== bin/jsessionize -v --summary testdata/sample.log.gz (sessions of 4+ pageviews)"
bin/jsessionize -v --summary testdata/sample.log.gz |
	awk -F'\t' 'NR == 1 || $6 >= 4' | head -n 16
echo "== bin/jfunnel --chart -s 'product=/product/*' -s /cart -s /checkout testdata/sample.log.gz"
bin/jfunnel --chart -s 'product=/product/*' -s /cart -s /checkout \
    testdata/sample.log.gz
echo "== bin/jpaths -n 5 testdata/sample.log.gz"
bin/jpaths -n 5 testdata/sample.log.gz
echo "== bin/jdropoff -n 5 testdata/sample.log.gz"
bin/jdropoff -n 5 testdata/sample.log.gz
