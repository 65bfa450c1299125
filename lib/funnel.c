/*
 * funnel.c - conversion through ordered steps, for jfunnel and jdropoff.
 *
 * A unit (a session, or with --per visitor all of a visitor's sessions)
 * is a list of events in time order, each with the set of steps it
 * matches.  The ordered engines follow ClickHouse's windowFunnel exactly,
 * since the issue asks for its levels: events are taken in the order
 * (time, step, input order), and a chain of events fills steps 1, 2, ...
 * while it stays within the window of its step-1 event.  By default one
 * event fills at most one step (ClickHouse's 'strict_once'); the chains
 * alive at once are kept per level, and when time moves on only the one
 * that started last matters, since it has the most window left - so
 * there is never more than a handful of them.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define MAXSEQ	256		/* chains per level within one second */

struct step {
	char		*name;
	jy_pattern	*pat;
};

struct seq {
	int64_t		 first, last;
	int		 start;			/* step it entered at */
	int64_t		 t[JY_FUNNEL_MAX];
	uint32_t	 pos[JY_FUNNEL_MAX];
};

struct level {
	struct seq	*v;
	size_t		 n, cap;
};

struct ev {
	int64_t		 t;
	uint64_t	 mask;
	uint32_t	 excl;			/* 1 + exclusion index, or 0 */
	uint32_t	 next, exit;		/* jdropoff: page ids */
};

/* Times to convert, exact and mergeable: whole seconds with their
 * counts, appended as they come and sorted and summed (compacted) when
 * the array fills, so memory is bounded by the distinct seconds. */
struct dv {
	int64_t		 v;
	uint64_t	 n;
};

struct durs {
	struct dv	*v;
	size_t		 n, cap;
	uint64_t	 total;
};

struct group {
	uint32_t	 id;			/* order of creation */
	char		*key;
	size_t		 keyn;
	uint64_t	 units, entered, excluded;
	uint64_t	*count, *dropped;
	struct durs	*dur;
	int		 other;
};

/* A session's start and channel, for --attribution. */
struct vsess {
	int64_t		 t;
	int		 ch;
};

/* The sessions of the visitor being evaluated, for --attribution. */
struct vunit {
	struct vsess	*ss;
	size_t		 ns, scap;
};

/* --attribution: credit (channel, k) counts conversions that gave a
 * channel 1/k each, so that linear credit sums and merges exactly. */
enum { AT_NONE, AT_FIRST, AT_LAST, AT_LASTND, AT_LINEAR };
struct credit {
	int		 ch;
	uint64_t	 k, n;
};

/*
 * The index the group, visitor, page and drop-count tables share: open
 * addressing, kept under half full, each slot an entry's hash and its
 * index + 1 (0: empty), so growing never hashes a key again.
 */
struct itab {
	struct islot {
		uint64_t	 h;
		size_t		 i;
	}		*v;
	size_t		 cap;
};

/* Room for one more beside n entries; the first slot to probe for h. */
static size_t
itab_start(struct itab *t, size_t n, uint64_t h)
{
	if (2 * (n + 1) > t->cap) {
		size_t cap = t->cap ? 2 * t->cap : 64, k, j;
		struct islot *v = jy_xcalloc(cap, sizeof *v);
		for (k = 0; k < t->cap; k++) {
			if (t->v[k].i == 0)
				continue;
			for (j = t->v[k].h & (cap - 1); v[j].i != 0;
			    j = (j + 1) & (cap - 1))
				;
			v[j] = t->v[k];
		}
		free(t->v);
		t->v = v;
		t->cap = cap;
	}
	return h & (t->cap - 1);
}

#define ITAB_NEXT(t, j)	(((j) + 1) & ((t)->cap - 1))

struct jy_funnel {
	struct step	 step[JY_FUNNEL_MAX];
	int		 nsteps;
	jy_pattern	*excl[32];
	int		 nexcl;
	int		 col, bycol, top;
	int		 order, per, open;
	int		 reuse, dedup, strict_inc, strict_order, reentry;
	int64_t		 window, step_window;	/* -1: none */

	/* per-unit scratch */
	struct level	 lv[JY_FUNNEL_MAX];
	struct ev	*ev;
	size_t		 nev, evcap;
	int32_t		*owner;		/* --order any: event -> step */
	uint8_t		*seen;		/* and the augmenting path's marks */
	size_t		 anycap;	/* room in both, kept across units */

	/* results */
	struct group	*groups;
	size_t		 ngroups, groupcap;
	struct itab	 gtab;			/* groups by key */

	/* --per visitor: each session's events that a funnel can use, under
	 * its visitor id, until the end; past the budget they wait on disk,
	 * sorted by visitor (spill.c), so the count stays exact. */
	struct jy_spill	*spill;
	size_t		 budget;
	char		*tmpdir;
	struct jy_buf	 rec;
	char		 err[512];
	size_t		 spill_runs;
	uint64_t	 spill_bytes;

	jy_out		*explain;
	uint64_t	 units, entered, excluded;

	int		 attr;			/* AT_x */
	struct vunit	*curvu;			/* the visitor being evaluated */
	struct credit	*cr;
	size_t		 ncr, crcap;

	/* jdropoff's funnel mode: where the units that dropped went next
	 * and where they left, counted by (group, step, kind, page). */
	int		 dropoff, droptop;
	uint64_t	 lastmask;	/* steps the last unit was counted at */
	uint32_t	 exitid;		/* of the session being read */
	struct jy_buf	 pages;			/* interned pages, id 0 "(exit)" */
	uint32_t	*poff, *plen;
	size_t		 npages, pcap;
	struct itab	 ptab;			/* page ids by page */
	struct dcount	*dc;
	size_t		 ndc, dccap;
	struct itab	 dtab;			/* drop counts by key */
	int		*gmap;			/* group id -> output index */
	/* Past a quarter of --memory the counts and the pages go to
	 * sorted runs, summed back at the end (drop_settle). */
	struct jy_spill	*dspill;
	struct jy_buf	 dkey;			/* a run's key being built */
	size_t		 drop_runs;		/* tables written out */
	uint64_t	 drop_bytes;
};

struct dcount {
	uint32_t	 group, step, kind, page;
	uint64_t	 n;
};
enum { DK_NEXT, DK_EXIT };

enum { STOP_NONE, STOP_STRICT, STOP_DEDUP };

static void	drop_count(jy_funnel *, uint32_t, int, int, uint32_t,
		    uint64_t);

struct result {
	int		 level;			/* steps reached in order */
	uint64_t	 reached;		/* bit k: step k+1 reached */
	int64_t		 t[JY_FUNNEL_MAX];	/* when, for reached steps */
	uint32_t	 pos[JY_FUNNEL_MAX];	/* by which event */
	int64_t		 dur[JY_FUNNEL_MAX];	/* from the step before, or -1 */
	uint32_t	 lo, hi;		/* span of the chain's events */
	int		 stop;
	uint32_t	 stop_pos;
};

jy_funnel *
jy_funnel_new(void)
{
	jy_funnel *f = jy_xcalloc(1, sizeof *f);

	f->col = JY_F_PAGE;
	f->bycol = -1;
	f->top = 10;
	f->window = -1;
	f->step_window = -1;
	return f;
}

void
jy_funnel_free(jy_funnel *f)
{
	size_t i;
	int k;

	if (f == NULL)
		return;
	for (k = 0; k < f->nsteps; k++) {
		free(f->step[k].name);
		jy_pattern_free(f->step[k].pat);
	}
	for (k = 0; k < f->nexcl; k++)
		jy_pattern_free(f->excl[k]);
	for (k = 0; k < JY_FUNNEL_MAX; k++)
		free(f->lv[k].v);
	free(f->ev);
	free(f->owner);
	free(f->seen);
	for (i = 0; i < f->ngroups; i++) {
		struct group *g = &f->groups[i];
		free(g->key);
		free(g->count);
		free(g->dropped);
		for (k = 0; k < f->nsteps && g->dur != NULL; k++)
			free(g->dur[k].v);
		free(g->dur);
	}
	free(f->groups);
	free(f->gtab.v);
	jy_spill_free(f->spill);
	free(f->tmpdir);
	jy_buf_free(&f->rec);
	free(f->cr);
	jy_buf_free(&f->pages);
	free(f->poff);
	free(f->plen);
	free(f->ptab.v);
	free(f->dc);
	free(f->dtab.v);
	jy_spill_free(f->dspill);
	jy_buf_free(&f->dkey);
	free(f->gmap);
	free(f);
}

/* "[NAME=]PATTERN": a name has none of / ~ * ? so that a pattern with an
 * '=' in it (a query string) is not split. */
jy_status
jy_funnel_step(jy_funnel *f, const char *spec, char *err, size_t errlen)
{
	const char *eq = strchr(spec, '='), *pat = spec;
	char *name;
	struct step *s;

	if (f->nsteps == JY_FUNNEL_MAX) {
		jy_errf(err, errlen, "more than %d steps", JY_FUNNEL_MAX);
		return JY_EUSAGE;
	}
	if (eq != NULL && eq > spec && strcspn(spec, "/~*?") >
	    (size_t)(eq - spec)) {
		name = jy_xmalloc((size_t)(eq - spec) + 1);
		memcpy(name, spec, (size_t)(eq - spec));
		name[eq - spec] = '\0';
		pat = eq + 1;
	} else
		name = jy_xstrdup(spec);
	if (*pat == '\0') {
		jy_errf(err, errlen, "step \"%s\": empty pattern", spec);
		free(name);
		return JY_EUSAGE;
	}
	s = &f->step[f->nsteps];
	if (jy_pattern_compile(pat, &s->pat, err, errlen) != JY_OK) {
		free(name);
		return JY_EUSAGE;
	}
	s->name = name;
	f->nsteps++;
	return JY_OK;
}

jy_status
jy_funnel_steps_file(jy_funnel *f, const char *path, char *err,
    size_t errlen)
{
	struct jy_list l = { 0 };
	jy_status st;
	size_t i;

	if ((st = jy_list_load(&l, path, err, errlen)) != JY_OK)
		return st;
	for (i = 0; i < l.n && st == JY_OK; i++)
		st = jy_funnel_step(f, l.v[i], err, errlen);
	jy_list_clear(&l);
	free(l.v);
	return st;
}

