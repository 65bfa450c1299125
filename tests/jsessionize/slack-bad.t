--slack must be below the timeout: --slack 30m with the default 30m and
--slack 10m with -t 10m exit 2; --slack 29m and --slack 9m -t 10m are fine
(exit 0, empty input: just the header, dropped here with --no-header).
Junk is a usage error too.
--- cmd
jsessionize --stream --slack 30m </dev/null 2>/dev/null; echo "exit $?"
jsessionize --stream --slack 10m -t 10m </dev/null 2>/dev/null; echo "exit $?"
jsessionize --stream --slack junk </dev/null 2>/dev/null; echo "exit $?"
jsessionize --stream --slack 29m --no-header </dev/null; echo "exit $?"
jsessionize --stream --slack 9m -t 10m --no-header </dev/null; echo "exit $?"
--- stdout
exit 2
exit 2
exit 2
exit 0
exit 0
