Page mode (no -s) with an option only funnel mode uses is a usage error
(exit 2) naming the option and the fix; main took --per visitor, -w,
--order and the rest and ignored them, exit 0, with the page table of
sessions as if they were not there.  Each option is given a valid value,
so the error is about the mode, not the value.
--- cmd
for o in "--per visitor" "-w 1h" "--window=1h" "--order any" "--step-window 5m" "--open" "--exclude /x" "--reuse-events" "--dedup" "--strict-increase" "--strict-order" "--allow-reentry"; do
	jdropoff $o x.log 2>&1 | head -n 1
	jdropoff $o x.log >/dev/null 2>&1; echo "exit $?"
done
--- file x.log
1.1.1.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 1 "-" "M"
--- stdout
jdropoff: --per is for funnel mode: give steps with -s (page mode counts the pages of every session)
exit 2
jdropoff: -w/--window is for funnel mode: give steps with -s (page mode counts the pages of every session)
exit 2
jdropoff: -w/--window is for funnel mode: give steps with -s (page mode counts the pages of every session)
exit 2
jdropoff: --order is for funnel mode: give steps with -s (page mode counts the pages of every session)
exit 2
jdropoff: --step-window is for funnel mode: give steps with -s (page mode counts the pages of every session)
exit 2
jdropoff: --open is for funnel mode: give steps with -s (page mode counts the pages of every session)
exit 2
jdropoff: --exclude is for funnel mode: give steps with -s (page mode counts the pages of every session)
exit 2
jdropoff: --reuse-events is for funnel mode: give steps with -s (page mode counts the pages of every session)
exit 2
jdropoff: --dedup is for funnel mode: give steps with -s (page mode counts the pages of every session)
exit 2
jdropoff: --strict-increase is for funnel mode: give steps with -s (page mode counts the pages of every session)
exit 2
jdropoff: --strict-order is for funnel mode: give steps with -s (page mode counts the pages of every session)
exit 2
jdropoff: --allow-reentry is for funnel mode: give steps with -s (page mode counts the pages of every session)
exit 2
