/*
 * dropoff.c - jdropoff's page mode: where sessions enter, where they
 * leave and where they bounce, per page.
 *
 * Every (breakdown value, page) pair is interned once in an open-addressing
 * table keyed by the library's flood-resistant hash; its bytes live in one
 * growing arena and its counts in one growing array, so a pageview of a
 * known page allocates nothing.  A page counts a session once: each row
 * remembers the number of the last session that counted it.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define CHART_CELLS	40	/* most cells of a --chart bar */

/* BY_ANY: any other column, found by name as every program finds it
 * (jy_dropoff_columns), and taken of each pageview as the stage is. */
enum { BY_NONE, BY_CHANNEL, BY_STAGE, BY_HOUR, BY_DAY, BY_WEEK, BY_MONTH,
	BY_RETURNING, BY_VISIT,
	BY_BROWSER, BY_OS, BY_DEVICE, BY_DCLASS, BY_OWNER, BY_N };
#define BY_ANY	BY_N
enum { C_VIEWS, C_SESSIONS, C_ENTRIES, C_EXITS, C_EXIT_RATE, C_BOUNCES,
    C_BOUNCE_RATE, C_N };

static const char *const colnames[C_N] = {
	"views", "sessions", "entries", "exits", "exit_rate", "bounces",
	"bounce_rate"
};
static const char *const bynames[] = { NULL, "channel", "stage", "hour",
	"day", "week", "month", "returning", "visit_number", "browser", "os",
	"device", "device_class", "owner" };
/* The session's columns, BY_HOUR to BY_VISIT. */
static const int bytime[] = { JY_C_HOUR, JY_C_DAY, JY_C_WEEK, JY_C_MONTH,
	JY_C_RETURNING, JY_C_VISIT };

struct row {
	uint64_t	 hash;
	size_t		 off;		/* in strs: the by value, then page */
	size_t		 bylen, pagelen;
	uint64_t	 views, sessions, entries, exits, bounces;
	uint64_t	 last;		/* number of the last session seen */
};

struct slot {
	uint64_t	 hash;
	size_t		 row;		/* index + 1; 0 is empty */
};

struct jy_dropoff {
	/* options */
	int		 by, sort, rate_sessions, json, header, chart, ascii;
	char		*byname;	/* of BY_ANY */
	int		 bycol;
	uint64_t	 top, min_views;

	struct row	*rows;
	size_t		 nrows, caprows;
	struct slot	*tab;
	size_t		 tabcap;	/* power of two, or 0 */
	struct jy_buf	 strs;

	uint64_t	 nsess;		/* sessions counted */

	/* Past budget, the rows wait on disk (spill.c), sorted by (by
	 * value, page); at the end equal rows are summed and only each
	 * group's -n best are kept: exact, in bounded memory. */
	size_t		 budget;
	char		*tmpdir;
	struct jy_spill	*spill;
	struct jy_buf	 key;
	char		 err[512];
	int		 settled;
	uint64_t	 tviews, tentries, texits, tbounces, trows;
	size_t		 spill_runs;
	uint64_t	 spill_bytes;
};

struct counts {
	uint64_t	 views, sessions, entries, exits, bounces;
};

jy_dropoff *
jy_dropoff_new(void)
{
	jy_dropoff *d = jy_xcalloc(1, sizeof *d);

	jy_hash_seed();
	d->sort = C_EXITS;
	d->header = 1;
	d->top = 20;
	return d;
}

/* A whole number without sign or blanks, up to max. */
static int
parse_count(const char *s, uint64_t max, uint64_t *out)
{
	char *e;
	unsigned long long v;

	if (s == NULL || *s < '0' || *s > '9')
		return -1;
	errno = 0;
	v = strtoull(s, &e, 10);
	if (*e != '\0' || errno != 0 || v > max)
		return -1;
	*out = v;
	return 0;
}

