/*
 * paths.c - the journeys customers take: top paths, what comes before or
 * after a page, and page-to-page transitions (jpaths).
 *
 * A unit (a session, or with --per visitor all of a visitor's sessions in
 * time order) becomes a sequence of values of one column.  Each report
 * counts keys made from that sequence in a hash table: a key is a list of
 * items, each a 32-bit length and its bytes, where the length JY_MARK
 * stands for a marker (the "..." gap, "(exit)", "(entrance)").  Output is
 * sorted completely, so it never depends on the order of the input or of
 * the table.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define JY_MARK		UINT32_MAX
#define GAP		"..."

enum { M_TOP, M_NEXT, M_PREV, M_EDGES, M_DOT };

/* The columns -f and --by know, and what they read. */
enum { C_PAGE, C_STAGE, C_CHANNEL, C_METHOD, C_STATUS, C_HOST, C_REFERRER,
	C_URL, C_BROWSER, C_OS, C_DEVICE, C_DCLASS, C_OWNER,
	C_DAY, C_HOUR, C_WEEK, C_MONTH, C_RETURNING, C_VISIT, C_N };
/* --by any other column: found by name as jfunnel finds it. */
#define C_ANY	C_N
/* The time buckets, from C_DAY on, are --by columns only. */
static const char *const colname[C_N] = {
	"page", "stage", "channel", "method", "status", "host", "referrer",
	"url", "browser", "os", "device", "device_class", "owner",
	"day", "hour", "week", "month", "returning", "visit_number"
};
static const int colfield[C_N] = {
	JY_F_PAGE, JY_F_STAGE, JY_F_CHANNEL, JY_F_METHOD, -1, JY_F_VHOST,
	JY_F_REFERRER, JY_F_TARGET, JY_C_BROWSER, JY_C_OS, JY_C_DEVICE,
	JY_C_DCLASS, JY_C_OWNER, JY_C_DAY, JY_C_HOUR, JY_C_WEEK, JY_C_MONTH,
	JY_C_RETURNING, JY_C_VISIT
};

struct ent {
	uint64_t	 h;
	size_t		 off, len;	/* key bytes in the arena */
	uint64_t	 count;		/* 0: empty slot */
};

struct tab {
	struct ent	*e;
	size_t		 cap, n;
	struct jy_buf	 arena;
};

/* One session's values, of the visitor being gathered (--per visitor). */
struct part {
	int64_t		 start;
	size_t		 k;		/* order it came in */
	size_t		 off, len;	/* by value, values: items in gb */
};

struct jy_paths {
	int		 mode, json, header, collapse, per_visitor;
	int		 field, by;	/* C_x; by -1 for none */
	char		*byname;	/* of C_ANY */
	int		 bycol;		/* its column (jy_input_column) */
	uint64_t	 top, depth, min_count;
	jy_pattern	*from, *to, *at;
	struct tab	 keys;		/* report keys, counted */
	struct tab	 units;		/* by value -> units counted */
	/* the unit being processed: values as spans into vb */
	struct jy_buf	 vb;
	size_t		*voff, *vlen, vcap, nv;
	struct jy_buf	 key;
	/* --per visitor: each session's values under its visitor id, in
	 * at most budget bytes, the rest sorted on disk (spill.c); at the
	 * end a visitor's sessions come together, to be one unit. */
	struct jy_spill	*spill;
	size_t		 budget;
	char		*tmpdir;
	struct jy_buf	 rec, gid, gb;
	struct part	*parts;
	size_t		 nparts, partcap;
	int		 gany;
	char		 err[512];
	size_t		 spill_runs;
	uint64_t	 spill_bytes;
	/* the counted keys past budget / 2: sorted runs */
	struct jy_spill	*kspill;
	size_t		 kspill_runs;
	uint64_t	 kspill_bytes;
};

/* Hash table of byte keys with counts. */

static struct ent *
tab_find(struct tab *t, const char *k, size_t n, uint64_t h)
{
	size_t i;

	if (t->cap == 0 || (t->n + 1) * 4 > t->cap * 3) {
		size_t ncap = t->cap ? t->cap * 2 : 256, j;
		struct ent *ne = jy_xcalloc(ncap, sizeof *ne);
		for (j = 0; j < t->cap; j++) {
			struct ent *o = &t->e[j];
			if (o->count == 0)
				continue;
			for (i = o->h & (ncap - 1); ne[i].count;
			    i = (i + 1) & (ncap - 1))
				;
			ne[i] = *o;
		}
		free(t->e);
		t->e = ne;
		t->cap = ncap;
	}
	for (i = h & (t->cap - 1); t->e[i].count; i = (i + 1) & (t->cap - 1)) {
		struct ent *e = &t->e[i];
		if (e->h == h && e->len == n &&
		    memcmp(t->arena.p + e->off, k, n) == 0)
			return e;
	}
	t->e[i].h = h;
	t->e[i].off = t->arena.n;
	t->e[i].len = n;
	jy_buf_add(&t->arena, k, n);
	t->n++;
	return &t->e[i];
}

static void
tab_add(struct tab *t, const char *k, size_t n, uint64_t c)
{
	struct ent *e = tab_find(t, k, n, jy_hash(k, n));
	e->count += c;
}

static uint64_t
tab_get(struct tab *t, const char *k, size_t n)
{
	uint64_t h = jy_hash(k, n);
	size_t i;

	if (t->cap == 0)
		return 0;
	for (i = h & (t->cap - 1); t->e[i].count; i = (i + 1) & (t->cap - 1))
		if (t->e[i].h == h && t->e[i].len == n &&
		    memcmp(t->arena.p + t->e[i].off, k, n) == 0)
			return t->e[i].count;
	return 0;
}

static void
tab_free(struct tab *t)
{
	free(t->e);
	jy_buf_free(&t->arena);
}

/* Keys as items. */

static void
item(struct jy_buf *b, const char *p, size_t n)
{
	uint32_t l = n >= JY_MARK ? JY_MARK - 1 : (uint32_t)n;

	jy_buf_add(b, &l, sizeof l);
	jy_buf_add(b, p, l);
}

