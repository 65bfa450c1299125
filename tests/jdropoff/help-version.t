--help writes the usage to stdout and exits 0 (its first line here);
--version the name and version.
--- cmd
jdropoff --help | head -n 1; echo "exit $?"
jdropoff -h | head -n 1
jdropoff --version
--- stdout
usage: jdropoff [-v] [-n N] [--sort COLUMN] [--exit-rate views|sessions]
exit 0
usage: jdropoff [-v] [-n N] [--sort COLUMN] [--exit-rate views|sessions]
jdropoff 0.1