jy_status
jy_dropoff_set(jy_dropoff *d, const char *name, const char *arg, char *err,
    size_t errlen)
{
	int i;

	if (strcmp(name, "top") == 0) {
		if (parse_count(arg, UINT32_MAX, &d->top) != 0) {
			jy_errf(err, errlen, "bad -n/--top \"%s\": give a "
			    "whole number of rows (0 for all)", arg);
			return JY_EUSAGE;
		}
	} else if (strcmp(name, "min-views") == 0) {
		if (parse_count(arg, UINT64_MAX, &d->min_views) != 0) {
			jy_errf(err, errlen, "bad --min-views \"%s\": give a "
			    "whole number of pageviews", arg);
			return JY_EUSAGE;
		}
	} else if (strcmp(name, "sort") == 0) {
		for (i = 0; i < C_N; i++)
			if (strcmp(arg, colnames[i]) == 0)
				break;
		if (i == C_N) {
			jy_errf(err, errlen, "bad --sort \"%s\": give one of "
			    "views, sessions, entries, exits, exit_rate, "
			    "bounces, bounce_rate", arg);
			return JY_EUSAGE;
		}
		d->sort = i;
	} else if (strcmp(name, "exit-rate") == 0) {
		if (strcmp(arg, "views") == 0)
			d->rate_sessions = 0;
		else if (strcmp(arg, "sessions") == 0)
			d->rate_sessions = 1;
		else {
			jy_errf(err, errlen, "bad --exit-rate \"%s\": give "
			    "views (exits/views, as Google Analytics) or "
			    "sessions (exits/sessions, as Matomo)", arg);
			return JY_EUSAGE;
		}
	} else if (strcmp(name, "by") == 0) {
		for (i = BY_CHANNEL; i < BY_N; i++)
			if (strcmp(arg, bynames[i]) == 0)
				break;
		free(d->byname);
		d->byname = i == BY_N ? jy_xstrdup(arg) : NULL;
		d->by = i;
	} else if (strcmp(name, "json") == 0)
		d->json = 1;
	else if (strcmp(name, "no-header") == 0)
		d->header = 0;
	else if (strcmp(name, "chart") == 0)
		d->chart = 1;
	else if (strcmp(name, "ascii") == 0)
		d->ascii = 1;
	else {
		jy_errf(err, errlen, "unknown option --%s", name);
		return JY_EUSAGE;
	}
	return JY_OK;
}

jy_status
jy_dropoff_columns(jy_dropoff *d, jy_input *in, char *err, size_t errlen)
{
	if (d->by == BY_ANY && (d->bycol = jy_input_column(in, d->byname, err,
	    errlen)) < 0)
		return JY_EUSAGE;
	return JY_OK;
}

/* The --by column's name as a header or JSON key says it. */
static void
out_byname(const jy_dropoff *d, jy_out *o, int json)
{
	if (d->by != BY_ANY)
		jy_out_str(o, bynames[d->by]);
	else if (json)
		jy_out_json(o, d->byname, strlen(d->byname));
	else
		jy_out_tsv(o, d->byname, strlen(d->byname));
}

jy_status
jy_dropoff_start(jy_dropoff *d, const jy_config *cfg, char *err,
    size_t errlen)
{
	const char *dir = cfg->tmpdir;

	if (dir == NULL && (dir = getenv("TMPDIR")) == NULL)
		dir = "/tmp";
	/* The order of the pageviews has --memory; the rows half as much
	 * more (LIMITS). */
	d->budget = (size_t)(cfg->memory / 2);
	free(d->tmpdir);
	d->tmpdir = jy_xstrdup(dir);
	if (d->by == BY_STAGE && !jy_config_has_stages(cfg)) {
		jy_errf(err, errlen, "--by stage needs --stages FILE: without "
		    "it no page has a stage");
		return JY_EUSAGE;
	}
	if (d->chart && d->json) {
		jy_errf(err, errlen, "--chart and --json do not go together: "
		    "choose one");
		return JY_EUSAGE;
	}
	if (d->ascii && !d->chart) {
		jy_errf(err, errlen, "--ascii goes with --chart");
		return JY_EUSAGE;
	}
	return JY_OK;
}

/* The input keeps what --by browser, os, device, device_class or owner
 * need (and says if uap-core is missing). */
jy_status
jy_dropoff_want(jy_dropoff *d, jy_input *in, char *err, size_t errlen)
{
	if (d->by >= BY_BROWSER && d->by < BY_N && jy_input_column(in,
	    bynames[d->by], err,
	    errlen) < 0)
		return JY_EUSAGE;
	return JY_OK;
}

