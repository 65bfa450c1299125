/*
 * cli.c - options, input and output for the analysis programs: the
 * program's own options go to its analysis and the shared ones to the
 * input configuration, both by long name; then the input files (or, with
 * --merge, the partial states) and the report.  Exit status: 0, 1 for a
 * data or I/O error, 2 for a usage error.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "journey.h"
#include "cli.h"

enum { O_VERSION = 1 };

static const struct option builtin[] = {
	{ "partial",	no_argument,	NULL, 0 },
	{ "merge",	no_argument,	NULL, 0 },
	{ "help",	no_argument,	NULL, 'h' },
	{ "version",	no_argument,	NULL, O_VERSION },
	{ NULL, 0, NULL, 0 }
};

static const char *prog;
static const char *outpath;	/* --output, for the programs that have it */

static void
usage_error(const char *msg)
{
	jy_message(stderr, prog, msg);
	fprintf(stderr, "Try '%s --help'.\n", prog);
	exit(2);
}

/* The own option whose short form is c, or NULL. */
static const char *
own_name(const struct cli *p, int c)
{
	int i;

	for (i = 0; p->own[i].name != NULL; i++)
		if (p->own[i].val == c)
			return p->own[i].name;
	return NULL;
}

static int
options(const struct cli *p, jy_analysis *a, jy_config *cfg, int argc,
    char **argv)
{
	const struct option *shared = jy_config_options();
	struct option longopts[128];
	char shorts[64];
	int c, i, n = 0, nown, idx;
	char err[1024];

	for (i = 0; p->own[i].name != NULL; i++)
		longopts[n++] = p->own[i];
	for (i = 0; builtin[i].name != NULL; i++)
		longopts[n++] = builtin[i];
	nown = n;
	for (i = 0; shared[i].name != NULL && n < 127; i++)
		longopts[n++] = shared[i];
	memset(&longopts[n], 0, sizeof longopts[n]);
	/* ':' first, opterr off: jy_option_error says it, escaped. */
	snprintf(shorts, sizeof shorts, ":%sF:t:qj:T:vh", p->shortopts);
	opterr = 0;
	idx = -1;
	while ((c = getopt_long(argc, argv, shorts, longopts, &idx)) != -1) {
		const char *name = NULL;
		int mine = 1;
		jy_status st;

		switch (c) {
		case 'h':
			p->usage(stdout);
			return 0;
		case O_VERSION:
			printf("%s 0.1\n", prog);
			return 0;
		case 'F': name = "format"; mine = 0; break;
		case 't': name = "timeout"; mine = 0; break;
		case 'v': name = "verbose"; mine = 0; break;
		case 'q': name = "quiet"; mine = 0; break;
		case 'j': name = "jobs"; mine = 0; break;
		case 'T': name = "temporary-directory"; mine = 0; break;
		case 0:
			name = longopts[idx].name;
			mine = idx < nown;
			break;
		default:
			if (c != '?' && c != ':' && (name = own_name(p, c)) != NULL)
				break;
			jy_option_error(stderr, prog, c, optopt,
			    argv[optind - 1], longopts);
			fprintf(stderr, "Try '%s --help'.\n", prog);
			return 2;
		}
		if (mine && strcmp(name, "output") == 0) {
			outpath = optarg;
			continue;
		}
		if (mine)
			st = jy_analysis_set(a, name, optarg, err, sizeof err);
		else
			st = jy_config_set(cfg, name, optarg, err, sizeof err);
		if (st != JY_OK)
			usage_error(err);
	}
	return -1;
}