static void
mark(struct jy_buf *b)
{
	uint32_t l = JY_MARK;

	jy_buf_add(b, &l, sizeof l);
}

/* The next item at *pp, below end; returns 0 at the end. */
static int
next_item(const char **pp, const char *end, jy_span *sp, int *is_mark)
{
	uint32_t l;

	sp->p = "";
	sp->n = 0;
	*is_mark = 0;
	if (*pp >= end)
		return 0;
	memcpy(&l, *pp, sizeof l);
	*pp += sizeof l;
	*is_mark = l == JY_MARK;
	sp->p = *pp;
	sp->n = *is_mark ? 0 : l;
	*pp += sp->n;
	return 1;
}

/* Options. */

jy_paths *
jy_paths_new(void)
{
	jy_paths *p = jy_xcalloc(1, sizeof *p);

	p->mode = M_TOP;
	p->header = 1;
	p->collapse = 1;
	p->field = C_PAGE;
	p->by = -1;
	p->top = 20;
	p->min_count = 1;
	return p;
}

static int
number(const char *arg, uint64_t min, uint64_t *out)
{
	char *end;
	unsigned long long v;

	if (arg[0] < '0' || arg[0] > '9')
		return -1;
	v = strtoull(arg, &end, 10);
	if (*end != '\0' || v < min || v > 1000000000000ULL)
		return -1;
	*out = v;
	return 0;
}

static int
column(const char *arg, int day)
{
	int i;

	for (i = 0; i < (day ? C_N : C_DAY); i++)
		if (strcmp(arg, colname[i]) == 0)
			return i;
	return -1;
}

static jy_status
mode(jy_paths *p, int m, const char *name, char *err, size_t errlen)
{
	static const char *const names[] = { "", "--next", "--prev",
	    "--edges", "--dot" };

	if (p->mode != M_TOP && p->mode != m) {
		jy_errf(err, errlen, "%s and %s do not go together: "
		    "give one of them", names[p->mode], name);
		return JY_EUSAGE;
	}
	p->mode = m;
	return JY_OK;
}

jy_status
jy_paths_set(jy_paths *p, const char *name, const char *arg, char *err,
    size_t errlen)
{
	if (strcmp(name, "top") == 0) {
		if (number(arg, 0, &p->top) != 0)
			goto badnum;
	} else if (strcmp(name, "depth") == 0) {
		if (number(arg, 1, &p->depth) != 0) {
			jy_errf(err, errlen, "--depth '%s': give a number "
			    "of pages, 1 or more", arg);
			return JY_EUSAGE;
		}
	} else if (strcmp(name, "min-count") == 0) {
		if (number(arg, 1, &p->min_count) != 0) {
			jy_errf(err, errlen, "--min-count '%s': give a "
			    "count, 1 or more", arg);
			return JY_EUSAGE;
		}
	} else if (strcmp(name, "no-collapse") == 0)
		p->collapse = 0;
	else if (strcmp(name, "json") == 0)
		p->json = 1;
	else if (strcmp(name, "no-header") == 0)
		p->header = 0;
	else if (strcmp(name, "from") == 0)
		return jy_pattern_option(&p->from, "--from", arg, err, errlen);
	else if (strcmp(name, "to") == 0)
		return jy_pattern_option(&p->to, "--to", arg, err, errlen);
	else if (strcmp(name, "next") == 0 || strcmp(name, "prev") == 0) {
		int m = name[0] == 'n' ? M_NEXT : M_PREV;
		if (mode(p, m, m == M_NEXT ? "--next" : "--prev", err,
		    errlen) != JY_OK)
			return JY_EUSAGE;
		return jy_pattern_option(&p->at, m == M_NEXT ? "--next" : "--prev",
		    arg, err, errlen);
	} else if (strcmp(name, "edges") == 0)
		return mode(p, M_EDGES, "--edges", err, errlen);
	else if (strcmp(name, "dot") == 0)
		return mode(p, M_DOT, "--dot", err, errlen);
	else if (strcmp(name, "field") == 0) {
		if ((p->field = column(arg, 0)) < 0) {
			jy_errf(err, errlen, "--field '%s': give one of page, "
			    "stage, channel, method, status, host, referrer, "
			    "url, browser, os, device, device_class, owner", arg);
			return JY_EUSAGE;
		}
	} else if (strcmp(name, "by") == 0) {
		/* Other names are columns as for every program: checked
		 * against the input (jy_paths_start). */
		free(p->byname);
		p->byname = NULL;
		if ((p->by = column(arg, 1)) < 0) {
			p->by = C_ANY;
			p->byname = jy_xstrdup(arg);
		}
	} else if (strcmp(name, "per") == 0) {
		if (strcmp(arg, "visitor") == 0)
			p->per_visitor = 1;
		else if (strcmp(arg, "session") == 0)
			p->per_visitor = 0;
		else {
			jy_errf(err, errlen, "--per '%s': give session or "
			    "visitor", arg);
			return JY_EUSAGE;
		}
	} else {
		jy_errf(err, errlen, "unknown jpaths option --%s", name);
		return JY_EUSAGE;
	}
	return JY_OK;
badnum:
	jy_errf(err, errlen, "--%s '%s': give a number, 0 for all", name, arg);
	return JY_EUSAGE;
}

jy_status
jy_paths_start(jy_paths *p, jy_input *in, const jy_config *cfg, char *err,
    size_t errlen)
{
	int need[2] = { p->field, p->by }, i;

	if ((p->mode == M_NEXT || p->mode == M_PREV) &&
	    (p->from || p->to || p->depth)) {
		jy_errf(err, errlen, "--%s looks at whole journeys: leave out "
		    "--from, --to and --depth", p->mode == M_NEXT ? "next" :
		    "prev");
		return JY_EUSAGE;
	}
	if (p->mode == M_DOT && (p->by >= 0 || p->json)) {
		jy_errf(err, errlen, "--dot draws one graph: leave out --by "
		    "and --json");
		return JY_EUSAGE;
	}
	if (p->by == C_ANY && (p->bycol = jy_input_column(in, p->byname, err,
	    errlen)) < 0)
		return JY_EUSAGE;
	for (i = 0; i < 2; i++) {
		if (need[i] == C_ANY)
			continue;
		if (need[i] == C_STAGE && !jy_config_has_stages(cfg)) {
			jy_errf(err, errlen, "%s stage needs the stages: "
			    "give --stages FILE", i ? "--by" : "--field");
			return JY_EUSAGE;
		}
		/* uap-core's columns: the input says if it is missing. */
		if (need[i] >= C_BROWSER && need[i] <= C_OWNER) {
			if (jy_input_column(in, colname[need[i]], err,
			    errlen) < 0)
				return JY_EUSAGE;
		} else if (need[i] >= 0 && colfield[need[i]] >= 0)
			jy_input_want(in, colfield[need[i]]);
	}
	return JY_OK;
}

