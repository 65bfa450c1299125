/*
 * retention.c - jretention: visitors grouped by the period (day, ISO
 * week, month in --tz) of their first session, or of their first
 * pageview matching --start, and for each cohort the visitors that came
 * back in each of the N periods after it: with a session (dated by its
 * start), or with a pageview matching --return (dated by its time).
 *
 * PostHog's "first time" retention table, counted by calendar period:
 * a visitor is in one cohort only, counts once in a period however often
 * they came back in it, and may count in several periods.  The state per
 * visitor is the earliest start event and the distinct periods with a
 * return event, so the answer does not depend on the order sessions come
 * in; partial states are per cohort counts, exact to merge because a
 * visitor never spans shards.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

enum { U_DAY, U_WEEK, U_MONTH };

#define MAX_PERIODS	1000
#define NONE		INT64_MAX

struct rvis {
	uint64_t	 h;		/* visitor id hash; 0: empty slot */
	int64_t		 t0;		/* earliest start event, or NONE */
	int32_t		*ret;		/* distinct return periods, sorted */
	uint32_t	 n, cap;
};

struct cohort {
	int64_t		 p;		/* its period */
	uint64_t	 size;
	uint64_t	*ret;		/* [1..N] returned */
};

struct jy_retention {
	int		 unit, periods, json, chart, header;
	int		 col;
	jy_pattern	*start, *back;
	const struct jy_config *cfg;

	struct rvis	*v;
	size_t		 vcap, vn;
	uint64_t	 bytes;		/* what the visitors' state takes */
	int		 over;		/* past --memory */
	uint64_t	 nostart;	/* visitors with no --start event */

	struct cohort	*c;
	size_t		 cn, ccap;
	int64_t		 last;		/* the latest period seen, or NONE */
	int		 done;		/* visitors folded into cohorts */
};

jy_retention *
jy_retention_new(void)
{
	jy_retention *r = jy_xcalloc(1, sizeof *r);

	r->unit = U_DAY;
	r->periods = -1;
	r->header = 1;
	r->col = JY_F_PAGE;
	r->last = NONE;
	return r;
}

void
jy_retention_free(jy_retention *r)
{
	size_t i;

	if (r == NULL)
		return;
	for (i = 0; i < r->vcap; i++)
		free(r->v[i].ret);
	free(r->v);
	for (i = 0; i < r->cn; i++)
		free(r->c[i].ret);
	free(r->c);
	jy_pattern_free(r->start);
	jy_pattern_free(r->back);
	free(r);
}

jy_status
jy_retention_set(jy_retention *r, const char *name, const char *arg,
    char *err, size_t errlen)
{
	if (strcmp(name, "cohort") == 0) {
		if (strcmp(arg, "day") == 0)
			r->unit = U_DAY;
		else if (strcmp(arg, "week") == 0)
			r->unit = U_WEEK;
		else if (strcmp(arg, "month") == 0)
			r->unit = U_MONTH;
		else {
			jy_errf(err, errlen, "bad --cohort \"%s\": give day, "
			    "week or month", arg);
			return JY_EUSAGE;
		}
	} else if (strcmp(name, "periods") == 0) {
		char *e;
		long v;
		errno = 0;
		v = strtol(arg, &e, 10);
		if (*arg < '0' || *arg > '9' || *e != '\0' || errno != 0 ||
		    v < 1 || v > MAX_PERIODS) {
			jy_errf(err, errlen, "bad --periods \"%s\": give a whole "
			    "number of periods from 1 to %d", arg, MAX_PERIODS);
			return JY_EUSAGE;
		}
		r->periods = (int)v;
	} else if (strcmp(name, "start") == 0)
		return jy_pattern_option(&r->start, "--start", arg, err,
		    errlen);
	else if (strcmp(name, "return") == 0)
		return jy_pattern_option(&r->back, "--return", arg, err,
		    errlen);
	else if (strcmp(name, "json") == 0)
		r->json = 1;
	else if (strcmp(name, "chart") == 0)
		r->chart = 1;
	else if (strcmp(name, "no-header") == 0)
		r->header = 0;
	else {
		jy_errf(err, errlen, "unknown option --%s", name);
		return JY_EUSAGE;
	}
	return JY_OK;
}

