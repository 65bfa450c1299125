/*
 * order.c - puts pageview records in time order, whatever the order of
 * the input, as sort(1) does: records are copied into an arena; when the
 * arena reaches the memory budget it is sorted and written out as a run
 * to a temporary file; at the end the runs and the arena are merged.
 *
 * Temporary files are unlinked as soon as they are made: only the open
 * descriptor keeps them, so nothing is left behind however the program
 * ends (exit, error, SIGINT, SIGTERM, SIGPIPE, even SIGKILL).
 *
 * The order is total and does not depend on how the input was laid out
 * (see jy_prec_cmp): by time, then visitor key; at an equal time and
 * visitor, records that came in time order from one source keep that
 * source's order, and the others go by their content.
 */
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "session.h"

/* A record as stored: this header, then the spans' bytes in order. */
struct rhdr {
	int64_t		 t, bytes;
	uint64_t	 seq, rank, camp;
	int32_t		 status;
	uint8_t		 cls, flags;
	uint16_t	 pad;
	uint32_t	 len[P_N];
};

/* Runs open at once at most; more are merged into one first. */
#define FANIN	64

struct ent {
	int64_t		 t;
	size_t		 off;
};

/* A spilled run being read back. */
struct run {
	FILE		*f;
	struct jy_buf	 rec;		/* the current record */
	struct prec	 p;
	int		 done;
};

struct jy_order {
	size_t		 budget;
	char		*tmpdir;
	struct jy_buf	 arena;
	struct ent	*ent;
	size_t		 n, cap;
	int		 sorted;	/* the arena came in order */
	struct run	*runs;
	size_t		 nruns;
	uint64_t	 spilled;	/* bytes written to runs */
	uint64_t	 merges;	/* runs merged into one (FANIN) */
	uint64_t	 records;
	char		 err[512];
};

static size_t
rec_size(const struct rhdr *h)
{
	size_t n = sizeof *h;
	int k;

	for (k = 0; k < P_N; k++)
		n += h->len[k];
	return n;
}

/* A stored record as a prec whose spans point into it. */
static void
decode(const char *q, struct prec *p)
{
	struct rhdr h;
	int k;

	memcpy(&h, q, sizeof h);
	p->t = h.t;
	p->bytes = h.bytes;
	p->seq = h.seq;
	p->rank = h.rank;
	p->camp = h.camp;
	p->status = h.status;
	p->cls = h.cls;
	p->flags = h.flags;
	q += sizeof h;
	for (k = 0; k < P_N; k++) {
		p->s[k].p = q;
		p->s[k].n = h.len[k];
		q += h.len[k];
	}
}

/* Only the key and flags of a stored record (the key's bytes come
 * first, P_KEY being span 0): what jy_order_finish's ahead looks at. */
static void
decode_key(const char *q, struct prec *p)
{
	uint32_t n;
	uint8_t flags;

	memcpy(&flags, q + offsetof(struct rhdr, flags), sizeof flags);
	memcpy(&n, q + offsetof(struct rhdr, len[P_KEY]), sizeof n);
	p->flags = flags;
	p->s[P_KEY].p = q + sizeof(struct rhdr);
	p->s[P_KEY].n = n;
}

static void
encode(const struct prec *p, struct rhdr *h)
{
	int k;

	memset(h, 0, sizeof *h);
	h->t = p->t;
	h->bytes = p->bytes;
	h->seq = p->seq;
	h->rank = p->rank;
	h->camp = p->camp;
	h->status = p->status;
	h->cls = p->cls;
	h->flags = p->flags;
	for (k = 0; k < P_N; k++)
		h->len[k] = (uint32_t)p->s[k].n;
}

static int
span_cmp(jy_span a, jy_span b)
{
	int c = memcmp(a.p, b.p, a.n < b.n ? a.n : b.n);

	if (c != 0)
		return c;
	return a.n < b.n ? -1 : a.n > b.n;
}

#define CMP(a, b)	do { if ((a) != (b)) return (a) < (b) ? -1 : 1; } \
			while (0)

