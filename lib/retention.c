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
 * visitor never spans shards.  For the same reason (a minimum and a set
 * union) the table can go to sorted runs on disk past its budget and
 * come back together, exact, at the end.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

enum { U_DAY, U_WEEK, U_MONTH };

#define MAX_PERIODS	1000
#define NONE		INT64_MAX

/*
 * A visitor's slot, 24 bytes: the set of return periods is the one in
 * p (or none) while x is 0, else the list at the arena's x - 1 (its
 * length, capacity, then the periods, sorted).  Most visitors come back
 * in no period, or in their first one alone.
 */
struct rvis {
	uint64_t	 h;		/* visitor id hash; 0: empty slot */
	int64_t		 t0;		/* earliest start event, or NONE */
	int32_t		 p;		/* the one return period, or NOP */
	uint32_t	 x;
};

#define NOP		INT32_MIN

/* The table is NSEG tables by the hash's top bits, each grown on its
 * own: a grow holds the old and new of one segment, not of the whole. */
#define NSEG		64
#define SEG0		8	/* a segment's first slots */

struct seg {
	struct rvis	*v;
	size_t		 cap, n;
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

	struct seg	 seg[NSEG];
	int32_t		*ar;		/* the lists of return periods */
	size_t		 arn, arcap;
	uint64_t	 bytes;		/* what the table and arena take */
	size_t		 budget;	/* the most they may take */
	uint64_t	 nostart;	/* visitors with no --start event */

	/* Past budget: the table as sorted runs, a record a visitor: the
	 * key its hash, the data t0 then its return periods. */
	struct jy_spill	*spill;
	char		*tmpdir;
	struct jy_buf	 rec;
	uint64_t	 spill_bytes;
	size_t		 spill_runs;
	char		 err[600];
	uint64_t	 gh;		/* the visitor being gathered */
	int64_t		 gt0;
	int		 gany;
	struct jy_buf	 acc;		/* its return periods */

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
	r->budget = SIZE_MAX;
	return r;
}

void
jy_retention_budget(jy_retention *r, size_t bytes, const char *tmpdir)
{
	/* Below 16 KiB, a spill every few sessions (the segments take 12
	 * at their least); past 4 GiB the arena's offsets would not fit
	 * the slot's 32 bits. */
	if (bytes < ((size_t)16 << 10))
		bytes = (size_t)16 << 10;
	if ((uint64_t)bytes > ((uint64_t)4 << 30))
		bytes = (size_t)((uint64_t)4 << 30);
	r->budget = bytes;
	free(r->tmpdir);
	r->tmpdir = jy_xstrdup(tmpdir);
}

