/*
 * jretention - cohorts of visitors by their first visit, and the share
 * that comes back in each later period.
 */
#include <stdio.h>

#include "cli.h"

static void
usage(FILE *f)
{
	fputs(
"usage: jretention [--cohort day|week|month] [--periods N] [--start PATTERN]\n"
"                  [--return PATTERN] [-f COL] [--json | --chart] [options]\n"
"                  [FILE ...]\n"
"       jretention --merge [analysis options] [PARTIAL ...]\n"
"Groups visitors by the day, week or month (in --tz) of their first session\n"
"and counts, for each cohort, the visitors that came back in each of the N\n"
"periods after it, from access logs (plain or gzip) or an event stream.\n"
"PATTERN is exact text, a glob with * and ?, or ~REGEX, as jfunnel's steps.\n"
"FILE - or no FILE reads stdin.\n"
"\n"
"Cohorts:\n"
"      --cohort UNIT         day (default), week (ISO, from Monday) or month\n"
"      --periods N           periods after the cohort's (default 7 days,\n"
"                            8 weeks, 12 months; at most 1000)\n"
"      --start PATTERN       the cohort is the period of the first pageview\n"
"                            matching PATTERN (default: the first session)\n"
"      --return PATTERN      a return is a pageview matching PATTERN\n"
"                            (default: any session, by its start)\n"
"  -f, --field COL           match COL instead of the page (stage, channel,\n"
"                            method, status, url, host, browser, os,\n"
"                            device, device_class, owner, a TSV column)\n"
"Output:\n"
"      --json                JSON Lines\n"
"      --chart               a triangle of percentages for the terminal\n"
"      --no-header           no # header line\n"
"Beyond one machine (see jretention(1), PARTIAL STATES):\n"
"      --partial             write the mergeable state, not the report\n"
"      --merge               FILEs are partial states: merge, report\n"
"  -v, --verbose             counts on stderr\n"
"  -h, --help                this help\n"
"      --version             the version\n"
"Input options shared with jsessionize (see jsessionize --help):\n"
"  -F FORMAT, -t DUR, --visitor, --split-midnight, --tz, --split-campaign,\n"
"  --max-pageviews, --max-sessions, --slack, --salt, --all, --keep-bots,\n"
"  --memory, -T/--temporary-directory, -j/--jobs, --stream, --since, --until,\n"
"  -q/--quiet,\n"
"  --keep-static, --strict, --time-format,\n"
"  --status, --methods, --static-list, --bot-list, --keep-query, --rewrite,\n"
"  --site-host, --stages, --rejects, --shard, --no-ua-bots, --print-lists,\n"
"  --ua-regexes, --owners\n", f);
}

static const struct option own[] = {
	{ "cohort",	 required_argument, NULL, 0 },
	{ "periods",	 required_argument, NULL, 0 },
	{ "start",	 required_argument, NULL, 0 },
	{ "return",	 required_argument, NULL, 0 },
	{ "field",	 required_argument, NULL, 'f' },
	{ "json",	 no_argument,	    NULL, 0 },
	{ "chart",	 no_argument,	    NULL, 0 },
	{ "no-header",	 no_argument,	    NULL, 0 },
	{ NULL, 0, NULL, 0 }
};

int
main(int argc, char **argv)
{
	static const struct cli p = { "jretention", "f:", own, usage };

	return cli_main(&p, argc, argv);
}