int
jy_prec_cmp(const struct prec *a, const struct prec *b)
{
	int c, k;

	/* An event stream's rows keep their sessions: grouped by session
	 * id, each in time order, after every log line. */
	CMP(a->flags & PF_GROUPED, b->flags & PF_GROUPED);
	if (a->flags & PF_GROUPED) {
		if ((c = span_cmp(a->s[P_KEY], b->s[P_KEY])) != 0)
			return c;
		CMP(a->t, b->t);
		CMP(a->rank, b->rank);
		CMP(a->seq, b->seq);
		return 0;
	}
	CMP(a->t, b->t);
	/* Different visitors at one time: no session depends on their
	 * order, but the order sessions are written in does. */
	if ((c = span_cmp(a->s[P_KEY], b->s[P_KEY])) != 0)
		return c;
	CMP(a->cls, b->cls);
	if (a->cls == 0) {
		/* Both came in time order: the server's own order. */
		CMP(a->rank, b->rank);
		CMP(a->seq, b->seq);
		return 0;
	}
	for (k = 0; k < P_N; k++)
		if ((c = span_cmp(a->s[k], b->s[k])) != 0)
			return c;
	CMP(a->status, b->status);
	CMP(a->bytes, b->bytes);
	CMP(a->rank, b->rank);
	CMP(a->seq, b->seq);
	return 0;
}

struct jy_order *
jy_order_new(size_t budget, const char *tmpdir)
{
	struct jy_order *o = jy_xcalloc(1, sizeof *o);

	o->budget = budget;
	o->tmpdir = jy_xstrdup(tmpdir);
	o->sorted = 1;
	return o;
}

const char *
jy_order_error(const struct jy_order *o)
{
	return o->err;
}

static int
ent_cmp(const struct jy_order *o, const struct ent *a, const struct ent *b)
{
	const char *qa = o->arena.p + a->off, *qb = o->arena.p + b->off;
	struct prec pa, pb;
	uint32_t na, nb;
	int c;

	if (a->t != b->t)
		return a->t < b->t ? -1 : 1;
	/* Most ties are between visitors: the key follows the header, so
	 * they are told apart without decoding the records. */
	memcpy(&na, qa + offsetof(struct rhdr, len[P_KEY]), sizeof na);
	memcpy(&nb, qb + offsetof(struct rhdr, len[P_KEY]), sizeof nb);
	c = memcmp(qa + sizeof(struct rhdr), qb + sizeof(struct rhdr),
	    na < nb ? na : nb);
	if (c != 0 || na != nb)
		return c != 0 ? c : na < nb ? -1 : 1;
	decode(o->arena.p + a->off, &pa);
	decode(o->arena.p + b->off, &pb);
	return jy_prec_cmp(&pa, &pb);
}

/* Merge sort: a nearly sorted arena (a log a little out of order) costs
 * little more than one pass, since sorted halves are not merged. */
static void
msort(const struct jy_order *o, struct ent *a, struct ent *tmp, size_t n)
{
	size_t m = n / 2, i, j, k;

	if (n < 2)
		return;
	msort(o, a, tmp, m);
	msort(o, a + m, tmp, n - m);
	if (ent_cmp(o, &a[m - 1], &a[m]) <= 0)
		return;
	memcpy(tmp, a, m * sizeof *a);
	for (i = 0, j = m, k = 0; i < m && j < n; k++)
		a[k] = ent_cmp(o, &a[j], &tmp[i]) < 0 ? a[j++] : tmp[i++];
	while (i < m)
		a[k++] = tmp[i++];
}

static void
sort_arena(struct jy_order *o)
{
	struct ent *tmp;

	if (o->sorted || o->n < 2)
		return;
	tmp = jy_xmalloc((o->n / 2 + 1) * sizeof *tmp);
	msort(o, o->ent, tmp, o->n);
	free(tmp);
	o->sorted = 1;
}

static FILE *
tmpfile_in(struct jy_order *o)
{
	return jy_tmpfile(o->tmpdir, "jyspill", 1 << 20, o->err,
	    sizeof o->err);
}

static int
put(struct jy_order *o, FILE *f, const struct prec *p)
{
	struct rhdr h;
	int k;

	encode(p, &h);
	fwrite(&h, 1, sizeof h, f);
	for (k = 0; k < P_N; k++)
		fwrite(p->s[k].p, 1, p->s[k].n, f);
	o->spilled += rec_size(&h);
	return ferror(f) ? -1 : 0;
}

