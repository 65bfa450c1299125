Empty input: the header alone in TSV, nothing with --json or --chart;
with --verbose the counts are all 0 and the check line says so.
--- cmd
jdropoff < /dev/null
jdropoff --json < /dev/null; jdropoff --chart < /dev/null
printf '#session\tvisitor\ttime\tpage\n' | jdropoff --verbose --no-header; echo "exit $?"
--- stdout
#page	views	sessions	entries	exits	exit_rate	bounces	bounce_rate
exit 0
--- stderr
(stdin): format tsv
jdropoff: lines 1: skipped 1, malformed 0, parsed 0
jdropoff: parsed 0: method 0, status 0, static 0, downloads 0, bots 0, excluded 0, late 0, pageviews 0
jdropoff: visitors 0, sessions 0
jdropoff: sessions 0, entries 0, exits 0, bounces 0, pageviews 0, rows 0
