Usage errors exit 2 and say what to do.
--- cmd
jfunnel x.log; echo "exit $?"
jfunnel -s / --order sideways x.log; echo "exit $?"
jfunnel -s / --allow-reentry x.log; echo "exit $?"
jfunnel -s / --json --chart x.log; echo "exit $?"
jfunnel -s / --ascii x.log; echo "exit $?"
jfunnel -s / -w soon x.log; echo "exit $?"
jfunnel -s / --open --order strict x.log; echo "exit $?"
jfunnel -s / --order any --dedup x.log; echo "exit $?"
jfunnel -s '~(' x.log 2>&1 >/dev/null | head -n 1 | cut -c1-25; echo "exit $?"
--- stdout
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
jfunnel: bad regex "(" at
exit 0
--- stderr
jfunnel: no steps: give them with -s STEP (one per step, in order) or --steps FILE
Try 'jfunnel --help'.
jfunnel: bad --order "sideways"
Try 'jfunnel --help'.
jfunnel: --allow-reentry needs --order strict (or --strict-order)
Try 'jfunnel --help'.
jfunnel: --json, --chart and --explain are different outputs: give one
Try 'jfunnel --help'.
jfunnel: --ascii is a style of --chart: add --chart
Try 'jfunnel --help'.
jfunnel: bad --window "soon": give a duration such as 90s, 30m, 2h or 7d
Try 'jfunnel --help'.
jfunnel: --open goes with --order ordered or any, not with --order strict or --dedup
Try 'jfunnel --help'.
jfunnel: --order any has no step order: drop --dedup, --strict-increase and --step-window
Try 'jfunnel --help'.