/* A written run, rewound, becomes run number nruns. */
static int
add_run(struct jy_order *o, FILE *f)
{
	if (fflush(f) != 0 || ferror(f) || fseek(f, 0, SEEK_SET) != 0) {
		snprintf(o->err, sizeof o->err, "writing a sorted run to %s: "
		    "%s (set -T DIR or TMPDIR to a larger disk)", o->tmpdir,
		    strerror(errno));
		fclose(f);
		return -1;
	}
	o->runs = jy_xrealloc(o->runs, (o->nruns + 1) * sizeof *o->runs);
	memset(&o->runs[o->nruns], 0, sizeof o->runs[0]);
	o->runs[o->nruns++].f = f;
	return 0;
}

struct tofile {
	struct jy_order	*o;
	FILE		*f;
};

static int
to_file(void *ctx, const struct prec *p)
{
	struct tofile *t = ctx;

	return put(t->o, t->f, p);
}

static int merge(struct jy_order *, int witharena,
    int (*)(void *, const struct prec *), void *);

static int
spill(struct jy_order *o)
{
	struct prec p;
	FILE *f;
	size_t i;

	sort_arena(o);
	if ((f = tmpfile_in(o)) == NULL)
		return -1;
	for (i = 0; i < o->n; i++) {
		decode(o->arena.p + o->ent[i].off, &p);
		if (put(o, f, &p) != 0)
			break;
	}
	if (add_run(o, f) != 0)
		return -1;
	o->arena.n = 0;
	o->n = 0;
	o->sorted = 1;
	/*
	 * Past FANIN runs, they are merged into one, as sort(1) does, so
	 * that the open files and their buffers stay few whatever the
	 * input's size.
	 */
	if (o->nruns >= FANIN) {
		struct tofile t = { o, NULL };
		size_t k;
		if ((t.f = tmpfile_in(o)) == NULL)
			return -1;
		if (merge(o, 0, to_file, &t) != 0) {
			fclose(t.f);
			return -1;
		}
		for (k = 0; k < o->nruns; k++) {
			fclose(o->runs[k].f);
			jy_buf_free(&o->runs[k].rec);
		}
		o->nruns = 0;
		o->merges++;
		return add_run(o, t.f);
	}
	return 0;
}

/*
 * The arena and its index grow to the memory budget and every page of
 * them is touched once: asked for as huge pages where the kernel gives
 * them on request, they cost one fault per 2 MiB instead of per 4 KiB.
 */
static void
huge(void *p, size_t n)
{
#ifdef MADV_HUGEPAGE
	uintptr_t a = ((uintptr_t)p + 4095) & ~(uintptr_t)4095;

	if (n >= (4u << 20) && (uintptr_t)p + n > a)
		madvise((void *)a, (uintptr_t)p + n - a, MADV_HUGEPAGE);
#else
	(void)p, (void)n;
#endif
}

int
jy_order_add(struct jy_order *o, const struct prec *p)
{
	struct rhdr h;
	size_t off;
	int k;

	encode(p, &h);
	/* Records stay 8-aligned in the arena. */
	off = (o->arena.n + 7) & ~(size_t)7;
	size_t cap = o->arena.cap;
	jy_buf_reserve(&o->arena, off - o->arena.n + rec_size(&h));
	if (o->arena.cap != cap)
		huge(o->arena.p, o->arena.cap);
	/* Reserved: the record goes in without a call per span. */
	char *q = o->arena.p + off;
	memcpy(q, &h, sizeof h);
	q += sizeof h;
	for (k = 0; k < P_N; k++) {
		if (p->s[k].n)
			memcpy(q, p->s[k].p, p->s[k].n);
		q += p->s[k].n;
	}
	o->arena.n = (size_t)(q - o->arena.p);
	if (o->n == o->cap) {
		o->cap = o->cap ? 2 * o->cap : 256;
		o->ent = jy_xrealloc(o->ent, o->cap * sizeof *o->ent);
		huge(o->ent, o->cap * sizeof *o->ent);
	}
	o->ent[o->n].t = p->flags & PF_GROUPED ? INT64_MAX : p->t;
	o->ent[o->n].off = off;
	if (o->sorted && o->n > 0 && ent_cmp(o, &o->ent[o->n - 1],
	    &o->ent[o->n]) > 0)
		o->sorted = 0;
	o->n++;
	o->records++;
	if (o->arena.n + o->n * sizeof *o->ent >= o->budget)
		return spill(o);
	return 0;
}