jy_status
jy_funnel_set(jy_funnel *f, const char *name, const char *arg, char *err,
    size_t errlen)
{
	int64_t v;

	if (strcmp(name, "order") == 0) {
		if (strcmp(arg, "ordered") == 0)
			f->order = JY_ORDER_ORDERED;
		else if (strcmp(arg, "strict") == 0)
			f->order = JY_ORDER_STRICT;
		else if (strcmp(arg, "any") == 0)
			f->order = JY_ORDER_ANY;
		else
			goto badval;
		return JY_OK;
	}
	if (strcmp(name, "attribution") == 0) {
		static const char *const names[] = { "first", "last",
		    "last-non-direct", "linear" };
		for (v = 0; v < 4; v++)
			if (strcmp(arg, names[v]) == 0)
				break;
		if (v == 4) {
			jy_errf(err, errlen, "bad --attribution \"%s\": give "
			    "first, last, last-non-direct or linear", arg);
			return JY_EUSAGE;
		}
		f->attr = (int)v + AT_FIRST;
		return JY_OK;
	}
	if (strcmp(name, "per") == 0) {
		if (strcmp(arg, "session") == 0)
			f->per = JY_PER_SESSION;
		else if (strcmp(arg, "visitor") == 0)
			f->per = JY_PER_VISITOR;
		else
			goto badval;
		return JY_OK;
	}
	if (strcmp(name, "window") == 0 || strcmp(name, "step-window") == 0) {
		if (jy_parse_duration(arg, &v) != 0 || v < 0) {
			jy_errf(err, errlen, "bad --%s \"%s\": give a duration "
			    "such as 90s, 30m, 2h or 7d", name, arg);
			return JY_EUSAGE;
		}
		if (name[0] == 'w')
			f->window = v;
		else
			f->step_window = v;
		return JY_OK;
	}
	if (strcmp(name, "exclude") == 0) {
		if (f->nexcl == 32) {
			jy_errf(err, errlen, "more than 32 --exclude patterns");
			return JY_EUSAGE;
		}
		if (jy_pattern_compile(arg, &f->excl[f->nexcl], err,
		    errlen) != JY_OK)
			return JY_EUSAGE;
		f->nexcl++;
		return JY_OK;
	}
	if (strcmp(name, "top") == 0) {
		char *end;
		long n = strtol(arg, &end, 10);
		if (*arg == '\0' || *end != '\0' || n < 0 || n > 1000000)
			goto badval;
		f->top = (int)n;
		return JY_OK;
	}
	if (strcmp(name, "open") == 0)
		f->open = 1;
	else if (strcmp(name, "reuse-events") == 0)
		f->reuse = 1;
	else if (strcmp(name, "dedup") == 0)
		f->dedup = 1;
	else if (strcmp(name, "strict-increase") == 0)
		f->strict_inc = 1;
	else if (strcmp(name, "strict-order") == 0)
		f->order = JY_ORDER_STRICT;
	else if (strcmp(name, "allow-reentry") == 0)
		f->reentry = 1;
	else {
		jy_errf(err, errlen, "unknown funnel option --%s", name);
		return JY_EUSAGE;
	}
	return JY_OK;
badval:
	jy_errf(err, errlen, "bad --%s \"%s\"", name, arg);
	return JY_EUSAGE;
}

void
jy_funnel_columns(jy_funnel *f, int col, int bycol)
{
	f->col = col;
	f->bycol = bycol;
}

jy_status
jy_funnel_ready(jy_funnel *f, char *err, size_t errlen)
{
	if (f->nsteps == 0) {
		jy_errf(err, errlen, "no steps: give them with -s STEP (one "
		    "per step, in order) or --steps FILE");
		return JY_EUSAGE;
	}
	f->strict_order = f->order == JY_ORDER_STRICT;
	if (f->attr != AT_NONE && f->per != JY_PER_VISITOR) {
		jy_errf(err, errlen, "--attribution credits the sessions of a "
		    "visitor that converts: add --per visitor");
		return JY_EUSAGE;
	}
	if (f->reentry && !f->strict_order) {
		jy_errf(err, errlen, "--allow-reentry needs --order strict "
		    "(or --strict-order)");
		return JY_EUSAGE;
	}
	if (f->open && (f->strict_order || f->dedup)) {
		jy_errf(err, errlen, "--open goes with --order ordered or any, "
		    "not with --order strict or --dedup");
		return JY_EUSAGE;
	}
	if (f->order == JY_ORDER_ANY && (f->dedup || f->strict_inc ||
	    f->step_window >= 0)) {
		jy_errf(err, errlen, "--order any has no step order: drop "
		    "--dedup, --strict-increase and --step-window");
		return JY_EUSAGE;
	}
	return JY_OK;
}

int
jy_funnel_nsteps(const jy_funnel *f)
{
	return f->nsteps;
}

const char *
jy_funnel_step_name(const jy_funnel *f, int k)
{
	return f->step[k].name;
}

void
jy_funnel_explain(jy_funnel *f, jy_out *out, int header)
{
	f->explain = out;
	if (header)
		jy_out_str(out, f->per == JY_PER_VISITOR ?
		    "#visitor\treached\tsteps\tstop\n" :
		    "#session\tvisitor\treached\tsteps\tstop\n");
}

/* ---- the engines ---- */

static void
lv_push(struct level *l, const struct seq *s, int upto)
{
	struct seq *d;

	if (l->n == MAXSEQ)
		return;
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 4;
		l->v = jy_xrealloc(l->v, l->cap * sizeof *l->v);
	}
	d = &l->v[l->n++];
	d->first = s->first;
	d->last = s->last;
	d->start = s->start;
	memcpy(d->t, s->t, (size_t)upto * sizeof s->t[0]);
	memcpy(d->pos, s->pos, (size_t)upto * sizeof s->pos[0]);
}

/* The chain a level is reported by: the one that started last (most
 * window left), the first such. */
static const struct seq *
best(const struct level *l)
{
	const struct seq *b = NULL, *s;
	size_t i;

	for (i = 0; i < l->n; i++) {
		s = &l->v[i];
		/* In an open funnel, a chain through the step before first. */
		if (b == NULL || s->start < b->start || (s->start == b->start &&
		    (s->first > b->first || (s->first == b->first &&
		    s->last > b->last))))
			b = s;
	}
	return b;
}

/* When time moves on, a chain matters only by its start (and, with
 * --step-window, by its last step): keep the ones no other beats. */
static void
collapse(jy_funnel *f, struct level *l, int k)
{
	size_t i, j, n = 0;

	if (l->n < 2)
		return;
	for (i = 0; i < l->n; i++) {
		int beaten = 0;
		for (j = 0; j < l->n && !beaten; j++) {
			if (i == j)
				continue;
			const struct seq *a = &l->v[j], *b = &l->v[i];
			int ge = a->start <= b->start && a->first >= b->first &&
			    (f->step_window < 0 || a->last >= b->last);
			int gt = a->start < b->start || a->first > b->first ||
			    (f->step_window >= 0 && a->last > b->last);
			beaten = ge && (gt || j < i);
		}
		if (!beaten) {
			if (n != i) {
				l->v[n].first = l->v[i].first;
				l->v[n].last = l->v[i].last;
				l->v[n].start = l->v[i].start;
				memcpy(l->v[n].t, l->v[i].t, (size_t)(k + 1) *
				    sizeof l->v[i].t[0]);
				memcpy(l->v[n].pos, l->v[i].pos,
				    (size_t)(k + 1) * sizeof l->v[i].pos[0]);
			}
			n++;
		}
	}
	l->n = n;
}

static int
fits(const jy_funnel *f, const struct seq *s, int k, int64_t t, uint32_t u)
{
	int j;

	if (f->window >= 0 && t - s->first > f->window)
		return 0;
	if (f->strict_inc && !(s->last < t))
		return 0;
	if (f->step_window >= 0 && t - s->last > f->step_window)
		return 0;
	if (!f->reuse)
		for (j = s->start; j < k; j++)
			if (s->pos[j] == u)
				return 0;
	return 1;
}

static int
top_level(const jy_funnel *f)
{
	int k;

	for (k = f->nsteps; k > 0; k--)
		if (f->lv[k - 1].n > 0)
			return k;
	return 0;
}

/* One entry (t, step k, event u), as windowFunnel takes them.  Returns 1
 * when the evaluation is over. */
static int
entry(jy_funnel *f, struct result *r, int64_t t, int k, uint32_t u,
    int *has_first)
{
	struct seq s;
	size_t i;

	if (k < 0) {
		if (*has_first) {
			r->stop = STOP_STRICT;
			r->stop_pos = u;
			return 1;
		}
		return 0;
	}
	if (k == 0 || f->open) {
		/* A chain starts here (at any step in an open funnel). */
		s.first = s.last = t;
		s.start = k;
		s.t[k] = t;
		s.pos[k] = u;
		if (f->reuse)
			f->lv[k].n = 0;
		lv_push(&f->lv[k], &s, k + 1);
		*has_first = 1;
		if (k == 0)
			return f->nsteps == 1 && !f->open;
	}
	if (f->dedup && f->lv[k].n > 0) {
		r->stop = STOP_DEDUP;
		r->stop_pos = u;
		return 1;
	}
	if (f->strict_order && *has_first && f->lv[k - 1].n == 0) {
		if (f->reentry)
			return 0;
		r->stop = STOP_STRICT;
		r->stop_pos = u;
		return 1;
	}
	struct level *prev = &f->lv[k - 1];
	size_t n = prev->n;
	for (i = 0; i < n; i++) {
		const struct seq *p = &prev->v[i];
		if (!fits(f, p, k, t, u))
			continue;
		s.first = p->first;
		s.last = t;
		s.start = p->start;
		memcpy(s.t, p->t, (size_t)k * sizeof s.t[0]);
		memcpy(s.pos, p->pos, (size_t)k * sizeof s.pos[0]);
		s.t[k] = t;
		s.pos[k] = u;
		if (f->reuse)
			f->lv[k].n = 0;
		lv_push(&f->lv[k], &s, k + 1);
		if (k + 1 == f->nsteps && !f->open)
			return 1;
		if (f->reuse)
			break;
	}
	return 0;
}

static void
result_from_levels(jy_funnel *f, struct result *r)
{
	const struct seq *s;
	int k, j, top;

	top = top_level(f);
	r->level = 0;
	r->lo = UINT32_MAX;
	r->hi = 0;
	for (k = 0; k < f->nsteps; k++)
		r->dur[k] = -1;
	if (!f->open) {
		/* Closed: levels are a prefix; the top chain tells it all. */
		r->level = top;
		if (top == 0)
			return;
		r->reached = top == 64 ? ~0ULL : (1ULL << top) - 1;
		s = best(&f->lv[top - 1]);
		for (j = 0; j < top; j++) {
			r->t[j] = s->t[j];
			r->pos[j] = s->pos[j];
			if (j > 0)
				r->dur[j] = s->t[j] - s->t[j - 1];
			if (s->pos[j] < r->lo)
				r->lo = s->pos[j];
			if (s->pos[j] > r->hi)
				r->hi = s->pos[j];
		}
		return;
	}
	for (k = 0; k < f->nsteps; k++) {
		if (f->lv[k].n == 0)
			continue;
		s = best(&f->lv[k]);
		r->reached |= 1ULL << k;
		r->t[k] = s->t[k];
		r->pos[k] = s->pos[k];
		if (s->start < k)
			r->dur[k] = s->t[k] - s->t[k - 1];
		for (j = s->start; j <= k; j++) {
			if (s->pos[j] < r->lo)
				r->lo = s->pos[j];
			if (s->pos[j] > r->hi)
				r->hi = s->pos[j];
		}
	}
	for (k = 0; k < f->nsteps && (r->reached >> k & 1); k++)
		r->level = k + 1;
}

