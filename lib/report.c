/*
 * report.c - jreport: one pass over the input feeds the analyses of
 * jfunnel, jdropoff and jpaths (each made with jy_analysis_new and the
 * options the user gave), and a few counts no program has a table for
 * (sessions and visitors per day, time on site, the period).  Each
 * analysis then writes its own TSV report into memory, and the page is
 * made from those tables: every number in it is one a program prints.
 */
#include <stdlib.h>
#include <string.h>

#include "report.h"

#define FLOW_DEPTH	5	/* columns of the flow */
#define DUR_EXACT	86400	/* time on site: one counter a second below */

/* Segments the report shows where the library knows the column. */
static const struct {
	const char	*name, *label;
} segcols[R_NSEG] = {
	{ "channel", "Channel" },
	{ "device_class", "Device" },
	{ "returning", "New or returning" },
};

size_t
jy_r_inner(jy_report *r, jy_analysis **a, const char **name)
{
	static const char *const names[R_NINNER] = { "day", "hour", "steps",
	    "pages", "paths", "entries", "edges", "conv-channel",
	    "conv-device_class", "conv-returning" };
	size_t n = 0;
	int i;

	a[n++] = r->fday;
	a[n++] = r->fhour;
	a[n++] = r->drop;
	a[n++] = r->pages;
	a[n++] = r->paths;
	a[n++] = r->entries;
	a[n++] = r->edges;
	for (i = 0; i < R_NSEG; i++)
		a[n++] = NULL;
	/* A segment's conversion under its column's name, wherever it is
	 * in r->seg (a column the library does not know is left out). */
	for (i = 0; i < r->nseg; i++)
		for (int k = 0; k < R_NSEG; k++)
			if (strcmp(r->segname[i], segcols[k].name) == 0)
				a[7 + k] = r->sconv[i];
	if (name != NULL)
		for (i = 0; i < R_NINNER; i++)
			name[i] = names[i];
	return n;
}

/* The funnel options, replayed into every analysis with the steps. */
static const char *const funnelopts[] = {
	"step", "steps", "field", "exclude", "per", "order", "window",
	"step-window", "open", "reuse-events", "dedup", "strict-increase",
	"strict-order", "allow-reentry", NULL
};

jy_report *
jy_report_new(void)
{
	jy_report *r = jy_xcalloc(1, sizeof *r);

	r->top = 10;
	r->tmin = r->tmax = -1;
	r->daycol = r->hourcol = -1;
	r->dur = jy_xcalloc(DUR_EXACT, sizeof *r->dur);
	return r;
}

static void
bmap_free(struct bmap *m)
{
	free(m->b);
	free(m->slot);
	free(m->seen);
}

void
jy_report_free(jy_report *r)
{
	int i;

	if (r == NULL)
		return;
	for (i = 0; i < r->nfo; i++) {
		free(r->fo[i].name);
		free(r->fo[i].arg);
	}
	jy_analysis *all[R_NINNER];
	size_t n = jy_r_inner(r, all, NULL);
	for (size_t k = 0; k < n; k++)
		jy_analysis_free(all[k]);
	for (i = 0; i < r->nseg; i++) {
		for (size_t k = 0; k < r->sall[i].nv; k++)
			free(r->sall[i].v[k].key);
		free(r->sall[i].v);
	}
	for (size_t k = 0; k < r->nfiles; k++)
		free(r->files[k]);
	free(r->files);
	for (size_t k = 0; k < r->nlogs; k++)
		free(r->logs[k].path);
	free(r->logs);
	free(r->cmdline);
	free(r->title);
	free(r->tmpdir);
	jy_spill_free(r->spill);
	jy_buf_free(&r->prevkey);
	bmap_free(&r->days);
	bmap_free(&r->hours);
	bmap_free(&r->people);
	free(r->dur);
	free(r->longdur);
	free(r);
}

jy_status
jy_report_set(jy_report *r, const char *name, const char *arg, char *err,
    size_t errlen)
{
	int i;

	if (strcmp(name, "title") == 0) {
		free(r->title);
		r->title = jy_xstrdup(arg);
		return JY_OK;
	}
	if (strcmp(name, "top") == 0) {
		char *end;
		long n = strtol(arg, &end, 10);
		if (*arg == '\0' || *end != '\0' || n < 1 || n > 50) {
			jy_errf(err, errlen, "bad -n/--top \"%s\": give the pages "
			    "shown per table and flow column, 1 to 50", arg);
			return JY_EUSAGE;
		}
		r->top = (int)n;
		return JY_OK;
	}
	for (i = 0; funnelopts[i] != NULL; i++)
		if (strcmp(name, funnelopts[i]) == 0)
			break;
	if (funnelopts[i] == NULL) {
		jy_errf(err, errlen, "--%s is not an option of jreport", name);
		return JY_EUSAGE;
	}
	if (r->nfo == (int)(sizeof r->fo / sizeof r->fo[0])) {
		jy_errf(err, errlen, "too many funnel options");
		return JY_EUSAGE;
	}
	if (strcmp(name, "step") == 0 || strcmp(name, "steps") == 0)
		r->nsteps++;
	if (strcmp(name, "per") == 0)
		r->visitor = arg != NULL && strcmp(arg, "visitor") == 0;
	r->fo[r->nfo].name = jy_xstrdup(name);
	r->fo[r->nfo++].arg = arg ? jy_xstrdup(arg) : NULL;
	/* A bad step or rule is said now, with jfunnel's words. */
	jy_analysis *probe = jy_analysis_new("jfunnel");
	jy_status st = jy_analysis_set(probe, name, arg, err, errlen);
	jy_analysis_free(probe);
	return st;
}

