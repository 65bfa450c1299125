/*
 * jpaths - the journeys customers take: top paths, what comes before or
 * after a page, transitions for Sankey diagrams and Graphviz.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "journey.h"

#define PROG	"jpaths"

static void
usage(FILE *f)
{
	fputs(
"usage: jpaths [-v] [-F FORMAT] [-t DUR] [-n N] [-d N] [-f COL] [--from PAT]\n"
"              [--to PAT] [--next PAT | --prev PAT | --edges | --dot]\n"
"              [--by COL] [--per visitor] [--json] [--no-header]\n"
"              [options] [FILE ...]\n"
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
"                            status, host, referrer or url\n"
"      --per UNIT            session (default) or visitor\n"
"Reports:\n"
"      --next PATTERN        what comes directly after a matching value\n"
"      --prev PATTERN        what comes directly before a matching value\n"
"      --edges               transitions: step, from, to, count\n"
"      --dot                 a Graphviz digraph of the transitions\n"
"      --min-count N         leave out rows and edges counted fewer times\n"
"      --by COL              one report per channel, hour, day, week, month\n"
"                            or -f column\n"
"      --json                JSON Lines\n"
"      --no-header           no # header line\n"
"Input and sessions (all options of jsessionize(1) that shape sessions):\n"
"  -F, --format NAME|STRING  input format (default: detected)\n"
"  -t, --timeout DUR         inactivity that ends a session (default 30m)\n"
"      --stages FILE         PATTERN<TAB>STAGE lines, for -f stage\n"
"      --memory SIZE, -T DIR, --stream, --since TIME, --until TIME,\n"
"  -q, --quiet               as in jsessionize(1): input in any order\n"
"  -v, --verbose             counts on stderr\n"
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
	static const struct option own[] = {
		{ "top",	 required_argument, NULL, 'n' },
		{ "depth",	 required_argument, NULL, 'd' },
		{ "field",	 required_argument, NULL, 'f' },
		{ "no-collapse", no_argument,	    NULL, 1 },
		{ "from",	 required_argument, NULL, 1 },
		{ "to",		 required_argument, NULL, 1 },
		{ "next",	 required_argument, NULL, 1 },
		{ "prev",	 required_argument, NULL, 1 },
		{ "edges",	 no_argument,	    NULL, 1 },
		{ "dot",	 no_argument,	    NULL, 1 },
		{ "min-count",	 required_argument, NULL, 1 },
		{ "by",		 required_argument, NULL, 1 },
		{ "per",	 required_argument, NULL, 1 },
		{ "json",	 no_argument,	    NULL, 1 },
		{ "no-header",	 no_argument,	    NULL, 1 },
		{ "help",	 no_argument,	    NULL, 'h' },
		{ "version",	 no_argument,	    NULL, 2 },
	};
	enum { NOWN = sizeof own / sizeof own[0] };
	struct option longopts[96];
	const struct option *shared = jy_config_options();
	jy_config *cfg = jy_config_new();
	jy_paths *paths = jy_paths_new();
	int c, i, n = 0, idx, status = 0, badfile = 0;
	char err[1024];
	jy_out *out;
	jy_input *in;

	for (i = 0; i < NOWN; i++)
		longopts[n++] = own[i];
	for (i = 0; shared[i].name != NULL &&
	    n < (int)(sizeof longopts / sizeof longopts[0]) - 1; i++)
		longopts[n++] = shared[i];
	memset(&longopts[n], 0, sizeof longopts[n]);

	idx = -1;
	opterr = 0;	/* jy_option_error says it, escaped */
	while ((c = getopt_long(argc, argv, ":F:t:n:d:f:qT:vh", longopts,
	    &idx)) != -1) {
		const char *name = NULL;
		jy_status st;
		switch (c) {
		case 'n': name = "top"; goto own;
		case 'd': name = "depth"; goto own;
		case 'f': name = "field"; goto own;
		case 1: name = longopts[idx].name; goto own;
		case 'h':
			usage(stdout);
			jy_paths_free(paths);
			jy_config_free(cfg);
			return 0;
		case 2:
			puts(PROG " 0.1");
			jy_paths_free(paths);
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
			jy_paths_free(paths);
			jy_config_free(cfg);
			return 2;
		}
		if (jy_config_set(cfg, name, optarg, err, sizeof err) != 0)
			usage_error(err);
		continue;
	own:
		st = jy_paths_set(paths, name, optarg, err, sizeof err);
		if (st != JY_OK)
			usage_error(err);
	}
	argc -= optind;
	argv += optind;

	if ((in = jy_input_new(cfg, jy_paths_session, paths, err,
	    sizeof err)) == NULL)
		usage_error(err);
	if (jy_paths_start(paths, in, cfg, err, sizeof err) != JY_OK)
		usage_error(err);
	out = jy_out_new(stdout);

	for (i = 0; i < (argc ? argc : 1); i++) {
		jy_status st = jy_input_file(in, argc ? argv[i] : "-");
		if (st == JY_EUSAGE) {
			jy_message(stderr, PROG, jy_input_error(in));
			badfile = 1;
			continue;
		}
		if (st != JY_OK) {
			/* Report it, go on with the other files. */
			jy_message(stderr, PROG, jy_input_error(in));
			status = 1;
		}
	}
	if (jy_input_finish(in) != JY_OK) {
		jy_message(stderr, PROG, jy_input_error(in));
		status = 1;
	}
	jy_input_warn(in, stderr, PROG);
	if (jy_config_verbose(cfg))
		jy_input_report(in, stderr, PROG);
	/* No input read at all: no table that looks like an answer. */
	if (jy_input_any(in))
		jy_paths_write(paths, out);
	if ((c = jy_out_close(out)) != 0) {
		fprintf(stderr, "%s: write error: %s\n", PROG, strerror(c));
		status = 1;
	}
	jy_input_free(in);
	jy_paths_free(paths);
	jy_config_free(cfg);
	return badfile ? 2 : status;
}
