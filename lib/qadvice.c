/*
 * qadvice.c - advice for sites whose query string is the page (a Joomla
 * /index.php?option=...&view=...): with -v, when one page is more than
 * half of the pageviews and its URLs carry query strings, say which
 * parameters vary and suggest --keep-query.
 *
 * Memory is a fixed reservoir sample of QA_N pageviews (page and query,
 * cut at QA_LEN bytes), made with a fixed-seed generator so that the
 * same pageviews in the same order give the same advice.
 */
#include <stdio.h>
#include <stdlib.h>
#include <strings.h>

#include "internal.h"

#define QA_N	4096
#define QA_LEN	256
#define QA_MIN	10	/* fewer query strings say nothing */

struct jy_qadvice {
	char		(*slot)[QA_LEN];	/* page NUL query NUL */
	uint64_t	 seen;
	uint64_t	 rng;
};

struct jy_qadvice *
jy_qadvice_new(void)
{
	struct jy_qadvice *q = jy_xcalloc(1, sizeof *q);

	q->slot = jy_xcalloc(QA_N, sizeof *q->slot);
	q->rng = 0x9e3779b97f4a7c15ULL;
	return q;
}

void
jy_qadvice_free(struct jy_qadvice *q)
{
	if (q == NULL)
		return;
	free(q->slot);
	free(q);
}

static uint64_t
next_rand(struct jy_qadvice *q)
{
	q->rng ^= q->rng << 13;
	q->rng ^= q->rng >> 7;
	q->rng ^= q->rng << 17;
	return q->rng;
}

void
jy_qadvice_add(struct jy_qadvice *q, jy_span page, jy_span target)
{
	const char *qs = memchr(target.p, '?', target.n), *hash;
	size_t i, pn, qn;
	char *d;

	if (q->seen < QA_N)
		i = (size_t)q->seen;
	else if ((i = (size_t)(next_rand(q) % (q->seen + 1))) >= QA_N) {
		q->seen++;
		return;
	}
	q->seen++;
	d = q->slot[i];
	pn = page.n < QA_LEN / 2 - 1 ? page.n : QA_LEN / 2 - 1;
	memcpy(d, page.p, pn);
	/* A NUL in a page would end it early: the sample is for counting. */
	d[pn] = '\0';
	qn = 0;
	if (qs != NULL) {
		qs++;
		qn = (size_t)(target.p + target.n - qs);
		if ((hash = memchr(qs, '#', qn)) != NULL)
			qn = (size_t)(hash - qs);
		if (qn > QA_LEN - pn - 2)
			qn = QA_LEN - pn - 2;
		memcpy(d + pn + 1, qs, qn);
	}
	d[pn + 1 + qn] = '\0';
}

static int
strp_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

struct param {
	char		*name;
	size_t		 values, uses;
};

static int
param_cmp(const void *a, const void *b)
{
	const struct param *p = a, *r = b;

	if (p->values != r->values)
		return p->values < r->values ? 1 : -1;
	return strcmp(p->name, r->name);
}

/* Parameters that name a campaign or a click, not a page. */
static int
tracking(const char *name)
{
	static const char *const t[] = { "gclid", "fbclid", "msclkid",
		"dclid", "yclid", "mc_cid", "mc_eid", "_ga", NULL };
	size_t i;

	if (strncasecmp(name, "utm_", 4) == 0)
		return 1;
	for (i = 0; t[i] != NULL; i++)
		if (strcasecmp(name, t[i]) == 0)
			return 1;
	return 0;
}

