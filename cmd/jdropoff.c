/*
 * jdropoff - where the journey loses sessions: per page, how many sessions
 * entered, left and bounced there (page mode); or, given steps, where the
 * sessions that stop at each step of a funnel go instead (funnel mode, on
 * jfunnel's engine).  Both share the input options.
 */
#include <errno.h>
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
"       jdropoff -s STEP [-s STEP ...] [funnel options] [FILE ...]\n"
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
"                            --stages), or hour, day, week or month (in\n"
"                            --tz) when the session began\n"
"Funnel mode (as jfunnel(1); -n is the pages listed, default 5):\n"
"  -s, --step STEP           a step, [NAME=]PATTERN (repeat, in order)\n"
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
"Input and sessions (as in jsessionize(1), which lists them all):\n"
"  -F, --format NAME|STRING  log format (default: detected)\n"
"  -t, --timeout DUR         inactivity that ends a session (default 30m)\n"
"      --stages FILE         PATTERN<TAB>STAGE lines\n"
"      --rewrite s#RE#REPL#  rewrite pages with PCRE2 (repeatable)\n"
"      --memory SIZE, -T DIR, --stream, --since TIME, --until TIME,\n"
"  -q, --quiet               as in jsessionize(1): input in any order\n"
"  -v, --verbose             counts and the totals check on stderr\n"
"  -h, --help                this help\n"
"      --version             the version\n", f);
}

static void
usage_error(const char *msg)
{
	jy_message(stderr, PROG, msg);
	fprintf(stderr, "Try '%s --help'.\n", PROG);
	exit(2);
}