static void
eval_ordered(jy_funnel *f, struct result *r)
{
	size_t a, b, i;
	int k, has_first = 0, done = 0;

	for (k = 0; k < f->nsteps; k++)
		f->lv[k].n = 0;
	for (a = 0; a < f->nev && !done; a = b) {
		int64_t t = f->ev[a].t;
		for (b = a; b < f->nev && f->ev[b].t == t; b++)
			;
		/* Events that match no step come first, as in ClickHouse. */
		if (f->strict_order)
			for (i = a; i < b && !done; i++)
				if (f->ev[i].mask == 0)
					done = entry(f, r, t, -1, (uint32_t)i,
					    &has_first);
		for (k = 0; k < f->nsteps && !done; k++)
			for (i = a; i < b && !done; i++)
				if (f->ev[i].mask >> k & 1)
					done = entry(f, r, t, k, (uint32_t)i,
					    &has_first);
		if (!f->reuse)
			for (k = 0; k < f->nsteps; k++)
				collapse(f, &f->lv[k], k);
	}
	result_from_levels(f, r);
}

/* Kuhn's augmenting path: can step k take an event, moving others? */
static int
augment(const jy_funnel *f, int k, size_t a, size_t b, int32_t *owner,
    uint8_t *seen, int *match)
{
	size_t i;

	for (i = a; i < b; i++) {
		if (!(f->ev[i].mask >> k & 1) || seen[i - a])
			continue;
		seen[i - a] = 1;
		if (owner[i - a] < 0 || augment(f, owner[i - a], a, b, owner,
		    seen, match)) {
			owner[i - a] = k;
			match[k] = (int)i;
			return 1;
		}
	}
	return 0;
}

/*
 * Any order: the most steps 1..k that distinct events (any events with
 * --reuse-events) fill within one window, whatever their order.
 */
static void
eval_any(jy_funnel *f, struct result *r)
{
	size_t a, b, i, span;
	int k, best_k = 0, match[JY_FUNNEL_MAX], bestm[JY_FUNNEL_MAX];
	int32_t *owner;
	uint8_t *seen;

	memset(r->dur, 0xff, sizeof r->dur);
	r->lo = UINT32_MAX;
	r->hi = 0;
	if (f->nev + 1 > f->anycap) {
		/* Grown, never shrunk: no allocation per unit. */
		f->anycap = 2 * (f->nev + 1);
		f->owner = jy_xrealloc(f->owner, f->anycap * sizeof *f->owner);
		f->seen = jy_xrealloc(f->seen, f->anycap);
	}
	owner = f->owner;
	seen = f->seen;
	for (a = 0; a < f->nev && best_k < f->nsteps; a++) {
		if (f->ev[a].mask == 0)
			continue;
		if (f->window < 0)
			b = f->nev;
		else
			for (b = a; b < f->nev &&
			    f->ev[b].t - f->ev[a].t <= f->window; b++)
				;
		span = b - a;
		for (i = 0; i < span; i++)
			owner[i] = -1;
		for (k = 0; k < f->nsteps; k++) {
			int ok = 0;
			if (f->reuse) {
				for (i = a; i < b && !ok; i++)
					if (f->ev[i].mask >> k & 1) {
						ok = 1;
						match[k] = (int)i;
					}
			} else {
				memset(seen, 0, span);
				ok = augment(f, k, a, b, owner, seen, match);
			}
			if (!ok)
				break;
		}
		if (!f->reuse)
			for (i = 0; i < span; i++)
				if (owner[i] >= 0)
					match[owner[i]] = (int)(a + i);
		if (k > best_k) {
			best_k = k;
			memcpy(bestm, match, sizeof match);
		}
		if (f->window < 0)
			break;
	}
	r->level = best_k;
	r->reached = best_k == 64 ? ~0ULL : (1ULL << best_k) - 1;
	for (k = 0; k < best_k; k++) {
		uint32_t p = (uint32_t)bestm[k];
		r->t[k] = f->ev[p].t;
		r->pos[k] = p;
		if (p < r->lo)
			r->lo = p;
		if (p > r->hi)
			r->hi = p;
	}
}

/* ---- units, groups, output ---- */

static struct group *
group_of(jy_funnel *f, jy_span key)
{
	uint64_t h = jy_hash(key.p, key.n);
	size_t i;
	struct group *g;

	for (i = itab_start(&f->gtab, f->ngroups, h); f->gtab.v[i].i != 0;
	    i = ITAB_NEXT(&f->gtab, i)) {
		g = &f->groups[f->gtab.v[i].i - 1];
		if (f->gtab.v[i].h == h && g->keyn == key.n &&
		    memcmp(g->key, key.p, key.n) == 0)
			return g;
	}
	if (f->ngroups == f->groupcap) {
		f->groupcap = f->groupcap ? 2 * f->groupcap : 8;
		f->groups = jy_xrealloc(f->groups, f->groupcap *
		    sizeof *f->groups);
	}
	f->gtab.v[i] = (struct islot){ h, ++f->ngroups };
	g = &f->groups[f->ngroups - 1];
	memset(g, 0, sizeof *g);
	g->id = (uint32_t)(f->ngroups - 1);
	g->key = jy_xmalloc(key.n + 1);
	memcpy(g->key, key.p, key.n);
	g->key[key.n] = '\0';
	g->keyn = key.n;
	g->count = jy_xcalloc((size_t)f->nsteps, sizeof *g->count);
	g->dropped = jy_xcalloc((size_t)f->nsteps, sizeof *g->dropped);
	g->dur = jy_xcalloc((size_t)f->nsteps, sizeof *g->dur);
	return g;
}

static int
cmp_dv(const void *a, const void *b)
{
	int64_t x = ((const struct dv *)a)->v, y = ((const struct dv *)b)->v;
	return (x > y) - (x < y);
}

static void
dur_compact(struct durs *d)
{
	size_t i, j;

	if (d->n < 2)
		return;
	qsort(d->v, d->n, sizeof *d->v, cmp_dv);
	for (i = 1, j = 0; i < d->n; i++) {
		if (d->v[i].v == d->v[j].v)
			d->v[j].n += d->v[i].n;
		else
			d->v[++j] = d->v[i];
	}
	d->n = j + 1;
}

static void
dur_add(struct durs *d, int64_t v, uint64_t n)
{
	if (d->n == d->cap && d->cap >= 1024) {
		dur_compact(d);
		/* Mostly distinct: compacting again soon would not pay. */
		if (d->n > d->cap / 2) {
			d->cap *= 2;
			d->v = jy_xrealloc(d->v, d->cap * sizeof *d->v);
		}
	}
	if (d->n == d->cap) {
		d->cap = d->cap ? 2 * d->cap : 16;
		d->v = jy_xrealloc(d->v, d->cap * sizeof *d->v);
	}
	d->v[d->n].v = v;
	d->v[d->n++].n = n;
	d->total += n;
}

static const char *
why_stopped(jy_funnel *f, const struct result *r, char *buf, size_t len)
{
	char tm[24];
	int k = r->level, j;
	size_t i;

	if (r->stop == STOP_STRICT) {
		jy_format_time(f->ev[r->stop_pos].t, tm);
		snprintf(buf, len, "strict order broken at %s", tm);
		return buf;
	}
	if (r->stop == STOP_DEDUP) {
		for (j = 0; j < f->nsteps; j++)
			if (f->ev[r->stop_pos].mask >> j & 1)
				break;
		jy_format_time(f->ev[r->stop_pos].t, tm);
		snprintf(buf, len, "step %d repeated at %s", j + 1, tm);
		return buf;
	}
	if (k == f->nsteps)
		return "complete";
	if (f->open && r->reached != 0) {
		for (k = 0; k < f->nsteps && (r->reached >> k & 1); k++)
			;
		if (k == 0)
			return "entered after step 1";
	}
	int64_t last = k > 0 ? r->t[k - 1] : 0;
	int seen = 0, before = 0, outside = 0;
	for (i = 0; i < f->nev; i++) {
		if (!(f->ev[i].mask >> k & 1))
			continue;
		seen = 1;
		if (f->ev[i].t < last)
			before = 1;
		else
			outside = 1;
	}
	if (!seen)
		snprintf(buf, len, "step %d (%s) never seen", k + 1,
		    f->step[k].name);
	else if (outside && f->order != JY_ORDER_ANY)
		snprintf(buf, len, "step %d (%s) outside the window", k + 1,
		    f->step[k].name);
	else if (outside)
		snprintf(buf, len, "step %d (%s) outside the window or on an "
		    "event used already", k + 1, f->step[k].name);
	else if (before)
		snprintf(buf, len, "step %d (%s) only before step %d", k + 1,
		    f->step[k].name, k);
	return buf;
}

/* "Outside the window" also covers the other limits: say which. */
static const char *
refine(jy_funnel *f, const struct result *r, const char *why, char *buf,
    size_t len)
{
	int k = r->level;
	size_t i;

	if (strstr(why, "outside the window") == NULL || k == 0 ||
	    f->order == JY_ORDER_ANY)
		return why;
	int64_t first = r->t[0], last = r->t[k - 1];
	for (i = 0; i < f->nev; i++) {
		if (!(f->ev[i].mask >> k & 1) || f->ev[i].t < last)
			continue;
		int64_t t = f->ev[i].t;
		if (f->window >= 0 && t - first > f->window)
			return why;
		if (f->step_window >= 0 && t - last > f->step_window) {
			snprintf(buf, len, "step %d (%s) more than the step "
			    "window after step %d", k + 1, f->step[k].name, k);
			return buf;
		}
		if (f->strict_inc && t == last) {
			snprintf(buf, len, "step %d (%s) at the same time as "
			    "step %d", k + 1, f->step[k].name, k);
			return buf;
		}
		snprintf(buf, len, "step %d (%s) only on an event used for "
		    "an earlier step", k + 1, f->step[k].name);
		return buf;
	}
	return why;
}

static void
explain(jy_funnel *f, const jy_session *s, const char *vid,
    const struct result *r, int excluded, uint32_t expos)
{
	jy_out *o = f->explain;
	char tm[24], buf[256], buf2[256];
	const char *why;
	int k, any = 0;

	if (s != NULL) {
		jy_out_str(o, jy_session_id(s));
		jy_out_char(o, '\t');
		jy_out_tsv(o, jy_session_visitor(s),
		    strlen(jy_session_visitor(s)));
	} else
		jy_out_tsv(o, vid, strlen(vid));
	jy_out_char(o, '\t');
	jy_out_int(o, r->level);
	jy_out_char(o, '\t');
	for (k = 0; k < f->nsteps; k++) {
		if (!(r->reached >> k & 1))
			continue;
		if (any++)
			jy_out_char(o, ',');
		jy_out_int(o, k + 1);
		jy_out_char(o, '@');
		jy_format_time(r->t[k], tm);
		jy_out_str(o, tm);
	}
	jy_out_char(o, '\t');
	if (excluded) {
		jy_format_time(f->ev[expos].t, tm);
		snprintf(buf, sizeof buf, "excluded: %s at %s",
		    jy_pattern_text(f->excl[f->ev[expos].excl - 1]), tm);
		why = buf;
	} else {
		why = why_stopped(f, r, buf, sizeof buf);
		why = refine(f, r, why, buf2, sizeof buf2);
	}
	jy_out_tsv(o, why, strlen(why));
	jy_out_char(o, '\n');
}