/* ---- the table ---- */

static void
grow(jy_dropoff *d)
{
	size_t cap = d->tabcap ? d->tabcap * 2 : 1024, i, j;
	struct slot *t = jy_xcalloc(cap, sizeof *t);

	for (i = 0; i < d->nrows; i++) {
		j = d->rows[i].hash & (cap - 1);
		while (t[j].row != 0)
			j = (j + 1) & (cap - 1);
		t[j].hash = d->rows[i].hash;
		t[j].row = i + 1;
	}
	free(d->tab);
	d->tab = t;
	d->tabcap = cap;
}

static struct row *
intern(jy_dropoff *d, jy_span by, jy_span page)
{
	uint64_t h = jy_hash(page.p, page.n);
	size_t i, mask;
	struct row *r;

	if (by.n > 0)
		h += 0x9e3779b97f4a7c15ULL * (jy_hash(by.p, by.n) | 1);
	if (d->nrows >= d->tabcap / 2)
		grow(d);
	mask = d->tabcap - 1;
	for (i = h & mask; d->tab[i].row != 0; i = (i + 1) & mask) {
		if (d->tab[i].hash != h)
			continue;
		r = &d->rows[d->tab[i].row - 1];
		if (r->bylen == by.n && r->pagelen == page.n &&
		    memcmp(d->strs.p + r->off, by.p, by.n) == 0 &&
		    memcmp(d->strs.p + r->off + by.n, page.p, page.n) == 0)
			return r;
	}
	if (d->nrows == d->caprows) {
		d->caprows = d->caprows ? d->caprows * 2 : 256;
		d->rows = jy_xrealloc(d->rows, d->caprows * sizeof *d->rows);
	}
	r = &d->rows[d->nrows++];
	memset(r, 0, sizeof *r);
	r->hash = h;
	r->off = d->strs.n;
	r->bylen = by.n;
	r->pagelen = page.n;
	jy_buf_add(&d->strs, by.p, by.n);
	jy_buf_add(&d->strs, page.p, page.n);
	d->tab[i].hash = h;
	d->tab[i].row = d->nrows;
	return r;
}

static size_t
table_bytes(const jy_dropoff *d)
{
	return d->caprows * sizeof *d->rows + d->tabcap * sizeof *d->tab +
	    d->strs.cap;
}

/* The rows to a sorted run, and the table emptied. */
static void
spill_rows(jy_dropoff *d)
{
	size_t i;

	if (d->err[0])
		return;
	if (d->spill == NULL)
		d->spill = jy_spill_new(d->budget / 2, d->tmpdir);
	for (i = 0; i < d->nrows && !d->err[0]; i++) {
		const struct row *r = &d->rows[i];
		struct counts c = { r->views, r->sessions, r->entries,
		    r->exits, r->bounces };
		/* The by value's length first: a group's rows together. */
		uint32_t bl = (uint32_t)r->bylen;
		unsigned char be[4] = { (unsigned char)(bl >> 24),
		    (unsigned char)(bl >> 16), (unsigned char)(bl >> 8),
		    (unsigned char)bl };
		d->key.n = 0;
		jy_buf_add(&d->key, be, 4);
		jy_buf_add(&d->key, d->strs.p + r->off, r->bylen + r->pagelen);
		if (jy_spill_add(d->spill, d->key.p, d->key.n, &c,
		    sizeof c) != 0)
			snprintf(d->err, sizeof d->err, "page rows: %s",
			    jy_spill_error(d->spill));
	}
	d->nrows = 0;
	d->strs.n = 0;
	if (d->tabcap > 0)
		memset(d->tab, 0, d->tabcap * sizeof *d->tab);
}

/* Rows are spilled only between sessions: a row counts a session once
 * by the number of the last one that counted it. */
static void
bound(jy_dropoff *d)
{
	if (d->budget > 0 && table_bytes(d) > d->budget / 2)
		spill_rows(d);
}