/* The command line and the input files, for the footer. */
void
jy_report_command(jy_report *r, int argc, char **argv, int first)
{
	struct jy_buf b = { 0 };
	int i;

	for (i = 0; i < argc; i++) {
		if (i > 0)
			jy_buf_addc(&b, ' ');
		jy_buf_add(&b, argv[i], strlen(argv[i]));
	}
	jy_buf_addc(&b, '\0');
	free(r->cmdline);
	r->cmdline = b.p;
	r->nfiles = first < argc ? (size_t)(argc - first) : 1;
	r->files = jy_xcalloc(r->nfiles, sizeof *r->files);
	for (i = 0; i < (int)r->nfiles; i++)
		r->files[i] = jy_xstrdup(first < argc ? argv[first + i] : "-");
}

static jy_analysis *
make(const char *prog, jy_report *r, int funnel, const char *const *kv)
{
	jy_analysis *a = jy_analysis_new(prog);
	char err[256];
	int i;

	if (funnel)
		for (i = 0; i < r->nfo; i++)
			jy_analysis_set(a, r->fo[i].name, r->fo[i].arg, err,
			    sizeof err);
	for (i = 0; kv != NULL && kv[i] != NULL; i += 2)
		jy_analysis_set(a, kv[i], kv[i + 1], err, sizeof err);
	return a;
}

/* The column names the library knows (not a TSV or format field). */
static int
known_column(const char *name)
{
	const char *s = jy_column_names();
	size_t n = strlen(name);

	while ((s = strstr(s, name)) != NULL) {
		if ((s == jy_column_names() || s[-1] == ' ') &&
		    (s[n] == ',' || s[n] == '\0'))
			return 1;
		s += n;
	}
	return 0;
}

jy_status
jy_report_ready(jy_report *r, const jy_config *cfg, char *err,
    size_t errlen)
{
	static const char *const five[] = { "top", "5", NULL };
	static const char *const all[] = { "top", "0", NULL };
	char topn[16], depth[16];
	int i;

	r->cfg = cfg;
	snprintf(topn, sizeof topn, "%d", r->top);
	snprintf(depth, sizeof depth, "%d", FLOW_DEPTH);
	const char *flowf = jy_config_has_stages(cfg) ? "stage" : "page";
	const char *paths[] = { "top", topn, NULL };
	const char *ent[] = { "top", "0", "depth", "1", "field", flowf, NULL };
	const char *edg[] = { "edges", NULL, "depth", depth, "field", flowf,
	    NULL };

	if (r->nsteps > 0) {
		static const char *const byday[] = { "by", "day", "top", "0",
		    NULL };
		static const char *const byhour[] = { "by", "hour", "top", "0",
		    NULL };
		r->drop = make("jdropoff", r, 1, five);
		r->derive = !r->visitor;
		if (!r->derive) {
			r->fday = make("jfunnel", r, 1, byday);
			r->fhour = make("jfunnel", r, 1, byhour);
		}
	} else if (r->nfo > 0) {
		jy_errf(err, errlen, "--%s is a funnel option: give the "
		    "funnel's steps with -s or --steps", r->fo[0].name);
		return JY_EUSAGE;
	}
	r->pages = make("jdropoff", r, 0, all);
	r->paths = make("jpaths", r, 0, paths);
	/* Pages enter the flow as jdropoff counts entries; stages, which
	 * it does not count, as jpaths's journeys cut after one. */
	if (jy_config_has_stages(cfg))
		r->entries = make("jpaths", r, 0, ent);
	r->edges = make("jpaths", r, 0, edg);
	for (i = 0; i < R_NSEG; i++) {
		if (!known_column(segcols[i].name))
			continue;
		const char *by[] = { "by", segcols[i].name, "top", "0", NULL };
		r->segname[r->nseg] = segcols[i].name;
		if (r->nsteps > 0 && !r->derive)
			r->sconv[r->nseg] = make("jfunnel", r, 1, by);
		r->nseg++;
	}
	/*
	 * Together in a 64th of --memory, each a share, jreport's own
	 * sets one too: the page needs only their top rows and sums, so
	 * past its share each spills (exactly) rather than hold tables
	 * that grow with the input beside the sessions and visit counts.
	 */
	jy_analysis *list[R_NINNER];
	size_t n = jy_r_inner(r, list, NULL), k, made = 0;
	for (k = 0; k < n; k++)
		made += list[k] != NULL;
	r->ownbudget = (size_t)(cfg->memory / 64 / (made + 1));
	for (k = 0; k < n; k++) {
		if (list[k] == NULL)
			continue;
		jy_analysis_budget(list[k], r->ownbudget);
		if (jy_analysis_ready(list[k], cfg, err, errlen) != JY_OK)
			return JY_EUSAGE;
	}
	const char *dir = cfg->tmpdir;
	if (dir == NULL && (dir = getenv("TMPDIR")) == NULL)
		dir = "/tmp";
	r->tmpdir = jy_xstrdup(dir);
	return JY_OK;
}

