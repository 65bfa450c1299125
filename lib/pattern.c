/*
 * pattern.c - step and stage patterns: exact text, a glob, or ~REGEX.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

enum { P_EXACT, P_GLOB, P_REGEX };

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
		return pcre2_match(p->re, (PCRE2_SPTR)s, n, 0, 0, p->md,
		    NULL) >= 0;
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