int
jy_dropoff_session(void *ctx, const jy_session *s)
{
	jy_dropoff *d = ctx;
	size_t i, n = jy_session_len(s);
	jy_span by = { "", 0 }, page;
	char day[32];
	struct row *r;

	if (n == 0)
		return 0;
	bound(d);
	d->nsess++;
	if (d->by == BY_CHANNEL)
		by = jy_span_str(jy_channel_name(jy_session_channel(s)));
	else if (d->by >= BY_HOUR && d->by <= BY_VISIT)
		/* Rows sort by it: time order. */
		by = jy_session_value(s, 0, bytime[d->by - BY_HOUR], day);
	for (i = 0; i < n; i++) {
		page = jy_session_field(s, i, JY_F_PAGE);
		if (d->by == BY_STAGE || d->by == BY_ANY) {
			by = d->by == BY_STAGE ? jy_session_field(s, i,
			    JY_F_STAGE) : jy_session_value(s, i, d->bycol, day);
			if (by.n == 0)
				by = jy_span_str("-");
		} else if (d->by >= BY_BROWSER) {
			by = jy_session_value(s, i, JY_C_BROWSER +
			    (d->by - BY_BROWSER), day);
			if (by.n == 0)
				by = jy_span_str("-");
		}
		r = intern(d, by, page);
		r->views++;
		if (r->last != d->nsess) {
			r->last = d->nsess;
			r->sessions++;
		}
		if (i == 0) {
			r->entries++;
			if (n == 1)
				r->bounces++;
		}
		if (i == n - 1)
			r->exits++;
	}
	return 0;
}

/* ---- output ---- */

/* A column of a row as a fraction num/den; den is 1 for counts and 0 for
 * a rate without a denominator. */
static void
value(const jy_dropoff *d, const struct row *r, int col, uint64_t *num,
    uint64_t *den)
{
	*den = 1;
	switch (col) {
	case C_VIEWS: *num = r->views; break;
	case C_SESSIONS: *num = r->sessions; break;
	case C_ENTRIES: *num = r->entries; break;
	case C_EXITS: *num = r->exits; break;
	case C_BOUNCES: *num = r->bounces; break;
	case C_EXIT_RATE:
		*num = r->exits;
		*den = d->rate_sessions ? r->sessions : r->views;
		break;
	default:
		*num = r->bounces;
		*den = r->entries;
		break;
	}
}

/* -1, 0, 1 as a/b is below, equal to or above c/e; no denominator is
 * below every number. */
static int
fraccmp(uint64_t a, uint64_t b, uint64_t c, uint64_t e)
{
	unsigned __int128 x, y;

	if (b == 0 || e == 0)
		return (b != 0) - (e != 0);
	x = (unsigned __int128)a * e;
	y = (unsigned __int128)c * b;
	return (x > y) - (x < y);
}

static int
bytecmp(const char *a, size_t an, const char *b, size_t bn)
{
	int c = memcmp(a, b, an < bn ? an : bn);

	if (c != 0)
		return c;
	return (an > bn) - (an < bn);
}

/* By value ascending, then the sort column descending, then the page. */
static int
rowcmp(const void *pa, const void *pb, void *ctx)
{
	const jy_dropoff *d = ctx;
	const struct row *a = &d->rows[*(const size_t *)pa];
	const struct row *b = &d->rows[*(const size_t *)pb];
	const char *s = d->strs.p;
	jy_span as = { s + a->off, a->bylen }, bs = { s + b->off, b->bylen };
	uint64_t an, ad, bn, bd;
	int c;

	/* The groups in the order of every program (util.c). */
	if ((c = jy_group_cmp(as, bs)) != 0)
		return c;
	value(d, a, d->sort, &an, &ad);
	value(d, b, d->sort, &bn, &bd);
	if ((c = fraccmp(an, ad, bn, bd)) != 0)
		return -c;
	return bytecmp(s + a->off + a->bylen, a->pagelen,
	    s + b->off + b->bylen, b->pagelen);
}

/* A column as text: a count, a rate with four decimals rounded half up,
 * or "-" for a rate without a denominator. */
static size_t
fmtval(const jy_dropoff *d, const struct row *r, int col, char buf[32])
{
	uint64_t num, den;
	unsigned __int128 q;

	value(d, r, col, &num, &den);
	if (den == 0)
		return (size_t)snprintf(buf, 32, "-");
	if (col != C_EXIT_RATE && col != C_BOUNCE_RATE)
		return (size_t)snprintf(buf, 32, "%llu",
		    (unsigned long long)num);
	q = ((unsigned __int128)num * 20000 + den) / ((unsigned __int128)den *
	    2);
	return (size_t)snprintf(buf, 32, "%llu.%04llu",
	    (unsigned long long)(q / 10000), (unsigned long long)(q % 10000));
}

