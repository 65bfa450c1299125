Funnel mode's usage errors (exit 2): page mode's --sort, --exit-rate
and --min-views have no meaning per step; -f without steps; a bad step
option value; -n that is not a whole number (or too large).
--- cmd
jdropoff -s / --sort views x.log; echo "exit $?"
jdropoff -s / --exit-rate sessions x.log; echo "exit $?"
jdropoff -s / --min-views 3 x.log; echo "exit $?"
jdropoff -f stage x.log; echo "exit $?"
jdropoff -s / --order sideways x.log; echo "exit $?"
jdropoff -s / -n abc x.log; echo "exit $?"
jdropoff -s / -n 4294967297 x.log; echo "exit $?"
--- stdout
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
--- stderr
jdropoff: --sort is for page mode; in funnel mode (-s) the report is per step
Try 'jdropoff --help'.
jdropoff: --exit-rate is for page mode; in funnel mode (-s) the report is per step
Try 'jdropoff --help'.
jdropoff: --min-views is for page mode; in funnel mode (-s) the report is per step
Try 'jdropoff --help'.
jdropoff: -f is for funnel mode: give steps with -s
Try 'jdropoff --help'.
jdropoff: bad --order "sideways"
Try 'jdropoff --help'.
jdropoff: bad -n/--top "abc": give a whole number of pages (0 for all)
Try 'jdropoff --help'.
jdropoff: bad -n/--top "4294967297": give a whole number of pages (0 for all)
Try 'jdropoff --help'.
