-t 0 and junk durations are usage errors (exit 2).  The message names the
bad value and the fix (a duration such as 30m...) -- the exact wording was
taken from the source, not the spec, which says only "<what is wrong and
the fix>" followed by the Try line.
--- cmd
for t in 0 5x '' -3m; do
	jsessionize -t "$t" </dev/null; echo "exit $?"
done
--- stdout
exit 2
exit 2
exit 2
exit 2
--- stderr
jsessionize: bad --timeout "0": give a duration such as 30m, 1h, 90s or 1800
Try 'jsessionize --help'.
jsessionize: bad --timeout "5x": give a duration such as 30m, 1h, 90s or 1800
Try 'jsessionize --help'.
jsessionize: bad --timeout "": give a duration such as 30m, 1h, 90s or 1800
Try 'jsessionize --help'.
jsessionize: bad --timeout "-3m": give a duration such as 30m, 1h, 90s or 1800
Try 'jsessionize --help'.