static void
tsv_value(jy_out *o, const char *p, size_t n)
{
	if (n == 0)
		jy_out_char(o, '-');
	else
		jy_out_tsv(o, p, n);
}

static void
write_tsv(jy_dropoff *d, jy_out *o, const size_t *sel, size_t nsel)
{
	const char *s = d->strs.p;
	char buf[32];
	size_t i, n;
	int c;

	if (d->header) {
		jy_out_char(o, '#');
		if (d->by != BY_NONE) {
			out_byname(d, o, 0);
			jy_out_char(o, '\t');
		}
		jy_out_str(o, "page");
		for (c = 0; c < C_N; c++) {
			jy_out_char(o, '\t');
			jy_out_str(o, colnames[c]);
		}
		jy_out_char(o, '\n');
	}
	for (i = 0; i < nsel; i++) {
		const struct row *r = &d->rows[sel[i]];
		if (d->by != BY_NONE) {
			tsv_value(o, s + r->off, r->bylen);
			jy_out_char(o, '\t');
		}
		tsv_value(o, s + r->off + r->bylen, r->pagelen);
		for (c = 0; c < C_N; c++) {
			n = fmtval(d, r, c, buf);
			jy_out_char(o, '\t');
			jy_out_bytes(o, buf, n);
		}
		jy_out_char(o, '\n');
	}
}

static void
write_json(jy_dropoff *d, jy_out *o, const size_t *sel, size_t nsel)
{
	const char *s = d->strs.p;
	char buf[32];
	size_t i, n;
	int c;

	for (i = 0; i < nsel; i++) {
		const struct row *r = &d->rows[sel[i]];
		jy_out_char(o, '{');
		if (d->by != BY_NONE) {
			jy_out_char(o, '"');
			out_byname(d, o, 1);
			jy_out_str(o, "\":\"");
			jy_out_json(o, s + r->off, r->bylen);
			jy_out_str(o, "\",");
		}
		jy_out_str(o, "\"page\":\"");
		jy_out_json(o, s + r->off + r->bylen, r->pagelen);
		jy_out_char(o, '"');
		for (c = 0; c < C_N; c++) {
			n = fmtval(d, r, c, buf);
			jy_out_str(o, ",\"");
			jy_out_str(o, colnames[c]);
			jy_out_str(o, "\":");
			if (buf[0] == '-')
				jy_out_str(o, "null");
			else
				jy_out_bytes(o, buf, n);
		}
		jy_out_str(o, "}\n");
	}
}

/*
 * The terminal view: the sort column's value right-aligned, a bar of up to
 * CHART_CELLS cells scaled to the largest value shown (in eighths of a
 * cell with block characters, in whole cells of '#' with --ascii; a value
 * above zero gets at least the smallest bar), then the by value and page.
 */