/* Units. */

/* Append the value of column c at pageview i of s to b as an item. */
static void
value(const jy_paths *p, struct jy_buf *b, const jy_session *s, size_t i,
    int c)
{
	char tmp[32];
	jy_span sp;

	switch (c) {
	case C_ANY:
		sp = jy_session_value(s, i, p->bycol, tmp);
		if (sp.n == 0)
			sp = jy_span_str("-");
		break;
	case C_CHANNEL:
		sp = jy_span_str(jy_channel_name(jy_session_channel(s)));
		break;
	case C_STATUS:
		if (jy_session_status(s, i) < 0)
			sp = jy_span_str("-");
		else {
			snprintf(tmp, sizeof tmp, "%d",
			    jy_session_status(s, i));
			sp = jy_span_str(tmp);
		}
		break;
	case C_DAY:
	case C_HOUR:
	case C_WEEK:
	case C_MONTH:
	case C_RETURNING:
	case C_VISIT:
		/* Rows sort by the --by value first: buckets in time order. */
		sp = jy_session_value(s, i, colfield[c], tmp);
		break;
	case C_BROWSER:
	case C_OS:
	case C_DEVICE:
	case C_DCLASS:
	case C_OWNER:
		sp = jy_session_value(s, i, colfield[c], tmp);
		if (sp.n == 0)
			sp = jy_span_str("-");
		break;
	default:
		sp = jy_session_field(s, i, colfield[c]);
		if (sp.n == 0)
			sp = jy_span_str("-");
		break;
	}
	item(b, sp.p, sp.n);
}

/* The unit's values from items in b (by value first) into p->v*. */
static void
load(jy_paths *p, const char *b, size_t n, int with_by, jy_span *by)
{
	const char *q = b, *end = b + n;
	jy_span sp;
	int m;

	if (with_by) {
		next_item(&q, end, &sp, &m);
		*by = sp;
	}
	while (next_item(&q, end, &sp, &m)) {
		if (p->collapse && p->nv > 0 &&
		    p->vlen[p->nv - 1] == sp.n &&
		    memcmp(p->vb.p + p->voff[p->nv - 1], sp.p, sp.n) == 0)
			continue;
		if (p->nv == p->vcap) {
			p->vcap = p->vcap ? p->vcap * 2 : 64;
			p->voff = jy_xrealloc(p->voff,
			    p->vcap * sizeof *p->voff);
			p->vlen = jy_xrealloc(p->vlen,
			    p->vcap * sizeof *p->vlen);
		}
		p->voff[p->nv] = (size_t)(sp.p - p->vb.p);
		p->vlen[p->nv] = sp.n;
		p->nv++;
	}
}

static int
matches(jy_paths *p, jy_pattern *pat, size_t i)
{
	return jy_pattern_match(pat, p->vb.p + p->voff[i], p->vlen[i]);
}

static void
val(jy_paths *p, size_t i)
{
	item(&p->key, p->vb.p + p->voff[i], p->vlen[i]);
}

/* Count the unit now in p->v* (values) with the by value by. */
static void bound(jy_paths *);

static void
count_unit(jy_paths *p, jy_span by)
{
	size_t a = 0, z, i, n = p->nv, keep;
	int cut = 0;

	if (n == 0)
		return;
	bound(p);
	p->key.n = 0;
	if (p->by >= 0)
		item(&p->key, by.p, by.n);

	if (p->mode == M_NEXT || p->mode == M_PREV) {
		size_t base = p->key.n;
		uint64_t occ = 0;
		for (i = 0; i < n; i++) {
			if (!matches(p, p->at, i))
				continue;
			p->key.n = base;
			if (p->mode == M_NEXT) {
				if (i + 1 < n)
					val(p, i + 1);
				else
					mark(&p->key);
			} else {
				if (i > 0)
					val(p, i - 1);
				else
					mark(&p->key);
			}
			tab_add(&p->keys, p->key.p, p->key.n, 1);
			occ++;
		}
		if (occ)
			tab_add(&p->units, by.p, p->by >= 0 ? by.n : 0, occ);
		return;
	}

	/* The journey: v[a..z], both included. */
	if (p->from) {
		for (a = 0; a < n && !matches(p, p->from, a); a++)
			;
		if (a == n)
			return;
	}
	z = n - 1;
	if (p->to) {
		/* With --from, the first --to match after the --from one. */
		for (z = p->from ? a + 1 : 0; z < n && !matches(p, p->to, z);
		    z++)
			;
		if (z == n)
			return;
	}
	keep = z - a + 1;
	if (p->depth && keep > p->depth) {
		keep = p->depth;
		cut = 1;
	}
	tab_add(&p->units, by.p, p->by >= 0 ? by.n : 0, 1);

	if (p->mode == M_EDGES || p->mode == M_DOT) {
		size_t base = p->key.n;
		uint32_t step;
		for (i = 1; i < keep; i++) {
			p->key.n = base;
			step = p->mode == M_DOT ? 0 : (uint32_t)i;
			item(&p->key, (const char *)&step, sizeof step);
			val(p, a + i - 1);
			val(p, a + i);
			tab_add(&p->keys, p->key.p, p->key.n, 1);
		}
		return;
	}
	for (i = 0; i < keep; i++)
		val(p, a + i);
	if (cut) {
		mark(&p->key);
		/* With --to, the journey still shows where it ends. */
		if (p->to)
			val(p, z);
	}
	tab_add(&p->keys, p->key.p, p->key.n, 1);
}

