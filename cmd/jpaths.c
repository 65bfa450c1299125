/*
 * jpaths - the journeys customers take: top paths, what comes before or
 * after a page, transitions for Sankey diagrams and Graphviz.
 */
#include <stdio.h>

#include "cli.h"

static void
usage(FILE *f)
{
	fputs(
"usage: jpaths [-v] [-F FORMAT] [-t DUR] [-n N] [-d N] [-f COL] [--from PAT]\n"
"              [--to PAT] [--next PAT | --prev PAT | --edges | --dot]\n"
"              [--by COL] [--per visitor] [--json] [--no-header]\n"
"              [options] [FILE ...]\n"
"       jpaths --merge [analysis options] [PARTIAL ...]\n"
"Reads access logs (plain or gzip) or the event stream, writes the most\n"
"common journeys.  FILE - or no FILE reads standard input.\n"
"\n"
"Journeys:\n"
"  -n, --top N               rows to write (default 20; 0 for all)\n"
"  -d, --depth N             group journeys by their first N values\n"
"      --no-collapse         keep consecutive repeats of a value\n"
"      --from PATTERN        journeys from the first match onwards\n"
"      --to PATTERN          journeys up to and including the first match\n"
"  -f, --field COL           page (default), stage, channel, method,\n"
"                            status, host, referrer, url, browser, os,\n"
"                            device, device_class or owner\n"
"      --per UNIT            session (default) or visitor\n"
"Reports:\n"
"      --next PATTERN        what comes directly after a matching value\n"
"      --prev PATTERN        what comes directly before a matching value\n"
"      --edges               transitions: step, from, to, count\n"
"      --dot                 a Graphviz digraph of the transitions\n"
"      --min-count N         leave out rows and edges counted fewer times\n"
"      --by COL              one report per value of COL: channel, day,\n"
"                            returning, visit_number, a -f or other column\n""      --json                JSON Lines\n"
"      --no-header           no # header line\n"
"Beyond one machine (see jpaths(1), PARTIAL STATES):\n"
"      --partial             write the mergeable state, not the report\n"
"      --merge               FILEs are partial states: merge, report\n"
"      --shard K/N           only the visitors of hash bucket K of N\n"
"Input and sessions (all options of jsessionize(1) that shape sessions):\n"
"  -F, --format NAME|STRING  input format (default: detected)\n"
"  -t, --timeout DUR         inactivity that ends a session (default 30m)\n"
"      --stages FILE         PATTERN<TAB>STAGE lines, for -f stage\n"
"      --memory SIZE, -T DIR, -j/--jobs N, --stream, --since TIME,\n"
"      --until TIME,\n"
"  -q, --quiet               as in jsessionize(1): input in any order\n"
"      --progress, --no-progress  progress on stderr, or none (default:\n"
"                            on a terminal, once a run takes a second)\n"
"  -v, --verbose             counts on stderr\n"
"  -h, --help                this help\n"
"      --version             the version\n", f);
}

static const struct option own[] = {
	{ "top",	 required_argument, NULL, 'n' },
	{ "depth",	 required_argument, NULL, 'd' },
	{ "field",	 required_argument, NULL, 'f' },
	{ "no-collapse", no_argument,	    NULL, 0 },
	{ "from",	 required_argument, NULL, 0 },
	{ "to",		 required_argument, NULL, 0 },
	{ "next",	 required_argument, NULL, 0 },
	{ "prev",	 required_argument, NULL, 0 },
	{ "edges",	 no_argument,	    NULL, 0 },
	{ "dot",	 no_argument,	    NULL, 0 },
	{ "min-count",	 required_argument, NULL, 0 },
	{ "by",		 required_argument, NULL, 0 },
	{ "per",	 required_argument, NULL, 0 },
	{ "json",	 no_argument,	    NULL, 0 },
	{ "no-header",	 no_argument,	    NULL, 0 },
	{ NULL, 0, NULL, 0 }
};

int
main(int argc, char **argv)
{
	static const struct cli p = { "jpaths", "n:d:f:", own, usage };

	return cli_main(&p, argc, argv);
}
