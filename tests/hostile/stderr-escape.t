What a command line or a file name puts in a message on stderr is
escaped as JSON output shows it: ESC (1b), BEL (07) and the C1 control
c2 9b become the text \x1b, \x07, \xc2\x9b, so no message can set the
terminal's colour or title.  Main echoed them raw in every message: a
file's -v and -vv lines, a file that cannot be opened, a bad --rewrite,
and getopt's own "unrecognized option" and "requires an argument".  A
backslash typed in a regex is left as it is (the \d).  Expected by hand.
--- cmd
f=$(printf 'x\033[31m\302\233.log')
printf '1.1.1.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 1 "-" "M"\nbad\n' > "$f"
jsessionize -vv -o page "$f" "$(printf 'no\033]0;t\007such')" 2>&1 >/dev/null | grep -v 'parsed\|visitors'
jsessionize --rewrite "$(printf 's#\\d\033#x')" x 2>&1
jsessionize "$(printf -- '--b\033ogus')" 2>&1
jsessionize "$(printf -- '--rewrite')" 2>&1
jsessionize "$(printf -- '-\033')" 2>&1
jsessionize --jso=x 2>&1; echo "exit $?"
--- stdout
x\x1b[31m\xc2\x9b.log: format combined
x\x1b[31m\xc2\x9b.log:2: does not match the format
jsessionize: no\x1b]0;t\x07such: No such file or directory
jsessionize: 1 of 2 lines malformed (first: x\x1b[31m\xc2\x9b.log:2); see --rejects FILE
jsessionize: bad --rewrite "s#\d\x1b#x": it needs three '#' delimiters, as in 's#REGEX#REPLACEMENT#'
Try 'jsessionize --help'.
jsessionize: unrecognized option '--b\x1bogus'
Try 'jsessionize --help'.
jsessionize: option '--rewrite' requires an argument
Try 'jsessionize --help'.
jsessionize: invalid option -- '\x1b'
Try 'jsessionize --help'.
jsessionize: option '--json' doesn't allow an argument
Try 'jsessionize --help'.
exit 2
