/*
 * spill.c - records grouped by a key in bounded memory, as sort(1) does
 * (and order.c for pageviews): records are copied into an arena; when
 * it reaches the budget it is sorted by key and written out as a run to
 * an unlinked temporary file; at the end the runs and the arena are
 * merged, so every key's records come together, in the order they were
 * added.  The result does not depend on the budget: spilling changes
 * where the records wait, not the order they come back in.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"

/* A record as stored: this header, then the key, then the data. */
struct shdr {
	uint64_t	 seq;
	uint32_t	 keyn, n;
};

#define FANIN	64	/* runs open at once at most */

struct src {
	FILE		*f;		/* NULL: the arena */
	struct jy_buf	 rec;		/* the current record */
	size_t		 next;		/* the arena's next entry */
	int		 done;
};

struct jy_spill {
	size_t		 budget;
	char		*tmpdir;
	struct jy_buf	 arena;
	size_t		*ent;		/* offsets into the arena */
	size_t		 n, cap;
	FILE		*runs[FANIN];
	size_t		 nruns;
	uint64_t	 seq, records, spilled, nspills;
	char		 err[512];
};

struct jy_spill *
jy_spill_new(size_t budget, const char *tmpdir)
{
	struct jy_spill *s = jy_xcalloc(1, sizeof *s);

	/* Below that, runs of a few records each. */
	s->budget = budget < ((size_t)32 << 10) ? (size_t)32 << 10 : budget;
	s->tmpdir = jy_xstrdup(tmpdir != NULL ? tmpdir : "/tmp");
	return s;
}

const char *
jy_spill_error(const struct jy_spill *s)
{
	return s->err[0] ? s->err : NULL;
}

void
jy_spill_stats(const struct jy_spill *s, uint64_t *records, size_t *runs,
    uint64_t *bytes)
{
	*records = s->records;
	*runs = (size_t)s->nspills;
	*bytes = s->spilled;
}

static int
rec_cmp(const char *a, const char *b)
{
	struct shdr x, y;
	int c;

	memcpy(&x, a, sizeof x);
	memcpy(&y, b, sizeof y);
	c = memcmp(a + sizeof x, b + sizeof y, x.keyn < y.keyn ? x.keyn :
	    y.keyn);
	if (c != 0)
		return c;
	if (x.keyn != y.keyn)
		return x.keyn < y.keyn ? -1 : 1;
	return (x.seq > y.seq) - (x.seq < y.seq);
}

static const char *sort_base;

static int
ent_cmp(const void *a, const void *b)
{
	return rec_cmp(sort_base + *(const size_t *)a,
	    sort_base + *(const size_t *)b);
}

static void
sort_arena(struct jy_spill *s)
{
	/* Single-threaded: the base pointer is the comparison's context. */
	sort_base = s->arena.p;
	if (s->n > 1)
		qsort(s->ent, s->n, sizeof *s->ent, ent_cmp);
}

static size_t
rec_size(const char *q)
{
	struct shdr h;

	memcpy(&h, q, sizeof h);
	return sizeof h + h.keyn + h.n;
}

/* A buffer of 4 KiB: up to FANIN runs are open at once, each with its
 * buffer, and a run is written in one pass from its start, in whole
 * blocks. */
static FILE *
tmpfile_in(struct jy_spill *s)
{
	return jy_tmpfile(s->tmpdir, "jyvisit", 1 << 12, s->err,
	    sizeof s->err);
}

/* The source's next record into src->rec; 0 at its end, -1 on error. */
static int
src_next(struct jy_spill *s, struct src *r)
{
	struct shdr h;

	if (r->f == NULL) {
		if (r->next == s->n)
			return r->done = 1, 0;
		const char *q = s->arena.p + s->ent[r->next++];
		r->rec.n = 0;
		jy_buf_add(&r->rec, q, rec_size(q));
		return 1;
	}
	if (fread(&h, 1, sizeof h, r->f) != sizeof h) {
		if (ferror(r->f)) {
			snprintf(s->err, sizeof s->err, "reading back a run "
			    "in %s: %s", s->tmpdir, strerror(errno));
			return -1;
		}
		return r->done = 1, 0;
	}
	r->rec.n = 0;
	jy_buf_reserve(&r->rec, sizeof h + h.keyn + h.n);
	memcpy(r->rec.p, &h, sizeof h);
	if (fread(r->rec.p + sizeof h, 1, (size_t)h.keyn + h.n, r->f) !=
	    (size_t)h.keyn + h.n) {
		snprintf(s->err, sizeof s->err, "a run in %s is cut short",
		    s->tmpdir);
		return -1;
	}
	r->rec.n = sizeof h + h.keyn + h.n;
	return 1;
}

/* Merge the runs (and the arena, if witharena) into fn, in key order. */
static int
merge(struct jy_spill *s, int witharena, int (*fn)(void *, const char *),
    void *ctx)
{
	struct src src[FANIN + 1];
	size_t ns = 0, i, best;
	int rc = 0;

	memset(src, 0, sizeof src);
	for (i = 0; i < s->nruns; i++) {
		src[ns].f = s->runs[i];
		if (fseek(src[ns].f, 0, SEEK_SET) != 0) {
			snprintf(s->err, sizeof s->err, "%s: %s", s->tmpdir,
			    strerror(errno));
			rc = -1;
		}
		ns++;
	}
	if (witharena)
		ns++;	/* src[ns - 1].f is NULL: the arena */
	for (i = 0; i < ns && rc == 0; i++)
		if (src_next(s, &src[i]) < 0)
			rc = -1;
	while (rc == 0) {
		best = ns;
		for (i = 0; i < ns; i++)
			if (!src[i].done && (best == ns || rec_cmp(src[i].rec.p,
			    src[best].rec.p) < 0))
				best = i;
		if (best == ns)
			break;
		if ((rc = fn(ctx, src[best].rec.p)) != 0)
			break;
		if (src_next(s, &src[best]) < 0)
			rc = -1;
	}
	for (i = 0; i < ns; i++)
		jy_buf_free(&src[i].rec);
	return rc;
}

