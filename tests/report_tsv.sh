# report_tsv.sh - sourced by the tests of jreport's numbers.
#
# report_tsv DIR LOG STEP-OPTIONS... writes into DIR what the programs
# print for LOG, the tables tests/report_check.py numbers reads a page's
# numbers against: jsessionize --summary, jfunnel (and --by channel),
# jdropoff with the steps and in page mode, jpaths -n 10.
report_tsv() {
	d=$1 log=$2
	shift 2
	mkdir -p "$d"
	jsessionize --summary "$log" > "$d/summary.tsv"
	jfunnel "$@" "$log" > "$d/funnel.tsv"
	jfunnel --by channel --top 0 "$@" "$log" > "$d/funnel-ch.tsv"
	jdropoff "$@" "$log" > "$d/dropoff.tsv"
	jdropoff -n 0 "$log" > "$d/pages.tsv"
	jpaths -n 10 "$log" > "$d/paths.tsv"
}