jy_status
jy_retention_ready(jy_retention *r, const jy_config *cfg, char *err,
    size_t errlen)
{
	static const int defaults[] = { 7, 8, 12 };

	r->cfg = cfg;
	if (r->json && r->chart) {
		jy_errf(err, errlen, "--json and --chart are different "
		    "outputs: give one");
		return JY_EUSAGE;
	}
	if (r->periods < 0)
		r->periods = defaults[r->unit];
	return JY_OK;
}

void
jy_retention_column(jy_retention *r, int col)
{
	r->col = col;
}

/* ---- periods ---- */

static int64_t
floordiv(int64_t a, int64_t b)
{
	return a >= 0 ? a / b : -((-a + b - 1) / b);
}

/* The period of UTC time t: a day, a Monday-to-Sunday week or a month
 * in --tz, numbered from 1970-01-01's. */
static int64_t
period_of(const jy_retention *r, int64_t t)
{
	int64_t local = t + jy_tz_offset(r->cfg, t), day;
	char b[32];

	day = floordiv(local, 86400);
	if (r->unit == U_DAY)
		return day;
	if (r->unit == U_WEEK)
		return floordiv(day + 3, 7);	/* 1970-01-01 was a Thursday */
	jy_time_bucket(local, JY_C_MONTH, b);	/* YYYY-MM */
	return ((int64_t)atoi(b) * 12 + atoi(b + 5) - 1) - 1970 * 12;
}

/* The label of a period, as --by day, week and month write them. */
static size_t
label(const jy_retention *r, int64_t p, char out[32])
{
	if (r->unit == U_DAY)
		return jy_time_bucket(p * 86400, JY_C_DAY, out);
	if (r->unit == U_WEEK)
		return jy_time_bucket((p * 7 - 3) * 86400, JY_C_WEEK, out);
	p += 1970 * 12;
	return (size_t)snprintf(out, 32, "%04lld-%02lld",
	    (long long)floordiv(p, 12), (long long)(p - floordiv(p, 12) * 12
	    + 1));
}

/* ---- visitors ---- */

static struct rvis *
visitor(jy_retention *r, const char *id)
{
	static const uint8_t key[16] = "journey-retent-k";
	uint64_t h = jy_siphash(key, id, strlen(id)) | 1;
	size_t i;

	if (2 * (r->vn + 1) > r->vcap) {
		size_t cap = r->vcap ? 2 * r->vcap : 1024, j;
		struct rvis *v = jy_xcalloc(cap, sizeof *v);
		for (i = 0; i < r->vcap; i++) {
			if (r->v[i].h == 0)
				continue;
			for (j = r->v[i].h & (cap - 1); v[j].h != 0;
			    j = (j + 1) & (cap - 1))
				;
			v[j] = r->v[i];
		}
		r->bytes += (cap - r->vcap) * sizeof *v;
		free(r->v);
		r->v = v;
		r->vcap = cap;
	}
	for (i = h & (r->vcap - 1); r->v[i].h != 0; i = (i + 1) & (r->vcap - 1))
		if (r->v[i].h == h)
			return &r->v[i];
	r->v[i].h = h;
	r->v[i].t0 = NONE;
	r->vn++;
	return &r->v[i];
}

/* Periods past the cohort's last can never count: A only moves back. */
static void
trim(const jy_retention *r, struct rvis *v)
{
	int64_t top = period_of(r, v->t0) + r->periods;

	while (v->n > 0 && v->ret[v->n - 1] > top)
		v->n--;
}