void
jy_retention_free(jy_retention *r)
{
	size_t i;

	if (r == NULL)
		return;
	for (i = 0; i < NSEG; i++)
		free(r->seg[i].v);
	free(r->ar);
	jy_spill_free(r->spill);
	free(r->tmpdir);
	jy_buf_free(&r->rec);
	jy_buf_free(&r->acc);
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

/* The visitor's return periods, sorted: the slot's one, or its list. */
static int32_t *
rets(const jy_retention *r, struct rvis *v, uint32_t *n)
{
	if (v->x == 0) {
		*n = v->p != NOP;
		return &v->p;
	}
	*n = (uint32_t)r->ar[v->x - 1];
	return &r->ar[v->x + 1];
}

static void
set_len(jy_retention *r, struct rvis *v, uint32_t n)
{
	if (v->x == 0) {
		if (n == 0)
			v->p = NOP;
	} else
		r->ar[v->x - 1] = (int32_t)n;
}

/* Room in the arena for a list of cap periods: its x.  A list that
 * outgrows its room moves to a new one and leaves the old unused until
 * the table is spilled: at most as much again as the lists in use. */
static uint32_t
list_new(jy_retention *r, uint32_t cap)
{
	size_t need = r->arn + 2 + cap, x = r->arn + 1;

	if (need > r->arcap) {
		size_t c = r->arcap ? r->arcap : 1024;
		while (c < need)
			c *= 2;
		/* Doubling past the budget would hold up to twice it until
		 * the session's end spills the table: grow by what this
		 * session needs instead. */
		if (r->bytes + (c - r->arcap) * sizeof *r->ar > r->budget &&
		    need + 1024 < c)
			c = need + 1024;
		r->ar = jy_xrealloc(r->ar, c * sizeof *r->ar);
		r->bytes += (c - r->arcap) * sizeof *r->ar;
		r->arcap = c;
	}
	r->ar[x - 1] = 0;
	r->ar[x] = (int32_t)cap;
	r->arn = need;
	return (uint32_t)x;
}

/* Every visitor in the table out to a sorted run, the table left empty
 * (its segments as large) and the arena freed.  The state of a visitor
 * is a minimum and a set union, so the runs' records of one visitor
 * make the same state at the end (gather) whatever the spills. */
static int
spill_table(jy_retention *r)
{
	size_t i, j;
	uint32_t n;

	if (r->spill == NULL)
		r->spill = jy_spill_new(r->budget / 4, r->tmpdir != NULL ?
		    r->tmpdir : "/tmp");
	for (i = 0; i < NSEG; i++) {
		struct seg *g = &r->seg[i];
		for (j = 0; j < g->cap && g->n > 0; j++) {
			struct rvis *v = &g->v[j];
			const int32_t *p;
			if (v->h == 0)
				continue;
			p = rets(r, v, &n);
			r->rec.n = 0;
			jy_buf_add(&r->rec, &v->t0, sizeof v->t0);
			jy_buf_add(&r->rec, p, n * sizeof *p);
			if (jy_spill_add(r->spill, &v->h, sizeof v->h, r->rec.p,
			    r->rec.n) != 0) {
				snprintf(r->err, sizeof r->err, "the visitors' "
				    "state past --memory: %s",
				    jy_spill_error(r->spill));
				return -1;
			}
			memset(v, 0, sizeof *v);
			g->n--;
		}
	}
	r->bytes -= r->arcap * sizeof *r->ar;
	free(r->ar);
	r->ar = NULL;
	r->arn = r->arcap = 0;
	return 0;
}

static size_t
slot0(uint64_t h, size_t cap)
{
	return (size_t)(h >> 1) & (cap - 1);	/* bit 0 is always set */
}

static void
grow(jy_retention *r, struct seg *g, size_t cap)
{
	struct rvis *v = jy_xcalloc(cap, sizeof *v);
	size_t i, j;

	for (i = 0; i < g->cap; i++) {
		if (g->v[i].h == 0)
			continue;
		for (j = slot0(g->v[i].h, cap); v[j].h != 0;
		    j = (j + 1) & (cap - 1))
			;
		v[j] = g->v[i];
	}
	r->bytes += (cap - g->cap) * sizeof *v;
	free(g->v);
	g->v = v;
	g->cap = cap;
}

/* The visitor's slot; NULL (r->err says why) if the spill failed. */
static struct rvis *
visitor(jy_retention *r, const char *id)
{
	static const uint8_t key[16] = "journey-retent-k";
	uint64_t h = jy_siphash(key, id, strlen(id)) | 1;
	struct seg *g = &r->seg[h >> 58];	/* NSEG is 2^6 */
	size_t i;

	/* Linear probing up to 3/4 full. */
	if (4 * (g->n + 1) > 3 * g->cap) {
		size_t cap = g->cap ? 2 * g->cap : SEG0;
		/* Past the budget, the table goes to disk rather than
		 * grow: that empties this segment too. */
		if (g->cap > 0 && r->bytes + (cap - g->cap) * sizeof *g->v >
		    r->budget) {
			if (spill_table(r) != 0)
				return NULL;
		} else
			grow(r, g, cap);
	}
	for (i = slot0(h, g->cap); g->v[i].h != 0; i = (i + 1) & (g->cap - 1))
		if (g->v[i].h == h)
			return &g->v[i];
	g->v[i].h = h;
	g->v[i].t0 = NONE;
	g->v[i].p = NOP;
	g->v[i].x = 0;
	g->n++;
	return &g->v[i];
}

/* Periods past the cohort's last can never count: A only moves back. */
static void
trim(jy_retention *r, struct rvis *v)
{
	int64_t top = period_of(r, v->t0) + r->periods;
	uint32_t n;
	int32_t *p = rets(r, v, &n);

	while (n > 0 && p[n - 1] > top)
		n--;
	set_len(r, v, n);
}

static void
add_return(jy_retention *r, struct rvis *v, int64_t p)
{
	uint32_t lo = 0, hi, n, cap;
	int32_t *a;

	if (v->t0 != NONE && p > period_of(r, v->t0) + r->periods)
		return;
	a = rets(r, v, &n);
	hi = n;
	while (lo < hi) {
		uint32_t mid = (lo + hi) / 2;
		if (a[mid] < p)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < n && a[lo] == p)
		return;		/* twice in one period counts once */
	if (v->x == 0 && n == 0) {
		v->p = (int32_t)p;
		return;
	}
	cap = v->x == 0 ? 1 : (uint32_t)r->ar[v->x];
	if (n == cap) {
		uint32_t x = list_new(r, cap < 2 ? 4 : 2 * cap);
		memcpy(&r->ar[x + 1], rets(r, v, &n), n * sizeof *a);
		r->ar[x - 1] = (int32_t)n;
		v->x = x;
	}
	a = rets(r, v, &n);
	memmove(&a[lo + 1], &a[lo], (n - lo) * sizeof *a);
	a[lo] = (int32_t)p;
	set_len(r, v, n + 1);
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

	if (n == 0 || r->err[0])
		return r->err[0] ? -1 : 0;
	if ((v = visitor(r, jy_session_visitor(s))) == NULL)
		return -1;
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
	/* The lists' arena past the budget. */
	if (r->bytes > r->budget && spill_table(r) != 0)
		return -1;
	return 0;
}

const char *
jy_retention_error(const jy_retention *r)
{
	return r->err[0] ? r->err : NULL;
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

/* A visitor into its cohort: p its distinct return periods, sorted. */
static void
count_visitor(jy_retention *r, int64_t t0, const int32_t *p, uint32_t n)
{
	struct cohort *c;
	int64_t a;
	uint32_t k;

	if (t0 == NONE) {
		r->nostart++;
		return;
	}
	a = period_of(r, t0);
	c = cohort(r, a);
	c->size++;
	for (k = 0; k < n; k++)
		if (p[k] > a && p[k] - a <= r->periods)
			c->ret[p[k] - a]++;
}

static int
cmp_period(const void *a, const void *b)
{
	int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
	return (x > y) - (x < y);
}

static void
gathered(jy_retention *r)
{
	int32_t *p = (int32_t *)(void *)r->acc.p;
	size_t n = r->acc.n / sizeof *p, i, m = 0;

	if (n > 1)
		qsort(p, n, sizeof *p, cmp_period);
	for (i = 0; i < n; i++)
		if (m == 0 || p[i] != p[m - 1])
			p[m++] = p[i];
	count_visitor(r, r->gt0, p, (uint32_t)m);
}

/* The spilled records of one visitor, one after another: the earliest
 * t0 and the union of their periods. */
static int
gather(void *ctx, jy_span key, jy_span data)
{
	jy_retention *r = ctx;
	uint64_t h;
	int64_t t0;

	memcpy(&h, key.p, sizeof h);
	memcpy(&t0, data.p, sizeof t0);
	if (r->gany && h != r->gh) {
		gathered(r);
		r->gany = 0;
	}
	if (!r->gany) {
		r->gh = h;
		r->gt0 = NONE;
		r->acc.n = 0;
		r->gany = 1;
	}
	if (t0 < r->gt0)
		r->gt0 = t0;
	jy_buf_add(&r->acc, data.p + sizeof t0, data.n - sizeof t0);
	return 0;
}

/* Every visitor into its cohort; -1 if a spilled run could not be read
 * back. */
static int
fold_visitors(jy_retention *r)
{
	size_t i, j;
	uint32_t n;
	uint64_t recs;

	if (r->spill != NULL) {
		if (spill_table(r) != 0)
			return -1;
		for (i = 0; i < NSEG; i++) {
			free(r->seg[i].v);
			r->seg[i].v = NULL;
			r->bytes -= r->seg[i].cap * sizeof *r->seg[i].v;
			r->seg[i].cap = 0;
		}
		r->gany = 0;
		if (jy_spill_finish(r->spill, gather, r) != 0) {
			snprintf(r->err, sizeof r->err, "the visitors' state "
			    "past --memory: %s", jy_spill_error(r->spill));
			return -1;
		}
		if (r->gany)
			gathered(r);
		jy_spill_stats(r->spill, &recs, &r->spill_runs,
		    &r->spill_bytes);
		jy_spill_free(r->spill);
		r->spill = NULL;
	}
	for (i = 0; i < NSEG; i++)
		for (j = 0; j < r->seg[i].cap; j++) {
			struct rvis *v = &r->seg[i].v[j];
			const int32_t *p;
			if (v->h == 0)
				continue;
			p = rets(r, v, &n);
			count_visitor(r, v->t0, p, n);
		}
	return 0;
}

/* The visitors into their cohorts, once, before a report or a partial;
 * a merge has its cohorts from the partials. */
static int
fold(jy_retention *r)
{
	if (!r->done) {
		r->done = 1;
		if (fold_visitors(r) != 0)
			return -1;
	}
	if (r->err[0])
		return -1;
	if (r->cn > 1)
		qsort(r->c, r->cn, sizeof *r->c, cmp_cohort);
	return 0;
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
	if (fold(r) != 0)
		return;
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
	if (r->spill_runs > 0)
		fprintf(f, "%s: %zu sorted runs (%llu bytes) of the visitors' "
		    "state spilled past --memory\n", prog, r->spill_runs,
		    (unsigned long long)r->spill_bytes);
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

	if (fold(r) != 0)
		return;
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