void
jy_paths_budget(jy_paths *p, size_t bytes, const char *tmpdir)
{
	p->budget = bytes;
	free(p->tmpdir);
	p->tmpdir = jy_xstrdup(tmpdir);
}

const char *
jy_paths_error(const jy_paths *p)
{
	return p->err[0] ? p->err : NULL;
}

void
jy_paths_report(const jy_paths *p, FILE *fp, const char *prog)
{
	if (p->spill_runs > 0)
		fprintf(fp, "%s: --per visitor: %zu sorted runs (%llu bytes) "
		    "of the visitors' values spilled past --memory\n", prog,
		    p->spill_runs, (unsigned long long)p->spill_bytes);
	if (p->kspill_runs > 0)
		fprintf(fp, "%s: %zu sorted runs (%llu bytes) of the counted "
		    "paths spilled past --memory\n", prog, p->kspill_runs,
		    (unsigned long long)p->kspill_bytes);
}

int
jy_paths_session(void *arg, const jy_session *s)
{
	jy_paths *p = arg;
	size_t i, n = jy_session_len(s);
	jy_span by = { "", 0 };

	if (n == 0)
		return 0;
	if (p->per_visitor) {
		int64_t start = jy_session_time(s, 0);
		const char *vid = jy_session_visitor(s);
		if (p->err[0])
			return 0;	/* said at the end */
		if (p->spill == NULL)
			p->spill = jy_spill_new(p->budget ? p->budget :
			    (size_t)512 << 20, p->tmpdir);
		p->rec.n = 0;
		jy_buf_add(&p->rec, &start, sizeof start);
		if (p->by >= 0)
			value(p, &p->rec, s, 0, p->by);
		for (i = 0; i < n; i++)
			value(p, &p->rec, s, i, p->field);
		if (jy_spill_add(p->spill, vid, strlen(vid), p->rec.p,
		    p->rec.n) != 0)
			snprintf(p->err, sizeof p->err, "--per visitor: %s",
			    jy_spill_error(p->spill));
		return 0;
	}
	p->vb.n = 0;
	p->nv = 0;
	if (p->by >= 0)
		value(p, &p->vb, s, 0, p->by);
	for (i = 0; i < n; i++)
		value(p, &p->vb, s, i, p->field);
	load(p, p->vb.p, p->vb.n, p->by >= 0, &by);
	count_unit(p, by);
	return 0;
}

static int
part_cmp(const void *a, const void *b)
{
	const struct part *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->k < y->k ? -1 : x->k > y->k;
}

/* --per visitor: the gathered visitor's sessions in time order make one
 * unit. */
static void
visitor_unit(jy_paths *p)
{
	struct jy_buf all = { NULL, 0, 0 };
	jy_span by = { "", 0 }, sp;
	const char *q, *e;
	size_t k;
	int m;

	qsort(p->parts, p->nparts, sizeof *p->parts, part_cmp);
	for (k = 0; k < p->nparts; k++) {
		q = p->gb.p + p->parts[k].off;
		e = q + p->parts[k].len;
		if (p->by >= 0) {
			/* The by value of the first session only. */
			next_item(&q, e, &sp, &m);
			if (k == 0)
				item(&all, sp.p, sp.n);
		}
		jy_buf_add(&all, q, (size_t)(e - q));
	}
	/* vb holds the bytes the spans point into. */
	jy_buf_free(&p->vb);
	p->vb = all;
	p->nv = 0;
	load(p, p->vb.p, p->vb.n, p->by >= 0, &by);
	count_unit(p, by);
	p->nparts = 0;
	p->gb.n = 0;
}

static int
gather(void *ctx, jy_span vid, jy_span data)
{
	jy_paths *p = ctx;
	int64_t start;

	if (p->gany && (p->gid.n != vid.n || (vid.n > 0 &&
	    memcmp(p->gid.p, vid.p, vid.n) != 0))) {
		visitor_unit(p);
		p->gany = 0;
	}
	if (!p->gany) {
		p->gid.n = 0;
		jy_buf_add(&p->gid, vid.p, vid.n);
		p->gany = 1;
	}
	memcpy(&start, data.p, sizeof start);
	if (p->nparts == p->partcap) {
		p->partcap = p->partcap ? 2 * p->partcap : 16;
		p->parts = jy_xrealloc(p->parts, p->partcap * sizeof *p->parts);
	}
	p->parts[p->nparts].start = start;
	p->parts[p->nparts].k = p->nparts;
	p->parts[p->nparts].off = p->gb.n;
	p->parts[p->nparts].len = data.n - sizeof start;
	p->nparts++;
	jy_buf_add(&p->gb, data.p + sizeof start, data.n - sizeof start);
	return 0;
}

static void
visitors_flush(jy_paths *p)
{
	uint64_t recs;

	if (p->spill == NULL || p->err[0])
		return;
	p->gany = 0;
	p->nparts = 0;
	p->gb.n = 0;
	if (jy_spill_finish(p->spill, gather, p) != 0)
		snprintf(p->err, sizeof p->err, "--per visitor: %s",
		    jy_spill_error(p->spill));
	else if (p->gany)
		visitor_unit(p);
	jy_spill_stats(p->spill, &recs, &p->spill_runs, &p->spill_bytes);
	jy_spill_free(p->spill);
	p->spill = NULL;
}

/* Output. */

struct row {
	const char	*k;	/* key items */
	size_t		 kn;
	uint64_t	 count;
	jy_span		 by;
	uint32_t	 step;
	const char	*s;	/* the rest rendered, for ordering */
	size_t		 so, sn;
	uint64_t	 units;
};

static int
spancmp(jy_span a, jy_span b)
{
	size_t n = a.n < b.n ? a.n : b.n;
	int c = n ? memcmp(a.p, b.p, n) : 0;

	if (c)
		return c;
	return a.n < b.n ? -1 : a.n > b.n;
}