static void
add_return(jy_retention *r, struct rvis *v, int64_t p)
{
	uint32_t lo = 0, hi = v->n;

	if (v->t0 != NONE && p > period_of(r, v->t0) + r->periods)
		return;
	while (lo < hi) {
		uint32_t mid = (lo + hi) / 2;
		if (v->ret[mid] < p)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < v->n && v->ret[lo] == p)
		return;		/* twice in one period counts once */
	if (v->n == v->cap) {
		uint32_t cap = v->cap ? 2 * v->cap : 4;
		v->ret = jy_xrealloc(v->ret, cap * sizeof *v->ret);
		r->bytes += (cap - v->cap) * sizeof *v->ret;
		v->cap = cap;
	}
	memmove(&v->ret[lo + 1], &v->ret[lo], (v->n - lo) * sizeof *v->ret);
	v->ret[lo] = (int32_t)p;
	v->n++;
}

int
jy_retention_session(void *ctx, const jy_session *s)
{
	jy_retention *r = ctx;
	size_t n = jy_session_len(s), i;
	int64_t t0 = NONE, p;
	struct rvis *v;
	char buf[32];
	jy_span val;

	if (n == 0 || r->over)
		return r->over ? -1 : 0;
	v = visitor(r, jy_session_visitor(s));
	p = period_of(r, jy_session_time(s, n - 1));
	if (r->last == NONE || p > r->last)
		r->last = p;
	if (r->start == NULL)
		t0 = jy_session_time(s, 0);
	for (i = 0; i < n && (r->start != NULL || r->back != NULL); i++) {
		int64_t t = jy_session_time(s, i);
		if ((r->start != NULL && t0 == NONE) || r->back != NULL)
			val = jy_session_value(s, i, r->col, buf);
		else
			break;
		if (r->start != NULL && t0 == NONE &&
		    jy_pattern_match(r->start, val.p, val.n))
			t0 = t;
		if (r->back != NULL && jy_pattern_match(r->back, val.p, val.n))
			add_return(r, v, period_of(r, t));
	}
	if (r->back == NULL)
		add_return(r, v, period_of(r, jy_session_time(s, 0)));
	if (t0 != NONE && t0 < v->t0) {
		v->t0 = t0;
		trim(r, v);
	}
	if (r->cfg != NULL && r->bytes > r->cfg->memory) {
		r->over = 1;
		return -1;
	}
	return 0;
}

const char *
jy_retention_error(const jy_retention *r)
{
	return r->over ? "--memory: the visitors' state passed the budget; "
	    "raise --memory, or split the input by visitor with --shard K/N "
	    "and --partial, then --merge" : NULL;
}

/* ---- cohorts ---- */

static struct cohort *
cohort(jy_retention *r, int64_t p)
{
	size_t i;

	/* Few cohorts (one a period): a linear search is enough, but
	 * keep the last one found first. */
	for (i = r->cn; i-- > 0; )
		if (r->c[i].p == p)
			return &r->c[i];
	if (r->cn == r->ccap) {
		r->ccap = r->ccap ? 2 * r->ccap : 64;
		r->c = jy_xrealloc(r->c, r->ccap * sizeof *r->c);
	}
	r->c[r->cn].p = p;
	r->c[r->cn].size = 0;
	r->c[r->cn].ret = jy_xcalloc((size_t)r->periods + 1,
	    sizeof *r->c[r->cn].ret);
	return &r->c[r->cn++];
}

static int
cmp_cohort(const void *a, const void *b)
{
	const struct cohort *x = a, *y = b;
	return (x->p > y->p) - (x->p < y->p);
}

/* Every visitor into its cohort, once, before a report or a partial. */
static void
fold(jy_retention *r)
{
	size_t i;
	uint32_t k;

	for (i = 0; i < r->vcap && !r->done; i++) {
		struct rvis *v = &r->v[i];
		struct cohort *c;
		int64_t a;
		if (v->h == 0)
			continue;
		if (v->t0 == NONE) {
			r->nostart++;
			continue;
		}
		a = period_of(r, v->t0);
		c = cohort(r, a);
		c->size++;
		for (k = 0; k < v->n; k++)
			if (v->ret[k] > a && v->ret[k] - a <= r->periods)
				c->ret[v->ret[k] - a]++;
	}
	r->done = 1;
	if (r->cn > 1)
		qsort(r->c, r->cn, sizeof *r->c, cmp_cohort);
}

