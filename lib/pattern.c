/*
 * pattern.c - step and stage patterns: exact text, a glob, or ~REGEX.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

enum { P_EXACT, P_GLOB, P_REGEX };

/*
 * Every regex of the toolkit (steps, stages, exclusions, --rewrite)
 * matches with one match context a thread: a JIT stack far larger than
 * PCRE2's 32 KiB default (a repeated group on a long path needs it) and
 * a match limit, so that a catastrophic pattern costs milliseconds a
 * line, not seconds.  A match that fails for any reason other than "no match"
 * counts as no match, and is counted here, per pattern, for
 * jy_pattern_warn (under a lock: -j's workers match User-Agents).
 */
#define RX_JIT_STACK	((size_t)64 << 20)
#define RX_MATCH_LIMIT	1000000
#define RX_DEPTH_LIMIT	100000
#define NFAILED		16

/* One context a thread: input.c's workers (-j) match User-Agents
 * (ua.c) while the main thread matches steps and stages, and a JIT
 * stack serves one match at a time. */
static _Thread_local pcre2_match_context *rx_ctx;
static _Thread_local pcre2_jit_stack *rx_stack;
static pthread_mutex_t rx_lock = PTHREAD_MUTEX_INITIALIZER;
static struct {
	char		 text[160];
	int		 rc;		/* the first error */
	uint64_t	 n;
} rx_failed[NFAILED];
static size_t rx_nfailed;
static uint64_t rx_unlisted;	/* failures of patterns past NFAILED */

void *
jy_rx_context(void)
{
	if (rx_ctx == NULL) {
		rx_ctx = pcre2_match_context_create(NULL);
		if (rx_ctx == NULL)
			abort();
		rx_stack = pcre2_jit_stack_create(32 * 1024, RX_JIT_STACK,
		    NULL);
		/* Without a stack of its own the JIT uses its default one. */
		if (rx_stack != NULL)
			pcre2_jit_stack_assign(rx_ctx, NULL, rx_stack);
		pcre2_set_match_limit(rx_ctx, RX_MATCH_LIMIT);
		pcre2_set_depth_limit(rx_ctx, RX_DEPTH_LIMIT);
	}
	return rx_ctx;
}

/* A thread that matched is done: its context goes. */
void
jy_rx_thread_end(void)
{
	pcre2_match_context_free(rx_ctx);
	pcre2_jit_stack_free(rx_stack);
	rx_ctx = NULL;
	rx_stack = NULL;
}

void
jy_rx_failed(const char *text, int rc)
{
	size_t i;

	pthread_mutex_lock(&rx_lock);
	for (i = 0; i < rx_nfailed; i++)
		if (strncmp(rx_failed[i].text, text,
		    sizeof rx_failed[i].text - 1) == 0) {
			rx_failed[i].n++;
			goto out;
		}
	if (rx_nfailed == NFAILED) {
		rx_unlisted++;
		goto out;
	}
	snprintf(rx_failed[i].text, sizeof rx_failed[i].text, "%s", text);
	rx_failed[i].rc = rc;
	rx_failed[i].n = 1;
	rx_nfailed++;
out:
	pthread_mutex_unlock(&rx_lock);
}

void
jy_pattern_warn(FILE *f, const char *prog)
{
	PCRE2_UCHAR msg[256];
	size_t i;

	for (i = 0; i < rx_nfailed; i++) {
		pcre2_get_error_message(rx_failed[i].rc, msg, sizeof msg);
		fprintf(f, "%s: regex ", prog);
		jy_fputs_safe(f, rx_failed[i].text);
		fprintf(f, ": %llu match%s failed (%s), taken as no match: "
		    "write the regex so that it backtracks less\n",
		    (unsigned long long)rx_failed[i].n,
		    rx_failed[i].n == 1 ? "" : "es", (char *)msg);
	}
	if (rx_unlisted > 0)
		fprintf(f, "%s: %llu more matches of other regexes failed, "
		    "taken as no match\n", prog,
		    (unsigned long long)rx_unlisted);
}