static void
credit_add(jy_funnel *f, int ch, uint64_t k, uint64_t n)
{
	size_t i;

	/* Few (channel, k) pairs: channels times the sessions it takes. */
	for (i = 0; i < f->ncr; i++)
		if (f->cr[i].ch == ch && f->cr[i].k == k) {
			f->cr[i].n += n;
			return;
		}
	if (f->ncr == f->crcap) {
		f->crcap = f->crcap ? 2 * f->crcap : 32;
		f->cr = jy_xrealloc(f->cr, f->crcap * sizeof *f->cr);
	}
	f->cr[f->ncr++] = (struct credit){ ch, k, n };
}

/*
 * A visitor converted at t: the sessions that started at or before t
 * (in start order) share the credit by the model.  Direct (and unknown,
 * where the log has no referrer) sessions are passed over by
 * last-non-direct unless there is no other.
 */
static void
credit(jy_funnel *f, const struct vunit *u, int64_t t)
{
	size_t m = 0, i;

	while (m < u->ns && u->ss[m].t <= t)
		m++;
	if (m == 0)
		m = 1;		/* the conversion is in a session: never */
	if (u->ns == 0)
		return;
	switch (f->attr) {
	case AT_FIRST:
		credit_add(f, u->ss[0].ch, 1, 1);
		break;
	case AT_LAST:
		credit_add(f, u->ss[m - 1].ch, 1, 1);
		break;
	case AT_LASTND:
		for (i = m; i-- > 0; )
			if (u->ss[i].ch != JY_CH_DIRECT &&
			    u->ss[i].ch != JY_CH_UNKNOWN)
				break;
		credit_add(f, u->ss[i < m ? i : m - 1].ch, 1, 1);
		break;
	default:
		for (i = 0; i < m; i++)
			credit_add(f, u->ss[i].ch, m, 1);
		break;
	}
}

/* Evaluate the unit in f->ev and count it in the group of key. */
static void
unit(jy_funnel *f, jy_span key, const jy_session *s, const char *vid)
{
	struct result r;
	struct group *g;
	uint32_t i, expos = 0;
	int k, excluded = 0;

	memset(&r, 0, sizeof r);
	f->units++;
	if (f->order == JY_ORDER_ANY)
		eval_any(f, &r);
	else
		eval_ordered(f, &r);
	g = f->bycol >= 0 || f->ngroups == 0 ? group_of(f, key) :
	    &f->groups[0];
	g->units++;
	f->lastmask = 0;
	if (r.reached == 0)
		return;
	/* PostHog's rule: an excluded page between the first and the last
	 * step reached takes the unit out of the funnel. */
	for (i = r.lo + 1; f->nexcl > 0 && i < r.hi && !excluded; i++)
		if (f->ev[i].excl) {
			excluded = 1;
			expos = i;
		}
	if (f->explain != NULL)
		explain(f, s, vid, &r, excluded, expos);
	if (excluded) {
		g->excluded++;
		f->excluded++;
		return;
	}
	g->entered++;
	f->entered++;
	f->lastmask = r.reached;
	if (f->attr != AT_NONE && f->curvu != NULL &&
	    (r.reached >> (f->nsteps - 1) & 1))
		credit(f, f->curvu, r.t[f->nsteps - 1]);
	for (k = 0; k < f->nsteps; k++) {
		if (!(r.reached >> k & 1))
			continue;
		g->count[k]++;
		if (k + 1 < f->nsteps && !(r.reached >> (k + 1) & 1)) {
			g->dropped[k]++;
			if (f->dropoff) {
				const struct ev *e = &f->ev[r.pos[k]];
				drop_count(f, g->id, k, DK_NEXT, e->next, 1);
				drop_count(f, g->id, k, DK_EXIT, e->exit, 1);
			}
		}
		if (r.dur[k] >= 0 && f->order != JY_ORDER_ANY)
			dur_add(&g->dur[k], r.dur[k], 1);
	}
}

static void
ev_reserve(struct ev **v, size_t *cap, size_t n)
{
	if (n > *cap) {
		*cap = *cap * 2 > n ? *cap * 2 : n + 16;
		*v = jy_xrealloc(*v, *cap * sizeof **v);
	}
}

/* ---- jdropoff: pages interned, drop counts ---- */

static uint32_t
page_id(jy_funnel *f, jy_span v)
{
	uint64_t h = jy_hash(v.p, v.n);
	size_t i;

	for (i = itab_start(&f->ptab, f->npages, h); f->ptab.v[i].i != 0;
	    i = ITAB_NEXT(&f->ptab, i)) {
		size_t id = f->ptab.v[i].i - 1;
		if (f->ptab.v[i].h == h && f->plen[id] == v.n &&
		    memcmp(f->pages.p + f->poff[id], v.p, v.n) == 0)
			return (uint32_t)id;
	}
	if (f->npages == f->pcap) {
		f->pcap = f->pcap ? 2 * f->pcap : 1024;
		f->poff = jy_xrealloc(f->poff, f->pcap * sizeof *f->poff);
		f->plen = jy_xrealloc(f->plen, f->pcap * sizeof *f->plen);
	}
	f->poff[f->npages] = (uint32_t)f->pages.n;
	f->plen[f->npages] = (uint32_t)v.n;
	jy_buf_add(&f->pages, v.p, v.n);
	f->ptab.v[i] = (struct islot){ h, f->npages + 1 };
	return (uint32_t)f->npages++;
}

static void
drop_count(jy_funnel *f, uint32_t group, int step, int kind, uint32_t page,
    uint64_t n)
{
	uint32_t key[4] = { group, (uint32_t)step, (uint32_t)kind, page };
	uint64_t h = jy_hash(key, sizeof key);
	size_t i;

	for (i = itab_start(&f->dtab, f->ndc, h); f->dtab.v[i].i != 0;
	    i = ITAB_NEXT(&f->dtab, i)) {
		struct dcount *d = &f->dc[f->dtab.v[i].i - 1];
		if (d->group == group && d->step == (uint32_t)step &&
		    d->kind == (uint32_t)kind && d->page == page) {
			d->n += n;
			return;
		}
	}
	if (f->ndc == f->dccap) {
		f->dccap = f->dccap ? 2 * f->dccap : 256;
		f->dc = jy_xrealloc(f->dc, f->dccap * sizeof *f->dc);
	}
	f->dc[f->ndc] = (struct dcount){ group, (uint32_t)step,
	    (uint32_t)kind, page, n };
	f->dtab.v[i] = (struct islot){ h, ++f->ndc };
}

/* Per visitor the events wait in the visitors' spill: with them the
 * page itself, not its id, so that the page table can be emptied. */
static void
add_page(struct jy_buf *b, int any, const jy_session *s, size_t i)
{
	jy_span v = any ? jy_session_field(s, i, JY_F_PAGE) :
	    (jy_span){ "", 0 };
	uint32_t n = any ? (uint32_t)v.n : UINT32_MAX;	/* none: (exit) */

	jy_buf_add(b, &n, sizeof n);
	if (any)
		jy_buf_add(b, v.p, v.n);
}

static uint32_t
take_page(jy_funnel *f, jy_span data, size_t *off)
{
	uint32_t n;

	memcpy(&n, data.p + *off, sizeof n);
	*off += sizeof n;
	if (n == UINT32_MAX)
		return 0;
	*off += n;
	return page_id(f, (jy_span){ data.p + *off - n, n });
}

/* What the drop counts and their pages hold, slots included. */
static size_t
drop_held(const jy_funnel *f)
{
	return f->pages.n + f->npages * (2 * sizeof(uint32_t) +
	    2 * sizeof(struct islot)) + f->ndc * (sizeof(struct dcount) +
	    2 * sizeof(struct islot));
}

static void
put32(struct jy_buf *b, uint32_t v)
{
	unsigned char c[4] = { (unsigned char)(v >> 24),
	    (unsigned char)(v >> 16), (unsigned char)(v >> 8),
	    (unsigned char)v };

	jy_buf_add(b, c, sizeof c);
}

static uint32_t
get32(const char *p)
{
	const unsigned char *c = (const unsigned char *)p;

	return (uint32_t)c[0] << 24 | (uint32_t)c[1] << 16 |
	    (uint32_t)c[2] << 8 | c[3];
}

/* Add a count under key group, step, kind (big-endian: runs sort by
 * them, in that order), page. */
static int
drop_add(jy_funnel *f, struct jy_spill *sp, uint32_t group, uint32_t step,
    uint32_t kind, jy_span page, uint64_t n)
{
	f->dkey.n = 0;
	put32(&f->dkey, group);
	put32(&f->dkey, step);
	put32(&f->dkey, kind);
	jy_buf_add(&f->dkey, page.p, page.n);
	if (jy_spill_add(sp, f->dkey.p, f->dkey.n, &n, sizeof n) == 0)
		return 0;
	snprintf(f->err, sizeof f->err, "the next and exit pages: %s",
	    jy_spill_error(sp));
	return -1;
}

/* The table to the spill, and emptied: ids start again. */
static void
drop_spill(jy_funnel *f)
{
	jy_span exitp = { "(exit)", 6 };
	size_t i;

	if (f->dspill == NULL)
		f->dspill = jy_spill_new(f->budget / 4, f->tmpdir);
	for (i = 0; i < f->ndc && !f->err[0]; i++) {
		const struct dcount *d = &f->dc[i];
		drop_add(f, f->dspill, d->group, d->step, d->kind,
		    (jy_span){ f->pages.p + f->poff[d->page],
		    f->plen[d->page] }, d->n);
	}
	f->drop_runs++;
	f->drop_bytes += drop_held(f);
	f->ndc = 0;
	if (f->dtab.v != NULL)
		memset(f->dtab.v, 0, f->dtab.cap * sizeof *f->dtab.v);
	f->npages = 0;
	f->pages.n = 0;
	if (f->ptab.v != NULL)
		memset(f->ptab.v, 0, f->ptab.cap * sizeof *f->ptab.v);
	page_id(f, exitp);
}

/* Between units (no event holds a page id): within the budget. */
static void
drop_bound(jy_funnel *f)
{
	if (f->dropoff && f->budget > 0 && !f->err[0] &&
	    drop_held(f) > f->budget / 2)
		drop_spill(f);
}

void
jy_funnel_dropoff(jy_funnel *f, int top)
{
	jy_span exitp = { "(exit)", 6 };

	f->dropoff = 1;
	f->droptop = top;
	if (f->npages == 0)
		page_id(f, exitp);
}

