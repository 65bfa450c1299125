A log where no line parses: exit 2 and a message that says the format
cannot be told and to name it with -F.  Only the message and the exit
status are checked, not stdout.  The rest of the message's wording is
not in the spec, so only the named parts are checked.
--- cmd
printf 'hello world\nfoo bar baz\n' > junk.log
jsessionize junk.log > out 2> err
echo "exit $?"
grep -c 'junk.log: cannot tell the log format' err
grep -c -- '-F' err
--- stdout
exit 2
1
1
