Usage errors exit 2 with the program name, the problem and the fix,
and read no input.  (A --by column is checked against the input: see
tests/jfunnel/by-everywhere.t.)
--- cmd
jpaths --next / --edges
jpaths --edges --dot
jpaths -f stage
jpaths --by stage
jpaths -n x
jpaths -d 0
jpaths --min-count 0
jpaths --per x
jpaths -f foo
jpaths --dot --by channel
jpaths --next / --from /
jpaths --prev / -d 2
jpaths --from '~('
echo "exit $?"
--- stdout
exit 2
--- stderr
jpaths: --next and --edges do not go together: give one of them
Try 'jpaths --help'.
jpaths: --edges and --dot do not go together: give one of them
Try 'jpaths --help'.
jpaths: --field stage needs the stages: give --stages FILE
Try 'jpaths --help'.
jpaths: --by stage needs the stages: give --stages FILE
Try 'jpaths --help'.
jpaths: --top 'x': give a number, 0 for all
Try 'jpaths --help'.
jpaths: --depth '0': give a number of pages, 1 or more
Try 'jpaths --help'.
jpaths: --min-count '0': give a count, 1 or more
Try 'jpaths --help'.
jpaths: --per 'x': give session or visitor
Try 'jpaths --help'.
jpaths: --field 'foo': give one of page, stage, channel, method, status, host, referrer, url, browser, os, device, device_class, owner
Try 'jpaths --help'.
jpaths: --dot draws one graph: leave out --by and --json
Try 'jpaths --help'.
jpaths: --next looks at whole journeys: leave out --from, --to and --depth
Try 'jpaths --help'.
jpaths: --prev looks at whole journeys: leave out --from, --to and --depth
Try 'jpaths --help'.
jpaths: --from: bad regex "(" at offset 1: missing closing parenthesis
Try 'jpaths --help'.