struct jy_pattern {
	int			 kind;
	char			*text;		/* as the user wrote it */
	const char		*body;		/* text without "~" */
	size_t			 n;
	pcre2_code		*re;
	pcre2_match_data	*md;
};

jy_status
jy_pattern_compile(const char *text, jy_pattern **out, char *err,
    size_t errlen)
{
	jy_pattern *p = jy_xcalloc(1, sizeof *p);
	int ec;
	PCRE2_SIZE eo;

	p->text = jy_xstrdup(text);
	p->body = p->text;
	if (text[0] == '~') {
		p->kind = P_REGEX;
		p->body++;
		p->re = pcre2_compile((PCRE2_SPTR)p->body, PCRE2_ZERO_TERMINATED,
		    0, &ec, &eo, NULL);
		if (p->re == NULL) {
			PCRE2_UCHAR msg[256];
			pcre2_get_error_message(ec, msg, sizeof msg);
			jy_errf(err, errlen, "bad regex \"%s\" at offset %zu: %s",
			    p->body, (size_t)eo, (char *)msg);
			jy_pattern_free(p);
			*out = NULL;
			return JY_EUSAGE;
		}
		/* JIT is an optimisation: without it matching still works. */
		(void)pcre2_jit_compile(p->re, PCRE2_JIT_COMPLETE);
		p->md = pcre2_match_data_create_from_pattern(p->re, NULL);
	} else if (strpbrk(text, "*?") != NULL)
		p->kind = P_GLOB;
	else
		p->kind = P_EXACT;
	p->n = strlen(p->body);
	*out = p;
	return JY_OK;
}

/* Glob with * and ?; backtracks to the last star only, so it is linear
 * in practice and never exponential. */
static int
glob(const char *g, size_t gn, const char *s, size_t sn)
{
	size_t gi = 0, si = 0, star = (size_t)-1, mark = 0;

	while (si < sn) {
		/* The star first: a '*' in the subject is not the glob's. */
		if (gi < gn && g[gi] == '*') {
			star = gi++;
			mark = si;
		} else if (gi < gn && (g[gi] == '?' || g[gi] == s[si])) {
			gi++;
			si++;
		} else if (star != (size_t)-1) {
			gi = star + 1;
			si = ++mark;
		} else
			return 0;
	}
	while (gi < gn && g[gi] == '*')
		gi++;
	return gi == gn;
}

int
jy_pattern_match(jy_pattern *p, const char *s, size_t n)
{
	switch (p->kind) {
	case P_EXACT:
		return n == p->n && memcmp(s, p->body, n) == 0;
	case P_GLOB:
		return glob(p->body, p->n, s, n);
	default:
		{
			int rc = pcre2_match(p->re, (PCRE2_SPTR)s, n, 0, 0,
			    p->md, jy_rx_context());
			if (JY_UNLIKELY(rc < 0 && rc != PCRE2_ERROR_NOMATCH))
				jy_rx_failed(p->text, rc);
			return rc >= 0;
		}
	}
}

const char *
jy_pattern_text(const jy_pattern *p)
{
	return p->text;
}

void
jy_pattern_free(jy_pattern *p)
{
	if (p == NULL)
		return;
	pcre2_match_data_free(p->md);
	pcre2_code_free(p->re);
	free(p->text);
	free(p);
}

jy_status
jy_pattern_option(jy_pattern **pp, const char *opt, const char *arg,
    char *err, size_t errlen)
{
	char e[512];

	jy_pattern_free(*pp);
	*pp = NULL;
	if (jy_pattern_compile(arg, pp, e, sizeof e) != JY_OK) {
		jy_errf(err, errlen, "%s: %s", opt, e);
		return JY_EUSAGE;
	}
	return JY_OK;
}
