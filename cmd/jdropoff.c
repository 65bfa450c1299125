/*
 * jdropoff - where the journey loses sessions: per page, how many sessions
 * entered, left and bounced there (page mode).  Funnel mode (-s STEP ...)
 * is added beside it on the funnel engine; both share the input options.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "journey.h"

#define PROG	"jdropoff"

static void
usage(FILE *f)
{
	fputs(
"usage: jdropoff [-v] [-n N] [--sort COLUMN] [--exit-rate views|sessions]\n"
"                [--min-views N] [--by COL] [--json | --chart [--ascii]]\n"
"                [--no-header] [options] [FILE ...]\n"
"Reads access logs (plain or gzip), event TSV or the event stream, and\n"
"writes one row per page: views, sessions, entries, exits, exit_rate,\n"
"bounces, bounce_rate.  FILE - or no FILE reads standard input.\n"
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
"                            --stages) or day (UTC date the session began)\n"
"Output:\n"
"      --json                JSON Lines\n"
"      --chart               bars of the sort column for a terminal\n"
"      --ascii               draw the bars with # (with --chart)\n"
"      --no-header           no # header line\n"
"Input and sessions (as in jsessionize(1), which lists them all):\n"
"  -F, --format NAME|STRING  log format (default: detected)\n"
"  -t, --timeout DUR         inactivity that ends a session (default 30m)\n"
"      --stages FILE         PATTERN<TAB>STAGE lines\n"
"      --rewrite s#RE#REPL#  rewrite pages with PCRE2 (repeatable)\n"
"  -v, --verbose             counts and the totals check on stderr\n"
"  -h, --help                this help\n"
"      --version             the version\n", f);
}

static void
usage_error(const char *msg)
{
	fprintf(stderr, "%s: %s\nTry '%s --help'.\n", PROG, msg, PROG);
	exit(2);
}

int
main(int argc, char **argv)
{
	/* Options of page mode, set in the library by their long name.
	 * Funnel mode's (-s/--step, --steps, ...) join this list. */
	static const struct option own[] = {
		{ "top",	required_argument, NULL, 'n' },
		{ "sort",	required_argument, NULL, 0 },
		{ "exit-rate",	required_argument, NULL, 0 },
		{ "min-views",	required_argument, NULL, 0 },
		{ "by",		required_argument, NULL, 0 },
		{ "json",	no_argument,	   NULL, 0 },
		{ "chart",	no_argument,	   NULL, 0 },
		{ "ascii",	no_argument,	   NULL, 0 },
		{ "no-header",	no_argument,	   NULL, 0 },
		{ "help",	no_argument,	   NULL, 'h' },
		{ "version",	no_argument,	   NULL, 1 },
	};
	const size_t nown = sizeof own / sizeof own[0];
	struct option longopts[80];
	const struct option *shared = jy_config_options();
	jy_config *cfg = jy_config_new();
	jy_dropoff *d = jy_dropoff_new();
	int c, i, n = 0, idx, status = 0, badfile = 0;
	char err[1024];
	jy_out *out;
	jy_input *in;

	for (i = 0; i < (int)nown; i++)
		longopts[n++] = own[i];
	for (i = 0; shared[i].name != NULL; i++)
		longopts[n++] = shared[i];
	memset(&longopts[n], 0, sizeof longopts[n]);

	while ((c = getopt_long(argc, argv, "F:t:n:vh", longopts,
	    &idx)) != -1) {
		const char *name = NULL;
		switch (c) {
		case 'n':
			if (jy_dropoff_set(d, "top", optarg, err, sizeof err))
				usage_error(err);
			continue;
		case 'h':
			usage(stdout);
			goto done;
		case 1:
			puts(PROG " 0.1");
			goto done;
		case 'F': name = "format"; break;
		case 't': name = "timeout"; break;
		case 'v': name = "verbose"; break;
		case 0:
			if (idx < (int)nown) {
				if (jy_dropoff_set(d, longopts[idx].name,
				    optarg, err, sizeof err) != JY_OK)
					usage_error(err);
				continue;
			}
			name = longopts[idx].name;
			break;
		default:
			fprintf(stderr, "Try '%s --help'.\n", PROG);
			jy_dropoff_free(d);
			jy_config_free(cfg);
			return 2;
		}
		if (jy_config_set(cfg, name, optarg, err, sizeof err) != 0)
			usage_error(err);
	}
	argc -= optind;
	argv += optind;

	if (jy_dropoff_start(d, cfg, err, sizeof err) != JY_OK)
		usage_error(err);
	out = jy_out_new(stdout);
	if ((in = jy_input_new(cfg, jy_dropoff_session, d, err,
	    sizeof err)) == NULL)
		usage_error(err);

	for (i = 0; i < (argc ? argc : 1); i++) {
		jy_status st = jy_input_file(in, argc ? argv[i] : "-");
		if (st == JY_EUSAGE) {
			/* This file cannot be read as asked; the others
			 * still are, and the exit status says it. */
			fprintf(stderr, "%s: %s\n", PROG, jy_input_error(in));
			badfile = 1;
			continue;
		}
		if (st != JY_OK) {
			status = 1;
			fprintf(stderr, "%s: %s\n", PROG, jy_input_error(in));
		}
	}
	if (jy_input_finish(in) != JY_OK) {
		fprintf(stderr, "%s: %s\n", PROG, jy_input_error(in));
		status = 1;
	}
	/* The table is written after a data error too: it holds what was
	 * read before it, as DESIGN.md asks. */
	jy_dropoff_write(d, out);
	if (jy_config_verbose(cfg)) {
		jy_input_report(in, stderr, PROG);
		jy_dropoff_report(d, stderr, PROG);
	}
	if ((c = jy_out_close(out)) != 0) {
		fprintf(stderr, "%s: write error: %s\n", PROG, strerror(c));
		status = 1;
	}
	jy_input_free(in);
done:
	jy_dropoff_free(d);
	jy_config_free(cfg);
	return badfile ? 2 : status;
}