static void
write_chart(jy_dropoff *d, jy_out *o, const size_t *sel, size_t nsel)
{
	static const char *const part[8] = {
		"", "\u258f", "\u258e", "\u258d", "\u258c", "\u258b",
		"\u258a", "\u2589"
	};
	const char *s = d->strs.p;
	uint64_t mn = 0, md = 0, num, den, unit;
	unsigned __int128 x, y;
	size_t i, k, w = 0, n, len, cells, lw = 0, bars;
	char buf[32];

	for (i = 0; i < nsel; i++) {
		const struct row *r = &d->rows[sel[i]];
		value(d, r, d->sort, &num, &den);
		if (den != 0 && (md == 0 || fraccmp(num, den, mn, md) > 0)) {
			mn = num;
			md = den;
		}
		if ((n = fmtval(d, r, d->sort, buf)) > w)
			w = n;
		n = (r->pagelen ? jy_tsv_width(s + r->off + r->bylen,
		    r->pagelen) : 1) + (d->by != BY_NONE ? 1 + (r->bylen ?
		    jy_tsv_width(s + r->off, r->bylen) : 1) : 0);
		if (n > lw)
			lw = n;
	}
	/* "value bar label" fits the terminal, the label's room first. */
	bars = (size_t)jy_chart_cells(w + 2 + lw, CHART_CELLS);
	unit = d->ascii ? bars : bars * 8;
	if (nsel > 0) {
		jy_out_str(o, colnames[d->sort]);
		jy_out_str(o, " per page");
		if (d->by != BY_NONE) {
			jy_out_str(o, " by ");
			out_byname(d, o, 0);
		}
		jy_out_str(o, " (bar: of the largest shown)\n");
	}
	for (i = 0; i < nsel; i++) {
		const struct row *r = &d->rows[sel[i]];
		n = fmtval(d, r, d->sort, buf);
		for (k = n; k < w; k++)
			jy_out_char(o, ' ');
		jy_out_bytes(o, buf, n);
		jy_out_char(o, ' ');
		value(d, r, d->sort, &num, &den);
		len = 0;
		if (den != 0 && num != 0 && mn != 0) {
			/* round(num/den / (mn/md) * unit) */
			x = (unsigned __int128)num * md * unit * 2 +
			    (unsigned __int128)den * mn;
			y = (unsigned __int128)den * mn * 2;
			len = (size_t)(x / y);
			if (len == 0)
				len = 1;
		}
		if (d->ascii) {
			for (cells = 0; cells < len; cells++)
				jy_out_char(o, '#');
		} else {
			for (cells = 0; cells < len / 8; cells++)
				jy_out_str(o, "\u2588");
			if (len % 8 != 0) {
				jy_out_str(o, part[len % 8]);
				cells++;
			}
		}
		for (; cells < bars; cells++)
			jy_out_char(o, ' ');
		jy_out_char(o, ' ');
		if (d->by != BY_NONE) {
			tsv_value(o, s + r->off, r->bylen);
			jy_out_char(o, ' ');
		}
		tsv_value(o, s + r->off + r->bylen, r->pagelen);
		jy_out_char(o, '\n');
	}
}

/* A row from the merged runs, as a new row of the table. */
static struct row *
add_row(jy_dropoff *d, const char *k, size_t kn, const struct counts *c)
{
	uint32_t bl = (uint32_t)((unsigned char)k[0] << 24 |
	    (unsigned char)k[1] << 16 | (unsigned char)k[2] << 8 |
	    (unsigned char)k[3]);
	struct row *r;

	if (d->nrows == d->caprows) {
		d->caprows = d->caprows ? d->caprows * 2 : 256;
		d->rows = jy_xrealloc(d->rows, d->caprows * sizeof *d->rows);
	}
	r = &d->rows[d->nrows++];
	memset(r, 0, sizeof *r);
	r->off = d->strs.n;
	r->bylen = bl;
	r->pagelen = kn - 4 - bl;
	jy_buf_add(&d->strs, k + 4, kn - 4);
	r->views = c->views;
	r->sessions = c->sessions;
	r->entries = c->entries;
	r->exits = c->exits;
	r->bounces = c->bounces;
	return r;
}

static int
selcmp(const void *pa, const void *pb, void *ctx)
{
	return rowcmp(pa, pb, ctx);
}

/* Keep the -n best of the rows from first on (one group). */
static void
prune(jy_dropoff *d, size_t first)
{
	size_t n = d->nrows - first, i, *sel;
	struct row *kept;
	struct jy_buf strs = { NULL, 0, 0 };
	size_t base;

	if (d->top == 0 || n <= d->top)
		return;
	sel = jy_xmalloc(n * sizeof *sel);
	for (i = 0; i < n; i++)
		sel[i] = first + i;
	qsort_r(sel, n, sizeof *sel, selcmp, d);
	kept = jy_xmalloc(d->top * sizeof *kept);
	base = d->rows[first].off;
	for (i = 0; i < d->top; i++) {
		kept[i] = d->rows[sel[i]];
		kept[i].off = base + strs.n;
		jy_buf_add(&strs, d->strs.p + d->rows[sel[i]].off,
		    d->rows[sel[i]].bylen + d->rows[sel[i]].pagelen);
	}
	memcpy(d->rows + first, kept, d->top * sizeof *kept);
	d->nrows = first + d->top;
	d->strs.n = base;
	jy_buf_add(&d->strs, strs.p, strs.n);
	jy_buf_free(&strs);
	free(kept);
	free(sel);
}

