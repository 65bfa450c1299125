/*
 * report_partial.c - jreport's partial state (--partial) and the page
 * made from any number of them (--merge): one file in the format of the
 * others (partial.c), its lines those of every analysis the page is made
 * of, each after the analysis's name ("steps", "pages", "edges", ...),
 * and jreport's own counts under "report":
 *
 *	report	input	POSITION	PATH			1
 *	report	sessions|pageviews|bounces|visitors		N
 *	report	first|last	EPOCH				1
 *	report	dur	SECONDS					N
 *	report	day|hour	BUCKET	sessions|visitors|f1|f2	N
 *	report	seg	COLUMN	VALUE	units|c1|c2|f1|f2	N
 *
 * seg: the visits by the value at their start (c1: with a pageview, c2:
 * with two); f1, f2 (--per session, where not 0): the visits counted at
 * the funnel's first and last step.
 * Counts add, but for first and last (the least and the greatest).  The
 * visitors, per bucket too, add as well: the partials are of different
 * visitors (--shard, or a reducer's keys), as the partials of jfunnel
 * --per visitor are.
 */
#include <stdlib.h>
#include <string.h>

#include "report.h"

#define DUR_EXACT	86400	/* as report.c */

static void
own_count(jy_out *o, const char *what, uint64_t n)
{
	jy_pw_key(o, "report", 6);
	jy_out_char(o, '\t');
	jy_out_str(o, what);
	jy_pw_count(o, n);
}

static void
own_value(jy_out *o, const char *what, int64_t v, uint64_t n)
{
	jy_pw_key(o, "report", 6);
	jy_out_char(o, '\t');
	jy_out_str(o, what);
	jy_out_char(o, '\t');
	jy_out_int(o, v);
	jy_pw_count(o, n);
}

static void
own_buckets(jy_out *o, const struct bmap *m, const char *what)
{
	static const char *const cn[] = { "sessions", "visitors", "f1",
	    "f2" };

	for (size_t i = 0; i < m->n; i++) {
		const uint64_t n[] = { m->b[i].sessions, m->b[i].visitors,
		    m->b[i].f1, m->b[i].f2 };
		for (int k = 0; k < 4; k++) {
			if (k >= 2 && n[k] == 0)
				continue;
			jy_pw_key(o, "report", 6);
			jy_out_char(o, '\t');
			jy_out_str(o, what);
			jy_out_char(o, '\t');
			jy_out_tsv(o, m->b[i].key, strlen(m->b[i].key));
			jy_out_char(o, '\t');
			jy_out_str(o, cn[k]);
			jy_pw_count(o, n[k]);
		}
	}
}

/* A column's counts by value: units, c1, c2 (report.h). */
static void
own_values(jy_out *o, const char *what, const char *col,
    const struct scount *c)
{
	static const char *const cn[] = { "units", "c1", "c2", "f1", "f2" };

	for (size_t i = 0; i < c->nv; i++) {
		const struct sval *v = &c->v[i];
		const uint64_t n[] = { v->units, v->c1, v->c2, v->f1, v->f2 };
		for (int k = 0; k < 5; k++) {
			if (k >= 3 && n[k] == 0)
				continue;
			jy_pw_key(o, "report", 6);
			jy_out_char(o, '\t');
			jy_out_str(o, what);
			jy_out_char(o, '\t');
			jy_out_str(o, col);
			jy_out_char(o, '\t');
			jy_out_tsv(o, v->key, v->n);
			jy_out_char(o, '\t');
			jy_out_str(o, cn[k]);
			jy_pw_count(o, n[k]);
		}
	}
}