static void
classify(jy_funnel *f, const jy_session *s, size_t i, struct ev *e)
{
	char buf[32];
	jy_span v = jy_session_value(s, i, f->col, buf);
	int k;

	e->t = jy_session_time(s, i);
	e->mask = 0;
	e->excl = 0;
	for (k = 0; k < f->nsteps; k++)
		if (jy_pattern_match(f->step[k].pat, v.p, v.n))
			e->mask |= 1ULL << k;
	for (k = 0; k < f->nexcl && e->excl == 0; k++)
		if (jy_pattern_match(f->excl[k], v.p, v.n))
			e->excl = (uint32_t)k + 1;
	e->next = e->exit = 0;
	if (f->dropoff && e->mask != 0 && f->per == JY_PER_SESSION) {
		/* Where a unit that stops here goes: the next page of this
		 * session, and the page the session ends on.  Per visitor,
		 * the pages go with the events (add_pages). */
		if (i + 1 < jy_session_len(s))
			e->next = page_id(f, jy_session_field(s, i + 1,
			    JY_F_PAGE));
		e->exit = f->exitid;
	}
}

/* The steps the unit of the last jy_funnel_session was counted at (bit
 * k: step k + 1), --per session: jreport counts them by its columns. */
uint64_t
jy_funnel_last_steps(const jy_funnel *f)
{
	return f->lastmask;
}

void
jy_funnel_budget(jy_funnel *f, size_t bytes, const char *tmpdir)
{
	f->budget = bytes;
	free(f->tmpdir);
	f->tmpdir = jy_xstrdup(tmpdir);
}

const char *
jy_funnel_error(const jy_funnel *f)
{
	return f->err[0] ? f->err : NULL;
}

int
jy_funnel_session(void *ctx, const jy_session *s)
{
	jy_funnel *f = ctx;
	size_t n = jy_session_len(s), i;
	char buf[32];
	jy_span key = { "", 0 };

	if (f->bycol >= 0 && n > 0)
		key = jy_session_value(s, 0, f->bycol, buf);
	if (f->per == JY_PER_SESSION) {
		if (f->dropoff && n > 0)
			f->exitid = page_id(f, jy_session_field(s, n - 1,
			    JY_F_PAGE));
		ev_reserve(&f->ev, &f->evcap, n);
		for (i = 0; i < n; i++)
			classify(f, s, i, &f->ev[i]);
		f->nev = n;
		unit(f, key, s, NULL);
		drop_bound(f);
		return f->explain != NULL && jy_out_failed(f->explain) ? -1 : 0;
	}
	/* A visitor's sessions come one after another in time; keep what
	 * a funnel can use of them until the end.  Every session is kept,
	 * even with no such event: its visitor is a unit; with its start
	 * and channel, for --attribution. */
	if (f->err[0])
		return 0;	/* said at the end */
	if (f->spill == NULL)
		f->spill = jy_spill_new(f->budget ? f->budget : (size_t)512 <<
		    20, f->tmpdir);
	uint32_t kn = (uint32_t)key.n;
	struct vsess vs = { n > 0 ? jy_session_time(s, 0) : 0,
	    jy_session_channel(s) };
	struct ev prev = { 0 };
	int anyprev = 0;
	f->rec.n = 0;
	jy_buf_add(&f->rec, &kn, sizeof kn);
	jy_buf_add(&f->rec, key.p, key.n);
	jy_buf_add(&f->rec, &vs, sizeof vs);
	if (f->dropoff)
		add_page(&f->rec, n > 0, s, n - 1);
	for (i = 0; i < n; i++) {
		struct ev e;
		classify(f, s, i, &e);
		if (e.mask == 0 && e.excl == 0) {
			/* Only strict order needs the others, and then one
			 * per second does. */
			if (!f->strict_order || (anyprev && prev.mask == 0 &&
			    prev.excl == 0 && prev.t == e.t))
				continue;
		}
		jy_buf_add(&f->rec, &e, sizeof e);
		if (f->dropoff && e.mask != 0)
			add_page(&f->rec, i + 1 < n, s, i + 1);
		prev = e;
		anyprev = 1;
	}
	const char *vid = jy_session_visitor(s);
	if (jy_spill_add(f->spill, vid, strlen(vid), f->rec.p, f->rec.n) != 0)
		snprintf(f->err, sizeof f->err, "--per visitor: %s",
		    jy_spill_error(f->spill));
	return 0;
}

static int
cmp_ev_time(const void *a, const void *b)
{
	const struct ev *x = a, *y = b;
	return (x->t > y->t) - (x->t < y->t);
}

/* One visitor's records, gathered as the spill hands them back. */
struct vgather {
	jy_funnel	*f;
	struct jy_buf	 id, key;
	struct ev	*ev;
	size_t		 n, cap;
	struct vunit	 vu;		/* its sessions, for --attribution */
	int		 any;
};

static void
visitor_unit(struct vgather *g)
{
	jy_funnel *f = g->f;
	size_t j;

	/* Sessions of one visitor may touch at a split; keep input order
	 * for equal times (insertion sort is stable). */
	for (j = 1; j < g->n; j++)
		if (g->ev[j].t < g->ev[j - 1].t)
			break;
	if (j < g->n) {
		struct ev tmp;
		size_t a, b;
		for (a = 1; a < g->n; a++) {
			tmp = g->ev[a];
			for (b = a; b > 0 && cmp_ev_time(&g->ev[b - 1], &tmp) >
			    0; b--)
				g->ev[b] = g->ev[b - 1];
			g->ev[b] = tmp;
		}
	}
	/* Sessions in start order (an event stream's own come by id):
	 * insertion sort, stable, and mostly sorted already. */
	for (j = 1; j < g->vu.ns; j++) {
		struct vsess tmp = g->vu.ss[j];
		size_t b;
		for (b = j; b > 0 && g->vu.ss[b - 1].t > tmp.t; b--)
			g->vu.ss[b] = g->vu.ss[b - 1];
		g->vu.ss[b] = tmp;
	}
	struct ev *save = f->ev;
	size_t savecap = f->evcap;
	f->ev = g->ev;
	f->nev = g->n;
	f->curvu = &g->vu;
	unit(f, (jy_span){ g->key.n ? g->key.p : "", g->key.n }, NULL,
	    g->id.p);
	f->curvu = NULL;
	f->ev = save;
	f->evcap = savecap;
	drop_bound(f);
}

static int
gather(void *ctx, jy_span vid, jy_span data)
{
	struct vgather *g = ctx;
	uint32_t kn;
	size_t off;

	if (g->any && (g->id.n != vid.n + 1 || (vid.n > 0 &&
	    memcmp(g->id.p, vid.p, vid.n) != 0))) {
		visitor_unit(g);
		g->any = 0;
	}
	memcpy(&kn, data.p, sizeof kn);
	off = sizeof kn + kn;
	if (!g->any) {
		g->id.n = g->key.n = 0;
		jy_buf_add(&g->id, vid.p, vid.n);
		jy_buf_addc(&g->id, '\0');
		jy_buf_add(&g->key, data.p + sizeof kn, kn);
		g->n = 0;
		g->vu.ns = 0;
		g->any = 1;
	}
	if (g->f->attr != AT_NONE) {
		if (g->vu.ns == g->vu.scap) {
			g->vu.scap = g->vu.scap ? 2 * g->vu.scap : 4;
			g->vu.ss = jy_xrealloc(g->vu.ss, g->vu.scap *
			    sizeof *g->vu.ss);
		}
		memcpy(&g->vu.ss[g->vu.ns++], data.p + off, sizeof(struct vsess));
	}
	off += sizeof(struct vsess);
	uint32_t exitid = 0;
	if (g->f->dropoff)
		exitid = take_page(g->f, data, &off);
	while (off + sizeof(struct ev) <= data.n) {
		struct ev e, *p;
		memcpy(&e, data.p + off, sizeof e);
		off += sizeof e;
		if (g->f->dropoff && e.mask != 0) {
			e.next = take_page(g->f, data, &off);
			e.exit = exitid;
		}
		p = g->n > 0 ? &g->ev[g->n - 1] : NULL;
		/* The same rule as in a session, across its sessions. */
		if (e.mask == 0 && e.excl == 0 && p != NULL && p->mask == 0 &&
		    p->excl == 0 && p->t == e.t)
			continue;
		ev_reserve(&g->ev, &g->cap, g->n + 1);
		g->ev[g->n++] = e;
	}
	return 0;
}

void
jy_funnel_finish(jy_funnel *f)
{
	struct vgather g;

	if (f->spill == NULL || f->err[0])
		return;
	memset(&g, 0, sizeof g);
	g.f = f;
	if (jy_spill_finish(f->spill, gather, &g) != 0)
		snprintf(f->err, sizeof f->err, "--per visitor: %s",
		    jy_spill_error(f->spill));
	else if (g.any)
		visitor_unit(&g);
	jy_buf_free(&g.id);
	jy_buf_free(&g.key);
	free(g.ev);
	free(g.vu.ss);
	uint64_t recs;
	jy_spill_stats(f->spill, &recs, &f->spill_runs, &f->spill_bytes);
	jy_spill_free(f->spill);
	f->spill = NULL;
}

/* ---- report ---- */


/* Nearest rank: the smallest value with at least q of them at or below
 * (the durations compacted: sorted, one entry a second). */
static int64_t
rank(const struct durs *d, int pct)
{
	uint64_t r = (d->total * (uint64_t)pct + 99) / 100, seen = 0;
	size_t i;

	if (r == 0)
		r = 1;
	for (i = 0; i + 1 < d->n; i++)
		if ((seen += d->v[i].n) >= r)
			break;
	return d->v[i].v;
}

/* Time buckets: in time order, which is the group order (util.c). */
static int
cmp_group_key(const void *a, const void *b)
{
	const struct group *x = a, *y = b;
	jy_span xs = { x->key, x->keyn }, ys = { y->key, y->keyn };

	return jy_group_cmp(xs, ys);
}

static int
cmp_group(const void *a, const void *b)
{
	const struct group *x = a, *y = b;

	if (x->other != y->other)
		return x->other - y->other;
	if (x->count[0] != y->count[0])
		return x->count[0] > y->count[0] ? -1 : 1;
	if (x->units != y->units)
		return x->units > y->units ? -1 : 1;
	return cmp_group_key(a, b);
}

static void
merge_into(jy_funnel *f, struct group *to, struct group *g)
{
	size_t i;
	int k;

	to->units += g->units;
	to->entered += g->entered;
	to->excluded += g->excluded;
	for (k = 0; k < f->nsteps; k++) {
		to->count[k] += g->count[k];
		to->dropped[k] += g->dropped[k];
		for (i = 0; i < g->dur[k].n; i++)
			dur_add(&to->dur[k], g->dur[k].v[i].v,
			    g->dur[k].v[i].n);
	}
}