jy_status
jy_report_start(jy_report *r, jy_input *in, char *err, size_t errlen)
{
	int i;

	r->in = in;
	jy_analysis *list[R_NINNER];
	size_t n = jy_r_inner(r, list, NULL);
	for (size_t k = 0; k < n; k++)
		if (list[k] != NULL && jy_analysis_start(list[k], in, NULL, err,
		    errlen) != JY_OK)
			return JY_EUSAGE;
	for (i = 0; i < r->nseg; i++) {
		if ((r->sall[i].col = jy_input_column(in, r->segname[i], err,
		    errlen)) < 0)
			return JY_EUSAGE;
	}
	if ((r->daycol = jy_input_column(in, "day", err, errlen)) < 0 ||
	    (r->hourcol = jy_input_column(in, "hour", err, errlen)) < 0)
		return JY_EUSAGE;
	return JY_OK;
}

/* ---- the counts of no program: per bucket, time on site ---- */

/* A (bucket, visitor) pair from the two hashes: splitmix64's finaliser
 * of their mix, so that one hash of the visitor serves every bucket. */
static uint64_t
pairhash(uint64_t hk, uint64_t hv)
{
	uint64_t z = hv ^ (hk * 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return (z ^ (z >> 31)) | 1;
}

static void
rehash(struct bmap *m)
{
	size_t i, ns = m->nslot ? 2 * m->nslot : 64;

	free(m->slot);
	m->slot = jy_xcalloc(ns, sizeof *m->slot);
	m->nslot = ns;
	for (i = 0; i < m->n; i++) {
		size_t h = jy_hash(m->b[i].key, strlen(m->b[i].key)) & (ns - 1);
		while (m->slot[h] != 0)
			h = (h + 1) & (ns - 1);
		m->slot[h] = (uint32_t)i + 1;
	}
}

struct rbucket *
jy_r_bucket(struct bmap *m, jy_span k)
{
	size_t h;

	if (k.n >= sizeof m->b[0].key)
		k.n = sizeof m->b[0].key - 1;
	if (2 * (m->n + 1) > m->nslot)
		rehash(m);
	h = jy_hash(k.p, k.n) & (m->nslot - 1);
	while (m->slot[h] != 0) {
		struct rbucket *b = &m->b[m->slot[h] - 1];
		if (strlen(b->key) == k.n && memcmp(b->key, k.p, k.n) == 0)
			return b;
		h = (h + 1) & (m->nslot - 1);
	}
	if (m->n == m->cap) {
		m->cap = m->cap ? 2 * m->cap : 64;
		m->b = jy_xrealloc(m->b, m->cap * sizeof *m->b);
	}
	memset(&m->b[m->n], 0, sizeof m->b[m->n]);
	memcpy(m->b[m->n].key, k.p, k.n);
	m->slot[h] = (uint32_t)++m->n;
	return &m->b[m->n - 1];
}

static void
spill_value(jy_report *r, uint64_t h, int tag, const char *bkey)
{
	char key[1 + 8 + 32];
	size_t n = strlen(bkey);

	if (r->spill == NULL)
		r->spill = jy_spill_new(r->ownbudget / 2, r->tmpdir);
	key[0] = (char)tag;
	memcpy(key + 1, &h, 8);
	memcpy(key + 9, bkey, n);
	if (jy_spill_add(r->spill, key, 9 + n, "", 0) != 0 && !r->err[0])
		snprintf(r->err, sizeof r->err, "visitors past --memory: %s",
		    jy_spill_error(r->spill));
}

/* A key of the spill: counted if not the one before (they come sorted). */
static int
settle_key(void *ctx, jy_span key, jy_span data)
{
	jy_report *r = ctx;
	jy_span bk = { key.p + 9, key.n - 9 };

	(void)data;
	if (key.n < 9 || (r->prevkey.n == key.n && memcmp(r->prevkey.p, key.p,
	    key.n) == 0))
		return 0;
	r->prevkey.n = 0;
	jy_buf_add(&r->prevkey, key.p, key.n);
	r->nspilled++;
	if (key.p[0] == 1)
		r->mvisitors++;
	else
		jy_r_bucket(key.p[0] == 2 ? &r->days : &r->hours, bk)->visitors++;
	return 0;
}

/* The distinct values that waited in the spill, counted once at the end. */
void
jy_r_settle(jy_report *r)
{
	if (r->spill == NULL)
		return;
	uint64_t recs;
	if (jy_spill_finish(r->spill, settle_key, r) != 0 && !r->err[0])
		snprintf(r->err, sizeof r->err, "visitors past --memory: %s",
		    jy_spill_error(r->spill));
	jy_spill_stats(r->spill, &recs, &r->spillruns, &r->spillbytes);
	jy_spill_free(r->spill);
	r->spill = NULL;
	jy_buf_free(&r->prevkey);
}

/*
 * 1 if the value was not seen before.  The three hash sets (visitors,
 * and visitor per day and per hour) grow within half of the report's own
 * budget; past it a set no longer grows, and a value not in it waits in
 * a spill (key: tag, hash, bucket) until jy_r_settle counts the distinct
 * ones: exact in bounded memory.
 */
static int
seen_add(jy_report *r, struct bmap *m, uint64_t h, int tag,
    const char *bkey)
{
	size_t i;

	if (m->seencap > 0)
		for (i = h & (m->seencap - 1); m->seen[i] != 0;
		    i = (i + 1) & (m->seencap - 1))
			if (m->seen[i] == h)
				return 0;
	if (2 * (m->nseen + 1) > m->seencap) {
		size_t nc = m->seencap ? 2 * m->seencap : 1024;
		if (m->seencap > 0 && r->seenbytes + nc * sizeof *m->seen >
		    r->ownbudget / 2) {
			spill_value(r, h, tag, bkey);
			return 0;
		}
		uint64_t *t = jy_xcalloc(nc, sizeof *t);
		for (i = 0; i < m->seencap; i++)
			if (m->seen[i] != 0) {
				size_t j = m->seen[i] & (nc - 1);
				while (t[j] != 0)
					j = (j + 1) & (nc - 1);
				t[j] = m->seen[i];
			}
		free(m->seen);
		r->seenbytes += (nc - m->seencap) * sizeof *m->seen;
		m->seen = t;
		m->seencap = nc;
	}
	for (i = h & (m->seencap - 1); m->seen[i] != 0;
	    i = (i + 1) & (m->seencap - 1))
		;
	m->seen[i] = h;
	m->nseen++;
	return 1;
}

/* The counts of a segment's value (few: channels, device classes). */
struct sval *
jy_r_sval(struct scount *c, jy_span k)
{
	size_t i;

	if (c->last < c->nv && c->v[c->last].n == k.n &&
	    memcmp(c->v[c->last].key, k.p, k.n) == 0)
		return &c->v[c->last];
	for (i = 0; i < c->nv; i++)
		if (c->v[i].n == k.n && memcmp(c->v[i].key, k.p, k.n) == 0)
			return &c->v[c->last = i];
	if (c->nv == c->cap) {
		c->cap = c->cap ? 2 * c->cap : 16;
		c->v = jy_xrealloc(c->v, c->cap * sizeof *c->v);
	}
	memset(&c->v[c->nv], 0, sizeof c->v[c->nv]);
	c->v[c->nv].key = jy_xmalloc(k.n + 1);
	memcpy(c->v[c->nv].key, k.p, k.n);
	c->v[c->nv].key[k.n] = '\0';
	c->v[c->nv].n = k.n;
	c->last = c->nv;
	return &c->v[c->nv++];
}

static void
count_segment(struct scount *c, const jy_session *s, size_t n, const int *f)
{
	char buf[32];
	jy_span none = { "", 0 };
	struct sval *v = jy_r_sval(c, n > 0 ? jy_session_value(s, 0, c->col,
	    buf) : none);

	v->units++;
	v->c1 += n > 0;
	v->c2 += n > 1;
	v->f1 += (uint64_t)f[0];
	v->f2 += (uint64_t)f[1];
}

static void
count_bucket(jy_report *r, struct bmap *m, int tag, const jy_session *s,
    int col, uint64_t hv, const int *f)
{
	char buf[32];
	jy_span k = jy_session_value(s, 0, col, buf);
	struct rbucket *b = jy_r_bucket(m, k);

	b->sessions++;
	b->f1 += (uint64_t)f[0];
	b->f2 += (uint64_t)f[1];
	if (seen_add(r, m, pairhash(jy_hash(k.p, k.n), hv), tag, b->key))
		b->visitors++;
}

int
jy_report_session(void *ctx, const jy_session *s)
{
	jy_report *r = ctx;
	size_t n = jy_session_len(s);
	int rc = 0, i;

	jy_analysis *list[R_NINNER];
	size_t na = jy_r_inner(r, list, NULL), k;
	/* The hourly trend is for an input of one day: once a second day
	 * is seen it will not be shown, so it is no longer fed. */
	if (r->days.n > 1)
		list[1] = NULL;
	for (k = 0; k < na; k++)
		if (list[k] != NULL)
			rc |= jy_analysis_session(list[k], s);
	/* The steps this visit was counted at, first and last. */
	uint64_t m = r->derive ? jy_analysis_last_steps(r->drop) : 0;
	int f[2] = { (int)(m & 1), (int)(m >> (r->nsteps > 0 ? r->nsteps - 1 :
	    0) & 1) };
	for (i = 0; i < r->nseg; i++)
		count_segment(&r->sall[i], s, n, f);

	if (n == 0)
		return rc;
	int64_t t0 = jy_session_time(s, 0), t1 = jy_session_time(s, n - 1);
	if (r->tmin < 0 || t0 < r->tmin)
		r->tmin = t0;
	if (t1 > r->tmax)
		r->tmax = t1;
	if (t1 - t0 < DUR_EXACT)
		r->dur[t1 - t0 >= 0 ? t1 - t0 : 0]++;
	else {
		if (r->nlong == r->longcap) {
			r->longcap = r->longcap ? 2 * r->longcap : 64;
			r->longdur = jy_xrealloc(r->longdur, r->longcap *
			    sizeof *r->longdur);
		}
		r->longdur[r->nlong++] = t1 - t0;
	}
	r->sessions++;
	r->pageviews += n;
	if (n == 1)
		r->bounces++;
	const char *v = jy_session_visitor(s);
	uint64_t hv = jy_hash(v, strlen(v));
	seen_add(r, &r->people, hv | 1, 1, "");
	count_bucket(r, &r->days, 2, s, r->daycol, hv, f);
	if (r->days.n == 1)
		count_bucket(r, &r->hours, 3, s, r->hourcol, hv, f);
	return rc;
}

/* ---- tables back from the analyses ---- */

const char *
jy_rtab_get(const struct rtab *t, size_t row, size_t col)
{
	if (row >= t->nrow || col >= t->ncol)
		return "";
	return t->cell[row * t->ncol + col];
}

void
jy_rtab_free(struct rtab *t)
{
	free(t->cell);
	free(t->mem);
	memset(t, 0, sizeof *t);
}

static void
parse(struct rtab *t, const char *p, size_t n)
{
	struct jy_buf mem = { 0 };
	size_t *off = NULL, noff = 0, cap = 0, *rowstart = NULL, nr = 0,
	    rcap = 0, i, ncol = 0;
	const char *end = p + n;

	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *le = nl ? nl : end;
		if (*p != '#' && le > p) {
			if (nr == rcap) {
				rcap = rcap ? 2 * rcap : 64;
				rowstart = jy_xrealloc(rowstart, rcap *
				    sizeof *rowstart);
			}
			rowstart[nr++] = noff;
			const char *f = p;
			size_t nf = 0;
			for (;;) {
				const char *tab = memchr(f, '\t',
				    (size_t)(le - f));
				const char *fe = tab ? tab : le;
				if (noff == cap) {
					cap = cap ? 2 * cap : 256;
					off = jy_xrealloc(off, cap * sizeof *off);
				}
				off[noff++] = mem.n;
				jy_unescape(&mem, f, (size_t)(fe - f));
				jy_buf_addc(&mem, '\0');
				nf++;
				if (tab == NULL)
					break;
				f = tab + 1;
			}
			if (nf > ncol)
				ncol = nf;
		}
		p = nl ? nl + 1 : end;
	}
	jy_buf_addc(&mem, '\0');	/* the empty cell */
	t->nrow = nr;
	t->ncol = ncol;
	t->mem = mem.p;
	t->cell = jy_xcalloc(nr * ncol + 1, sizeof *t->cell);
	for (i = 0; i < nr; i++) {
		size_t k, nf = (i + 1 < nr ? rowstart[i + 1] : noff) -
		    rowstart[i];
		for (k = 0; k < ncol; k++)
			t->cell[i * ncol + k] = k < nf ?
			    mem.p + off[rowstart[i] + k] : mem.p + mem.n - 1;
	}
	free(off);
	free(rowstart);
}

