Empty input: the header line only (or nothing with --json), and an
empty digraph with --dot; exit 0.
--- stdin
--- cmd
jpaths
jpaths --next / --json
jpaths --dot < /dev/null
--- stdout
#count	share	path
digraph jpaths {
	rankdir=LR;
	node [shape=box, fontname="Helvetica"];
	edge [fontname="Helvetica"];
}