/* Top N groups by step-1 count, the rest folded into "(other)". */
static void
arrange(jy_funnel *f)
{
	size_t i;

	if (f->ngroups == 0) {
		jy_span none = { "", 0 };
		group_of(f, none);
	}
	if (f->gmap != NULL)
		return;		/* arranged already */
	f->gmap = jy_xcalloc(f->ngroups, sizeof *f->gmap);
	if (f->bycol < 0)
		return;
	int bytime = jy_column_is_time(f->bycol);
	qsort(f->groups, f->ngroups, sizeof *f->groups, bytime ?
	    cmp_group_key : cmp_group);
	for (i = 0; i < f->ngroups; i++)
		f->gmap[f->groups[i].id] = (int)i;
	/* A trend is all of its buckets: --top cuts other columns only. */
	if (!bytime && f->top > 0 && f->ngroups > (size_t)f->top + 1) {
		struct group *o = &f->groups[f->top];
		for (i = (size_t)f->top + 1; i < f->ngroups; i++) {
			f->gmap[f->groups[i].id] = f->top;
			merge_into(f, o, &f->groups[i]);
			free(f->groups[i].key);
			free(f->groups[i].count);
			free(f->groups[i].dropped);
			for (int k = 0; k < f->nsteps; k++)
				free(f->groups[i].dur[k].v);
			free(f->groups[i].dur);
		}
		free(o->key);
		o->key = jy_xstrdup("(other)");
		o->keyn = 7;
		o->other = 1;
		f->ngroups = (size_t)f->top + 1;
	}
	/* Sorted and folded, the groups are no longer where the index says. */
	free(f->gtab.v);
	f->gtab.v = NULL;
	f->gtab.cap = 0;
}

static void
out_rate(jy_out *o, uint64_t num, uint64_t den, int json)
{
	char b[32];

	if (den == 0) {
		jy_out_str(o, json ? "null" : "-");
		return;
	}
	snprintf(b, sizeof b, "%.4f", (double)num / (double)den);
	jy_out_str(o, b);
}

static void
write_tsv(jy_funnel *f, jy_out *o, int header, const char *byname)
{
	size_t gi;
	int k;

	if (header) {
		jy_out_char(o, '#');
		if (f->bycol >= 0) {
			jy_out_tsv(o, byname, strlen(byname));
			jy_out_char(o, '\t');
		}
		jy_out_str(o, "step\tname\tcount\trate\tstep_rate\tdropped\t"
		    "median_s\tp90_s\n");
	}
	for (gi = 0; gi < f->ngroups; gi++) {
		struct group *g = &f->groups[gi];
		for (k = 0; k < f->nsteps; k++) {
			if (f->bycol >= 0) {
				jy_out_tsv(o, g->key, g->keyn);
				jy_out_char(o, '\t');
			}
			jy_out_int(o, k + 1);
			jy_out_char(o, '\t');
			jy_out_tsv(o, f->step[k].name,
			    strlen(f->step[k].name));
			jy_out_char(o, '\t');
			jy_out_int(o, (int64_t)g->count[k]);
			jy_out_char(o, '\t');
			out_rate(o, g->count[k], g->count[0], 0);
			jy_out_char(o, '\t');
			if (k == 0)
				out_rate(o, g->count[0], g->count[0], 0);
			else
				out_rate(o, g->count[k], g->count[k - 1], 0);
			jy_out_char(o, '\t');
			jy_out_int(o, (int64_t)g->dropped[k]);
			jy_out_char(o, '\t');
			if (g->dur[k].n > 0) {
				jy_out_int(o, rank(&g->dur[k], 50));
				jy_out_char(o, '\t');
				jy_out_int(o, rank(&g->dur[k], 90));
			} else
				jy_out_str(o, "-\t-");
			jy_out_char(o, '\n');
		}
	}
}

static void
write_json(jy_funnel *f, jy_out *o, const char *byname)
{
	size_t gi;
	int k;

	for (gi = 0; gi < f->ngroups; gi++) {
		struct group *g = &f->groups[gi];
		for (k = 0; k < f->nsteps; k++) {
			jy_out_char(o, '{');
			if (f->bycol >= 0) {
				jy_out_char(o, '"');
				jy_out_json(o, byname, strlen(byname));
				jy_out_str(o, "\":\"");
				jy_out_json(o, g->key, g->keyn);
				jy_out_str(o, "\",");
			}
			jy_out_str(o, "\"step\":");
			jy_out_int(o, k + 1);
			jy_out_str(o, ",\"name\":\"");
			jy_out_json(o, f->step[k].name,
			    strlen(f->step[k].name));
			jy_out_char(o, '"');
			jy_out_str(o, ",\"count\":");
			jy_out_int(o, (int64_t)g->count[k]);
			jy_out_str(o, ",\"rate\":");
			out_rate(o, g->count[k], g->count[0], 1);
			jy_out_str(o, ",\"step_rate\":");
			out_rate(o, g->count[k], g->count[k ? k - 1 : 0], 1);
			jy_out_str(o, ",\"dropped\":");
			jy_out_int(o, (int64_t)g->dropped[k]);
			jy_out_str(o, ",\"median_s\":");
			if (g->dur[k].n > 0)
				jy_out_int(o, rank(&g->dur[k], 50));
			else
				jy_out_str(o, "null");
			jy_out_str(o, ",\"p90_s\":");
			if (g->dur[k].n > 0)
				jy_out_int(o, rank(&g->dur[k], 90));
			else
				jy_out_str(o, "null");
			jy_out_str(o, "}\n");
		}
	}
}

/* Display width of a name as the chart prints it (escaped as in TSV). */
static size_t
width(const char *s)
{
	return jy_tsv_width(s, strlen(s));
}

static const char *
units(const jy_funnel *f)
{
	return f->per == JY_PER_VISITOR ? "visitors" : "sessions";
}

static void
write_chart(jy_funnel *f, jy_out *o, int ascii, const char *byname)
{
	static const char *const eighth[] = {
		"", "\xe2\x96\x8f", "\xe2\x96\x8e", "\xe2\x96\x8d",
		"\xe2\x96\x8c", "\xe2\x96\x8b", "\xe2\x96\x8a", "\xe2\x96\x89"
	};
	size_t gi, nw = 4, cw = 5, dw = 0, w;
	int k, c, barw;
	char b[64];

	for (k = 0; k < f->nsteps; k++)
		if ((w = width(f->step[k].name)) > nw)
			nw = w;
	for (gi = 0; gi < f->ngroups; gi++)
		for (k = 0; k < f->nsteps; k++) {
			w = (size_t)snprintf(b, sizeof b, "%llu",
			    (unsigned long long)f->groups[gi].count[k]);
			if (w > cw)
				cw = w;
			w = (size_t)snprintf(b, sizeof b, "  -%llu",
			    (unsigned long long)f->groups[gi].dropped[k]);
			if (k + 1 < f->nsteps && w > dw)
				dw = w;
		}
	/* "NN name count bar  100.0%  -dropped" fits the terminal. */
	barw = jy_chart_cells(3 + nw + 1 + cw + 1 + 7 + dw, 40);
	if (f->ngroups > 0 && f->bycol < 0)
		snprintf(b, sizeof b, "of %llu entering step 1",
		    (unsigned long long)f->groups[0].count[0]);
	else
		snprintf(b, sizeof b, "of those entering step 1");
	jy_out_str(o, units(f));
	jy_out_str(o, " reaching each step (");
	jy_out_str(o, b);
	jy_out_str(o, "; -N: lost before the next step)\n");
	for (gi = 0; gi < f->ngroups; gi++) {
		struct group *g = &f->groups[gi];
		uint64_t max = 0;
		if (f->bycol >= 0) {
			if (gi > 0)
				jy_out_char(o, '\n');
			jy_out_tsv(o, byname, strlen(byname));
			jy_out_str(o, ": ");
			jy_out_tsv(o, g->key, g->keyn);
			jy_out_char(o, '\n');
		}
		for (k = 0; k < f->nsteps; k++)
			if (g->count[k] > max)
				max = g->count[k];
		for (k = 0; k < f->nsteps; k++) {
			snprintf(b, sizeof b, "%2d ", k + 1);
			jy_out_str(o, b);
			jy_out_tsv(o, f->step[k].name, strlen(f->step[k].name));
			for (w = width(f->step[k].name); w < nw + 1; w++)
				jy_out_char(o, ' ');
			snprintf(b, sizeof b, "%*llu ", (int)cw,
			    (unsigned long long)g->count[k]);
			jy_out_str(o, b);
			/* Bar length in eighths of a cell. */
			uint64_t e8 = max ? (g->count[k] * (uint64_t)barw * 8 +
			    max / 2) / max : 0;
			for (c = 0; c < (int)(e8 / 8); c++)
				jy_out_str(o, ascii ? "#" : "\xe2\x96\x88");
			if (!ascii && e8 % 8)
				jy_out_str(o, eighth[e8 % 8]), c++;
			for (; c < barw; c++)
				jy_out_char(o, ' ');
			if (g->count[0] > 0)
				snprintf(b, sizeof b, " %5.1f%%", 100.0 *
				    (double)g->count[k] / (double)g->count[0]);
			else
				snprintf(b, sizeof b, "      -");
			jy_out_str(o, b);
			if (k + 1 < f->nsteps && g->dropped[k] > 0) {
				snprintf(b, sizeof b, "  -%llu",
				    (unsigned long long)g->dropped[k]);
				jy_out_str(o, b);
			}
			jy_out_char(o, '\n');
		}
	}
}

/* A credit as text: a whole number, or a fraction to 4 decimals. */
static void
out_credit(jy_out *o, double v)
{
	char b[48];
	size_t n = (size_t)snprintf(b, sizeof b, "%.4f", v);

	while (n > 0 && b[n - 1] == '0')
		n--;
	if (n > 0 && b[n - 1] == '.')
		n--;
	jy_out_bytes(o, b, n);
}

struct chcredit {
	int		 ch;
	double		 v;
};

static int
cmp_chcredit(const void *a, const void *b)
{
	const struct chcredit *x = a, *y = b;

	if (x->v != y->v)
		return x->v > y->v ? -1 : 1;
	return (x->ch > y->ch) - (x->ch < y->ch);
}

/* --attribution: a line per channel with credit, most first. */
static void
write_attr(jy_funnel *f, jy_out *o, int json, int header)
{
	struct chcredit c[JY_CH_N];
	double total = 0;
	size_t i, n = 0;
	int ch;

	for (ch = 0; ch < JY_CH_N; ch++) {
		c[ch].ch = ch;
		c[ch].v = 0;
	}
	/* Sum each channel's 1/k parts in a fixed order (k, then count),
	 * so that the same credits give the same bits however they came. */
	for (ch = 0; ch < JY_CH_N; ch++)
		for (i = 0; i < f->ncr; i++)
			if (f->cr[i].ch == ch)
				c[ch].v += (double)f->cr[i].n / (double)f->cr[i].k;
	for (ch = 0; ch < JY_CH_N; ch++) {
		total += c[ch].v;
		if (c[ch].v > 0)
			c[n++] = c[ch];
	}
	qsort(c, n, sizeof *c, cmp_chcredit);
	if (header && !json)
		jy_out_str(o, "#channel\tconversions\tshare\n");
	for (i = 0; i < n; i++) {
		const char *name = jy_channel_name(c[i].ch);
		char b[32];
		snprintf(b, sizeof b, "%.4f", c[i].v / total);
		if (json) {
			jy_out_str(o, "{\"channel\":\"");
			jy_out_str(o, name);
			jy_out_str(o, "\",\"conversions\":");
			out_credit(o, c[i].v);
			jy_out_str(o, ",\"share\":");
			jy_out_str(o, b);
			jy_out_str(o, "}\n");
		} else {
			jy_out_str(o, name);
			jy_out_char(o, '\t');
			out_credit(o, c[i].v);
			jy_out_char(o, '\t');
			jy_out_str(o, b);
			jy_out_char(o, '\n');
		}
	}
}