/* A table made by fill into memory, then read back as the page's. */
static void
tsv_table(struct rtab *t, void (*fill)(jy_out *, void *), void *ctx)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f;
	jy_out *o;

	memset(t, 0, sizeof *t);
	if ((f = open_memstream(&buf, &len)) == NULL)
		return;
	o = jy_out_new(f);
	fill(o, ctx);
	jy_out_close(o);
	fclose(f);
	parse(t, buf, len);
	free(buf);
}

struct fill {
	jy_analysis	*a;
	void		(*write)(jy_analysis *, jy_out *);
	struct scount	*c;
	const struct bmap *m;
	int		 nsteps, steps;
};

static void
fill_analysis(jy_out *o, void *ctx)
{
	struct fill *f = ctx;

	f->write(f->a, o);
}

static void
capture_with(jy_analysis *a, struct rtab *t,
    void (*write)(jy_analysis *, jy_out *))
{
	struct fill f = { a, write, NULL, NULL, 0, 0 };

	if (a == NULL) {
		memset(t, 0, sizeof *t);
		return;
	}
	tsv_table(t, fill_analysis, &f);
}

static void
capture(jy_analysis *a, struct rtab *t)
{
	capture_with(a, t, jy_analysis_write);
}

/* ---- the flow's edges, each 24 bytes ---- */