static int
row_cmp(const void *a, const void *b)
{
	const struct row *x = a, *y = b;
	jy_span xs = { x->s, x->sn }, ys = { y->s, y->sn };
	int c;

	if ((c = jy_group_cmp(x->by, y->by)) != 0)
		return c;
	if (x->step != y->step)
		return x->step < y->step ? -1 : 1;
	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	return spancmp(xs, ys);
}

static const char *
marker(const jy_paths *p)
{
	return p->mode == M_NEXT ? "(exit)" : p->mode == M_PREV ?
	    "(entrance)" : GAP;
}

static void
str(jy_paths *p, jy_out *o, const char *s, size_t n)
{
	if (p->json) {
		jy_out_char(o, '"');
		jy_out_json(o, s, n);
		jy_out_char(o, '"');
	} else
		jy_out_tsv(o, s, n);
}

static void
key(jy_paths *p, jy_out *o, int first, const char *name)
{
	if (p->json) {
		jy_out_str(o, first ? "{\"" : ",\"");
		jy_out_str(o, name);
		jy_out_str(o, "\":");
	} else if (!first)
		jy_out_char(o, '\t');
}

static void
share(jy_out *o, uint64_t c, uint64_t total)
{
	char b[32];

	snprintf(b, sizeof b, "%.4f", total ? (double)c / (double)total : 0.0);
	jy_out_str(o, b);
}

/*
 * DOT: a quoted string with " and \ escaped.  What JSON cannot carry
 * either is shown as the text \xHH, as jy_out_json shows it: control
 * bytes (C0, DEL, both bytes of a C1 control) and bytes that are not
 * UTF-8, which Graphviz would reject or a terminal obey.
 */
static void
dotstr(jy_out *o, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	const uint8_t *u = (const uint8_t *)s;
	size_t i = 0, k;

	jy_out_char(o, '"');
	while (i < n) {
		unsigned c = u[i];
		k = c < 0x80 ? 1 : jy_utf8len(u + i, n - i);
		if (c == '"' || c == '\\') {
			jy_out_char(o, '\\');
			jy_out_char(o, (int)c);
		} else if (k == 0 || c < 0x20 || c == 0x7f ||
		    (c == 0xc2 && u[i + 1] <= 0x9f)) {
			/* One byte at a time: a C1 control is both. */
			for (k = k ? k : 1; k > 0; k--, i++) {
				char e[5] = { '\\', '\\', 'x', hex[u[i] >> 4],
				    hex[u[i] & 15] };
				jy_out_bytes(o, e, 5);
			}
			continue;
		} else {
			jy_out_bytes(o, s + i, k);
			i += k;
			continue;
		}
		i++;
	}
	jy_out_char(o, '"');
}

static int
nodecmp(const void *a, const void *b)
{
	return spancmp(*(const jy_span *)a, *(const jy_span *)b);
}

static size_t
node_id(const jy_span *nodes, size_t n, jy_span v)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = spancmp(nodes[mid], v);
		if (c == 0)
			return mid + 1;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

static void
write_dot(jy_out *o, struct row *r, size_t nr)
{
	jy_span *nodes = jy_xcalloc(nr * 2 + 1, sizeof *nodes), ft[2];
	size_t nn = 0, i, j, k;
	uint64_t max = 0;
	char b[64];
	int m;

	for (i = 0; i < nr; i++) {
		const char *q = r[i].k, *end = r[i].k + r[i].kn;
		jy_span sp;
		next_item(&q, end, &sp, &m);		/* step */
		next_item(&q, end, &nodes[nn++], &m);
		next_item(&q, end, &nodes[nn++], &m);
		if (r[i].count > max)
			max = r[i].count;
	}
	if (nn > 0)
		qsort(nodes, nn, sizeof *nodes, nodecmp);
	for (i = j = 0; i < nn; i++)
		if (j == 0 || spancmp(nodes[j - 1], nodes[i]) != 0)
			nodes[j++] = nodes[i];
	nn = j;
	jy_out_str(o, "digraph jpaths {\n\trankdir=LR;\n"
	    "\tnode [shape=box, fontname=\"Helvetica\"];\n"
	    "\tedge [fontname=\"Helvetica\"];\n");
	for (i = 0; i < nn; i++) {
		jy_out_str(o, "\tn");
		jy_out_int(o, (int64_t)i + 1);
		jy_out_str(o, " [label=");
		dotstr(o, nodes[i].p, nodes[i].n);
		jy_out_str(o, "];\n");
	}
	for (i = 0; i < nr; i++) {
		const char *q = r[i].k, *end = r[i].k + r[i].kn;
		jy_span sp;
		next_item(&q, end, &sp, &m);
		for (k = 0; k < 2; k++)
			next_item(&q, end, &ft[k], &m);
		snprintf(b, sizeof b, "n%zu -> n%zu", node_id(nodes, nn, ft[0]),
		    node_id(nodes, nn, ft[1]));
		jy_out_char(o, '\t');
		jy_out_str(o, b);
		snprintf(b, sizeof b,
		    " [label=\"%" PRIu64 "\", penwidth=%.2f];\n",
		    r[i].count, 1.0 + 7.0 * (double)r[i].count / (double)max);
		jy_out_str(o, b);
	}
	jy_out_str(o, "}\n");
	free(nodes);
}

/*
 * The --by column's name: COL, or first_COL when --next or --prev names
 * their own column after the same -f column.
 */
static void
byname(jy_paths *p, jy_out *o)
{
	if ((p->mode == M_NEXT || p->mode == M_PREV) && p->by == p->field)
		jy_out_str(o, "first_");
	if (p->by == C_ANY && p->json)
		jy_out_json(o, p->byname, strlen(p->byname));
	else if (p->by == C_ANY)
		jy_out_tsv(o, p->byname, strlen(p->byname));
	else
		jy_out_str(o, colname[p->by]);
}