int
jy_funnel_attribution(const jy_funnel *f)
{
	return f->attr != AT_NONE;
}

void
jy_funnel_write(jy_funnel *f, jy_out *o, int how, int header,
    const char *byname)
{
	size_t gi;
	int k;

	if (f->attr != AT_NONE) {
		/* Sorted so that a merge sums in the same order. */
		write_attr(f, o, how == JY_FUNNEL_JSON, header);
		return;
	}
	arrange(f);
	for (gi = 0; gi < f->ngroups; gi++)
		for (k = 0; k < f->nsteps; k++)
			dur_compact(&f->groups[gi].dur[k]);
	if (how == JY_FUNNEL_JSON)
		write_json(f, o, byname);
	else if (how == JY_FUNNEL_CHART || how == JY_FUNNEL_ASCII)
		write_chart(f, o, how == JY_FUNNEL_ASCII, byname);
	else
		write_tsv(f, o, header, byname);
}

void
jy_funnel_report(const jy_funnel *f, FILE *fp, const char *prog)
{
	fprintf(fp, "%s: %s %llu: entered %llu, excluded %llu\n", prog,
	    f->per == JY_PER_VISITOR ? "visitors" : "sessions",
	    (unsigned long long)f->units, (unsigned long long)f->entered,
	    (unsigned long long)f->excluded);
	if (f->spill_runs > 0)
		fprintf(fp, "%s: --per visitor: %zu sorted runs (%llu bytes) "
		    "of the visitors' events spilled past --memory\n", prog,
		    f->spill_runs, (unsigned long long)f->spill_bytes);
	if (f->drop_runs > 0)
		fprintf(fp, "%s: next and exit pages: the table (%llu bytes) "
		    "written out %zu times past a quarter of --memory\n", prog,
		    (unsigned long long)f->drop_bytes, f->drop_runs);
}

/* ---- jdropoff's funnel report ---- */

static const jy_funnel *sortf;	/* for the comparators below */

static int
cmp_dc_key(const void *a, const void *b)
{
	const struct dcount *x = a, *y = b;

	if (x->group != y->group)
		return x->group < y->group ? -1 : 1;
	if (x->step != y->step)
		return x->step < y->step ? -1 : 1;
	if (x->kind != y->kind)
		return x->kind < y->kind ? -1 : 1;
	return (x->page > y->page) - (x->page < y->page);
}

/* Within a step and kind: count descending, then page bytewise. */
static int
cmp_dc_rank(const void *a, const void *b)
{
	const struct dcount *x = a, *y = b;
	const jy_funnel *f = sortf;
	size_t n;
	int c;

	if (x->group != y->group || x->step != y->step || x->kind != y->kind)
		return cmp_dc_key(a, b);
	if (x->n != y->n)
		return x->n > y->n ? -1 : 1;
	n = f->plen[x->page] < f->plen[y->page] ? f->plen[x->page] :
	    f->plen[y->page];
	if ((c = memcmp(f->pages.p + f->poff[x->page], f->pages.p +
	    f->poff[y->page], n)) != 0)
		return c;
	return (f->plen[x->page] > f->plen[y->page]) -
	    (f->plen[x->page] < f->plen[y->page]);
}

/* The counts by output group (folded into "(other)" where --top says),
 * ranked. */
static void
drop_rank(jy_funnel *f)
{
	size_t i, n = 0;

	if (f->ndc == 0)
		return;		/* and qsort must not see a NULL array */
	for (i = 0; i < f->ndc; i++)
		f->dc[i].group = (uint32_t)f->gmap[f->dc[i].group];
	qsort(f->dc, f->ndc, sizeof *f->dc, cmp_dc_key);
	for (i = 0; i < f->ndc; i++) {
		if (n > 0 && cmp_dc_key(&f->dc[n - 1], &f->dc[i]) == 0)
			f->dc[n - 1].n += f->dc[i].n;
		else
			f->dc[n++] = f->dc[i];
	}
	f->ndc = n;
	sortf = f;
	qsort(f->dc, f->ndc, sizeof *f->dc, cmp_dc_rank);
}

/*
 * Summing the runs back.  A key's counts come together: summed, they go
 * to the table (a partial: every row) or, for the report, to a second
 * spill under the output group, since --top folds groups into "(other)";
 * of each output group, step and kind only the -n best by the report's
 * rank are kept (at most twice that many while summing), so the table
 * ends as if it had never been written out.
 */
struct dsum {
	jy_funnel	*f;
	struct jy_spill	*next;		/* NULL: into the table */
	struct jy_buf	 block;		/* group, step, kind of the best */
	struct jy_buf	 pages;		/* the best of the current block */
	struct dbest {
		uint64_t	 n;
		size_t		 off, len;
	}		*best;
	size_t		 nbest, cap;
};

static const struct jy_buf *bestbuf;	/* the pages cmp_dbest sees */

/* The report's rank (cmp_dc_rank): count descending, page bytewise. */
static int
cmp_dbest(const void *a, const void *b)
{
	const struct dbest *x = a, *y = b;
	const char *base = bestbuf->p;
	size_t n = x->len < y->len ? x->len : y->len;
	int c;

	if (x->n != y->n)
		return x->n > y->n ? -1 : 1;
	if ((c = memcmp(base + x->off, base + y->off, n)) != 0)
		return c;
	return (x->len > y->len) - (x->len < y->len);
}

/* Keep the -n best of the block (all with -n 0). */
static void
best_prune(struct dsum *d, size_t keep)
{
	struct jy_buf nb = { NULL, 0, 0 };
	size_t i;

	if (keep == 0 || d->nbest <= keep)
		return;
	bestbuf = &d->pages;
	qsort(d->best, d->nbest, sizeof *d->best, cmp_dbest);
	d->nbest = keep;
	for (i = 0; i < keep; i++) {
		size_t off = nb.n;
		jy_buf_add(&nb, d->pages.p + d->best[i].off, d->best[i].len);
		d->best[i].off = off;
	}
	jy_buf_free(&d->pages);
	d->pages = nb;
}

/* The block of output group, step and kind in d->block is done. */
static void
best_flush(struct dsum *d)
{
	jy_funnel *f = d->f;
	const char *k = d->block.p;
	size_t i;

	best_prune(d, (size_t)f->droptop);
	for (i = 0; i < d->nbest; i++)
		drop_count(f, (uint32_t)f->groups[get32(k)].id,
		    (int)get32(k + 4), (int)get32(k + 8),
		    page_id(f, (jy_span){ d->pages.p + d->best[i].off,
		    d->best[i].len }), d->best[i].n);
	d->nbest = 0;
	d->pages.n = 0;
}

/* A key's sum: to the table, to the second spill, or to the best. */
static int
sum_done(void *ctx, jy_span key, uint64_t n)
{
	struct dsum *d = ctx;
	jy_funnel *f = d->f;
	const char *k = key.p;
	jy_span page = { k + 12, key.n - 12 };

	if (d->next != NULL)
		return drop_add(f, d->next, (uint32_t)f->gmap[get32(k)],
		    get32(k + 4), get32(k + 8), page, n);
	if (d->best == NULL) {
		drop_count(f, get32(k), (int)get32(k + 4), (int)get32(k + 8),
		    page_id(f, page), n);
		return 0;
	}
	/* A new group, step or kind: the block before is done. */
	if (d->block.n == 12 && memcmp(d->block.p, k, 12) != 0)
		best_flush(d);
	d->block.n = 0;
	jy_buf_add(&d->block, k, 12);
	if (d->nbest == d->cap) {
		d->cap = d->cap ? 2 * d->cap : 16;
		d->best = jy_xrealloc(d->best, d->cap * sizeof *d->best);
	}
	d->best[d->nbest++] = (struct dbest){ n, d->pages.n, page.n };
	jy_buf_add(&d->pages, page.p, page.n);
	if (f->droptop > 0 && d->nbest >= 2 * (size_t)f->droptop)
		best_prune(d, (size_t)f->droptop);
	return 0;
}

static void
sum_spill(jy_funnel *f, struct jy_spill *sp, struct dsum *d)
{
	if (!f->err[0] && jy_spill_sums(sp, sum_done, d) != 0 && !f->err[0])
		snprintf(f->err, sizeof f->err, "the next and exit pages: %s",
		    jy_spill_error(sp));
	if (d->best != NULL && !f->err[0])
		best_flush(d);
	jy_spill_free(sp);
}

/* The table again whole from its runs: for the report (after arrange,
 * the output groups known) or for a partial. */
static void
drop_settle(jy_funnel *f, int report)
{
	struct dsum d;
	struct jy_spill *sp = f->dspill;

	if (sp == NULL)
		return;
	drop_spill(f);
	f->dspill = NULL;
	f->drop_runs--;		/* that last one was the settling */
	memset(&d, 0, sizeof d);
	d.f = f;
	if (report)
		d.next = jy_spill_new(f->budget / 4, f->tmpdir);
	sum_spill(f, sp, &d);
	if (report) {
		sp = d.next;
		d.next = NULL;
		d.cap = 16;
		d.best = jy_xcalloc(d.cap, sizeof *d.best);
		sum_spill(f, sp, &d);
	}
	jy_buf_free(&d.block);
	jy_buf_free(&d.pages);
	free(d.best);
}

static void
drop_row(jy_funnel *f, jy_out *o, int json, const char *byname,
    const struct group *g, int k, const char *kind, jy_span value,
    uint64_t count, uint64_t den)
{
	const char *name = f->step[k].name;

	if (json) {
		jy_out_char(o, '{');
		if (f->bycol >= 0) {
			jy_out_char(o, '"');
			jy_out_json(o, byname, strlen(byname));
			jy_out_str(o, "\":\"");
			jy_out_json(o, g->key, g->keyn);
			jy_out_str(o, "\",");
		}
		jy_out_str(o, "\"step\":");
		jy_out_int(o, k + 1);
		jy_out_str(o, ",\"name\":\"");
		jy_out_json(o, name, strlen(name));
		jy_out_str(o, "\",\"kind\":\"");
		jy_out_str(o, kind);
		jy_out_str(o, "\",\"value\":");
		if (value.p == NULL)
			jy_out_str(o, "null");
		else {
			jy_out_char(o, '"');
			jy_out_json(o, value.p, value.n);
			jy_out_char(o, '"');
		}
		jy_out_str(o, ",\"count\":");
		jy_out_int(o, (int64_t)count);
		jy_out_str(o, ",\"share\":");
		out_rate(o, count, den, 1);
		jy_out_str(o, "}\n");
		return;
	}
	if (f->bycol >= 0) {
		jy_out_tsv(o, g->key, g->keyn);
		jy_out_char(o, '\t');
	}
	jy_out_int(o, k + 1);
	jy_out_char(o, '\t');
	jy_out_tsv(o, name, strlen(name));
	jy_out_char(o, '\t');
	jy_out_str(o, kind);
	jy_out_char(o, '\t');
	if (value.p == NULL)
		jy_out_char(o, '-');
	else
		jy_out_tsv(o, value.p, value.n);
	jy_out_char(o, '\t');
	jy_out_int(o, (int64_t)count);
	jy_out_char(o, '\t');
	out_rate(o, count, den, 0);
	jy_out_char(o, '\n');
}