static uint32_t
re_label(struct redges *r, jy_span v)
{
	size_t h, i;

	if (2 * (r->nlabel + 1) > r->nslot) {
		size_t ns = r->nslot ? 2 * r->nslot : 256;
		free(r->slot);
		r->slot = jy_xcalloc(ns, sizeof *r->slot);
		r->nslot = ns;
		for (i = 0; i < r->nlabel; i++) {
			const char *l = r->label[i];
			/* the length is kept before the bytes */
			size_t n;
			memcpy(&n, l - sizeof n, sizeof n);
			for (h = jy_hash(l, n) & (ns - 1); r->slot[h] != 0;
			    h = (h + 1) & (ns - 1))
				;
			r->slot[h] = (uint32_t)i + 1;
		}
	}
	for (h = jy_hash(v.p, v.n) & (r->nslot - 1); r->slot[h] != 0;
	    h = (h + 1) & (r->nslot - 1)) {
		const char *l = r->label[r->slot[h] - 1];
		size_t n;
		memcpy(&n, l - sizeof n, sizeof n);
		if (n == v.n && memcmp(l, v.p, n) == 0)
			return r->slot[h] - 1;
	}
	if (r->nlabel == r->labcap) {
		r->labcap = r->labcap ? 2 * r->labcap : 256;
		r->label = jy_xrealloc(r->label, r->labcap * sizeof *r->label);
	}
	/* A label is a C string to the flow, as a table's cell was. */
	char *l = jy_xmalloc(sizeof v.n + v.n + 1);
	memcpy(l, &v.n, sizeof v.n);
	memcpy(l + sizeof v.n, v.p, v.n);
	l[sizeof v.n + v.n] = '\0';
	r->label[r->nlabel] = l + sizeof v.n;
	r->slot[h] = (uint32_t)++r->nlabel;
	return (uint32_t)r->nlabel - 1;
}