static void
rate(jy_out *o, uint64_t num, uint64_t den)
{
	char b[32];

	snprintf(b, sizeof b, "%.4f", den ? (double)num / (double)den : 0.0);
	jy_out_str(o, b);
}

/* Period k of cohort c lies past the input's end: not yet observed. */
static int
unseen(const jy_retention *r, const struct cohort *c, int k)
{
	return r->last == NONE || c->p + k > r->last;
}

static void
write_tsv(jy_retention *r, jy_out *o)
{
	size_t i;
	int k;
	char b[32];

	if (r->header)
		jy_out_str(o, "#cohort\tperiod\tvisitors\treturned\trate\n");
	for (i = 0; i < r->cn; i++) {
		struct cohort *c = &r->c[i];
		size_t n = label(r, c->p, b);
		for (k = 0; k <= r->periods; k++) {
			uint64_t got = k == 0 ? c->size : c->ret[k];
			jy_out_bytes(o, b, n);
			jy_out_char(o, '\t');
			jy_out_int(o, k);
			jy_out_char(o, '\t');
			jy_out_int(o, (int64_t)c->size);
			jy_out_char(o, '\t');
			if (unseen(r, c, k))
				jy_out_str(o, "-\t-");
			else {
				jy_out_int(o, (int64_t)got);
				jy_out_char(o, '\t');
				rate(o, got, c->size);
			}
			jy_out_char(o, '\n');
		}
	}
}

static void
write_json(jy_retention *r, jy_out *o)
{
	size_t i;
	int k;
	char b[32];

	for (i = 0; i < r->cn; i++) {
		struct cohort *c = &r->c[i];
		size_t n = label(r, c->p, b);
		for (k = 0; k <= r->periods; k++) {
			uint64_t got = k == 0 ? c->size : c->ret[k];
			jy_out_str(o, "{\"cohort\":\"");
			jy_out_bytes(o, b, n);
			jy_out_str(o, "\",\"period\":");
			jy_out_int(o, k);
			jy_out_str(o, ",\"visitors\":");
			jy_out_int(o, (int64_t)c->size);
			jy_out_str(o, ",\"returned\":");
			if (unseen(r, c, k))
				jy_out_str(o, "null,\"rate\":null");
			else {
				jy_out_int(o, (int64_t)got);
				jy_out_str(o, ",\"rate\":");
				rate(o, got, c->size);
			}
			jy_out_str(o, "}\n");
		}
	}
}

/* The triangle: a row per cohort, its size, then the percentage back in
 * each period; periods past the input's end are left blank. */
static void
write_chart(jy_retention *r, jy_out *o)
{
	static const char *const units[] = { "day", "week", "month" };
	size_t i;
	int k, last = r->periods, fit;
	char b[160];

	/* "cohort visitors" then 6 columns a period: as many as fit. */
	fit = (jy_term_width() - 19) / 6 - 1;
	if (fit < last)
		last = fit < 0 ? 0 : fit;
	snprintf(b, sizeof b, "visitors back in each %s after their first "
	    "(%% of the cohort; 0: the cohort itself)", units[r->unit]);
	jy_out_str(o, b);
	if (last < r->periods) {
		if (last + 1 == r->periods)
			snprintf(b, sizeof b, "; period %d does not fit the "
			    "terminal", r->periods);
		else
			snprintf(b, sizeof b, "; periods %d to %d do not fit "
			    "the terminal", last + 1, r->periods);
		jy_out_str(o, b);
	}
	jy_out_char(o, '\n');
	snprintf(b, sizeof b, "%-10s %8s", "cohort", "visitors");
	jy_out_str(o, b);
	for (k = 0; k <= last; k++) {
		snprintf(b, sizeof b, " %5d", k);
		jy_out_str(o, b);
	}
	jy_out_char(o, '\n');
	for (i = 0; i < r->cn; i++) {
		struct cohort *c = &r->c[i];
		char l[32];
		label(r, c->p, l);
		snprintf(b, sizeof b, "%-10s %8llu", l,
		    (unsigned long long)c->size);
		jy_out_str(o, b);
		for (k = 0; k <= last && !unseen(r, c, k); k++) {
			uint64_t got = k == 0 ? c->size : c->ret[k];
			snprintf(b, sizeof b, " %4.0f%%", c->size ? 100.0 *
			    (double)got / (double)c->size : 0.0);
			jy_out_str(o, b);
		}
		jy_out_char(o, '\n');
	}
}

