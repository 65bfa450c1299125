/*
 * jfunnel - how many sessions (or visitors) go through ordered steps.
 */
#include <stdio.h>

#include "cli.h"

static void
usage(FILE *f)
{
	fputs(
"usage: jfunnel -s STEP [-s STEP ...] [--steps FILE] [-f COL] [-w DUR]\n"
"               [--per session|visitor] [--order ordered|strict|any]\n"
"               [--json | --chart [--ascii] | --explain] [options] [FILE ...]\n"
"       jfunnel --merge [analysis options] [PARTIAL ...]\n"
"Counts the sessions or visitors that reach each step, in order, from access\n"
"logs (plain or gzip) or an event stream.  STEP is [NAME=]PATTERN: exact\n"
"text, a glob with * and ?, or ~REGEX.  FILE - or no FILE reads stdin.\n"
"\n"
"Steps:\n"
"  -s, --step STEP           a step (repeat, in order; up to 64)\n"
"      --steps FILE          steps from a file, one a line\n"
"  -f, --field COL           match COL instead of the page (stage, channel,\n"
"                            method, status, url, host, browser, os,\n"
"                            device, device_class, owner, a TSV column)\n"
"      --exclude PATTERN     drop units that hit PATTERN between their first\n"
"                            and last step reached (repeatable)\n"
"Rules:\n"
"      --per UNIT            session (default) or visitor\n"
"      --order ORDER         ordered (default), strict or any\n"
"  -w, --window DUR          all steps within DUR of step 1\n"
"      --step-window DUR     each step within DUR of the step before\n"
"      --open                a unit may enter at any step\n"
"      --reuse-events        one event may fill several steps\n"
"      --dedup               stop at a step's repeat (strict_deduplication)\n"
"      --strict-increase     each step strictly later than the one before\n"
"      --strict-order        the same as --order strict\n"
"      --allow-reentry       with --order strict: skip out-of-order steps\n"
"      --attribution MODEL   with --per visitor: credit the channel of the\n"
"                            converting visitors' first, last,\n"
"                            last-non-direct session, or linear (all)\n"
"Output:\n"
"      --by COL              one funnel per value of COL (channel, day,\n"
"                            stage, page, device_class, owner, a TSV\n"
"                            column...) at the unit's start\n"
"      --top N               with --by: N values, the rest as (other)\n"
"                            (default 10; 0 for all)\n"
"      --json                JSON Lines\n"
"      --chart               a bar chart for the terminal\n"
"      --ascii               the chart in plain ASCII\n"
"      --explain             a line per unit: steps reached, why it stopped\n"
"      --no-header           no # header line\n"
"Beyond one machine (see jfunnel(1), PARTIAL STATES):\n"
"      --partial             write the mergeable state, not the report\n"
"      --merge               FILEs are partial states: merge, report\n"
"  -v, --verbose             counts on stderr\n"
"  -h, --help                this help\n"
"      --version             the version\n"
"Input options shared with jsessionize (see jsessionize --help):\n"
"  -F FORMAT, -t DUR, --visitor, --split-midnight, --tz, --split-campaign,\n"
"  --max-pageviews, --max-sessions, --slack, --salt, --all, --keep-bots,\n"
"  --memory, -T/--temporary-directory, -j/--jobs, --stream, --since, --until,\n"
"  -q/--quiet, --progress, --no-progress,\n"
"  --keep-static, --strict, --time-format,\n"
"  --status, --methods, --static-list, --bot-list, --keep-query, --rewrite,\n"
"  --site-host, --stages, --rejects, --shard, --no-ua-bots, --print-lists,\n"
"  --ua-regexes, --owners\n", f);
}

static const struct option own[] = {
	CLI_FUNNEL_OPTIONS,
	{ "attribution",     required_argument, NULL, 0 },
	{ "by",		     required_argument, NULL, 0 },
	{ "top",	     required_argument, NULL, 0 },
	{ "json",	     no_argument,	NULL, 0 },
	{ "chart",	     no_argument,	NULL, 0 },
	{ "ascii",	     no_argument,	NULL, 0 },
	{ "explain",	     no_argument,	NULL, 0 },
	{ "no-header",	     no_argument,	NULL, 0 },
	{ NULL, 0, NULL, 0 }
};

int
main(int argc, char **argv)
{
	static const struct cli p = { "jfunnel", "s:f:w:", own, usage };

	return cli_main(&p, argc, argv);
}