/* An edge from the analysis; past max the buffer goes to the file. */
void
jy_re_add(void *ctx, uint32_t step, jy_span from, jy_span to, uint64_t count)
{
	struct redges *r = ctx;
	struct redge e;

	memset(&e, 0, sizeof e);
	e.step = step;
	e.from = re_label(r, from);
	e.to = re_label(r, to);
	e.count = count;
	if (r->n == r->max) {
		if (r->f == NULL && !r->err[0] && (r->f = jy_tmpfile(r->tmpdir,
		    "jyedges", 1 << 12, r->err, sizeof r->err)) == NULL)
			return;
		if (r->f == NULL)
			return;
		if (fwrite(r->e, sizeof *r->e, r->n, r->f) != r->n &&
		    !r->err[0])
			snprintf(r->err, sizeof r->err, "the flow's edges past "
			    "--memory: writing to %s failed", r->tmpdir);
		r->nfile += r->n;
		r->n = 0;
	}
	r->e[r->n++] = e;
}

/* Every edge to fn: those in the file (read back through the buffer's
 * second half), then those in the buffer. */
int
jy_re_each(struct redges *r, void (*fn)(void *, const struct redge *),
    void *ctx)
{
	size_t i;

	if (r->f != NULL) {
		struct redge buf[512];
		uint64_t left = r->nfile;
		if (fflush(r->f) != 0 || fseek(r->f, 0, SEEK_SET) != 0)
			left = 0;
		while (left > 0) {
			size_t want = left < 512 ? (size_t)left : 512;
			size_t got = fread(buf, sizeof *buf, want, r->f);
			for (i = 0; i < got; i++)
				fn(ctx, &buf[i]);
			left -= got;
			if (got < want)
				break;
		}
		if (left > 0 && !r->err[0])
			snprintf(r->err, sizeof r->err, "the flow's edges past "
			    "--memory: reading back from %s failed",
			    r->tmpdir);
	}
	for (i = 0; i < r->n; i++)
		fn(ctx, &r->e[i]);
	return r->err[0] ? -1 : 0;
}

void
jy_re_free(struct redges *r)
{
	for (size_t i = 0; i < r->nlabel; i++)
		free(r->label[i] - sizeof(size_t));
	free(r->label);
	free(r->slot);
	free(r->e);
	if (r->f != NULL)
		jy_tmpclose(r->f);
	memset(r, 0, sizeof *r);
}

/* As jfunnel --by orders its groups: by step 1, units, then the value
 * (jy_group_cmp: integers by number, then bytewise). */
static int
cmp_sval(const void *a, const void *b)
{
	const struct sval *x = a, *y = b;
	jy_span xs = { x->key, x->n }, ys = { y->key, y->n };

	if (x->c1 != y->c1)
		return x->c1 > y->c1 ? -1 : 1;
	if (x->units != y->units)
		return x->units > y->units ? -1 : 1;
	return jy_group_cmp(xs, ys);
}

/* jfunnel's rate: of the first step's count, 4 decimals, "-" of none. */
static void
out_rate(jy_out *o, uint64_t num, uint64_t den)
{
	char b[32];

	if (den == 0)
		jy_out_str(o, "-");
	else {
		snprintf(b, sizeof b, "%.4f", (double)num / (double)den);
		jy_out_str(o, b);
	}
}

/*
 * The rows of jfunnel --by COL --top 0 that the page reads: per value the
 * first step and the last (step nsteps), with the columns value, step,
 * name (left empty), count and rate.
 */
static void
funnel_rows(jy_out *o, const char *key, size_t n, int nsteps, uint64_t first,
    uint64_t last)
{
	jy_out_tsv(o, key, n);
	jy_out_str(o, "\t1\t\t");
	jy_out_int(o, (int64_t)first);
	jy_out_char(o, '\t');
	out_rate(o, first, first);
	jy_out_char(o, '\n');
	if (nsteps < 2)
		return;
	jy_out_tsv(o, key, n);
	jy_out_char(o, '\t');
	jy_out_int(o, nsteps);
	jy_out_str(o, "\t\t");
	jy_out_int(o, (int64_t)last);
	jy_out_char(o, '\t');
	out_rate(o, last, first);
	jy_out_char(o, '\n');
}

static void
fill_scount(jy_out *o, void *ctx)
{
	struct fill *f = ctx;
	const struct scount *c = f->c;

	for (size_t i = 0; i < c->nv; i++)
		funnel_rows(o, c->v[i].key, c->v[i].n, f->nsteps, f->steps ?
		    c->v[i].f1 : c->v[i].c1, f->steps ? c->v[i].f2 :
		    c->v[i].c2);
}

