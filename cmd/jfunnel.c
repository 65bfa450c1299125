/*
 * jfunnel - how many sessions (or visitors) go through ordered steps.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "journey.h"

#define PROG	"jfunnel"

static void
usage(FILE *f)
{
	fputs(
"usage: jfunnel -s STEP [-s STEP ...] [--steps FILE] [-f COL] [-w DUR]\n"
"               [--per session|visitor] [--order ordered|strict|any]\n"
"               [--json | --chart [--ascii] | --explain] [options] [FILE ...]\n"
"Counts the sessions or visitors that reach each step, in order, from access\n"
"logs (plain or gzip) or an event stream.  STEP is [NAME=]PATTERN: exact\n"
"text, a glob with * and ?, or ~REGEX.  FILE - or no FILE reads stdin.\n"
"\n"
"Steps:\n"
"  -s, --step STEP           a step (repeat, in order; up to 64)\n"
"      --steps FILE          steps from a file, one a line\n"
"  -f, --field COL           match COL instead of the page (stage, channel,\n"
"                            method, status, url, host, or a TSV column)\n"
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
"Output:\n"
"      --by COL              one funnel per value of COL (channel, stage,\n"
"                            page, hour, day, week, month, a TSV column...)\n"
"                            at the unit's start\n"
"      --top N               with --by: N values, the rest as (other)\n"
"                            (default 10; 0 for all)\n"
"      --json                JSON Lines\n"
"      --chart               a bar chart for the terminal\n"
"      --ascii               the chart in plain ASCII\n"
"      --explain             a line per unit: steps reached, why it stopped\n"
"      --no-header           no # header line\n"
"  -v, --verbose             counts on stderr\n"
"  -h, --help                this help\n"
"      --version             the version\n"
"Input options shared with jsessionize (see jsessionize --help):\n"
"  -F FORMAT, -t DUR, --visitor, --split-midnight, --tz, --split-campaign,\n"
"  --max-pageviews, --max-rate, --max-sessions, --slack, --salt, --all,\n"
"  --keep-bots,\n"
"  --memory, -T/--temporary-directory, --stream, --since, --until,\n"
"  -q/--quiet,\n"
"  --keep-static, --keep-downloads, --static-pattern, --include-path,\n"
"  --exclude-path, --raw-pages, --strict, --time-format,\n"
"  --status, --methods, --static-list, --bot-list, --keep-query, --rewrite,\n"
"  --site-host, --stages, --rejects\n", f);
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
	enum { O_STEPS = 256, O_EXCLUDE, O_PER, O_ORDER, O_STEPWIN, O_OPEN,
	    O_REUSE, O_DEDUP, O_STRICTINC, O_STRICTORD, O_REENTRY, O_BY,
	    O_TOP, O_JSON, O_CHART, O_ASCII, O_EXPLAIN, O_NOHEADER,
	    O_VERSION };
	static const struct option own[] = {
		{ "step",	     required_argument, NULL, 's' },
		{ "steps",	     required_argument, NULL, O_STEPS },
		{ "field",	     required_argument, NULL, 'f' },
		{ "exclude",	     required_argument, NULL, O_EXCLUDE },
		{ "per",	     required_argument, NULL, O_PER },
		{ "order",	     required_argument, NULL, O_ORDER },
		{ "window",	     required_argument, NULL, 'w' },
		{ "step-window",     required_argument, NULL, O_STEPWIN },
		{ "open",	     no_argument,	NULL, O_OPEN },
		{ "reuse-events",    no_argument,	NULL, O_REUSE },
		{ "dedup",	     no_argument,	NULL, O_DEDUP },
		{ "strict-increase", no_argument,	NULL, O_STRICTINC },
		{ "strict-order",    no_argument,	NULL, O_STRICTORD },
		{ "allow-reentry",   no_argument,	NULL, O_REENTRY },
		{ "by",		     required_argument, NULL, O_BY },
		{ "top",	     required_argument, NULL, O_TOP },
		{ "json",	     no_argument,	NULL, O_JSON },
		{ "chart",	     no_argument,	NULL, O_CHART },
		{ "ascii",	     no_argument,	NULL, O_ASCII },
		{ "explain",	     no_argument,	NULL, O_EXPLAIN },
		{ "no-header",	     no_argument,	NULL, O_NOHEADER },
		{ "help",	     no_argument,	NULL, 'h' },
		{ "version",	     no_argument,	NULL, O_VERSION },
	};
	struct option longopts[80];
	const struct option *shared = jy_config_options();
	jy_config *cfg = jy_config_new();
	jy_funnel *fun = jy_funnel_new();
	const char *field = "page", *by = NULL;
	int json = 0, chart = 0, ascii = 0, expl = 0, header = 1;
	int c, i, n = 0, idx, status = 0, badfile = 0, col, bycol = -1;
	char err[1024];
	jy_out *out;
	jy_input *in;

	for (i = 0; i < (int)(sizeof own / sizeof own[0]); i++)
		longopts[n++] = own[i];
	for (i = 0; shared[i].name != NULL; i++)
		longopts[n++] = shared[i];
	memset(&longopts[n], 0, sizeof longopts[n]);

	opterr = 0;	/* jy_option_error says it, escaped */
	while ((c = getopt_long(argc, argv, ":s:f:w:F:t:qT:vh", longopts,
	    &idx)) != -1) {
		const char *name = NULL;
		jy_status st = JY_OK;

		switch (c) {
		case 's':
			st = jy_funnel_step(fun, optarg, err, sizeof err);
			break;
		case O_STEPS:
			st = jy_funnel_steps_file(fun, optarg, err, sizeof err);
			break;
		case 'f': field = optarg; break;
		case O_BY: by = optarg; break;
		case O_JSON: json = 1; break;
		case O_CHART: chart = 1; break;
		case O_ASCII: ascii = 1; break;
		case O_EXPLAIN: expl = 1; break;
		case O_NOHEADER: header = 0; break;
		case 'w':
		case O_EXCLUDE: case O_PER: case O_ORDER: case O_STEPWIN:
		case O_OPEN: case O_REUSE: case O_DEDUP: case O_STRICTINC:
		case O_STRICTORD: case O_REENTRY: case O_TOP:
			st = jy_funnel_set(fun, c == 'w' ? "window" :
			    longopts[idx].name, optarg ? optarg : "", err,
			    sizeof err);
			break;
		case 'h':
			usage(stdout);
			jy_funnel_free(fun);
			jy_config_free(cfg);
			return 0;
		case O_VERSION:
			puts(PROG " 0.1");
			jy_funnel_free(fun);
			jy_config_free(cfg);
			return 0;
		case 'F': name = "format"; break;
		case 't': name = "timeout"; break;
		case 'v': name = "verbose"; break;
		case 'q': name = "quiet"; break;
		case 'T': name = "temporary-directory"; break;
		case 0: name = longopts[idx].name; break;
		default:
			jy_option_error(stderr, PROG, c, optopt,
			    argv[optind - 1], longopts);
			fprintf(stderr, "Try '%s --help'.\n", PROG);
			jy_funnel_free(fun);
			jy_config_free(cfg);
			return 2;
		}
		if (st != JY_OK)
			usage_error(err);
		if (name != NULL &&
		    jy_config_set(cfg, name, optarg, err, sizeof err) != 0)
			usage_error(err);
	}
	argc -= optind;
	argv += optind;

	if (json + chart + expl > 1)
		usage_error("--json, --chart and --explain are different "
		    "outputs: give one");
	if (ascii && !chart)
		usage_error("--ascii is a style of --chart: add --chart");
	if (jy_funnel_ready(fun, err, sizeof err) != JY_OK)
		usage_error(err);
	if ((in = jy_input_new(cfg, jy_funnel_session, fun, err,
	    sizeof err)) == NULL)
		usage_error(err);
	if ((col = jy_input_column(in, field, err, sizeof err)) < 0)
		usage_error(err);
	if (by != NULL && (bycol = jy_input_column(in, by, err,
	    sizeof err)) < 0)
		usage_error(err);
	jy_funnel_columns(fun, col, bycol);
	out = jy_out_new(stdout);
	if (expl)
		jy_funnel_explain(fun, out, header);
	for (i = 0; i < (argc ? argc : 1); i++) {
		jy_status st = jy_input_file(in, argc ? argv[i] : "-");
		if (st == JY_EUSAGE) {
			jy_message(stderr, PROG, jy_input_error(in));
			badfile = 1;
			continue;
		}
		if (st != JY_OK) {
			status = 1;
			if (jy_out_failed(out))
				break;
			jy_message(stderr, PROG, jy_input_error(in));
		}
	}
	if (jy_input_finish(in) != JY_OK && !jy_out_failed(out)) {
		jy_message(stderr, PROG, jy_input_error(in));
		status = 1;
	}
	jy_funnel_finish(fun);
	/* No input read at all: no table that looks like an answer. */
	if (!expl && jy_input_any(in))
		jy_funnel_write(fun, out, json ? JY_FUNNEL_JSON : chart ?
		    (ascii ? JY_FUNNEL_ASCII : JY_FUNNEL_CHART) :
		    JY_FUNNEL_TSV, header, by);
	jy_input_warn(in, stderr, PROG);
	if (jy_config_verbose(cfg)) {
		jy_input_report(in, stderr, PROG);
		jy_funnel_report(fun, stderr, PROG);
	}
	if ((c = jy_out_close(out)) != 0) {
		fprintf(stderr, "%s: write error: %s\n", PROG, strerror(c));
		status = 1;
	}
	jy_input_free(in);
	jy_funnel_free(fun);
	jy_config_free(cfg);
	return badfile ? 2 : status;
}