static void
drop_chart(jy_funnel *f, jy_out *o, int ascii, const char *byname,
    const struct group *g, size_t gi, size_t *di)
{
	uint64_t max = 0;
	size_t nw = 4, tw = 0, w;
	int k, c, kind, barw;
	char b[96];

	for (k = 0; k < f->nsteps; k++) {
		if (g->count[k] > max)
			max = g->count[k];
		if ((w = width(f->step[k].name)) > nw)
			nw = w;
		w = (size_t)snprintf(b, sizeof b, " %llu reached, %llu dropped "
		    "(100.0%%)", (unsigned long long)g->count[k],
		    (unsigned long long)g->dropped[k]);
		if (w > tw)
			tw = w;
	}
	barw = jy_chart_cells(3 + nw + 1 + tw, 30);
	if (gi == 0) {
		jy_out_str(o, units(f));
		jy_out_str(o, " reaching each step (bar: of the most at a "
		    "step) and lost before the next;\nthen: the page the lost "
		    "went to next, (exit) if none; left: the page they left "
		    "from\n");
	}
	if (f->bycol >= 0) {
		if (gi > 0)
			jy_out_char(o, '\n');
		jy_out_tsv(o, byname, strlen(byname));
		jy_out_str(o, ": ");
		jy_out_tsv(o, g->key, g->keyn);
		jy_out_char(o, '\n');
	}
	for (k = 0; k < f->nsteps; k++) {
		snprintf(b, sizeof b, "%2d ", k + 1);
		jy_out_str(o, b);
		jy_out_tsv(o, f->step[k].name, strlen(f->step[k].name));
		for (w = width(f->step[k].name); w < nw + 1; w++)
			jy_out_char(o, ' ');
		int cells = max ? (int)((g->count[k] * (uint64_t)barw + max / 2) /
		    max) : 0;
		for (c = 0; c < cells; c++)
			jy_out_str(o, ascii ? "#" : "\xe2\x96\x88");
		for (; c < barw; c++)
			jy_out_char(o, ' ');
		snprintf(b, sizeof b, " %llu reached",
		    (unsigned long long)g->count[k]);
		jy_out_str(o, b);
		if (k + 1 < f->nsteps) {
			if (g->count[k] > 0)
				snprintf(b, sizeof b, ", %llu dropped (%.1f%%)",
				    (unsigned long long)g->dropped[k], 100.0 *
				    (double)g->dropped[k] / (double)g->count[k]);
			else
				snprintf(b, sizeof b, ", 0 dropped");
			jy_out_str(o, b);
		}
		jy_out_char(o, '\n');
		for (kind = DK_NEXT; kind <= DK_EXIT; kind++) {
			int shown = 0;
			while (*di < f->ndc && f->dc[*di].group == gi &&
			    f->dc[*di].step == (uint32_t)k &&
			    f->dc[*di].kind == (uint32_t)kind) {
				const struct dcount *d = &f->dc[(*di)++];
				if (f->droptop > 0 && shown >= f->droptop)
					continue;
				jy_out_str(o, shown++ ? ", " : kind == DK_NEXT ?
				    "     then: " : "     left: ");
				jy_out_tsv(o, f->pages.p + f->poff[d->page],
				    f->plen[d->page]);
				snprintf(b, sizeof b, " %llu",
				    (unsigned long long)d->n);
				jy_out_str(o, b);
			}
			if (shown)
				jy_out_char(o, '\n');
		}
	}
}

void
jy_funnel_write_dropoff(jy_funnel *f, jy_out *o, int how, int header,
    const char *byname)
{
	size_t gi, di = 0;
	int k, kind;

	arrange(f);
	drop_settle(f, 1);
	drop_rank(f);
	if (how == JY_FUNNEL_TSV && header) {
		jy_out_char(o, '#');
		if (f->bycol >= 0) {
			jy_out_tsv(o, byname, strlen(byname));
			jy_out_char(o, '\t');
		}
		jy_out_str(o, "step\tname\tkind\tvalue\tcount\tshare\n");
	}
	for (gi = 0; gi < f->ngroups; gi++) {
		const struct group *g = &f->groups[gi];
		jy_span none = { NULL, 0 };
		if (how == JY_FUNNEL_CHART || how == JY_FUNNEL_ASCII) {
			drop_chart(f, o, how == JY_FUNNEL_ASCII, byname, g, gi,
			    &di);
			continue;
		}
		for (k = 0; k < f->nsteps; k++) {
			int json = how == JY_FUNNEL_JSON;
			drop_row(f, o, json, byname, g, k, "reached", none,
			    g->count[k], g->count[0]);
			if (k + 1 == f->nsteps)
				continue;
			drop_row(f, o, json, byname, g, k, "continued", none,
			    g->count[k] - g->dropped[k], g->count[k]);
			drop_row(f, o, json, byname, g, k, "dropped", none,
			    g->dropped[k], g->count[k]);
			for (kind = DK_NEXT; kind <= DK_EXIT; kind++) {
				int shown = 0;
				while (di < f->ndc && f->dc[di].group == gi &&
				    f->dc[di].step == (uint32_t)k &&
				    f->dc[di].kind == (uint32_t)kind) {
					const struct dcount *d = &f->dc[di++];
					jy_span v = { f->pages.p +
					    f->poff[d->page], f->plen[d->page] };
					if (f->droptop > 0 && shown >= f->droptop)
						continue;
					shown++;
					drop_row(f, o, json, byname, g, k,
					    kind == DK_NEXT ? "next" : "exit", v,
					    d->n, g->dropped[k]);
				}
			}
		}
	}
}

/* ---- partial states (--partial, --merge) ---- */

static const char *const dkname[] = { "next", "exit" };

static void
pw_line(jy_out *o, const struct group *g, const char *what, int step)
{
	jy_pw_key(o, g->key, g->keyn);
	jy_out_char(o, '\t');
	jy_out_str(o, what);
	if (step > 0) {
		jy_out_char(o, '\t');
		jy_out_int(o, step);
	}
}

/*
 * Every count in full, by group: units, entered, excluded; per step the
 * count, the dropped and the times to convert (a histogram over whole
 * seconds, so that the median and p90 of the merge are exact); with
 * jdropoff, per step where the dropped units went next and left.
 */
void
jy_funnel_partial(jy_funnel *f, jy_out *o)
{
	size_t gi, i;
	int k;

	drop_settle(f, 0);
	for (gi = 0; gi < f->ngroups; gi++) {
		struct group *g = &f->groups[gi];
		const uint64_t *c[] = { &g->units, &g->entered, &g->excluded };
		static const char *const cn[] = { "units", "entered",
		    "excluded" };
		for (k = 0; k < 3; k++)
			if (k == 0 || *c[k] > 0) {
				pw_line(o, g, cn[k], 0);
				jy_pw_count(o, *c[k]);
			}
		for (k = 0; k < f->nsteps; k++) {
			if (g->count[k] > 0) {
				pw_line(o, g, "count", k + 1);
				jy_pw_count(o, g->count[k]);
			}
			if (g->dropped[k] > 0) {
				pw_line(o, g, "dropped", k + 1);
				jy_pw_count(o, g->dropped[k]);
			}
			dur_compact(&g->dur[k]);
			for (i = 0; i < g->dur[k].n; i++) {
				pw_line(o, g, "time", k + 1);
				jy_out_char(o, '\t');
				jy_out_int(o, g->dur[k].v[i].v);
				jy_pw_count(o, g->dur[k].v[i].n);
			}
		}
	}
	for (i = 0; i < f->ncr; i++) {
		const char *name = jy_channel_name(f->cr[i].ch);
		jy_pw_key(o, "", 0);
		jy_out_str(o, "\tcredit\t");
		jy_out_str(o, name);
		jy_out_char(o, '\t');
		jy_out_int(o, (int64_t)f->cr[i].k);
		jy_pw_count(o, f->cr[i].n);
	}
	for (i = 0; i < f->ndc; i++) {
		const struct dcount *d = &f->dc[i];
		pw_line(o, &f->groups[d->group], dkname[d->kind],
		    (int)d->step + 1);
		jy_out_char(o, '\t');
		jy_out_tsv(o, f->pages.p + f->poff[d->page], f->plen[d->page]);
		jy_pw_count(o, d->n);
	}
}

/* One line of a partial, added to the counts. */
int
jy_funnel_merge_line(void *ctx, const jy_span *v, size_t nf, char *err,
    size_t errlen)
{
	jy_funnel *f = ctx;
	struct group *g;
	uint64_t n, step = 0, sec;
	int kind;

	if (nf < 3 || jy_pr_count(v[nf - 1], &n) != 0)
		return -1;
	if (nf == 5 && f->attr != AT_NONE && jy_span_eq(v[1], "credit")) {
		int ch;
		for (ch = 0; ch < JY_CH_N; ch++)
			if (jy_span_eq(v[2], jy_channel_name(ch)))
				break;
		if (ch == JY_CH_N || jy_pr_count(v[3], &step) != 0 ||
		    step == 0) {
			jy_errf(err, errlen, "a credit line with no channel "
			    "or share");
			return -1;
		}
		credit_add(f, ch, step, n);
		return 0;
	}
	if (nf > 3 && (jy_pr_count(v[2], &step) != 0 || step < 1 ||
	    step > (uint64_t)f->nsteps)) {
		jy_errf(err, errlen, "no step %.*s in a %d-step funnel",
		    (int)(v[2].n < 20 ? v[2].n : 20), v[2].p, f->nsteps);
		return -1;
	}
	g = group_of(f, v[0]);
	if (nf == 3 && jy_span_eq(v[1], "units")) {
		g->units += n;
		f->units += n;
	} else if (nf == 3 && jy_span_eq(v[1], "entered")) {
		g->entered += n;
		f->entered += n;
	} else if (nf == 3 && jy_span_eq(v[1], "excluded")) {
		g->excluded += n;
		f->excluded += n;
	} else if (nf == 4 && jy_span_eq(v[1], "count"))
		g->count[step - 1] += n;
	else if (nf == 4 && jy_span_eq(v[1], "dropped"))
		g->dropped[step - 1] += n;
	else if (nf == 5 && jy_span_eq(v[1], "time")) {
		if (jy_pr_count(v[3], &sec) != 0 || sec > INT64_MAX)
			return -1;
		dur_add(&g->dur[step - 1], (int64_t)sec, n);
	} else if (nf == 5 && f->dropoff && (jy_span_eq(v[1], "next") ||
	    jy_span_eq(v[1], "exit"))) {
		kind = v[1].p[0] == 'n' ? DK_NEXT : DK_EXIT;
		drop_count(f, g->id, (int)step - 1, kind, page_id(f, v[3]), n);
		drop_bound(f);
	} else {
		jy_errf(err, errlen, "a line of %zu fields that is no part of "
		    "a %s partial", nf, f->dropoff ? "jdropoff" : "jfunnel");
		return -1;
	}
	return 0;
}
