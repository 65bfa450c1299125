/*
 * jreport - the journey map: one self-contained HTML page (overview,
 * trend, channels, funnel, flow, entry and exit pages, segments) made in
 * one pass by the analyses of jfunnel, jdropoff and jpaths.
 */
#include <stdio.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "cli.h"

static void
usage(FILE *f)
{
	fputs(
"usage: jreport [-s STEP ...] [--steps FILE] [--title TEXT] [-n N]\n"
"               [-o FILE] [funnel options] [options] [FILE ...]\n"
"       jreport --merge [funnel options] [-o FILE] [PARTIAL ...]\n"
"Reads access logs (plain or gzip) or the event stream once and writes one\n"
"HTML page: overview, trend, channels, the funnel of the steps (if any),\n"
"the flow of the journeys, entry and exit pages, segments.  The page needs\n"
"no network and no script; it prints on A4.  FILE - or no FILE reads stdin.\n"
"\n"
"Report:\n"
"      --title TEXT          the page's title (default: Customer journeys)\n"
"  -n, --top N               pages per table and per flow column (default\n"
"                            10; 1 to 50)\n"
"  -o, --output FILE         write the page to FILE, not stdout\n"
"Funnel (as jfunnel(1)):\n"
"  -s, --step STEP           a step, [NAME=]PATTERN (repeat, in order)\n"
"      --steps FILE          steps from a file, one a line\n"
"  -f, --field COL           match COL instead of the page\n"
"      --exclude PATTERN     drop units that hit PATTERN between steps\n"
"      --per UNIT            session (default) or visitor\n"
"      --order ORDER         ordered (default), strict or any\n"
"  -w, --window DUR          all steps within DUR of step 1\n"
"      --step-window DUR     each step within DUR of the step before\n"
"      --open, --reuse-events, --dedup, --strict-increase,\n"
"      --strict-order, --allow-reentry   as in jfunnel(1)\n"
"Beyond one machine (see jreport(1), PARTIAL STATES):\n"
"      --partial             write the mergeable state, not the page\n"
"      --merge               FILEs are partial states: merge, write the page\n"
"      --shard K/N           only the visitors of hash bucket K of N\n"
"Input and sessions (as in jsessionize(1), which lists them all):\n"
"  -F, --format NAME|STRING  log format (default: detected)\n"
"  -t, --timeout DUR         inactivity that ends a session (default 30m)\n"
"      --stages FILE         PATTERN<TAB>STAGE lines: the flow is of stages\n"
"      --since TIME, --until TIME, --memory SIZE, -T DIR, --rewrite ...\n"
"  -j, --jobs N              threads that parse lines, as in jsessionize(1)\n"
"      --progress            progress on stderr, even when not a terminal\n"
"      --no-progress         no progress, even on a terminal\n"
"  -q, --quiet               no summary of unused lines on stderr\n"
"  -v, --verbose             counts on stderr\n"
"  -h, --help                this help\n"
"      --version             the version\n", f);
}

static const struct option own[] = {
	CLI_FUNNEL_OPTIONS,
	{ "title",	required_argument, NULL, 0 },
	{ "top",	required_argument, NULL, 'n' },
	{ "output",	required_argument, NULL, 'o' },
	{ NULL, 0, NULL, 0 }
};

int
main(int argc, char **argv)
{
	static const struct cli p = { "jreport", "s:f:w:n:o:", own, usage };

#ifdef __GLIBC__
	/*
	 * Tables of a MiB or more (visit counts, sets of visitors, the
	 * analyses' tables, the sorted runs' buffers) in pages of their
	 * own, given back when freed: glibc's threshold otherwise rises to
	 * 32 MiB as they are freed, and the freed ones stay resident among
	 * the sessions (75 MB more peak RSS on genlog's 5 GB).
	 */
	mallopt(M_MMAP_THRESHOLD, 1 << 20);
#endif
	return cli_main(&p, argc, argv);
}