static void
fill_buckets(jy_out *o, void *ctx)
{
	struct fill *f = ctx;
	const struct bmap *m = f->m;

	for (size_t i = 0; i < m->n; i++)
		if (m->b[i].sessions > 0)	/* not a gap filled */
			funnel_rows(o, m->b[i].key, strlen(m->b[i].key),
			    f->nsteps, m->b[i].f1, m->b[i].f2);
}

/*
 * A column's table, in jfunnel's order: of the '*','*' funnel (c1, c2:
 * the segments' visits and bounces), or of the steps (f1, f2: the
 * segments' conversion, --per session).
 */
static void
scount_table(struct scount *c, int nsteps, int steps, struct rtab *t)
{
	struct fill f = { NULL, NULL, c, NULL, nsteps, steps };

	if (c->nv == 0) {
		jy_span none = { "", 0 };
		jy_r_sval(c, none);	/* jfunnel's one empty group */
	}
	qsort(c->v, c->nv, sizeof *c->v, cmp_sval);
	c->last = 0;
	tsv_table(t, fill_scount, &f);
}

/* The trend's conversion, as jfunnel --by day (or hour) has it. */
static void
bucket_table(const struct bmap *m, int nsteps, struct rtab *t)
{
	struct fill f = { NULL, NULL, NULL, m, nsteps, 1 };

	tsv_table(t, fill_buckets, &f);
}

static int
cmp_log(const void *a, const void *b)
{
	const struct rlog *x = a, *y = b;

	if (x->pos != y->pos)
		return x->pos < y->pos ? -1 : 1;
	return strcmp(x->path, y->path);
}

static int
cmp_bucket(const void *a, const void *b)
{
	return strcmp(((const struct rbucket *)a)->key,
	    ((const struct rbucket *)b)->key);
}

/* Nearest rank, as jfunnel's median_s: the smallest duration with at
 * least half the sessions at or below it. */
static int64_t
median(jy_report *r, uint64_t total, uint64_t skip0)
{
	uint64_t want = (total - skip0 + 1) / 2 + skip0, seen = 0;
	size_t i;

	if (total <= skip0)
		return -1;
	for (i = 0; i < DUR_EXACT; i++)
		if ((seen += r->dur[i]) >= want)
			return (int64_t)i;
	for (i = 1; i < r->nlong; i++) {
		int64_t v = r->longdur[i];
		size_t j = i;
		for (; j > 0 && r->longdur[j - 1] > v; j--)
			r->longdur[j] = r->longdur[j - 1];
		r->longdur[j] = v;
	}
	return r->longdur[want - seen - 1];
}

/*
 * The buckets from the first to the last, those without a visit added
 * with zeros, so that the chart's x axis is time (a day without a visit
 * is a dip, not a gap the line jumps over).  Not beyond 4000 buckets.
 */
static void
fill_gaps(struct bmap *m, int hourly)
{
	int col = hourly ? JY_C_HOUR : JY_C_DAY, step = hourly ? 3600 : 86400;
	unsigned y, mo, dd, hh = 0;
	struct rbucket *nb;
	size_t i = 0, n = 0, cap;
	int64_t t, end;
	char key[32];

	if (m->n < 2 || sscanf(m->b[0].key, "%4u-%2u-%2u", &y, &mo, &dd) != 3 ||
	    (hourly && sscanf(m->b[0].key + 10, "T%2u", &hh) != 1))
		return;
	t = jy_days_from_civil(y, mo, dd) * 86400 + hh * 3600;
	if (sscanf(m->b[m->n - 1].key, "%4u-%2u-%2u", &y, &mo, &dd) != 3 ||
	    (hourly && sscanf(m->b[m->n - 1].key + 10, "T%2u", &hh) != 1))
		return;
	end = jy_days_from_civil(y, mo, dd) * 86400 + hh * 3600;
	if (end < t || (end - t) / step >= 4000)
		return;
	cap = (size_t)((end - t) / step) + 1 + m->n;
	nb = jy_xcalloc(cap, sizeof *nb);
	for (; t <= end && n < cap; t += step) {
		jy_time_bucket(t, col, key);
		if (i < m->n && strcmp(m->b[i].key, key) == 0)
			nb[n++] = m->b[i++];
		else {
			snprintf(nb[n].key, sizeof nb[n].key, "%s", key);
			n++;
		}
	}
	if (i != m->n) {
		/* Keys not of the expected form: keep them as they were. */
		free(nb);
		return;
	}
	free(m->b);
	m->b = nb;
	m->n = m->cap = n;
}

