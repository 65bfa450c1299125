A usage error's exit status is 2; --json with --dot is one; --help
and --version exit 0 (the first line of each shown).
--- cmd
jpaths --dot --json; echo "exit $?"
jpaths -h | head -n 1
jpaths --help >/dev/null; echo "exit $?"
jpaths --version
--- stdout
exit 2
usage: jpaths [-v] [-F FORMAT] [-t DUR] [-n N] [-d N] [-f COL] [--from PAT]
exit 0
jpaths 0.1