int
cli_main(const struct cli *p, int argc, char **argv)
{
	jy_config *cfg = jy_config_new();
	jy_analysis *a = jy_analysis_new(p->prog);
	int c, i, status = 0, badfile = 0, merging, wrote = 0;
	char err[1024];
	jy_out *out;
	jy_input *in;

	prog = p->prog;
	if ((c = options(p, a, cfg, argc, argv)) >= 0) {
		jy_analysis_free(a);
		jy_config_free(cfg);
		return c;
	}
	jy_analysis_command(a, argc, argv, optind);
	argc -= optind;
	argv += optind;

	out = jy_out_new(stdout);
	if (jy_config_print_lists(cfg, out)) {
		c = jy_out_close(out);
		if (c != 0)
			fprintf(stderr, "%s: write error: %s\n", prog,
			    strerror(c));
		jy_analysis_free(a);
		jy_config_free(cfg);
		return c != 0;
	}
	if (jy_analysis_ready(a, cfg, err, sizeof err) != JY_OK)
		usage_error(err);
	if ((in = jy_input_new(cfg, jy_analysis_session, a, err,
	    sizeof err)) == NULL)
		usage_error(err);
	FILE *of = stdout;
	if (outpath != NULL && strcmp(outpath, "-") != 0) {
		if ((of = fopen(outpath, "w")) == NULL) {
			snprintf(err, sizeof err, "--output %s: %s: give a file "
			    "that can be written", outpath, strerror(errno));
			usage_error(err);
		}
		jy_out_close(out);	/* nothing was written to stdout */
		out = jy_out_new(of);
	}
	if (jy_analysis_start(a, in, out, err, sizeof err) != JY_OK)
		usage_error(err);
	jy_input_redo(in, jy_analysis_redo);
	merging = jy_analysis_merging(a);
	for (i = 0; i < (argc ? argc : 1); i++) {
		const char *path = argc ? argv[i] : "-", *msg = err;
		jy_status st;

		if (merging)
			st = jy_analysis_merge(a, path, err, sizeof err);
		else {
			st = jy_input_file(in, path);
			msg = jy_input_error(in);
		}
		if (st == JY_EUSAGE) {
			/* This file cannot be read as asked; the others
			 * still are, and the exit status says it. */
			jy_message(stderr, prog, msg);
			badfile = 1;
			continue;
		}
		if (st != JY_OK) {
			status = 1;
			if (jy_out_failed(out) || jy_analysis_error(a) != NULL)
				break;
			jy_message(stderr, prog, msg);
		}
	}
	if (!merging && jy_analysis_error(a) == NULL &&
	    jy_input_finish(in) != JY_OK && !jy_out_failed(out) &&
	    jy_analysis_error(a) == NULL) {
		jy_message(stderr, prog, jy_input_error(in));
		status = 1;
	}
	/* The report is written after a data error too: it holds what was
	 * read before it, as DESIGN.md asks; but with no input read at all,
	 * no table that looks like an answer, nor one the analysis could
	 * not finish. */
	if (jy_analysis_error(a) != NULL) {
		jy_message(stderr, prog, jy_analysis_error(a));
		status = 1;
	} else if (merging ? jy_analysis_merged(a) > 0 : jy_input_any(in)) {
		jy_analysis_write(a, out);
		/* A temporary file that failed as the report was made. */
		if (jy_analysis_error(a) != NULL) {
			jy_message(stderr, prog, jy_analysis_error(a));
			status = 1;
		} else
			wrote = 1;
	}
	if (of != stdout && !wrote)
		unlink(outpath);	/* no page that looks like an answer */
	if (!merging)
		jy_input_warn(in, stderr, prog);
	if (jy_config_verbose(cfg)) {
		if (!merging)
			jy_input_report(in, stderr, prog);
		jy_analysis_report(a, stderr, prog);
	}
	if ((c = jy_out_close(out)) != 0 || (of != stdout && fclose(of) != 0 &&
	    (c = errno) != 0)) {
		fprintf(stderr, "%s: write error: %s\n", prog, strerror(c));
		status = 1;
	}
	jy_input_free(in);
	jy_analysis_free(a);
	jy_config_free(cfg);
	return badfile ? 2 : status;
}
