Usage errors exit 2, name the bad value and the fix, and point at --help;
no input is read.  (A --by column is checked against the input: see
tests/jfunnel/by-everywhere.t.)
--- cmd
jdropoff --sort page </dev/null; echo "exit $?"
jdropoff --exit-rate visits </dev/null; echo "exit $?"
jdropoff -n x </dev/null; echo "exit $?"
jdropoff --top -1 </dev/null; echo "exit $?"
jdropoff --min-views 1k </dev/null; echo "exit $?"
jdropoff --by stage </dev/null; echo "exit $?"
jdropoff --chart --json </dev/null; echo "exit $?"
jdropoff --ascii </dev/null; echo "exit $?"
jdropoff -t 0 </dev/null; echo "exit $?"
jdropoff --bogus </dev/null; echo "exit $?"
--- stdout
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
--- stderr
jdropoff: bad --sort "page": give one of views, sessions, entries, exits, exit_rate, bounces, bounce_rate
Try 'jdropoff --help'.
jdropoff: bad --exit-rate "visits": give views (exits/views, as Google Analytics) or sessions (exits/sessions, as Matomo)
Try 'jdropoff --help'.
jdropoff: bad -n/--top "x": give a whole number of rows (0 for all)
Try 'jdropoff --help'.
jdropoff: bad -n/--top "-1": give a whole number of rows (0 for all)
Try 'jdropoff --help'.
jdropoff: bad --min-views "1k": give a whole number of pageviews
Try 'jdropoff --help'.
jdropoff: --by stage needs --stages FILE: without it no page has a stage
Try 'jdropoff --help'.
jdropoff: --chart and --json do not go together: choose one
Try 'jdropoff --help'.
jdropoff: --ascii goes with --chart
Try 'jdropoff --help'.
jdropoff: bad --timeout "0": give a duration such as 30m, 1h, 90s or 1800
Try 'jdropoff --help'.
jdropoff: unrecognized option '--bogus'
Try 'jdropoff --help'.