struct settle {
	jy_dropoff	*d;
	int		 best;		/* keep each group's -n best */
	struct jy_buf	 k;		/* the row being summed */
	struct counts	 c;
	int		 any;
	size_t		 group;		/* first row of the group */
};

static void
settle_row(struct settle *t)
{
	jy_dropoff *d = t->d;
	uint32_t bl;

	d->tviews += t->c.views;
	d->tentries += t->c.entries;
	d->texits += t->c.exits;
	d->tbounces += t->c.bounces;
	d->trows++;
	if (t->best && t->c.views < d->min_views)
		return;
	bl = (uint32_t)((unsigned char)t->k.p[0] << 24 |
	    (unsigned char)t->k.p[1] << 16 | (unsigned char)t->k.p[2] << 8 |
	    (unsigned char)t->k.p[3]);
	if (t->group < d->nrows && (d->rows[t->group].bylen != bl ||
	    (bl > 0 && memcmp(d->strs.p + d->rows[t->group].off, t->k.p + 4,
	    bl) != 0))) {
		if (t->best)
			prune(d, t->group);
		t->group = d->nrows;
	}
	add_row(d, t->k.p, t->k.n, &t->c);
	/* Pruned as it grows: twice -n rows a group at most. */
	if (t->best && d->top > 0 && d->nrows - t->group >= 2 * d->top)
		prune(d, t->group);
}

static int
settle_rec(void *ctx, jy_span key, jy_span data)
{
	struct settle *t = ctx;
	struct counts c;

	memcpy(&c, data.p, sizeof c);
	if (t->any && (t->k.n != key.n || (key.n > 0 && memcmp(t->k.p, key.p,
	    key.n) != 0))) {
		settle_row(t);
		t->any = 0;
	}
	if (!t->any) {
		t->k.n = 0;
		jy_buf_add(&t->k, key.p, key.n);
		memset(&t->c, 0, sizeof t->c);
		t->any = 1;
	}
	t->c.views += c.views;
	t->c.sessions += c.sessions;
	t->c.entries += c.entries;
	t->c.exits += c.exits;
	t->c.bounces += c.bounces;
	return 0;
}

/* The table's totals; after a spill, the runs merged back into it (with
 * best, only what the report shows). */
static void
settle(jy_dropoff *d, int best)
{
	struct settle t;
	uint64_t recs;
	size_t i;

	if (d->settled)
		return;
	d->settled = 1;
	if (d->spill == NULL) {
		for (i = 0; i < d->nrows; i++) {
			d->tviews += d->rows[i].views;
			d->tentries += d->rows[i].entries;
			d->texits += d->rows[i].exits;
			d->tbounces += d->rows[i].bounces;
		}
		d->trows = d->nrows;
		return;
	}
	spill_rows(d);
	free(d->tab);
	d->tab = NULL;
	d->tabcap = 0;
	memset(&t, 0, sizeof t);
	t.d = d;
	t.best = best;
	if (!d->err[0] && jy_spill_finish(d->spill, settle_rec, &t) != 0)
		snprintf(d->err, sizeof d->err, "page rows: %s",
		    jy_spill_error(d->spill));
	else if (t.any) {
		settle_row(&t);
		if (best)
			prune(d, t.group);
	}
	jy_buf_free(&t.k);
	jy_spill_stats(d->spill, &recs, &d->spill_runs, &d->spill_bytes);
	jy_spill_free(d->spill);
	d->spill = NULL;
}

const char *
jy_dropoff_error(const jy_dropoff *d)
{
	return d->err[0] ? d->err : NULL;
}

