--visitor with a field name the -F format does not log is a usage error
(exit 2), for a preset format and for a LogFormat string; the message ends
with the "Try" line.  Exit status checked and the last line.
--- cmd
jsessionize -F combined --visitor sid </dev/null 2>err; echo "exit $?"
tail -n 1 err
jsessionize -F '%h %l %u %t "%r" %>s %b "%{User-Agent}i" "%{sid}C"' --visitor X-Forwarded-For </dev/null 2>err; echo "exit $?"
tail -n 1 err
--- stdout
exit 2
Try 'jsessionize --help'.
exit 2
Try 'jsessionize --help'.