int
main(int argc, char **argv)
{
	/* Options of page mode, set in the library by their long name.
	 * Funnel mode's (-s/--step, --steps, ...) join this list. */
	static const struct option own[] = {
		{ "top",	required_argument, NULL, 'n' },
		{ "step",	required_argument, NULL, 's' },
		{ "steps",	required_argument, NULL, 0 },
		{ "field",	required_argument, NULL, 'f' },
		{ "exclude",	required_argument, NULL, 0 },
		{ "per",	required_argument, NULL, 0 },
		{ "order",	required_argument, NULL, 0 },
		{ "window",	required_argument, NULL, 'w' },
		{ "step-window", required_argument, NULL, 0 },
		{ "open",	no_argument,	   NULL, 0 },
		{ "reuse-events", no_argument,	   NULL, 0 },
		{ "dedup",	no_argument,	   NULL, 0 },
		{ "strict-increase", no_argument,  NULL, 0 },
		{ "strict-order", no_argument,	   NULL, 0 },
		{ "allow-reentry", no_argument,	   NULL, 0 },
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
	jy_funnel *fun = jy_funnel_new();
	/* Page mode's options are replayed once the mode is known. */
	const char *pname[64], *parg[64];
	int np = 0, funnel = 0, json = 0, chart = 0, ascii = 0, header = 1;
	const char *by = NULL, *field = "page", *pagemode = NULL;
	const char *funnelopt = NULL;	/* the first option only funnel mode uses */
	long top = 5;
	const char *topstr = NULL;
	int c, i, n = 0, idx, status = 0, badfile = 0;
	char err[1024];
	jy_out *out;
	jy_input *in;

	for (i = 0; i < (int)nown; i++)
		longopts[n++] = own[i];
	for (i = 0; shared[i].name != NULL; i++)
		longopts[n++] = shared[i];
	memset(&longopts[n], 0, sizeof longopts[n]);

	opterr = 0;	/* jy_option_error says it, escaped */
	while ((c = getopt_long(argc, argv, ":F:t:n:s:f:w:qT:vh", longopts,
	    &idx)) != -1) {
		const char *name = NULL;
		jy_status fst;
		switch (c) {
		case 'n':
			if (np == 64)
				usage_error("too many page-mode options");
			{
				pname[np] = "top";
				parg[np++] = optarg;
			}
			topstr = optarg;	/* checked once the mode is known */
			continue;
		case 's':
			funnel = 1;
			if (jy_funnel_step(fun, optarg, err, sizeof err))
				usage_error(err);
			continue;
		case 'f':
			field = optarg;
			continue;
		case 'w':
			funnelopt = "-w/--window";
			if (jy_funnel_set(fun, "window", optarg, err,
			    sizeof err))
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
		case 'q': name = "quiet"; break;
		case 'T': name = "temporary-directory"; break;
		case 0:
			name = longopts[idx].name;
			if (idx >= (int)nown)
				break;
			if (strcmp(name, "steps") == 0) {
				funnel = 1;
				fst = jy_funnel_steps_file(fun, optarg, err,
				    sizeof err);
			} else if (strcmp(name, "json") == 0 ||
			    strcmp(name, "chart") == 0 ||
			    strcmp(name, "ascii") == 0 ||
			    strcmp(name, "no-header") == 0 ||
			    strcmp(name, "by") == 0) {
				/* Both modes: kept for either. */
				json |= name[0] == 'j';
				chart |= name[0] == 'c';
				ascii |= name[0] == 'a';
				header &= name[0] != 'n';
				if (name[0] == 'b')
					by = optarg;
				fst = JY_OK;
				if (np == 64)
					usage_error("too many page-mode options");
				{
					pname[np] = name;
					parg[np++] = optarg;
				}
			} else if (strcmp(name, "sort") == 0 ||
			    strcmp(name, "exit-rate") == 0 ||
			    strcmp(name, "min-views") == 0) {
				pagemode = name;
				fst = JY_OK;
				if (np == 64)
					usage_error("too many page-mode options");
				{
					pname[np] = name;
					parg[np++] = optarg;
				}
			} else {
				if (funnelopt == NULL)
					funnelopt = name;
				fst = jy_funnel_set(fun, name, optarg ? optarg :
				    "", err, sizeof err);
			}
			if (fst != JY_OK)
				usage_error(err);
			continue;
		default:
			jy_option_error(stderr, PROG, c, optopt,
			    argv[optind - 1], longopts);
			fprintf(stderr, "Try '%s --help'.\n", PROG);
			jy_dropoff_free(d);
			jy_funnel_free(fun);
			jy_config_free(cfg);
			return 2;
		}
		if (jy_config_set(cfg, name, optarg, err, sizeof err) != 0)
			usage_error(err);
	}
	argc -= optind;
	argv += optind;

	if (funnel) {
		int col, bycol = -1;
		if (pagemode != NULL) {
			snprintf(err, sizeof err, "--%s is for page mode; in "
			    "funnel mode (-s) the report is per step", pagemode);
			usage_error(err);
		}
		if (json + chart > 1)
			usage_error("--chart and --json are different outputs: "
			    "give one");
		if (ascii && !chart)
			usage_error("--ascii is a style of --chart: add --chart");
		if (topstr != NULL) {
			char *end;
			errno = 0;
			top = strtol(topstr, &end, 10);
			if (*topstr == '\0' || *end != '\0' || errno != 0 ||
			    top < 0 || top > 1000000) {
				snprintf(err, sizeof err, "bad -n/--top \"%s\": "
				    "give a whole number of pages (0 for all)",
				    topstr);
				usage_error(err);
			}
		}
		if (jy_funnel_ready(fun, err, sizeof err) != JY_OK)
			usage_error(err);
		jy_funnel_dropoff(fun, (int)top);
		if ((in = jy_input_new(cfg, jy_funnel_session, fun, err,
		    sizeof err)) == NULL)
			usage_error(err);
		if ((col = jy_input_column(in, field, err, sizeof err)) < 0 ||
		    (by != NULL && (bycol = jy_input_column(in, by, err,
		    sizeof err)) < 0))
			usage_error(err);
		jy_funnel_columns(fun, col, bycol);
	} else {
		if (strcmp(field, "page") != 0)
			usage_error("-f is for funnel mode: give steps with -s");
		if (funnelopt != NULL) {
			/* Page mode counts each session's pages: a funnel
			 * option would be taken and do nothing. */
			snprintf(err, sizeof err, "%s%s is for funnel mode: give "
			    "steps with -s (page mode counts the pages of "
			    "every session)", funnelopt[0] == '-' ? "" : "--",
			    funnelopt);
			usage_error(err);
		}
		for (i = 0; i < np; i++)
			if (jy_dropoff_set(d, pname[i], parg[i], err,
			    sizeof err) != JY_OK)
				usage_error(err);
		if (jy_dropoff_start(d, cfg, err, sizeof err) != JY_OK)
			usage_error(err);
		if ((in = jy_input_new(cfg, jy_dropoff_session, d, err,
		    sizeof err)) == NULL)
			usage_error(err);
	}
	out = jy_out_new(stdout);

	for (i = 0; i < (argc ? argc : 1); i++) {
		jy_status st = jy_input_file(in, argc ? argv[i] : "-");
		if (st == JY_EUSAGE) {
			/* This file cannot be read as asked; the others
			 * still are, and the exit status says it. */
			jy_message(stderr, PROG, jy_input_error(in));
			badfile = 1;
			continue;
		}
		if (st != JY_OK) {
			status = 1;
			jy_message(stderr, PROG, jy_input_error(in));
		}
	}
	if (jy_input_finish(in) != JY_OK) {
		jy_message(stderr, PROG, jy_input_error(in));
		status = 1;
	}
	/* The table is written after a data error too: it holds what was
	 * read before it, as DESIGN.md asks. */
	if (!jy_input_any(in))
		;	/* no input read at all: no table that looks like one */
	else if (funnel) {
		jy_funnel_finish(fun);
		jy_funnel_write_dropoff(fun, out, json ? JY_FUNNEL_JSON : chart ?
		    (ascii ? JY_FUNNEL_ASCII : JY_FUNNEL_CHART) : JY_FUNNEL_TSV,
		    header, by);
	} else
		jy_dropoff_write(d, out);
	jy_input_warn(in, stderr, PROG);
	if (jy_config_verbose(cfg)) {
		jy_input_report(in, stderr, PROG);
		if (funnel)
			jy_funnel_report(fun, stderr, PROG);
		else
			jy_dropoff_report(d, stderr, PROG);
	}
	if ((c = jy_out_close(out)) != 0) {
		fprintf(stderr, "%s: write error: %s\n", PROG, strerror(c));
		status = 1;
	}
	jy_input_free(in);
done:
	jy_dropoff_free(d);
	jy_funnel_free(fun);
	jy_config_free(cfg);
	return badfile ? 2 : status;
}