static void
header(jy_paths *p, jy_out *o)
{
	const char *f = colname[p->field];

	if (!p->header || p->json || p->mode == M_DOT)
		return;
	jy_out_char(o, '#');
	if (p->by >= 0) {
		byname(p, o);
		jy_out_char(o, '\t');
	}
	switch (p->mode) {
	case M_TOP:
		jy_out_str(o, "count\tshare\tpath\n");
		break;
	case M_NEXT:
	case M_PREV:
		jy_out_str(o, "count\tshare\t");
		jy_out_str(o, f);
		jy_out_char(o, '\n');
		break;
	default:
		jy_out_str(o, "step\tfrom\tto\tcount\n");
		break;
	}
}

static void
write_row(jy_paths *p, jy_out *o, const struct row *r)
{
	const char *q = r->k, *end = r->k + r->kn;
	jy_span sp;
	int m, first = 1, byfirst = 1;

	if (p->by >= 0) {
		next_item(&q, end, &sp, &m);
		if (p->json) {
			jy_out_str(o, "{\"");
			byname(p, o);
			jy_out_str(o, "\":");
		}
		str(p, o, sp.p, sp.n);
		byfirst = 0;
	}
	if (p->mode == M_EDGES) {
		next_item(&q, end, &sp, &m);
		key(p, o, byfirst, "step");
		jy_out_int(o, r->step);
		key(p, o, 0, "from");
		next_item(&q, end, &sp, &m);
		str(p, o, sp.p, sp.n);
		key(p, o, 0, "to");
		next_item(&q, end, &sp, &m);
		str(p, o, sp.p, sp.n);
		key(p, o, 0, "count");
		jy_out_int(o, (int64_t)r->count);
		jy_out_str(o, p->json ? "}\n" : "\n");
		return;
	}
	key(p, o, byfirst, "count");
	jy_out_int(o, (int64_t)r->count);
	key(p, o, 0, "share");
	share(o, r->count, r->units);
	key(p, o, 0, p->mode == M_TOP ? "path" : colname[p->field]);
	if (p->mode == M_TOP && p->json)
		jy_out_char(o, '[');
	while (next_item(&q, end, &sp, &m)) {
		if (!first)
			jy_out_str(o, p->json ? "," : " > ");
		first = 0;
		if (m)
			str(p, o, marker(p), strlen(marker(p)));
		else
			str(p, o, sp.p, sp.n);
	}
	if (p->mode == M_TOP && p->json)
		jy_out_char(o, ']');
	jy_out_str(o, p->json ? "}\n" : "\n");
}

/* A key's values after the by value (and step) as the report shows
 * them, to b: what rows of one count are ordered by. */
static void
render(const jy_paths *p, const char *q, const char *end, struct jy_buf *b)
{
	jy_span sp;
	int m, first = 1;

	while (next_item(&q, end, &sp, &m)) {
		/* A TAB sorts an edge's from before its to. */
		if (!first && p->mode == M_TOP)
			jy_buf_add(b, " > ", 3);
		else if (!first)
			jy_buf_add(b, "\t", 1);
		first = 0;
		if (m)
			jy_buf_add(b, marker(p), strlen(marker(p)));
		else
			jy_buf_add(b, sp.p, sp.n);
	}
}

/* A kept key of the group being settled, and its rendering. */
struct kept {
	size_t		 off, n;	/* key in kb */
	size_t		 ro, rn;	/* rendering in rb */
	uint64_t	 count;
};

struct ksettle {
	jy_paths	*p;
	int		 best;		/* keep each group's -n best */
	struct jy_buf	 k;		/* the key being summed */
	uint64_t	 count;
	int		 any;
	struct kept	*v;
	size_t		 nv, cap;
	struct jy_buf	 kb, rb, gby;	/* the group's keys, renderings, by */
	void		(*done)(struct ksettle *);	/* a key summed */
	jy_edge_fn	*fn;		/* jy_paths_each_edge's */
	void		*ctx;
};

static const struct ksettle *ksort;

static int
kept_cmp(const void *a, const void *b)
{
	const struct kept *x = a, *y = b;
	jy_span xs = { ksort->rb.p + x->ro, x->rn };
	jy_span ys = { ksort->rb.p + y->ro, y->rn };

	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	return spancmp(xs, ys);
}

/* Keep the group's -n best (the report's order within a group). */
static void
kept_prune(struct ksettle *t, size_t n)
{
	struct jy_buf kb = { NULL, 0, 0 }, rb = { NULL, 0, 0 };
	size_t i;

	if (t->nv <= n)
		return;
	ksort = t;
	qsort(t->v, t->nv, sizeof *t->v, kept_cmp);
	for (i = 0; i < n; i++) {
		struct kept *e = &t->v[i];
		size_t ko = kb.n, ro = rb.n;
		jy_buf_add(&kb, t->kb.p + e->off, e->n);
		jy_buf_add(&rb, t->rb.p + e->ro, e->rn);
		e->off = ko;
		e->ro = ro;
	}
	t->nv = n;
	jy_buf_free(&t->kb);
	jy_buf_free(&t->rb);
	t->kb = kb;
	t->rb = rb;
}

static void
group_end(struct ksettle *t)
{
	size_t i;

	if (t->best)
		kept_prune(t, (size_t)t->p->top);
	for (i = 0; i < t->nv; i++)
		tab_add(&t->p->keys, t->kb.p + t->v[i].off, t->v[i].n,
		    t->v[i].count);
	t->nv = 0;
	t->kb.n = t->rb.n = 0;
}

static void
ksettle_key(struct ksettle *t)
{
	jy_paths *p = t->p;
	const char *q = t->k.p, *end = t->k.p + t->k.n;
	jy_span by = { "", 0 };
	int m;

	if (t->count < p->min_count)
		return;
	if (p->by >= 0)
		next_item(&q, end, &by, &m);
	if (t->gby.n != by.n || (by.n > 0 && memcmp(t->gby.p, by.p,
	    by.n) != 0)) {
		group_end(t);
		t->gby.n = 0;
		jy_buf_add(&t->gby, by.p, by.n);
	}
	if (t->nv == t->cap) {
		t->cap = t->cap ? 2 * t->cap : 64;
		t->v = jy_xrealloc(t->v, t->cap * sizeof *t->v);
	}
	t->v[t->nv].off = t->kb.n;
	t->v[t->nv].n = t->k.n;
	t->v[t->nv].count = t->count;
	t->v[t->nv].ro = t->rb.n;
	jy_buf_add(&t->kb, t->k.p, t->k.n);
	if (t->best)
		render(p, q, end, &t->rb);
	t->v[t->nv].rn = t->rb.n - t->v[t->nv].ro;
	t->nv++;
	/* Pruned as it grows: twice -n keys a group at most. */
	if (t->best && t->nv >= 2 * (size_t)p->top)
		kept_prune(t, (size_t)p->top);
}