void
jy_dropoff_write(jy_dropoff *d, jy_out *o)
{
	size_t *sel, i, n = 0, j, ingroup = 0;
	const struct row *prev = NULL;

	settle(d, 1);
	sel = jy_xmalloc((d->nrows + 1) * sizeof *sel);

	for (i = 0; i < d->nrows; i++)
		if (d->rows[i].views >= d->min_views)
			sel[n++] = i;
	qsort_r(sel, n, sizeof *sel, rowcmp, d);
	/* -n applies to each group of the breakdown. */
	for (i = j = 0; i < n; i++) {
		const struct row *r = &d->rows[sel[i]];
		if (prev == NULL || bytecmp(d->strs.p + r->off, r->bylen,
		    d->strs.p + prev->off, prev->bylen) != 0)
			ingroup = 0;
		prev = r;
		if (d->top == 0 || ingroup++ < d->top)
			sel[j++] = sel[i];
	}
	if (d->chart)
		write_chart(d, o, sel, j);
	else if (d->json)
		write_json(d, o, sel, j);
	else
		write_tsv(d, o, sel, j);
	free(sel);
}

/* The sums are taken over the rows, so that they check the counting:
 * every session has one entry and one exit. */
void
jy_dropoff_report(const jy_dropoff *d, FILE *f, const char *prog)
{
	fprintf(f, "%s: sessions %llu, entries %llu, exits %llu, bounces "
	    "%llu, pageviews %llu, rows %llu\n", prog,
	    (unsigned long long)d->nsess, (unsigned long long)d->tentries,
	    (unsigned long long)d->texits, (unsigned long long)d->tbounces,
	    (unsigned long long)d->tviews, (unsigned long long)d->trows);
	if (d->spill_runs > 0)
		fprintf(f, "%s: %zu sorted runs (%llu bytes) of the page rows "
		    "spilled past --memory\n", prog, d->spill_runs,
		    (unsigned long long)d->spill_bytes);
}

void
jy_dropoff_free(jy_dropoff *d)
{
	if (d == NULL)
		return;
	free(d->rows);
	free(d->tab);
	free(d->byname);
	jy_buf_free(&d->strs);
	jy_spill_free(d->spill);
	jy_buf_free(&d->key);
	free(d->tmpdir);
	free(d);
}

/* jreport's share of the budget, in place of half of --memory. */
void
jy_dropoff_budget(jy_dropoff *d, size_t bytes)
{
	d->budget = bytes;
}

/* ---- partial states (--partial, --merge) ---- */

/* A line per count of a row: GROUP PAGE COLUMN N (GROUP the --by value,
 * empty without --by), for the counts that are not zero.  Every session has one entry, so the sessions counted
 * are the sum of the entries. */
void
jy_dropoff_partial(jy_dropoff *d, jy_out *o)
{
	size_t i;
	int c;

	settle(d, 0);
	for (i = 0; i < d->nrows; i++) {
		const struct row *r = &d->rows[i];
		const uint64_t v[C_N] = { r->views, r->sessions, r->entries,
		    r->exits, 0, r->bounces, 0 };
		for (c = 0; c < C_N; c++) {
			if (v[c] == 0)
				continue;
			jy_pw_key(o, d->strs.p + r->off, r->bylen);
			jy_out_char(o, '\t');
			jy_out_tsv(o, d->strs.p + r->off + r->bylen,
			    r->pagelen);
			jy_out_char(o, '\t');
			jy_out_str(o, colnames[c]);
			jy_pw_count(o, v[c]);
		}
	}
}

int
jy_dropoff_merge_line(void *ctx, const jy_span *v, size_t nf, char *err,
    size_t errlen)
{
	jy_dropoff *d = ctx;
	struct row *r;
	uint64_t n;

	if (nf != 4 || jy_pr_count(v[3], &n) != 0)
		return -1;
	if ((d->by != BY_NONE) != (v[0].n > 0)) {
		jy_errf(err, errlen, "%s", d->by != BY_NONE ? "no group: this "
		    "merge has --by, so must the partials" : "a group: the "
		    "partial has --by, so must this merge");
		return -1;
	}
	if (d->budget > 0 && table_bytes(d) > d->budget / 2)
		spill_rows(d);
	r = intern(d, v[0], v[1]);
	if (jy_span_eq(v[2], "views"))
		r->views += n;
	else if (jy_span_eq(v[2], "sessions"))
		r->sessions += n;
	else if (jy_span_eq(v[2], "entries")) {
		r->entries += n;
		d->nsess += n;
	} else if (jy_span_eq(v[2], "exits"))
		r->exits += n;
	else if (jy_span_eq(v[2], "bounces"))
		r->bounces += n;
	else
		return -1;
	return 0;
}
