Usage errors exit 2 and name the fix.
--- cmd
jretention --cohort year x.log; echo "exit $?"
jretention --periods 0 x.log; echo "exit $?"
jretention --periods 1001 x.log; echo "exit $?"
jretention --json --chart x.log; echo "exit $?"
jretention --partial --merge x.log; echo "exit $?"
jretention --start '~(' x.log 2>&1 | head -n 1 | cut -c1-30
jretention --version
jretention --help | head -n 1
jretention --verbose --field page x.log 2>&1 | tail -n 1
--- stdout
exit 2
exit 2
exit 2
exit 2
exit 2
jretention: --start: bad regex
jretention 0.1
usage: jretention [--cohort day|week|month] [--periods N] [--start PATTERN]
jretention: cohorts 0, visitors in them 0
--- stderr
jretention: bad --cohort "year": give day, week or month
Try 'jretention --help'.
jretention: bad --periods "0": give a whole number of periods from 1 to 1000
Try 'jretention --help'.
jretention: bad --periods "1001": give a whole number of periods from 1 to 1000
Try 'jretention --help'.
jretention: --json and --chart are different outputs: give one
Try 'jretention --help'.
jretention: --partial and --merge do not go together: a merge writes the report
Try 'jretention --help'.