static int
ksettle_rec(void *ctx, jy_span key, jy_span data)
{
	struct ksettle *t = ctx;
	uint64_t c;

	memcpy(&c, data.p, sizeof c);
	if (t->any && (t->k.n != key.n || (key.n > 0 && memcmp(t->k.p, key.p,
	    key.n) != 0))) {
		t->done(t);
		t->any = 0;
	}
	if (!t->any) {
		t->k.n = 0;
		jy_buf_add(&t->k, key.p, key.n);
		t->count = 0;
		t->any = 1;
	}
	t->count += c;
	return 0;
}

static size_t
tab_bytes(const struct tab *t)
{
	return t->cap * sizeof *t->e + t->arena.cap;
}

/* The counted keys to a sorted run, and the table emptied. */
static void
spill_keys(jy_paths *p)
{
	size_t i;

	if (p->err[0])
		return;
	if (p->kspill == NULL)
		p->kspill = jy_spill_new(p->budget / 2, p->tmpdir);
	for (i = 0; i < p->keys.cap && !p->err[0]; i++) {
		const struct ent *e = &p->keys.e[i];
		if (e->count == 0)
			continue;
		if (jy_spill_add(p->kspill, p->keys.arena.p + e->off, e->len,
		    &e->count, sizeof e->count) != 0)
			snprintf(p->err, sizeof p->err, "counted paths: %s",
			    jy_spill_error(p->kspill));
	}
	tab_free(&p->keys);
	memset(&p->keys, 0, sizeof p->keys);
}

/* Keys are spilled only between units, so that a unit counts whole. */
static void
bound(jy_paths *p)
{
	if (p->budget > 0 && tab_bytes(&p->keys) > p->budget / 2)
		spill_keys(p);
}

/* After a spill, the runs summed back into the table; with best, only
 * the keys the report shows (each group's -n best, where -n applies). */
static void
settle(jy_paths *p, int best)
{
	struct ksettle t;
	uint64_t recs;

	if (p->kspill == NULL)
		return;
	spill_keys(p);
	memset(&t, 0, sizeof t);
	t.p = p;
	t.done = ksettle_key;
	t.best = best && p->top > 0 && (p->mode == M_TOP ||
	    p->mode == M_NEXT || p->mode == M_PREV);
	if (!p->err[0] && jy_spill_finish(p->kspill, ksettle_rec, &t) != 0)
		snprintf(p->err, sizeof p->err, "counted paths: %s",
		    jy_spill_error(p->kspill));
	else {
		if (t.any)
			ksettle_key(&t);
		group_end(&t);
	}
	free(t.v);
	jy_buf_free(&t.k);
	jy_buf_free(&t.kb);
	jy_buf_free(&t.rb);
	jy_buf_free(&t.gby);
	jy_spill_stats(p->kspill, &recs, &p->kspill_runs, &p->kspill_bytes);
	jy_spill_free(p->kspill);
	p->kspill = NULL;
}

/* An edge summed (from the table, or the runs as they come back). */
static void
each_edge(struct ksettle *t, const char *k, size_t n, uint64_t count)
{
	const char *q = k, *end = k + n;
	jy_span sp, from, to;
	uint32_t step = 0;
	int m;

	if (count == 0 || count < t->p->min_count)
		return;
	if (t->p->by >= 0)
		next_item(&q, end, &sp, &m);
	next_item(&q, end, &sp, &m);
	if (sp.n == sizeof step)
		memcpy(&step, sp.p, sizeof step);
	next_item(&q, end, &from, &m);
	next_item(&q, end, &to, &m);
	t->fn(t->ctx, step, from, to, count);
}

static void
each_key(struct ksettle *t)
{
	each_edge(t, t->k.p, t->k.n, t->count);
}

/*
 * The edges (--edges) as jy_paths_write would write them, in no order,
 * to fn: past a spill the runs are summed as they are read back, not
 * into the table again, so the memory stays the table's budget however
 * many edges there are (jreport's flow sums them into its few nodes).
 * Once only: the table is gone after it.
 */
int
jy_paths_each_edge(jy_paths *p, jy_edge_fn *fn, void *ctx)
{
	struct ksettle t;
	uint64_t recs;
	size_t i;

	if (p->mode != M_EDGES)
		return -1;
	if (p->per_visitor)
		visitors_flush(p);
	memset(&t, 0, sizeof t);
	t.p = p;
	t.done = each_key;
	t.fn = fn;
	t.ctx = ctx;
	if (p->kspill == NULL) {
		for (i = 0; i < p->keys.cap; i++)
			each_edge(&t, p->keys.arena.p + p->keys.e[i].off,
			    p->keys.e[i].len, p->keys.e[i].count);
		return p->err[0] ? -1 : 0;
	}
	spill_keys(p);
	if (!p->err[0] && jy_spill_finish(p->kspill, ksettle_rec, &t) != 0)
		snprintf(p->err, sizeof p->err, "counted paths: %s",
		    jy_spill_error(p->kspill));
	else if (t.any)
		each_key(&t);
	jy_buf_free(&t.k);
	jy_spill_stats(p->kspill, &recs, &p->kspill_runs, &p->kspill_bytes);
	jy_spill_free(p->kspill);
	p->kspill = NULL;
	return p->err[0] ? -1 : 0;
}

