/*
 * cli.h - the main loop that jfunnel, jpaths, jdropoff and jretention share: each
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

/* The funnel's steps and rules, the same in jfunnel and jdropoff. */
#define CLI_FUNNEL_OPTIONS \
	{ "step",	     required_argument, NULL, 's' }, \
	{ "steps",	     required_argument, NULL, 0 }, \
	{ "field",	     required_argument, NULL, 'f' }, \
	{ "exclude",	     required_argument, NULL, 0 }, \
	{ "per",	     required_argument, NULL, 0 }, \
	{ "order",	     required_argument, NULL, 0 }, \
	{ "window",	     required_argument, NULL, 'w' }, \
	{ "step-window",     required_argument, NULL, 0 }, \
	{ "open",	     no_argument,	NULL, 0 }, \
	{ "reuse-events",    no_argument,	NULL, 0 }, \
	{ "dedup",	     no_argument,	NULL, 0 }, \
	{ "strict-increase", no_argument,	NULL, 0 }, \
	{ "strict-order",    no_argument,	NULL, 0 }, \
	{ "allow-reentry",   no_argument,	NULL, 0 }

int	cli_main(const struct cli *, int argc, char **argv);

#endif
