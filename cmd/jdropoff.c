/*
 * jdropoff - where the journey loses sessions: per page, how many sessions
 * entered, left and bounced there (page mode); or, given steps, where the
 * sessions that stop at each step of a funnel go instead (funnel mode, on
 * jfunnel's engine).  Both share the input options.
 */
#include <stdio.h>

#include "cli.h"

static void
usage(FILE *f)
{
	fputs(
"usage: jdropoff [-v] [-n N] [--sort COLUMN] [--exit-rate views|sessions]\n"
"                [--min-views N] [--by COL] [--json | --chart [--ascii]]\n"
"                [--no-header] [options] [FILE ...]\n"
"       jdropoff -s STEP [-s STEP ...] [funnel options] [FILE ...]\n"
"       jdropoff --merge [analysis options] [PARTIAL ...]\n"
"Reads access logs (plain or gzip), event TSV or the event stream, and\n"
"writes one row per page: views, sessions, entries, exits, exit_rate,\n"
"bounces, bounce_rate.  Given steps, writes per step of the funnel the\n"
"sessions that reached it, went on and dropped, and for those that\n"
"dropped the next pages and exit pages.  FILE - or no FILE reads stdin.\n"
"\n"
"Page mode:\n"
"  -n, --top N               rows written, per --by group (default 20;\n"
"                            0 for all)\n"
"      --sort COLUMN         views, sessions, entries, exits (default),\n"
"                            exit_rate, bounces or bounce_rate; descending\n"
"      --exit-rate DENOM     views: exits/views (default, as Google\n"
"                            Analytics); sessions: exits/sessions (Matomo)\n"
"      --min-views N         leave out pages with fewer pageviews\n"
"      --by COL              a first column: channel, stage (needs\n"
"                            --stages), hour, day, week, month (when the\n"
"                            session began), returning, visit_number,\n"
"                            browser, os, device, device_class, owner or\n"
"                            another column\n"
"Funnel mode (as jfunnel(1); -n is the pages listed, default 5):\n""  -s, --step STEP           a step, [NAME=]PATTERN (repeat, in order)\n"
"      --steps FILE          steps from a file, one a line\n"
"  -f, --field COL           match COL instead of the page\n"
"      --exclude PATTERN     drop units that hit PATTERN between steps\n"
"      --per UNIT            session (default) or visitor\n"
"      --order ORDER         ordered (default), strict or any\n"
"  -w, --window DUR          all steps within DUR of step 1\n"
"      --step-window DUR     each step within DUR of the step before\n"
"      --open                a unit may enter at any step\n"
"      --reuse-events        one event may fill several steps\n"
"      --dedup               stop at a step's repeat\n"
"      --strict-increase     each step strictly later than the one before\n"
"      --strict-order        the same as --order strict\n"
"      --allow-reentry       with --order strict: skip out-of-order steps\n"
"Output:\n"
"      --json                JSON Lines\n"
"      --chart               bars of the sort column for a terminal\n"
"      --ascii               draw the bars with # (with --chart)\n"
"      --no-header           no # header line\n"
"Beyond one machine (see jdropoff(1), PARTIAL STATES):\n"
"      --partial             write the mergeable state, not the report\n"
"      --merge               FILEs are partial states: merge, report\n"
"      --shard K/N           only the visitors of hash bucket K of N\n"
"Input and sessions (as in jsessionize(1), which lists them all):\n"
"  -F, --format NAME|STRING  log format (default: detected)\n"
"  -t, --timeout DUR         inactivity that ends a session (default 30m)\n"
"      --stages FILE         PATTERN<TAB>STAGE lines\n"
"      --rewrite s#RE#REPL#  rewrite pages with PCRE2 (repeatable)\n"
"      --memory SIZE, -T DIR, -j/--jobs N, --stream, --since TIME,\n"
"      --until TIME,\n"
"  -q, --quiet               as in jsessionize(1): input in any order\n"
"      --progress, --no-progress  progress on stderr, or none (default:\n"
"                            on a terminal, once a run takes a second)\n"
"  -v, --verbose             counts and the totals check on stderr\n"
"  -h, --help                this help\n"
"      --version             the version\n", f);
}

/* Both modes' options: the analysis tells page mode from funnel mode. */
static const struct option own[] = {
	{ "top",	required_argument, NULL, 'n' },
	CLI_FUNNEL_OPTIONS,
	{ "sort",	required_argument, NULL, 0 },
	{ "exit-rate",	required_argument, NULL, 0 },
	{ "min-views",	required_argument, NULL, 0 },
	{ "by",		required_argument, NULL, 0 },
	{ "json",	no_argument,	   NULL, 0 },
	{ "chart",	no_argument,	   NULL, 0 },
	{ "ascii",	no_argument,	   NULL, 0 },
	{ "no-header",	no_argument,	   NULL, 0 },
	{ NULL, 0, NULL, 0 }
};

int
main(int argc, char **argv)
{
	static const struct cli p = { "jdropoff", "n:s:f:w:", own, usage };

	return cli_main(&p, argc, argv);
}