/* The next record of a run into r->p, or r->done. */
static int
run_next(struct jy_order *o, struct run *r)
{
	struct rhdr h;
	size_t sz;

	if (fread(&h, 1, sizeof h, r->f) != sizeof h) {
		if (ferror(r->f))
			goto bad;
		r->done = 1;
		return 0;
	}
	sz = rec_size(&h);
	r->rec.n = 0;
	jy_buf_reserve(&r->rec, sz);
	memcpy(r->rec.p, &h, sizeof h);
	if (fread(r->rec.p + sizeof h, 1, sz - sizeof h, r->f) !=
	    sz - sizeof h)
		goto bad;
	r->rec.n = sz;
	decode(r->rec.p, &r->p);
	return 0;
bad:
	snprintf(o->err, sizeof o->err, "reading a sorted run back from %s: "
	    "%s", o->tmpdir, ferror(r->f) ? strerror(errno) :
	    "file cut short");
	return -1;
}

/*
 * The runs and, if witharena, the sorted arena (as one more source,
 * number nruns), merged through a small heap of source numbers.
 */
static int
merge(struct jy_order *o, int witharena, int (*fn)(void *,
    const struct prec *), void *ctx)
{
	struct prec p;
	size_t i, j, c, m = 0, nh = 0, *heap, k;
	int rc = 0;

	heap = jy_xmalloc((o->nruns + 1) * sizeof *heap);
	for (k = 0; k < o->nruns; k++) {
		if (run_next(o, &o->runs[k]) != 0) {
			free(heap);
			return -1;
		}
		if (!o->runs[k].done)
			heap[nh++] = k;
	}
	if (witharena && o->n > 0) {
		heap[nh++] = o->nruns;
		decode(o->arena.p + o->ent[0].off, &p);
	}
#define HEAD(k)	((k) == o->nruns ? &p : &o->runs[k].p)
#define SIFT(from) \
	for (j = (from); ; j = c) { \
		c = 2 * j + 1; \
		if (c >= nh) \
			break; \
		if (c + 1 < nh && jy_prec_cmp(HEAD(heap[c + 1]), \
		    HEAD(heap[c])) < 0) \
			c++; \
		if (jy_prec_cmp(HEAD(heap[c]), HEAD(heap[j])) >= 0) \
			break; \
		k = heap[j], heap[j] = heap[c], heap[c] = k; \
	}
	for (i = nh / 2; i-- > 0; )
		SIFT(i)
	while (nh > 0) {
		k = heap[0];
		if ((rc = fn(ctx, HEAD(k))) != 0)
			break;
		if (k == o->nruns) {
			if (++m < o->n)
				decode(o->arena.p + o->ent[m].off, &p);
			else
				heap[0] = heap[--nh];
		} else {
			if ((rc = run_next(o, &o->runs[k])) != 0)
				break;
			if (o->runs[k].done)
				heap[0] = heap[--nh];
		}
		SIFT(0)
	}
#undef SIFT
#undef HEAD
	free(heap);
	return rc;
}

int
jy_order_finish(struct jy_order *o, int (*fn)(void *, const struct prec *),
    void (*ahead)(void *, const struct prec *), void *ctx)
{
	struct prec p, q;
	size_t i;
	int rc = 0;

	sort_arena(o);
	if (o->nruns == 0) {
		for (i = 0; i < o->n && rc == 0; i++) {
			if (ahead != NULL && i + JY_ORDER_AHEAD < o->n) {
				decode_key(o->arena.p + o->ent[i +
				    JY_ORDER_AHEAD].off, &q);
				ahead(ctx, &q);
			}
			decode(o->arena.p + o->ent[i].off, &p);
			rc = fn(ctx, &p);
		}
		return rc;
	}
	return merge(o, 1, fn, ctx);
}

void
jy_order_stats(const struct jy_order *o, uint64_t *records, size_t *runs,
    uint64_t *spilled)
{
	*records = o->records;
	*runs = o->nruns;
	*spilled = o->spilled;
}

void
jy_order_free(struct jy_order *o)
{
	size_t k;

	if (o == NULL)
		return;
	for (k = 0; k < o->nruns; k++) {
		fclose(o->runs[k].f);
		jy_buf_free(&o->runs[k].rec);
	}
	free(o->runs);
	free(o->ent);
	jy_buf_free(&o->arena);
	free(o->tmpdir);
	free(o);
}
