/*
 * cli.h - the main loop that jfunnel, jpaths and jdropoff share: each
 * program is its usage text, its own options and the name of its
 * analysis (see jy_analysis_new).
 */
#ifndef JOURNEY_CLI_H
#define JOURNEY_CLI_H

#include <getopt.h>
#include <stdio.h>

struct cli {
	const char	*prog;
	const char	*shortopts;	/* the program's own, as getopt's */
	/* NULL-terminated; val is the short option, or 0 */
	const struct option *own;
	void		(*usage)(FILE *);
};

int	cli_main(const struct cli *, int argc, char **argv);

#endif