static void
own_lines(jy_report *r, jy_out *o)
{
	size_t i;

	for (i = 0; i < r->nfiles; i++) {
		char b[48];
		jy_pw_key(o, "report", 6);
		/* zero-padded: the sorted lines keep the command's order */
		snprintf(b, sizeof b, "\tinput\t%06zu\t", i);
		jy_out_str(o, b);
		jy_out_tsv(o, r->files[i], strlen(r->files[i]));
		jy_pw_count(o, 1);
	}
	own_count(o, "sessions", r->sessions);
	own_count(o, "pageviews", r->pageviews);
	own_count(o, "bounces", r->bounces);
	own_count(o, "visitors", r->people.nseen + r->mvisitors);
	if (r->tmin >= 0) {
		own_value(o, "first", r->tmin, 1);
		own_value(o, "last", r->tmax, 1);
	}
	for (i = 0; i < DUR_EXACT; i++)
		if (r->dur[i] > 0)
			own_value(o, "dur", (int64_t)i, r->dur[i]);
	for (i = 0; i < r->nlong; i++)
		own_value(o, "dur", r->longdur[i], 1);
	own_buckets(o, &r->days, "day");
	/* The hourly trend is of one day's input: with a second day, the
	 * merge has two as well and shows days. */
	if (r->days.n <= 1)
		own_buckets(o, &r->hours, "hour");
	for (int k = 0; k < r->nseg; k++)
		own_values(o, "seg", r->segname[k], &r->sall[k]);
}

void
jy_report_partial(jy_report *r, jy_out *out, uint64_t print)
{
	jy_analysis *a[R_NINNER];
	const char *name[R_NINNER];
	size_t n = jy_r_inner(r, a, name), k;
	struct jy_pw w;

	jy_r_settle(r);
	jy_pw_begin(&w);
	own_lines(r, w.o);
	for (k = 0; k < n; k++) {
		char *buf = NULL;
		size_t len = 0;
		FILE *f;
		jy_out *o;

		if (a[k] == NULL || (k == 1 && r->days.n > 1))
			continue;
		if ((f = open_memstream(&buf, &len)) == NULL)
			abort();	/* out of memory, as jy_xmalloc */
		o = jy_out_new(f);
		jy_analysis_partial_lines(a[k], o);
		jy_out_close(o);
		fclose(f);
		const char *p = buf, *end = buf + len, *nl;
		for (; p < end; p = nl + 1) {
			nl = memchr(p, '\n', (size_t)(end - p));
			jy_out_str(w.o, name[k]);
			jy_out_char(w.o, '\t');
			jy_out_bytes(w.o, p, (size_t)(nl - p) + 1);
		}
		free(buf);
	}
	jy_pw_end(&w, out, "jreport", print, "analysis\tfield...\tcount");
}

/* A signed whole number field (first, last, dur). */
static int
field_int(jy_span s, int64_t *out)
{
	uint64_t v;
	int neg = s.n > 0 && s.p[0] == '-';
	jy_span d = { s.p + neg, s.n - (size_t)neg };

	if (jy_pr_count(d, &v) != 0 || v > INT64_MAX)
		return -1;
	*out = neg ? -(int64_t)v : (int64_t)v;
	return 0;
}

static void
add_dur(jy_report *r, int64_t s, uint64_t n)
{
	if (s >= 0 && s < DUR_EXACT) {
		r->dur[s] += n;
		return;
	}
	for (; n > 0; n--) {
		if (r->nlong == r->longcap) {
			r->longcap = r->longcap ? 2 * r->longcap : 64;
			r->longdur = jy_xrealloc(r->longdur, r->longcap *
			    sizeof *r->longdur);
		}
		r->longdur[r->nlong++] = s;
	}
}

