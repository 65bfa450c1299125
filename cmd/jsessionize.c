/*
 * jsessionize - access logs in, the session event stream out.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "journey.h"

#define PROG	"jsessionize"

static void
usage(FILE *f)
{
	fputs(
"usage: jsessionize [-v] [-F FORMAT] [-t DUR] [-o FIELDS] [--summary] [--json]\n"
"                   [--no-header] [options] [FILE ...]\n"
"Reads access logs (plain or gzip) or event TSV, writes one line per\n"
"pageview grouped by session.  FILE - or no FILE reads standard input.\n"
"\n"
"Input:\n"
"  -F, --format NAME|STRING  a format name (see the man page), an Apache\n"
"                            LogFormat or nginx log_format string, or auto\n"
"                            (default: detected from the first lines)\n"
"      --time-format FMT     how %t's time is written (strptime directives)\n"
"      --rejects FILE        write unparsed and late lines there, verbatim\n"
"      --strict              stop at the first malformed line (exit 1)\n"
"Order (input in any order gives the same answer):\n"
"      --memory SIZE         memory for putting it in time order (default\n"
"                            1G); past it, sorted runs spill to disk\n"
"  -T, --temporary-directory DIR  where they go (default $TMPDIR or /tmp)\n"
"  -j, --jobs N              threads that parse lines (default: the cores,\n"
"                            at most 4; 1: the main thread alone)\n"
"      --stream              live input: write sessions as they end, set\n"
"                            aside lines more than --slack late\n"
"      --since TIME          only sessions that start at or after TIME\n"
"      --until TIME          ... and before TIME (2026-11-30, today, -1d...)\n"
"Sessions:\n"
"  -t, --timeout DUR         inactivity that ends a session (default 30m)\n"
"      --visitor KEY         ip+ua (default), ip, user, or a %{NAME}i/C field\n"
"      --split-midnight      start a new session at midnight (see --tz)\n"
"      --tz ZONE             time zone for --split-midnight (default UTC)\n"
"      --split-campaign      start a new session when a new campaign arrives\n"
"      --max-pageviews N     start a new session after N pageviews\n"
"                            (default 10000; 0 for no limit)\n"
"      --max-rate N          a session with more than N pageviews in a\n"
"                            minute is a bot (default 60; 0 for no limit)\n"
"      --max-sessions N      at most N sessions open at once; the idlest is\n"
"                            closed first (default 500000; 0 no limit)\n"
"      --slack DUR           --stream: lines up to DUR late (default 5m)\n"
"      --salt STRING         key for the visitor and session id hashes\n"
"Pageviews:\n"
"      --all                 keep every parsed request\n"
"      --keep-bots           keep requests from bots\n"
"      --keep-static         keep requests for static assets\n"
"      --keep-downloads      count downloads (.pdf, .zip...) as pageviews\n"
"      --no-embedded         keep what a page fetches as it loads (see the\n"
"                            man page, EMBEDDED RESOURCES) as pageviews\n"
"      --static-pattern GLOB a path that is an asset (repeatable)\n"
"      --include-path PAT    keep only pages matching PAT (repeatable)\n"
"      --exclude-path PAT    drop pages matching PAT (repeatable)\n"
"      --status RANGES       statuses kept (default 100-399)\n"
"      --methods LIST        methods kept (default GET,POST)\n"
"      --static-list [+]FILE replace (+: add to) the static extension list\n"
"      --bot-list [+]FILE    replace (+: add to) the bot User-Agent list\n"
"      --no-ua-bots          no bots by uap-core (Spider, feed readers)\n"
"      --print-lists         write the bot, static and download lists\n"
"      --ua-regexes FILE     uap-core's regexes.yaml (default\n"
"                            /usr/share/uap-core/regexes.yaml)\n"
"      --owners FILE         PATTERN<TAB>OWNER lines for the owner column\n"
"Pages, channels, stages:\n"
"      --keep-query[=NAMES]  keep the query string, or only NAMES\n"
"      --raw-pages           no percent-decoding of page names\n"
"      --rewrite s#RE#REPL#  rewrite pages with PCRE2 (repeatable)\n"
"      --site-host HOST      the site's own host (repeatable)\n"
"      --stages FILE         PATTERN<TAB>STAGE lines\n"
"Output:\n"
"  -o, --fields LIST         columns (default session,visitor,seq,time,page,\n"
"                            status,channel; +stage with --stages; also\n"
"                            epoch, url, method, bytes, referrer, ua, host,\n"
"                            duration, returning, visit_number, browser,\n"
"                            os, device, device_class, owner)\n"
"      --summary             one line per session\n"
"      --json                JSON Lines\n"
"      --no-header           no # header line\n"
"  -q, --quiet               no line on stderr about lines not used\n"
"      --progress            progress on stderr even when it is not a\n"
"                            terminal (default: on a terminal, once a run\n"
"                            takes more than a second)\n"
"      --no-progress         no progress, even on a terminal\n"
"Beyond one machine (see the man page, MORE THAN ONE MACHINE):\n"
"      --shard K/N           only the visitors of hash bucket K of N\n"
"      --map                 VISITOR_KEY<TAB>EPOCH<TAB>POS<TAB>LINE per\n"
"                            pageview, for an engine's shuffle (a mapper's\n"
"                            output is read back as a reducer's input)\n"
"      --map-offset BYTES    where this input begins in the whole (POS)\n"
"  -v, --verbose             counts on stderr (twice: each malformed line)\n"
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
		{ "fields",	required_argument, NULL, 'o' },
		{ "summary",	no_argument,	   NULL, 1 },
		{ "json",	no_argument,	   NULL, 2 },
		{ "no-header",	no_argument,	   NULL, 3 },
		{ "help",	no_argument,	   NULL, 'h' },
		{ "version",	no_argument,	   NULL, 4 },
		{ "map",	no_argument,	   NULL, 5 },
		{ "map-offset",	required_argument, NULL, 6 },
	};
	struct option longopts[64];
	const struct option *shared = jy_config_options();
	jy_config *cfg = jy_config_new();

	/* Re-sessionizing exported events is one of jsessionize's jobs. */
	jy_config_resessionize(cfg, 1);
	const char *fields = NULL;
	int json = 0, summary = 0, header = 1, c, i, n = 0, idx, status = 0;
	int badfile = 0, map = 0;
	unsigned long long mapoff = 0;
	char *end;
	char err[1024];
	jy_out *out;
	jy_events *ev;
	jy_input *in;

	for (i = 0; i < (int)(sizeof own / sizeof own[0]); i++)
		longopts[n++] = own[i];
	for (i = 0; shared[i].name != NULL; i++)
		longopts[n++] = shared[i];
	memset(&longopts[n], 0, sizeof longopts[n]);

	opterr = 0;	/* jy_option_error says it, escaped */
	while ((c = getopt_long(argc, argv, ":F:t:o:qj:T:vh", longopts, &idx)) != -1) {
		const char *name = NULL;
		switch (c) {
		case 'o': fields = optarg; continue;
		case 1: summary = 1; continue;
		case 2: json = 1; continue;
		case 3: header = 0; continue;
		case 5: map = 1; continue;
		case 6:
			errno = 0;
			mapoff = strtoull(optarg, &end, 10);
			if (optarg[0] < '0' || optarg[0] > '9' || *end != '\0' ||
			    errno != 0 || mapoff >= 1000000000000000ULL)
				usage_error("bad --map-offset: give the byte "
				    "offset where this input begins (such as "
				    "Hadoop's $map_input_start)");
			continue;
		case 'h':
			usage(stdout);
			jy_config_free(cfg);
			return 0;
		case 4:
			puts(PROG " 0.1");
			jy_config_free(cfg);
			return 0;
		case 'F': name = "format"; break;
		case 't': name = "timeout"; break;
		case 'v': name = "verbose"; break;
		case 'q': name = "quiet"; break;
		case 'j': name = "jobs"; break;
		case 'T': name = "temporary-directory"; break;
		case 0: name = longopts[idx].name; break;
		default:
			jy_option_error(stderr, PROG, c, optopt,
			    argv[optind - 1], longopts);
			fprintf(stderr, "Try '%s --help'.\n", PROG);
			jy_config_free(cfg);
			return 2;
		}
		if (jy_config_set(cfg, name, optarg, err, sizeof err) != 0)
			usage_error(err);
	}
	argc -= optind;
	argv += optind;

	out = jy_out_new(stdout);
	if (jy_config_print_lists(cfg, out)) {
		c = jy_out_close(out);
		jy_config_free(cfg);
		if (c != 0)
			fprintf(stderr, "%s: write error: %s\n", PROG,
			    strerror(c));
		return c != 0;
	}
	if (summary && fields != NULL)
		usage_error("--fields and --summary do not go together: "
		    "--summary has its own columns");
	if (map && (summary || json || fields != NULL))
		usage_error("--map writes its own lines: leave out --fields, "
		    "--summary and --json");
	if (fields == NULL && jy_config_has_stages(cfg))
		fields = "session,visitor,seq,time,page,status,channel,stage";
	if (jy_events_new(out, fields, json, summary, &ev, err, sizeof err))
		usage_error(err);
	if ((in = jy_input_new(cfg, jy_events_session, ev, err,
	    sizeof err)) == NULL)
		usage_error(err);
	jy_input_redo(in, jy_events_redo);
	for (i = JY_F_CLIENT; i < JY_F_NFIXED; i++)
		if (jy_events_needs(ev, i))
			jy_input_want(in, i);
	if (jy_events_needs(ev, JY_C_VISIT) ||
	    jy_events_needs(ev, JY_C_RETURNING))
		jy_input_want(in, JY_C_VISIT);
	/* The columns by uap-core and the owner: jy_input_column says
	 * if regexes.yaml is missing. */
	for (i = JY_C_BROWSER; i <= JY_C_OWNER; i++) {
		static const char *const name[] = {
			"browser", "os", "device", "device_class", "owner"
		};
		if (jy_events_needs(ev, i) && jy_input_column(in,
		    name[i - JY_C_BROWSER], err, sizeof err) < 0)
			usage_error(err);
	}
	if (map) {
		jy_input_map(in, out, mapoff);
		if (header)
			jy_out_str(out, "#map\tvisitor_key\tepoch\tpos\tline\n");
	} else if (header)
		jy_events_header(ev);

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
			if (jy_out_failed(out))
				break;	/* reported below */
			/* Report it, go on with the other files. */
			jy_message(stderr, PROG, jy_input_error(in));
		}
	}
	if (jy_input_finish(in) != JY_OK && !jy_out_failed(out)) {
		jy_message(stderr, PROG, jy_input_error(in));
		status = 1;
	}
	if (jy_input_any(in))
		jy_events_end(ev);
	jy_input_warn(in, stderr, PROG);
	if (jy_config_verbose(cfg))
		jy_input_report(in, stderr, PROG);
	if ((c = jy_out_close(out)) != 0) {
		fprintf(stderr, "%s: write error: %s\n", PROG, strerror(c));
		status = 1;
	}
	jy_input_free(in);
	jy_events_free(ev);
	jy_config_free(cfg);
	return badfile ? 2 : status;
}