static int
to_file(void *ctx, const char *q)
{
	FILE *f = ctx;

	return fwrite(q, 1, rec_size(q), f) == rec_size(q) ? 0 : -1;
}

static int
finish_run(struct jy_spill *s, FILE *f, int rc)
{
	if (rc != 0 || fflush(f) != 0 || ferror(f)) {
		if (s->err[0] == '\0')
			snprintf(s->err, sizeof s->err, "writing a sorted run "
			    "to %s: %s (set -T DIR or TMPDIR to a larger disk)",
			    s->tmpdir, strerror(errno));
		jy_tmpclose(f);
		return -1;
	}
	return 0;
}

static int
spill(struct jy_spill *s)
{
	FILE *f;
	size_t i;
	int rc = 0;

	if (s->nruns == FANIN) {
		/* Too many runs to merge at once: make them one. */
		if ((f = tmpfile_in(s)) == NULL)
			return -1;
		rc = merge(s, 0, to_file, f);
		for (i = 0; i < s->nruns; i++)
			jy_tmpclose(s->runs[i]);
		s->nruns = 0;
		if (finish_run(s, f, rc) != 0)
			return -1;
		s->runs[s->nruns++] = f;
	}
	sort_arena(s);
	if ((f = tmpfile_in(s)) == NULL)
		return -1;
	for (i = 0; i < s->n && rc == 0; i++)
		rc = to_file(f, s->arena.p + s->ent[i]);
	if (finish_run(s, f, rc) != 0)
		return -1;
	s->runs[s->nruns++] = f;
	s->spilled += s->arena.n;
	s->nspills++;
	s->arena.n = 0;
	s->n = 0;
	return 0;
}

int
jy_spill_add(struct jy_spill *s, const void *key, size_t keyn,
    const void *data, size_t n)
{
	struct shdr h;

	if (s->err[0])
		return -1;
	if (s->n > 0 && s->arena.n + s->n * sizeof *s->ent + sizeof h + keyn +
	    n > s->budget && spill(s) != 0)
		return -1;
	h.seq = s->seq++;
	h.keyn = (uint32_t)keyn;
	h.n = (uint32_t)n;
	if (s->n == s->cap) {
		s->cap = s->cap ? 2 * s->cap : 1024;
		s->ent = jy_xrealloc(s->ent, s->cap * sizeof *s->ent);
	}
	s->ent[s->n++] = s->arena.n;
	jy_buf_add(&s->arena, &h, sizeof h);
	jy_buf_add(&s->arena, key, keyn);
	jy_buf_add(&s->arena, data, n);
	s->records++;
	return 0;
}

struct each {
	int		(*fn)(void *, jy_span, jy_span);
	void		*ctx;
};

static int
each(void *ctx, const char *q)
{
	struct each *e = ctx;
	struct shdr h;

	memcpy(&h, q, sizeof h);
	return e->fn(e->ctx, (jy_span){ q + sizeof h, h.keyn },
	    (jy_span){ q + sizeof h + h.keyn, h.n });
}

int
jy_spill_finish(struct jy_spill *s, int (*fn)(void *, jy_span key,
    jy_span data), void *ctx)
{
	struct each e = { fn, ctx };

	if (s->err[0])
		return -1;
	sort_arena(s);
	return merge(s, 1, each, &e);
}

/* Records that are counts (a uint64_t each): one call per key, summed. */
struct sums {
	int		(*fn)(void *, jy_span, uint64_t);
	void		*ctx;
	struct jy_buf	 key;
	uint64_t	 n;
	int		 any;
};

static int
sum_one(void *ctx, jy_span key, jy_span data)
{
	struct sums *u = ctx;
	uint64_t n;

	memcpy(&n, data.p, sizeof n);
	if (u->any && u->key.n == key.n && memcmp(u->key.p, key.p,
	    key.n) == 0) {
		u->n += n;
		return 0;
	}
	if (u->any && u->fn(u->ctx, (jy_span){ u->key.p, u->key.n },
	    u->n) != 0)
		return -1;
	u->key.n = 0;
	jy_buf_add(&u->key, key.p, key.n);
	u->n = n;
	u->any = 1;
	return 0;
}

int
jy_spill_sums(struct jy_spill *s, int (*fn)(void *, jy_span key,
    uint64_t n), void *ctx)
{
	struct sums u = { fn, ctx, { NULL, 0, 0 }, 0, 0 };
	int rc = jy_spill_finish(s, sum_one, &u);

	if (rc == 0 && u.any)
		rc = fn(ctx, (jy_span){ u.key.p, u.key.n }, u.n);
	jy_buf_free(&u.key);
	return rc;
}

void
jy_spill_free(struct jy_spill *s)
{
	size_t i;

	if (s == NULL)
		return;
	for (i = 0; i < s->nruns; i++)
		jy_tmpclose(s->runs[i]);
	jy_buf_free(&s->arena);
	free(s->ent);
	free(s->tmpdir);
	free(s);
}