jy_status
jy_paths_write(jy_paths *p, jy_out *o)
{
	struct row *r;
	struct jy_buf rend = { NULL, 0, 0 };
	size_t i, nr = 0, shown = 0;
	jy_span prevby = { NULL, 0 };

	if (p->per_visitor)
		visitors_flush(p);
	settle(p, 1);
	r = jy_xcalloc(p->keys.n + 1, sizeof *r);
	/* Render first (the arena may move), then point into it. */
	for (i = 0; i < p->keys.cap; i++) {
		struct ent *e = &p->keys.e[i];
		const char *q, *end;
		jy_span sp;
		int m;

		if (e->count == 0 || e->count < p->min_count)
			continue;
		r[nr].k = p->keys.arena.p + e->off;
		r[nr].kn = e->len;
		r[nr].count = e->count;
		q = r[nr].k;
		end = q + e->len;
		if (p->by >= 0) {
			next_item(&q, end, &sp, &m);
			r[nr].by = sp;
		} else
			r[nr].by.p = "";
		r[nr].units = tab_get(&p->units, r[nr].by.p, r[nr].by.n);
		if (p->mode == M_EDGES || p->mode == M_DOT) {
			next_item(&q, end, &sp, &m);
			memcpy(&r[nr].step, sp.p, sizeof r[nr].step);
		}
		r[nr].so = rend.n;
		render(p, q, end, &rend);
		r[nr].sn = rend.n - r[nr].so;
		nr++;
	}
	for (i = 0; i < nr; i++)
		r[i].s = rend.p + r[i].so;
	if (nr > 0)
		qsort(r, nr, sizeof *r, row_cmp);

	if (p->mode == M_DOT)
		write_dot(o, r, nr);
	else {
		header(p, o);
		for (i = 0; i < nr; i++) {
			if (i == 0 || spancmp(prevby, r[i].by) != 0)
				shown = 0;
			prevby = r[i].by;
			if ((p->mode == M_TOP || p->mode == M_NEXT ||
			    p->mode == M_PREV) && p->top && shown >= p->top)
				continue;
			shown++;
			write_row(p, o, &r[i]);
		}
	}
	free(r);
	jy_buf_free(&rend);
	return jy_out_failed(o) ? JY_EDATA : JY_OK;
}

void
jy_paths_free(jy_paths *p)
{

	if (p == NULL)
		return;
	jy_spill_free(p->spill);
	jy_spill_free(p->kspill);
	free(p->tmpdir);
	jy_buf_free(&p->rec);
	jy_buf_free(&p->gid);
	jy_buf_free(&p->gb);
	free(p->parts);
	free(p->byname);
	tab_free(&p->keys);
	tab_free(&p->units);
	jy_pattern_free(p->from);
	jy_pattern_free(p->to);
	jy_pattern_free(p->at);
	jy_buf_free(&p->vb);
	jy_buf_free(&p->key);
	free(p->voff);
	free(p->vlen);
	free(p);
}

/* ---- partial states (--partial, --merge) ---- */

/*
 * A line per counted key: GROUP "row" [STEP] VALUE... COUNT, a marker
 * (the gap, "(exit)", "(entrance)") as an empty field, since no value is
 * empty; and a line per group of the units counted: GROUP "units" N.
 * GROUP is the --by value, empty without --by.
 */
void
jy_paths_partial(jy_paths *p, jy_out *o)
{
	size_t i;

	if (p->per_visitor)
		visitors_flush(p);
	settle(p, 0);
	for (i = 0; i < p->units.cap; i++) {
		const struct ent *e = &p->units.e[i];
		if (e->count == 0)
			continue;
		jy_pw_key(o, p->units.arena.p + e->off, e->len);
		jy_out_str(o, "\tunits");
		jy_pw_count(o, e->count);
	}
	for (i = 0; i < p->keys.cap; i++) {
		const struct ent *e = &p->keys.e[i];
		const char *q = p->keys.arena.p + e->off, *end = q + e->len;
		uint32_t step;
		jy_span sp;
		int m;

		if (e->count == 0)
			continue;
		if (p->by >= 0) {
			next_item(&q, end, &sp, &m);
			jy_pw_key(o, sp.p, sp.n);
		}
		jy_out_str(o, "\trow");
		if (p->mode == M_EDGES || p->mode == M_DOT) {
			next_item(&q, end, &sp, &m);
			memcpy(&step, sp.p, sizeof step);
			jy_out_char(o, '\t');
			jy_out_int(o, step);
		}
		while (next_item(&q, end, &sp, &m)) {
			jy_out_char(o, '\t');
			if (!m)
				jy_out_tsv(o, sp.p, sp.n);
		}
		jy_pw_count(o, e->count);
	}
}

int
jy_paths_merge_line(void *ctx, const jy_span *v, size_t nf, char *err,
    size_t errlen)
{
	jy_paths *p = ctx;
	size_t i = 1, last = nf - 1;
	uint64_t n, step;
	uint32_t st;

	if (nf < 3 || jy_pr_count(v[last], &n) != 0 || n == 0)
		return -1;
	if ((p->by >= 0) != (v[0].n > 0)) {
		jy_errf(err, errlen, "%s", p->by >= 0 ? "no group: this merge "
		    "has --by, so must the partials" : "a group: the partial "
		    "has --by, so must this merge");
		return -1;
	}
	p->key.n = 0;
	if (p->by >= 0)
		item(&p->key, v[0].p, v[0].n);
	if (i + 1 == last && jy_span_eq(v[i], "units")) {
		tab_add(&p->units, v[0].p, v[0].n, n);
		return 0;
	}
	if (!jy_span_eq(v[i], "row")) {
		jy_errf(err, errlen, "neither a row nor units");
		return -1;
	}
	i++;
	if (p->mode == M_EDGES || p->mode == M_DOT) {
		if (i >= last || jy_pr_count(v[i], &step) != 0 ||
		    step > UINT32_MAX)
			return -1;
		st = (uint32_t)step;
		item(&p->key, (const char *)&st, sizeof st);
		i++;
	}
	if (i >= last)
		return -1;
	for (; i < last; i++) {
		if (v[i].n == 0)
			mark(&p->key);
		else
			item(&p->key, v[i].p, v[i].n);
	}
	bound(p);
	tab_add(&p->keys, p->key.p, p->key.n, n);
	return 0;
}