void
jy_report_write(jy_report *r, jy_out *out)
{
	struct rdata d;
	uint64_t total = 0;
	size_t i;

	jy_r_settle(r);
	memset(&d, 0, sizeof d);
	d.title = r->title ? r->title : "Customer journeys";
	d.cmdline = r->cmdline ? r->cmdline : "jreport";
	d.files = (const char *const *)r->files;
	d.nfiles = r->nfiles;
	if (r->nlogs > 0) {
		/* A merge: the logs, in the order their command lines had. */
		qsort(r->logs, r->nlogs, sizeof *r->logs, cmp_log);
		for (i = 0; i < r->nfiles; i++)
			free(r->files[i]);
		free(r->files);
		r->files = jy_xcalloc(r->nlogs, sizeof *r->files);
		for (i = 0; i < r->nlogs; i++)
			r->files[i] = jy_xstrdup(r->logs[i].path);
		r->nfiles = r->nlogs;
		d.files = (const char *const *)r->files;
		d.nfiles = r->nfiles;
	}
	d.top = r->top;
	d.nsteps = r->nsteps;
	d.stages = jy_config_has_stages(r->cfg);
	d.unit = r->visitor ? "visitors" : "visits";
	jy_input_stats(r->in, &d.st);
	/* --since/--until leave sessions out after the input counted
	 * them: the page counts what its analyses were given. */
	d.st.sessions = r->sessions;
	d.st.pageviews = r->pageviews;
	d.tmin = r->tmin;
	d.tmax = r->tmax;
	for (i = 0; i < DUR_EXACT; i++)
		total += r->dur[i];
	d.median = median(r, total + r->nlong, 0);
	d.median2 = median(r, total + r->nlong, r->bounces);
	d.visitors = r->people.nseen + r->mvisitors;
	d.hourly = r->days.n == 1;
	struct bmap *m = d.hourly ? &r->hours : &r->days;
	if (m->n > 1)
		qsort(m->b, m->n, sizeof *m->b, cmp_bucket);
	fill_gaps(m, d.hourly);
	d.bucket = m->b;
	d.nbucket = m->n;
	capture_with(r->drop, &d.funnel, jy_analysis_write_funnel);
	if (r->derive)
		bucket_table(m, r->nsteps, &d.fday);
	else
		capture(d.hourly ? r->fhour : r->fday, &d.fday);
	capture(r->drop, &d.dropoff);
	capture(r->pages, &d.pages);
	capture(r->paths, &d.paths);
	capture(r->entries, &d.entries);
	/* The flow's edges straight from the analysis, not its table: a
	 * page of them is 24 bytes, and past a part of jreport's own
	 * share they wait in a file. */
	struct redges edges;
	memset(&edges, 0, sizeof edges);
	edges.tmpdir = r->tmpdir;
	edges.max = r->ownbudget / 8 / sizeof *edges.e;
	if (edges.max < 512)
		edges.max = 512;
	edges.e = jy_xmalloc(edges.max * sizeof *edges.e);
	if (r->edges != NULL)
		jy_analysis_each_edge(r->edges, jy_re_add, &edges);
	d.edges = &edges;
	for (i = 0; i < (size_t)r->nseg; i++) {
		d.seg[i].name = r->segname[i];
		for (int k = 0; k < R_NSEG; k++)
			if (strcmp(segcols[k].name, r->segname[i]) == 0)
				d.seg[i].label = segcols[k].label;
		scount_table(&r->sall[i], 2, 0, &d.seg[i].all);
		if (r->derive)
			scount_table(&r->sall[i], r->nsteps, 1, &d.seg[i].conv);
		else
			capture(r->sconv[i], &d.seg[i].conv);
	}
	d.nseg = (size_t)r->nseg;
	jy_report_html(&d, out);
	jy_rtab_free(&d.funnel);
	jy_rtab_free(&d.fday);
	jy_rtab_free(&d.dropoff);
	jy_rtab_free(&d.pages);
	jy_rtab_free(&d.paths);
	jy_rtab_free(&d.entries);
	r->edgesfile = edges.nfile;
	if (edges.err[0] && !r->err[0])
		snprintf(r->err, sizeof r->err, "%s", edges.err);
	jy_re_free(&edges);
	for (i = 0; i < d.nseg; i++) {
		jy_rtab_free(&d.seg[i].all);
		jy_rtab_free(&d.seg[i].conv);
	}
}

const char *
jy_report_error(const jy_report *r)
{
	jy_analysis *list[R_NINNER];
	size_t n = jy_r_inner((jy_report *)r, list, NULL), k;
	const char *e;

	if (r->err[0])
		return r->err;
	for (k = 0; k < n; k++)
		if (list[k] != NULL && (e = jy_analysis_error(list[k])) != NULL)
			return e;
	return NULL;
}

void
jy_report_report(const jy_report *r, FILE *f, const char *prog)
{
	if (r->drop != NULL)
		jy_analysis_report(r->drop, f, prog);
	/* jpaths's analyses say only what spilled past their share. */
	if (r->paths != NULL)
		jy_analysis_report(r->paths, f, prog);
	if (r->entries != NULL)
		jy_analysis_report(r->entries, f, prog);
	if (r->edges != NULL)
		jy_analysis_report(r->edges, f, prog);
	if (r->edgesfile > 0)
		fprintf(f, "%s: %llu of the flow's edges waited on disk past "
		    "--memory\n", prog, (unsigned long long)r->edgesfile);
	if (r->spillruns > 0)
		fprintf(f, "%s: %llu distinct visitors per day or hour waited "
		    "on disk past --memory (%zu runs, %llu bytes)\n", prog,
		    (unsigned long long)r->nspilled, r->spillruns,
		    (unsigned long long)r->spillbytes);
}