void
jy_qadvice_report(const struct jy_qadvice *q, FILE *f, const char *prog)
{
	size_t n = q->seen < QA_N ? (size_t)q->seen : QA_N;
	size_t i, j, best = 0, bestn = 0, withq = 0, npairs = 0, np = 0;
	char **pages, **pairs, *top, buf[QA_LEN], esc[4 * QA_LEN];
	struct param *ps;

	if (n == 0)
		return;
	pages = jy_xmalloc(n * sizeof *pages);
	for (i = 0; i < n; i++)
		pages[i] = q->slot[i];
	qsort(pages, n, sizeof *pages, strp_cmp);
	for (i = 0; i < n; i = j) {
		for (j = i + 1; j < n && strcmp(pages[j], pages[i]) == 0; j++)
			;
		if (j - i > bestn) {
			bestn = j - i;
			best = i;
		}
	}
	top = pages[best];
	if (2 * bestn <= n) {
		free(pages);
		return;
	}
	/* Its (name NUL value) pairs, each as "name=value" made sortable. */
	pairs = jy_xmalloc(n * (QA_LEN / 2) * sizeof *pairs);
	char *store = jy_xmalloc(n * QA_LEN);
	size_t used = 0;
	for (i = best; i < best + bestn; i++) {
		const char *qs = pages[i] + strlen(pages[i]) + 1, *a, *amp;
		if (*qs == '\0')
			continue;
		withq++;
		for (a = qs; *a != '\0'; a = *amp ? amp + 1 : amp) {
			for (amp = a; *amp && *amp != '&' && *amp != ';'; amp++)
				;
			if (amp == a)
				continue;
			size_t len = (size_t)(amp - a);
			memcpy(store + used, a, len);
			store[used + len] = '\0';
			/* name '\001' value: the name sorts first. */
			char *eq = memchr(store + used, '=', len);
			if (eq != NULL)
				*eq = '\001';
			pairs[npairs++] = store + used;
			used += len + 1;
		}
	}
	if (withq < QA_MIN || npairs == 0) {
		free(store);
		free(pairs);
		free(pages);
		return;
	}
	qsort(pairs, npairs, sizeof *pairs, strp_cmp);
	ps = jy_xcalloc(npairs, sizeof *ps);
	for (i = 0; i < npairs; i++) {
		char *sep = strchr(pairs[i], '\001');
		size_t nl = sep ? (size_t)(sep - pairs[i]) : strlen(pairs[i]);
		if (np == 0 || strlen(ps[np - 1].name) != nl ||
		    strncmp(ps[np - 1].name, pairs[i], nl) != 0) {
			ps[np].name = jy_xmalloc(nl + 1);
			memcpy(ps[np].name, pairs[i], nl);
			ps[np].name[nl] = '\0';
			np++;
		}
		ps[np - 1].uses++;
		if (i == 0 || strcmp(pairs[i], pairs[i - 1]) != 0)
			ps[np - 1].values++;
	}
	qsort(ps, np, sizeof *ps, param_cmp);
	/* The suggestion: parameters that vary but are not one value per
	 * use (a cache buster, a token) nor a campaign's; three at most.
	 * With none, the query string does not make pages: nothing said. */
	buf[0] = '\0';
	for (i = j = 0; i < np && j < 3; i++) {
		if (ps[i].values < 2 || tracking(ps[i].name) ||
		    (ps[i].uses >= QA_MIN && 10 * ps[i].values > 9 * ps[i].uses))
			continue;
		jy_escape_str(esc, sizeof esc, ps[i].name);
		if (strlen(buf) + strlen(esc) + 2 >= sizeof buf)
			break;
		if (j++ > 0)
			strcat(buf, ",");
		strcat(buf, esc);
	}
	if (buf[0] != '\0') {
		jy_escape_str(esc, sizeof esc, top);
		fprintf(f, "%s: the page %s is %zu of %zu pageviews%s, %zu of "
		    "them with a query string; its parameters by distinct "
		    "values:", prog, esc, bestn, n, q->seen > n ? " sampled" :
		    "", withq);
		for (i = 0; i < np && i < 8; i++) {
			jy_escape_str(esc, sizeof esc, ps[i].name);
			fprintf(f, "%s %s %zu", i ? "," : "", esc, ps[i].values);
		}
		if (np > 8)
			fprintf(f, ", ... (%zu in all)", np);
		fprintf(f, "; --keep-query=%s makes pages of them\n", buf);
	}
	for (i = 0; i < np; i++)
		free(ps[i].name);
	free(ps);
	free(store);
	free(pairs);
	free(pages);
}