void
jy_retention_write(jy_retention *r, jy_out *o)
{
	if (r->over)
		return;
	fold(r);
	if (r->json)
		write_json(r, o);
	else if (r->chart)
		write_chart(r, o);
	else
		write_tsv(r, o);
}

void
jy_retention_report(const jy_retention *r, FILE *f, const char *prog)
{
	uint64_t size = 0;
	size_t i;

	for (i = 0; i < r->cn; i++)
		size += r->c[i].size;
	fprintf(f, "%s: cohorts %zu, visitors in them %llu", prog, r->cn,
	    (unsigned long long)size);
	if (r->start != NULL)
		fprintf(f, ", visitors without a --start event %llu",
		    (unsigned long long)r->nostart);
	fputc('\n', f);
}

/* ---- partial states ---- */

/*
 * Lines: "size COHORT n", "back COHORT K n" and "last PERIOD 1", periods
 * as their numbers (days, weeks, months since 1970's first); the merge
 * sums the counts and keeps the latest period.
 */
void
jy_retention_partial(jy_retention *r, jy_out *o)
{
	size_t i;
	int k;

	fold(r);
	for (i = 0; i < r->cn; i++) {
		struct cohort *c = &r->c[i];
		jy_out_str(o, "size\t");
		jy_out_int(o, c->p);
		jy_pw_count(o, c->size);
		for (k = 1; k <= r->periods; k++)
			if (c->ret[k] > 0) {
				jy_out_str(o, "back\t");
				jy_out_int(o, c->p);
				jy_out_char(o, '\t');
				jy_out_int(o, k);
				jy_pw_count(o, c->ret[k]);
			}
	}
	if (r->last != NONE) {
		jy_out_str(o, "last\t");
		jy_out_int(o, r->last);
		jy_pw_count(o, 1);
	}
}

static int
period_field(jy_span s, int64_t *v)
{
	int neg = s.n > 0 && s.p[0] == '-';
	uint64_t u;

	if (jy_pr_count((jy_span){ s.p + neg, s.n - (size_t)neg }, &u) != 0 ||
	    u > (uint64_t)1 << 40)
		return -1;
	*v = neg ? -(int64_t)u : (int64_t)u;
	return 0;
}

int
jy_retention_merge_line(void *ctx, const jy_span *f, size_t nf, char *err,
    size_t errlen)
{
	jy_retention *r = ctx;
	uint64_t n, k;
	int64_t p;

	r->done = 1;		/* the cohorts come from the partials */
	if (nf < 3 || jy_pr_count(f[nf - 1], &n) != 0 ||
	    period_field(f[1], &p) != 0)
		return -1;
	if (nf == 3 && jy_span_eq(f[0], "size"))
		cohort(r, p)->size += n;
	else if (nf == 3 && jy_span_eq(f[0], "last")) {
		if (r->last == NONE || p > r->last)
			r->last = p;
	} else if (nf == 4 && jy_span_eq(f[0], "back")) {
		if (jy_pr_count(f[2], &k) != 0 || k < 1 ||
		    k > (uint64_t)r->periods) {
			jy_errf(err, errlen, "no period %.*s in a %d-period "
			    "retention", (int)(f[2].n < 20 ? f[2].n : 20),
			    f[2].p, r->periods);
			return -1;
		}
		cohort(r, p)->ret[k] += n;
	} else {
		jy_errf(err, errlen, "a line of %zu fields that is no part of "
		    "a jretention partial", nf);
		return -1;
	}
	return 0;
}