static int
own_merge(jy_report *r, const jy_span *v, size_t nf, uint64_t n, char *err,
    size_t errlen)
{
	int64_t t;

	if (nf == 3) {
		uint64_t *c = jy_span_eq(v[1], "sessions") ? &r->sessions :
		    jy_span_eq(v[1], "pageviews") ? &r->pageviews :
		    jy_span_eq(v[1], "bounces") ? &r->bounces :
		    jy_span_eq(v[1], "visitors") ? &r->mvisitors : NULL;
		if (c == NULL)
			goto bad;
		*c += n;
		return 0;
	}
	if (nf == 4 && (jy_span_eq(v[1], "first") || jy_span_eq(v[1],
	    "last") || jy_span_eq(v[1], "dur"))) {
		if (field_int(v[2], &t) != 0)
			goto bad;
		if (v[1].p[0] == 'd')
			add_dur(r, t, n);
		else if (v[1].p[0] == 'f' && (r->tmin < 0 || t < r->tmin))
			r->tmin = t;
		else if (v[1].p[0] == 'l' && t > r->tmax)
			r->tmax = t;
		return 0;
	}
	if (nf == 5 && (jy_span_eq(v[1], "day") || jy_span_eq(v[1], "hour"))) {
		struct rbucket *b = jy_r_bucket(v[1].p[0] == 'd' ? &r->days :
		    &r->hours, v[2]);
		if (jy_span_eq(v[3], "sessions"))
			b->sessions += n;
		else if (jy_span_eq(v[3], "visitors"))
			b->visitors += n;
		else if (jy_span_eq(v[3], "f1"))
			b->f1 += n;
		else if (jy_span_eq(v[3], "f2"))
			b->f2 += n;
		else
			goto bad;
		return 0;
	}
	if (nf == 5 && jy_span_eq(v[1], "input")) {
		uint64_t pos;
		size_t i;
		if (jy_pr_count(v[2], &pos) != 0)
			goto bad;
		for (i = 0; i < r->nlogs; i++)
			if (strlen(r->logs[i].path) == v[3].n &&
			    memcmp(r->logs[i].path, v[3].p, v[3].n) == 0)
				break;
		if (i < r->nlogs) {
			if (pos < r->logs[i].pos)
				r->logs[i].pos = pos;
			return 0;
		}
		if (r->nlogs == r->logcap) {
			r->logcap = r->logcap ? 2 * r->logcap : 8;
			r->logs = jy_xrealloc(r->logs, r->logcap *
			    sizeof *r->logs);
		}
		r->logs[r->nlogs].pos = pos;
		r->logs[r->nlogs].path = jy_xmalloc(v[3].n + 1);
		memcpy(r->logs[r->nlogs].path, v[3].p, v[3].n);
		r->logs[r->nlogs++].path[v[3].n] = '\0';
		return 0;
	}
	if (nf == 6 && jy_span_eq(v[1], "seg")) {
		struct scount *c = NULL;
		for (int s = 0; c == NULL && s < r->nseg; s++)
			if (jy_span_eq(v[2], r->segname[s]))
				c = &r->sall[s];
		if (c != NULL) {
			struct sval *sv = jy_r_sval(c, v[3]);
			if (jy_span_eq(v[4], "units"))
				sv->units += n;
			else if (jy_span_eq(v[4], "c1"))
				sv->c1 += n;
			else if (jy_span_eq(v[4], "c2"))
				sv->c2 += n;
			else if (jy_span_eq(v[4], "f1"))
				sv->f1 += n;
			else if (jy_span_eq(v[4], "f2"))
				sv->f2 += n;
			else
				goto bad;
			return 0;
		}
		jy_errf(err, errlen, "a column this merge does not show");
		return -1;
	}
bad:
	jy_errf(err, errlen, "a line of %zu fields that is no part of a "
	    "jreport partial", nf);
	return -1;
}

int
jy_report_merge_line(void *ctx, const jy_span *v, size_t nf, char *err,
    size_t errlen)
{
	jy_report *r = ctx;
	jy_analysis *a[R_NINNER];
	const char *name[R_NINNER];
	size_t n = jy_r_inner(r, a, name), k;
	uint64_t c;

	if (nf < 3 || jy_pr_count(v[nf - 1], &c) != 0)
		return -1;
	if (jy_span_eq(v[0], "report"))
		return own_merge(r, v, nf, c, err, errlen);
	for (k = 0; k < n; k++)
		if (jy_span_eq(v[0], name[k]))
			break;
	if (k == n || a[k] == NULL) {
		jy_errf(err, errlen, "lines of an analysis this merge does "
		    "not make: give --merge the options the partials were "
		    "made with");
		return -1;
	}
	return jy_analysis_merge_line(a[k], v + 1, nf - 1, err, errlen);
}

/* The analyses' own fingerprints, in their order, mixed (FNV's prime). */
uint64_t
jy_report_fingerprint(const jy_report *r)
{
	jy_analysis *a[R_NINNER];
	size_t n = jy_r_inner((jy_report *)r, a, NULL), k;
	uint64_t h = 0xcbf29ce484222325ULL;

	for (k = 0; k < n; k++) {
		h ^= a[k] != NULL ? jy_analysis_fingerprint(a[k]) : k;
		h *= 0x100000001b3ULL;
	}
	return h;
}
