--help writes the usage to stdout and exits 0 (its first line here);
--version the name and version.
--- cmd
jreport --help | head -n 1; echo "exit $?"
jreport -h | head -n 1
jreport --version
--- stdout
usage: jreport [-s STEP ...] [--steps FILE] [--title TEXT] [-n N]
exit 0
usage: jreport [-s STEP ...] [--steps FILE] [--title TEXT] [-n N]
jreport 0.1
