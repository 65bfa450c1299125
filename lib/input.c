/*
 * input.c - the pipeline every program runs on raw input: read lines,
 * parse them with the configured or detected format, keep the pageviews,
 * and sessionize them, handing each session on as soon as it can no
 * longer grow.
 *
 * Open sessions live in a hash table by visitor key (keyed hash, so crafted
 * keys cannot flood it) and in a min-heap by last activity.  A session can
 * no longer grow once the watermark - the newest time seen, less the slack
 * allowed for late lines - is past its last pageview plus the timeout,
 * because any later line that is not late has a time at or after the
 * watermark.  Memory is thus bounded by the sessions open at once.
 */
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "session.h"

/*
 * Detection holds the first SAMPLE lines that are not empty or comments,
 * and looks further, past lines that fit no format, up to DETECT_LINES
 * lines and DETECT_BYTES held (plus the line that passes it): a file is
 * refused only when nothing there fits a format.
 */
#define SAMPLE		64
#define DETECT_LINES	1000
#define DETECT_BYTES	((size_t)16 << 20)

/* The hash sits in the slot so that a probe past another visitor's
 * entry does not have to touch that session's memory. */
struct slot {
	uint64_t	 hash;
	jy_session	*s;
};

/*
 * A session's pageviews, their embedded-fetch data and their strings
 * (pv, x, sb) are kept in buffers of a size class - a power of two
 * times the kind's first size - taken from and given back to free lists
 * here rather than malloc's: each session grows them a few times and
 * gives them back when it closes, and realloc, free and the pages malloc
 * gave back and took again were a third of the replay's time.  The
 * lists keep at most an eighth of --memory; past that, and for buffers
 * past the last class, malloc and free.
 *
 * Buffers of up to SLAB_ITEM bytes - nearly all of them: most sessions
 * are short - are cut from slabs of SLAB_SIZE instead and always go
 * back to their list: given back to malloc one at a time, the hundreds
 * of thousands of them on the lists took 85 ms at the end of a 1 GB
 * run, a twentieth of it.  The slabs go whole.  What they hold is the
 * most each class was ever in use at once (a session's buffers move up
 * a class at a time, so the classes' peaks are of the same sessions).
 * The sessions themselves are cut from them too, and kept on in->free.
 */
enum { BK_PV, BK_X, BK_SB, BK_N };
#define BK_CLASSES	16
#define SLAB_ITEM	((size_t)4 << 10)
#define SLAB_SIZE	((size_t)2 << 20)
#define SLAB_HDR	64	/* the next slab's address, then items */
#define SLAB_AHEAD	2	/* slabs touched ahead of need */

struct jy_input {
	struct jy_config *cfg;
	jy_session_fn	 fn;
	void		*ctx;
	unsigned	 want;		/* 1u << S_x strings to keep */
	jy_format	*fixed;		/* from -F, else NULL */
	jy_format	*fmt;		/* of the current file */
	int		 visitor_named;	/* index of --visitor FIELD, or -1 */
	char		*xname[JY_MAX_XCOLS];	/* columns asked for by name */
	int		 xidx[JY_MAX_XCOLS];	/* their index in this format */
	int		 nx;
	int		 xcheck;	/* an event stream's columns: look */
	int		 usage;		/* this file stopped: a usage error */
	int		 want_owner;	/* the owner column is asked for */
	int		 uapcol[4];	/* a TSV's browser... columns, or -1 */
	int		 uapstale;	/* ... to be looked up (a new format) */
	struct jy_buf	 uap;		/* the line's P_UAP bytes */
	FILE		*rejects;
	char		 err[1024];
	int		 stopped;	/* the consumer failed */
	int		 halted;	/* --strict met a malformed line */
	int		 cut;		/* this line was cut at JY_MAX_LINE */
	int		 inferred;	/* the site's hosts were looked for */
	struct jy_siteinfer *si;	/* the exact path: every record's */
	struct jy_siref	*srmemo;	/* ref_prep's, this thread's */
	struct lmemo	*memo;		/* pure's, this thread's */
	struct jy_docset *docs;		/* URLs that are referrers (embedded.c) */
	struct jy_qadvice *qa;		/* -v: query-string advice (qadvice.c) */
	char		 simsg[512];	/* what was inferred, for -v */

	int64_t		 maxt;
	int		 anyt;
	uint64_t	 ordinal;

	/* The exact path (not --stream): every pageview goes through the
	 * order (order.c) and is sessionized at the end, in time order. */
	struct jy_order	*order;
	uint64_t	 seq;		/* records so far, in input order */
	uint64_t	 rank;		/* of the current source (order.c) */
	int64_t		 prevt;		/* time of its previous record */
	int		 anyprev, ranked;
	int		 nread;		/* inputs read (opened and detected) */
	int		 gzipped;	/* one of them was gzip, said by -v */
	int64_t		 since, until;	/* --since/--until, resolved */
	int		 has_since, has_until;
	char		 first_bad[256], first_late[256];
	uint64_t	 unfit;		/* lines passed over by detection */
	char		 first_unfit[256];
	uint64_t	*seen[2];	/* seen_add */
	size_t		 nseen;

	struct slot	*tab;		/* open addressing, power of two */
	size_t		 tabcap, tabn;
	/* Keys hashed ahead of the exact path's replay (replay_ahead), in
	 * replay order: a record's hash waits here while its slot and
	 * session come into the cache. */
	struct khint {
		const char	*k;
		uint64_t	 h;
	}		 hint[2 * JY_ORDER_AHEAD];
	size_t		 hint0, hintn;
	struct hent	*heap;
	size_t		 heapn, heapcap, ndead;
	/* The channel each referrer host gives, and whether it is the
	 * site's (entry_channel, set_pvx); hosts_set empties it. */
	struct jy_chmemo chmemo;
	jy_session	*free;
	/* The sessions whose key, vid or sid buffer is malloc's, once each
	 * (the buffer stays with the session when it is reused; a log's
	 * keys mostly fit in kin): freed from here at the end, not by a
	 * walk of every session, each a cache miss, 15 ms of 1 GB's. */
	struct jy_buf	 owners;	/* of jy_session * */
	void		*bfree[BK_N][BK_CLASSES];	/* buf_get */
	size_t		 bfreeb;	/* bytes on those lists, of malloc's */
	void		*slabs;		/* the slabs, newest first */
	struct jy_prefault *pf;		/* the next slabs, touched ahead */
	char		*slabp;		/* the newest's next free byte ... */
	size_t		 slabn;		/* ... and how many are left */

	uint64_t	 threaded;	/* lines parsed on workers (-j) */
	int		 nthreads;	/* ... by so many at most */
	struct jy_progress *progress;	/* NULL: none */
	uint64_t	*vset;		/* visitors seen, for -v */
	size_t		 vsetcap, vsetn;
	uint8_t		*hll;		/* past VSET_MAX visitors */

	/* New and returning (visits.c's part of the pipeline, here since
	 * sessions are closed here): a count per visitor, and for an event
	 * stream's own sessions on the exact path their start order. */
	int		 visits;	/* asked for: count them */
	struct vcount	*vc;
	size_t		 vccap, vcn;
	uint64_t	 vcforgot;	/* visitors dropped past the budget */
	int64_t		 vcbase;	/* the first session's start */
	int		 vcany;
	struct gsess	*gs;
	size_t		 gscap, gsn;
	int		 gsranked;
	int		 gswrong;	/* a stream guess's visit is not its rank */
	uint64_t	 gsover;	/* sessions past the budget */
	uint32_t	 curgiven;	/* --stream: the row's visit_number */

	jy_session	*cur;		/* open session of a grouped stream */
	struct jy_buf	 page, key, tmp;
	char		 sidbuf[17];	/* ids of the session being closed */
	struct jy_buf	 vidbuf;
	struct jy_stats	 st;
	struct jy_stats	 ss;		/* the sessions' part of st (guess) */
	/*
	 * The guess (jy_input_redo): the exact path sessionizes as it
	 * reads, taking the input for in time order, and from the sorted
	 * runs at the end if it was not.  Sessions made meanwhile were
	 * made with the site's hosts guessed from the input so far, and
	 * with the URLs they took for no document's: both are checked
	 * against the whole input's at the end.
	 */
	jy_redo_fn	 redo;
	int		 guess;		/* G_x */
	const char	*tmpdir;
	struct jy_list	 gsite;		/* the site's hosts, guessed */
	const struct jy_list *hosts;	/* the ones sessions use */
	uint64_t	*absent;	/* URLs taken for no document's */
	size_t		 abn, abcap;	/* (open addressing, 0 empty) */
	int		 abzero;	/* ... and URL hash 0 */
	int		 gwrong;	/* found wrong inside a session */
	int		 gthread;	/* the guess's sessions are made on
					 * order.c's thread: they touch only
					 * what main does not */
	int		 gstopped;	/* ... and its consumer failed */
	int		 gread;		/* all is read: the docset is whole */
	int		 guessed;	/* -v: GD_x */
	/* The stream guess (sg_begin): an event stream's sessions as they
	 * come, the ids of those begun so far (open addressing, 0 empty). */
	int		 sguess;	/* SG_x */
	uint64_t	*sgids;
	size_t		 sgn, sgcap;
	const char	*fname;
	uint64_t	 fline;		/* line number in the current file */
	struct jy_mapin	*mapin;		/* reads a mapper's output (mapred.c) */
	jy_out		*mapout;	/* jsessionize --map: lines go here */
	uint64_t	 pos, nextpos;	/* where this line and the next began */
};

/* The stream guess's states (sg_begin). */
enum { SG_NONE, SG_ARMED, SG_ON, SG_OFF };

/* ---- pageview buffers (see BK_N) ---- */

static const size_t bk_size[BK_N] = {
	sizeof(struct pv), sizeof(struct pvx), 1
};
static const size_t bk_first[BK_N] = { 2, 2, 64 };

/* The class of a buffer of cap elements, or -1: none, malloc's. */
static int
bk_class(int kind, size_t cap)
{
	size_t c = bk_first[kind];
	int k;

	for (k = 0; k < BK_CLASSES; k++, c *= 2)
		if (c == cap)
			return k;
	return -1;
}

/* Whether a buffer of cap elements of kind is a slab's. */
static int
bk_slab(int kind, size_t cap, int k)
{
	return k >= 0 && cap * bk_size[kind] <= SLAB_ITEM;
}

static int jobs(const struct jy_config *);

/* n bytes at an align (a power of two) boundary. */
static void *
slab_cut(jy_input *in, size_t n, size_t align)
{
	size_t skip = (size_t)-(uintptr_t)in->slabp & (align - 1);
	char *p;

	if (in->slabn < skip + n) {
		/* From the second slab on, with threads, the next are
		 * touched ahead (prefault.c): an input that needs one
		 * makes no thread for it. */
		if (in->slabs != NULL && in->pf == NULL && jobs(in->cfg) > 1)
			in->pf = jy_prefault_new(SLAB_SIZE, SLAB_AHEAD);
		if ((p = jy_prefault_take(in->pf)) == NULL)
			p = jy_xhuge(SLAB_SIZE);
		*(void **)p = in->slabs;
		in->slabs = p;
		in->slabp = p + SLAB_HDR;
		in->slabn = SLAB_SIZE - SLAB_HDR;
		skip = 0;
	}
	in->slabp += skip;
	in->slabn -= skip;
	p = in->slabp;
	in->slabp += n;
	in->slabn -= n;
	return p;
}

static void *
buf_get(jy_input *in, int kind, size_t cap)
{
	int k = bk_class(kind, cap);
	void *p;

	if (k >= 0 && (p = in->bfree[kind][k]) != NULL) {
		in->bfree[kind][k] = *(void **)p;
		if (!bk_slab(kind, cap, k))
			in->bfreeb -= cap * bk_size[kind];
		return p;
	}
	if (bk_slab(kind, cap, k))
		return slab_cut(in, cap * bk_size[kind], 8);
	return jy_xmalloc(cap * bk_size[kind]);
}

static void
buf_put(jy_input *in, int kind, void *p, size_t cap)
{
	int k;

	if (p == NULL)
		return;
	k = bk_class(kind, cap);
	if (!bk_slab(kind, cap, k)) {
		if (k < 0 || in->bfreeb + cap * bk_size[kind] >
		    in->cfg->memory / 8) {
			free(p);
			return;
		}
		in->bfreeb += cap * bk_size[kind];
	}
	*(void **)p = in->bfree[kind][k];
	in->bfree[kind][k] = p;
}

/* p's first n elements into a buffer of cap; p goes back. */
static void *
buf_move(jy_input *in, int kind, void *p, size_t n, size_t oldcap,
    size_t cap)
{
	void *q = buf_get(in, kind, cap);

	if (n > 0)
		memcpy(q, p, n * bk_size[kind]);
	buf_put(in, kind, p, oldcap);
	return q;
}

static void
buf_free_all(jy_input *in)
{
	void *p, *next;
	int kind, k;
	size_t c;

	for (kind = 0; kind < BK_N; kind++)
		for (k = 0, c = bk_first[kind]; k < BK_CLASSES; k++, c *= 2)
			if (!bk_slab(kind, c, k))
				for (p = in->bfree[kind][k]; p != NULL; p = next) {
					next = *(void **)p;
					free(p);
				}
	for (p = in->slabs; p != NULL; p = next) {
		next = *(void **)p;
		jy_hugefree(p, SLAB_SIZE);
	}
}

/* ---- heap by (last activity, ordinal) ---- */

/*
 * The heap holds entries, not sessions, so that sifting touches only this
 * array.  An entry's key is the session's last activity when it was put
 * or last sifted: a pageview only moves the session's last on, and a
 * stale top is re-keyed when it comes up (heap_peek).  A session closed
 * out of turn (its visitor's next pageview split it) leaves a dead entry,
 * told by its generation and dropped when it surfaces; there are never
 * many, and they are swept out if they pile up.
 */
struct hent {
	int64_t		 key;
	uint64_t	 ord;
	jy_session	*s;
	uint64_t	 gen;
};

static int
before(const struct hent *a, const struct hent *b)
{
	return a->key < b->key || (a->key == b->key && a->ord < b->ord);
}

static void
heap_up(jy_input *in, size_t i)
{
	struct hent e = in->heap[i];

	while (i > 0 && before(&e, &in->heap[(i - 1) / 2])) {
		in->heap[i] = in->heap[(i - 1) / 2];
		i = (i - 1) / 2;
	}
	in->heap[i] = e;
}

static void
heap_down(jy_input *in, size_t i)
{
	struct hent e = in->heap[i];
	size_t c;

	for (;;) {
		c = 2 * i + 1;
		if (c >= in->heapn)
			break;
		if (c + 1 < in->heapn && before(&in->heap[c + 1], &in->heap[c]))
			c++;
		if (!before(&in->heap[c], &e))
			break;
		in->heap[i] = in->heap[c];
		i = c;
	}
	in->heap[i] = e;
}

static void
heap_push(jy_input *in, jy_session *s)
{
	if (in->heapn == in->heapcap) {
		in->heapcap = in->heapcap ? in->heapcap * 2 : 1024;
		in->heap = jy_xrealloc(in->heap, in->heapcap * sizeof *in->heap);
	}
	in->heap[in->heapn] = (struct hent){ s->last, s->ordinal, s, s->gen };
	s->inheap = 1;
	heap_up(in, in->heapn++);
}

static void
heap_pop(jy_input *in)
{
	in->heap[0] = in->heap[--in->heapn];
	if (in->heapn > 0)
		heap_down(in, 0);
}

/* The open session idle longest, or NULL. */
static jy_session *
heap_peek(jy_input *in)
{
	while (in->heapn > 0) {
		struct hent *e = &in->heap[0];
		if (e->gen != e->s->gen) {
			heap_pop(in);
			in->ndead--;
		} else if (e->key != e->s->last) {
			e->key = e->s->last;
			heap_down(in, 0);
		} else
			return e->s;
	}
	return NULL;
}

/* Sweep dead entries out when they are half the heap. */
static void
heap_sweep(jy_input *in)
{
	size_t i, n = 0;

	if (in->ndead < 1024 || in->ndead < in->heapn / 2)
		return;
	for (i = 0; i < in->heapn; i++)
		if (in->heap[i].gen == in->heap[i].s->gen)
			in->heap[n++] = in->heap[i];
	in->heapn = n;
	in->ndead = 0;
	for (i = n / 2; i-- > 0; )
		heap_down(in, i);
}

static size_t
tab_find(jy_input *in, uint64_t h, const char *k, size_t n)
{
	size_t mask = in->tabcap - 1, i = h & mask;
	jy_session *s;

	while ((s = in->tab[i].s) != NULL) {
		if (in->tab[i].hash == h && s->key.n == n &&
		    memcmp(KEYP(s), k, n) == 0)
			return i;
		i = (i + 1) & mask;
	}
	return i;
}

static void
tab_grow(jy_input *in)
{
	struct slot *old = in->tab;
	size_t oldcap = in->tabcap, i;

	in->tabcap = oldcap ? oldcap * 2 : 1024;
	in->tab = jy_xhuge(in->tabcap * sizeof *in->tab);
	for (i = 0; i < oldcap; i++)
		if (old[i].s != NULL)
			in->tab[tab_find(in, old[i].hash, KEYP(old[i].s),
			    old[i].s->key.n)] = old[i];
	jy_hugefree(old, oldcap * sizeof *old);
}

/* Linear probing deletion by backward shift: no tombstones to pile up. */
static void
tab_remove(jy_input *in, jy_session *s)
{
	size_t mask = in->tabcap - 1;
	size_t i = tab_find(in, s->hash, KEYP(s), s->key.n), j, home;

	in->tab[i].s = NULL;
	in->tabn--;
	for (j = (i + 1) & mask; in->tab[j].s != NULL; j = (j + 1) & mask) {
		home = in->tab[j].hash & mask;
		/* Move j back to i unless its home lies cyclically in (i, j]. */
		if ((j > i && (home <= i || home > j)) ||
		    (j < i && (home <= i && home > j))) {
			in->tab[i] = in->tab[j];
			in->tab[j].s = NULL;
			i = j;
		}
	}
}

/* ---- visitors seen, counted for -v only ---- */

/*
 * Exact up to VSET_MAX visitors (a table of 8-byte hashes, 16 MiB at
 * most); past that a HyperLogLog of 2^14 registers takes over, seeded
 * with every hash seen so far, and the count is an estimate with a
 * standard error of 1.04 / sqrt(2^14) = 0.81%, said as such.
 */
#define VSET_MAX	(1u << 20)
#define HLL_B		14

static void
hll_add(uint8_t *reg, uint64_t h)
{
	uint64_t w = h << HLL_B | (uint64_t)1 << (HLL_B - 1);
	uint8_t rho = (uint8_t)(__builtin_clzll(w) + 1);
	size_t i = (size_t)(h >> (64 - HLL_B));

	if (rho > reg[i])
		reg[i] = rho;
}

static uint64_t
hll_count(const uint8_t *reg)
{
	double m = 1 << HLL_B, sum = 0, e;
	size_t i, zeros = 0;

	for (i = 0; i < (1u << HLL_B); i++) {
		sum += 1.0 / (double)((uint64_t)1 << reg[i]);
		zeros += reg[i] == 0;
	}
	e = 0.7213 / (1 + 1.079 / m) * m * m / sum;
	if (e <= 2.5 * m && zeros > 0) {
		/* Linear counting for small counts. */
		e = m * log(m / (double)zeros);
	}
	return (uint64_t)(e + 0.5);
}

/* A set of non-zero hashes, open addressing in cap (a power of two)
 * slots: h into it; 1 if it was not there. */
static int
u64_put(uint64_t *v, size_t cap, uint64_t h)
{
	size_t i, mask = cap - 1;

	for (i = h & mask; v[i] != 0; i = (i + 1) & mask)
		if (v[i] == h)
			return 0;
	v[i] = h;
	return 1;
}

/* Room for one more in a set of u64_put's kept under half full, grown
 * from first slots: 0 if it would pass max bytes. */
static int
u64_room(uint64_t **v, size_t n, size_t *cap, size_t first, uint64_t max)
{
	uint64_t *old = *v;
	size_t oldcap = *cap, c = oldcap ? 2 * oldcap : first, i;

	if (2 * (n + 1) <= oldcap)
		return 1;
	if (c * sizeof *old > max)
		return 0;
	*v = jy_xcalloc(c, sizeof *old);
	*cap = c;
	for (i = 0; i < oldcap; i++)
		if (old[i] != 0)
			u64_put(*v, c, old[i]);
	free(old);
	return 1;
}

static void
vset_add(jy_input *in, uint64_t h)
{
	size_t i;

	h |= 1;
	if (in->hll != NULL) {
		hll_add(in->hll, h);
		return;
	}
	if (2 * (in->vsetn + 1) > in->vsetcap) {
		uint64_t *old = in->vset;
		size_t oldcap = in->vsetcap;
		if (in->vsetn >= VSET_MAX) {
			in->hll = jy_xcalloc(1u << HLL_B, 1);
			for (i = 0; i < oldcap; i++)
				if (old[i])
					hll_add(in->hll, old[i]);
			hll_add(in->hll, h);
			free(old);
			in->vset = NULL;
			in->vsetcap = 0;
			return;
		}
		in->vsetcap = oldcap ? oldcap * 2 : 4096;
		in->vset = jy_xcalloc(in->vsetcap, sizeof *in->vset);
		in->vsetn = 0;
		for (i = 0; i < oldcap; i++)
			if (old[i])
				in->vsetn += (size_t)u64_put(in->vset,
				    in->vsetcap, old[i]);
		free(old);
	}
	in->vsetn += (size_t)u64_put(in->vset, in->vsetcap, h);
}

static uint64_t
visitors(const jy_input *in)
{
	return in->hll != NULL ? hll_count(in->hll) : in->vsetn;
}

/* ---- new and returning: visits per visitor ---- */

/*
 * Sessions of one visitor close in the order they start (one is open at
 * a time), so a count per visitor, bumped as each closes, is its visit
 * number.  16 bytes a visitor in a table kept under half full: up to
 * an eighth of --memory; past that the half of the visitors idle longest
 * is forgotten (their next session counts as a first visit) and said.
 */
struct vcount {
	uint64_t	 h;		/* 0: empty */
	uint32_t	 last;		/* start of the latest session, from
					 * the first's (vcbase): an order */
	uint32_t	 n;
};

static int
cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

static void
vc_put(struct vcount *t, size_t cap, const struct vcount *e)
{
	size_t i;

	for (i = e->h & (cap - 1); t[i].h != 0; i = (i + 1) & (cap - 1))
		;
	t[i] = *e;
}

static void
vc_grow(jy_input *in)
{
	struct vcount *old = in->vc;
	size_t oldcap = in->vccap, cap = oldcap ? 2 * oldcap : 1024, i;
	int64_t cut = INT64_MIN;

	if (oldcap > 0 && cap * sizeof *old > in->cfg->memory / 8) {
		/* Over budget: forget the half idle longest, same size. */
		int64_t *t = jy_xmalloc(in->vcn * sizeof *t);
		size_t n = 0;
		for (i = 0; i < oldcap; i++)
			if (old[i].h != 0)
				t[n++] = old[i].last;
		qsort(t, n, sizeof *t, cmp_i64);
		cut = t[n / 2];
		/* Ties at the median go too when few are below it, so that
		 * room is made (and the same visitors go on every run). */
		for (i = 0; i < n && t[i] < cut; i++)
			;
		if (i < n / 4)
			cut++;
		free(t);
		cap = oldcap;
	} else {
		/*
		 * Doubled in place, not copied to a new table: the copy had
		 * both at once, the peak of jreport's memory on 5 GB.  Each
		 * entry then goes to the first free slot from its new home
		 * if that comes before where it is, until none moves: each
		 * move shortens a probe, so it ends, with every entry found
		 * from its home.
		 */
		struct vcount *v = jy_xrealloc(old, cap * sizeof *v);
		size_t j;
		int moved;
		memset(v + oldcap, 0, (cap - oldcap) * sizeof *v);
		do {
			moved = 0;
			for (j = 0; j < cap; j++) {
				if (v[j].h == 0)
					continue;
				for (i = v[j].h & (cap - 1); i != j &&
				    v[i].h != 0; i = (i + 1) & (cap - 1))
					;
				if (i != j) {
					v[i] = v[j];
					v[j].h = 0;
					moved = 1;
				}
			}
		} while (moved);
		in->vc = v;
		in->vccap = cap;
		return;
	}
	in->vc = jy_xcalloc(cap, sizeof *in->vc);
	in->vccap = cap;
	in->vcn = 0;
	for (i = 0; i < oldcap; i++) {
		if (old[i].h == 0)
			continue;
		if (old[i].last < cut) {
			in->vcforgot++;
			continue;
		}
		vc_put(in->vc, cap, &old[i]);
		in->vcn++;
	}
	free(old);
}

/* The visit number of the visitor's next session, which starts at t. */
static uint32_t
vc_bump(jy_input *in, const char *key, size_t n, int64_t t, int *back)
{
	uint64_t h = jy_hash(key, n) | 1;
	size_t i;
	uint32_t rel;

	if (!in->vcany) {
		in->vcbase = t;
		in->vcany = 1;
	}
	/* Only the order of the starts matters (who is idle longest), and
	 * within 136 years of the first they keep it. */
	rel = t <= in->vcbase ? 0 : t - in->vcbase >= UINT32_MAX ?
	    UINT32_MAX : (uint32_t)(t - in->vcbase);
	if (2 * (in->vcn + 1) > in->vccap)
		vc_grow(in);
	for (i = h & (in->vccap - 1); in->vc[i].h != 0;
	    i = (i + 1) & (in->vccap - 1))
		if (in->vc[i].h == h) {
			if (back != NULL && rel < in->vc[i].last)
				*back = 1;
			in->vc[i].last = rel;
			if (in->vc[i].n < UINT32_MAX)
				in->vc[i].n++;
			return in->vc[i].n;
		}
	in->vc[i] = (struct vcount){ h, rel, 1 };
	in->vcn++;
	return 1;
}

/*
 * An event stream's own sessions come on the exact path grouped by
 * session id, not by start: their start and visitor are noted as the
 * rows are read (32 bytes a session, up to an eighth of --memory), and
 * ranked per visitor before the replay.  A visit_number column the
 * stream has is taken as given (a stream cut out of a longer one keeps
 * its counts).
 */
struct gsess {
	uint64_t	 sh, vh;	/* session id's hash (0 empty), visitor's */
	int64_t		 t;		/* earliest row */
	uint32_t	 visit, given;
};

static struct gsess *
gs_find(jy_input *in, uint64_t sh)
{
	size_t i;

	if (in->gscap == 0)
		return NULL;
	for (i = sh & (in->gscap - 1); in->gs[i].sh != 0;
	    i = (i + 1) & (in->gscap - 1))
		if (in->gs[i].sh == sh)
			return &in->gs[i];
	return &in->gs[i];
}

static void
gs_note(jy_input *in, jy_span sid, jy_span vid, int64_t t, uint32_t given)
{
	uint64_t sh = jy_hash(sid.p, sid.n) | 1;
	struct gsess *g;
	size_t i;

	if (2 * (in->gsn + 1) > in->gscap) {
		size_t cap = in->gscap ? 2 * in->gscap : 1024;
		struct gsess *old = in->gs;
		if (cap * sizeof *old > in->cfg->memory / 8) {
			if ((g = gs_find(in, sh)) == NULL || g->sh == 0) {
				in->gsover++;
				return;
			}
			goto found;
		}
		size_t oldcap = in->gscap;
		in->gs = jy_xcalloc(cap, sizeof *in->gs);
		in->gscap = cap;
		for (i = 0; i < oldcap; i++)
			if (old[i].sh != 0)
				*gs_find(in, old[i].sh) = old[i];
		free(old);
	}
	g = gs_find(in, sh);
found:
	if (g->sh == 0) {
		g->sh = sh;
		g->vh = vid.n > 0 ? jy_hash(vid.p, vid.n) | 1 : 0;
		g->t = t;
		g->given = given;
		in->gsn++;
	} else {
		if (t < g->t)
			g->t = t;
		if (given > 0 && g->given == 0)
			g->given = given;
	}
}

static int
cmp_gs(const void *a, const void *b)
{
	const struct gsess *x = *(struct gsess *const *)a;
	const struct gsess *y = *(struct gsess *const *)b;

	if (x->vh != y->vh)
		return x->vh < y->vh ? -1 : 1;
	if (x->t != y->t)
		return x->t < y->t ? -1 : 1;
	return (x->sh > y->sh) - (x->sh < y->sh);
}

/* Before the replay: visit numbers by start, per visitor. */
static void
gs_rank(jy_input *in)
{
	struct gsess **v;
	size_t i, n = 0;
	uint32_t k = 0;

	in->gsranked = 1;
	if (in->gsn == 0)
		return;
	v = jy_xmalloc(in->gsn * sizeof *v);
	for (i = 0; i < in->gscap; i++)
		if (in->gs[i].sh != 0)
			v[n++] = &in->gs[i];
	qsort(v, n, sizeof *v, cmp_gs);
	for (i = 0; i < n; i++) {
		if (v[i]->vh == 0) {
			v[i]->visit = 1;	/* no visitor: its own */
			continue;
		}
		k = i > 0 && v[i - 1]->vh == v[i]->vh ? k + 1 : 1;
		/* Not 0: the visit the stream guess gave it (visit_of). */
		if (v[i]->visit != 0 && v[i]->visit !=
		    (v[i]->given > 0 ? v[i]->given : k))
			in->gswrong = 1;
		v[i]->visit = v[i]->given > 0 ? v[i]->given : k;
	}
	free(v);
}

/* The session's visit number, as it closes. */
static uint32_t
visit_of(jy_input *in, jy_session *s)
{
	if (!s->grouped)
		return vc_bump(in, KEYP(s), s->key.n, s->start, NULL);
	struct gsess *g = NULL;
	uint32_t v;
	int back = 0;

	if (in->gsranked || in->sguess == SG_ON)
		g = gs_find(in, jy_hash(s->sid.p, s->sid.n - 1) | 1);
	if (g != NULL && g->sh != 0 && in->gsranked)
		return g->visit;
	if (s->given > 0)
		v = s->given;
	else if (s->vid.n <= 1)
		v = 1;
	else
		v = vc_bump(in, s->vid.p, s->vid.n - 1, s->start, &back);
	/* The stream guess counts a visitor's sessions as they come: the
	 * rank by start, if they came in the order they began (gs_rank
	 * looks; one that began before the last is wrong already). */
	if (g != NULL && g->sh != 0)
		g->visit = v;
	if (back && in->sguess == SG_ON)
		in->gswrong = 1;
	return v;
}

/* ---- session ids of a --stream event stream already closed ---- */

/*
 * Two generations of at most SEEN ids each: a session id that comes back
 * within the last SEEN to 2*SEEN sessions is caught, in bounded memory.
 */
#define SEEN	65536

static int
seen_in(const uint64_t *set, uint64_t h)
{
	size_t i, mask = 2 * SEEN - 1;

	if (set == NULL)
		return 0;
	for (i = h & mask; set[i] != 0; i = (i + 1) & mask)
		if (set[i] == h)
			return 1;
	return 0;
}

static int
seen_has(jy_input *in, uint64_t h)
{
	h |= 1;
	return seen_in(in->seen[0], h) || seen_in(in->seen[1], h);
}

static void
seen_add(jy_input *in, uint64_t h)
{
	size_t i, mask = 2 * SEEN - 1;

	if (in->order != NULL)
		return;		/* the exact path groups them itself */
	h |= 1;
	if (in->seen[0] == NULL || in->nseen == SEEN) {
		free(in->seen[1]);
		in->seen[1] = in->seen[0];
		in->seen[0] = jy_xcalloc(2 * SEEN, sizeof *in->seen[0]);
		in->nseen = 0;
	}
	for (i = h & mask; in->seen[0][i] != 0; i = (i + 1) & mask)
		if (in->seen[0][i] == h)
			return;
	in->seen[0][i] = h;
	in->nseen++;
}

/* ---- sessions ---- */

/* v in 16 lowercase hex digits: each half's nibbles spread one to a
 * byte, the first in the low byte, then made digits all at once. */
static void
hex16(char out[17], uint64_t v)
{
	const uint64_t ones = 0x0101010101010101ULL;
	int h;

	for (h = 0; h < 2; h++) {
		uint64_t n = (uint32_t)(v >> (32 - 32 * h));
		n = ((n & 0xffff0000ULL) << 16) | (n & 0xffffULL);
		n = ((n & 0x0000ff000000ff00ULL) << 8) |
		    (n & 0x000000ff000000ffULL);
		n = ((n & 0x00f000f000f000f0ULL) << 4) |
		    (n & 0x000f000f000f000fULL);
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
		n = __builtin_bswap64(n);	/* the first digit first */
#endif
		/* 0-9 to '0'-'9', 10-15 to 'a'-'f': b + 6 carries into
		 * bit 4 just when b > 9. */
		n += ones * '0' + (((n + ones * 6) >> 4) & ones) * ('a' - '0' -
		    10);
		memcpy(out + 8 * h, &n, 8);
	}
	out[16] = '\0';
}

/* ---- the guess (jy_input_redo) ---- */

static int jobs(const struct jy_config *);

enum { G_NONE, G_ARMED, G_ON, G_OFF };
/* What became of it, for -v. */
enum { GD_NONE, GD_HELD, GD_ORDER, GD_SITE, GD_DOC, GD_OTHER,
	GD_SHELD, GD_SPLIT, GD_BACK, GD_MIXED, GD_MANY, GD_VISITS };

/*
 * A URL a session of the guess took for no document's: if a line read
 * after it names it as referrer, the replay would keep the fetch, and
 * the guess is wrong.  A set, so the same image of every page costs one
 * entry; past a 64th of --memory the guess is given up, once the
 * session being closed is (gwrong).
 */
static void
absent_add(jy_input *in, uint64_t h)
{
	if (h == 0) {
		in->abzero = 1;
		return;
	}
	if (!u64_room(&in->absent, in->abn, &in->abcap, 64,
	    in->cfg->memory / 64)) {
		in->gwrong = 1;
		return;
	}
	in->abn += (size_t)u64_put(in->absent, in->abcap, h);
}

/* Does pageview j of s show the document that pageview i names? */
static int
embeds(const jy_session *s, size_t j, size_t i)
{
	return s->x[j].parent && ((uint32_t)s->x[j].url | 1) == s->x[i].ref;
}

/*
 * Embedded fetches leave the session, now that all of it is known: a
 * pageview that may be one (set_pvx) is one when a pageview of the
 * session that showed a document has the URL it names as referrer and
 * came at most JY_EMB_WINDOW seconds before it (or in the same second,
 * before or after: a second's pageviews have no true order).  Such a
 * page is the referrer of the fetch, so it is never a fetch itself, and
 * the marks can be made in one pass.  The fetch may have been the
 * session's entry (its page came in the same second): the entry's
 * channel is then the new first pageview's.
 */
static void
drop_embedded(jy_input *in, jy_session *s)
{
	size_t i, j, k, n = 0;

	for (i = 0; i < s->n; i++) {
		if (s->x[i].ref == 0)
			continue;
		int found = 0;
		for (j = i, k = 0; j-- > 0 && k < JY_EMB_LOOK && !found; k++)
			if (s->pv[i].t - s->pv[j].t > JY_EMB_WINDOW)
				break;
			else
				found = embeds(s, j, i);
		for (j = i + 1, k = 0; j < s->n && k < JY_EMB_LOOK && !found &&
		    s->pv[j].t == s->pv[i].t; j++, k++)
			found = embeds(s, j, i);
		/* Last, as it costs most: is it a document?  (Whole is
		 * read first: a docset that became whole after it was asked
		 * might have had the URL too late.) */
		int whole = in->guess != G_ON ||
		    __atomic_load_n(&in->gread, __ATOMIC_ACQUIRE);
		found = found && !jy_docset_has(in->docs, s->x[i].url);
		if (found && !whole)
			absent_add(in, s->x[i].url);
		s->x[i].drop = (uint8_t)found;
		n += (size_t)found;
	}
	s->ncand = 0;
	if (n == 0)
		return;
	if (s->x[0].drop) {
		for (i = 1; i < s->n && s->x[i].drop; i++)
			;
		if (s->x[i].channel >= 0) {
			s->channel = s->x[i].channel;
			if (in->want_owner)
				s->owner = s->x[i].owner;
		}
	}
	for (i = j = 0; i < s->n; i++)
		if (!s->x[i].drop) {
			s->pv[j] = s->pv[i];
			s->x[j++] = s->x[i];
		}
	s->n = j;
	in->ss.pageviews -= n;
	in->ss.statics += n;
	in->ss.embedded += n;
}

/* -v: a written session's pageviews into the query-string sample. */
static void
qadd(jy_input *in, const jy_session *s)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		jy_qadvice_add(in->qa, jy_pv_slot(s, &s->pv[i], S_PAGE),
		    jy_pv_slot(s, &s->pv[i], S_URL));
}

static void session_put(jy_input *, jy_session *);

static void
close_session(jy_input *in, jy_session *s)
{
	struct jy_config *c = in->cfg;
	uint8_t msg[12];
	uint64_t h;
	int i;

	tab_remove(in, s);
	if (s->inheap) {
		/* Closed out of turn: its heap entry is dead now. */
		s->inheap = 0;
		in->ndead++;
	}
	s->gen++;
	if (s == in->cur)
		in->cur = NULL;
	if (!s->grouped) {
		/* The id: visitor key, start and a tie-break, under the salt. */
		uint64_t hk = jy_siphash(c->salt, KEYP(s), s->key.n);
		h = hk;
		for (i = 0; i < 8; i++)
			msg[i] = (uint8_t)((uint64_t)s->start >> (8 * i));
		for (i = 0; i < 4; i++)
			msg[8 + i] = (uint8_t)(s->nsame >> (8 * i));
		h ^= jy_siphash(c->salt, msg, sizeof msg) *
		    0x9e3779b97f4a7c15ULL;
		hex16(in->sidbuf, h);
		s->sidp = in->sidbuf;
		/* Visitor id: a keyed hash of the key for logs, so reports
		 * carry no address; an export's own visitor value as it is. */
		in->vidbuf.n = 0;
		if (s->vidkey)
			jy_buf_add(&in->vidbuf, KEYP(s), s->key.n);
		else {
			char hx[17];
			hex16(hx, hk);
			jy_buf_add(&in->vidbuf, hx, 16);
		}
		jy_buf_addc(&in->vidbuf, '\0');
		s->vidp = in->vidbuf.p;
	} else {
		s->sidp = s->sid.p;
		s->vidp = s->vid.p;
	}
	if (s->ncand > 0)
		drop_embedded(in, s);
	s->visit = 0;
	if (in->visits && !(c->max_rate > 0 && !c->all && !s->grouped &&
	    !s->vidkey && jy_session_peak(s, 60) > (size_t)c->max_rate))
		s->visit = visit_of(in, s);
	if ((in->has_since && s->start < in->since) ||
	    (in->has_until && s->start >= in->until))
		in->ss.outside++;
	else if (c->max_rate > 0 && !c->all && !s->grouped && !s->vidkey &&
	    jy_session_peak(s, 60) > (size_t)c->max_rate) {
		/* No one reads that fast: a bot by its behaviour. */
		in->ss.fast++;
		in->ss.pageviews -= s->n;
		in->ss.bots += s->n;
		in->ss.fastpv += s->n;
	} else {
		in->ss.sessions++;
		if (in->qa != NULL)
			qadd(in, s);
		if ((in->gthread ? !in->gstopped : !in->stopped) &&
		    in->fn(in->ctx, s) != 0) {
			in->gstopped = 1;	/* its output stands */
			if (!in->gthread) {
				in->stopped = 1;
				snprintf(in->err, sizeof in->err,
				    "output failed");
			}
		}
	}
	session_put(in, s);
}

/*
 * A session onto the free list.  Its buffers go back to the lists
 * (buf_put), not with it: kept, the free sessions' buffers would each
 * grow to the longest session they ever held, and memory with the
 * length of the input.
 */
static void
session_bufs_put(jy_input *in, jy_session *s)
{
	buf_put(in, BK_PV, s->pv, s->cap);
	s->pv = NULL;
	s->cap = 0;
	buf_put(in, BK_X, s->x, s->xcap);
	s->x = NULL;
	s->xcap = 0;
	buf_put(in, BK_SB, s->sb.p, s->sb.cap);
	s->sb = (struct jy_buf){ NULL, 0, 0 };
}

static void
session_put(jy_input *in, jy_session *s)
{
	session_bufs_put(in, s);
	s->next = in->free;
	in->free = s;
}

/*
 * The sessions the heap gives next, fetched while what comes before them
 * is done: its top and the top's children, one of which is the top once
 * it goes.  Each is a session idle for a timeout, long out of the cache.
 */
static void
heap_ahead(const jy_input *in)
{
	const jy_session *s;
	size_t i, k;

	for (i = 0; i < 3 && i < in->heapn; i++)
		for (k = 0; k < 4; k++)
			__builtin_prefetch((const char *)in->heap[i].s +
			    64 * k);
	/* The top was fetched as a child before it rose: what closing it
	 * reads next, its table slot and its arrays. */
	if (in->heapn > 0 && in->tabcap > 0) {
		s = in->heap[0].s;
		__builtin_prefetch(&in->tab[s->hash & (in->tabcap - 1)], 1);
		__builtin_prefetch(s->pv);
		__builtin_prefetch(s->sb.p);
		if (s->x != NULL)
			__builtin_prefetch(s->x);
	}
}

static void
expire(jy_input *in, int64_t watermark)
{
	jy_session *s;

	while (in->heapn > 0 && in->heap[0].key + in->cfg->timeout <
	    watermark && (s = heap_peek(in)) != NULL &&
	    s->last + in->cfg->timeout < watermark) {
		heap_pop(in);
		s->inheap = 0;
		heap_ahead(in);
		close_session(in, s);
	}
	heap_ahead(in);
}

static int64_t
day_of(const struct jy_config *c, int64_t t)
{
	static int64_t cache_q = INT64_MIN, cache_off;
	struct tm tm;
	time_t tt = (time_t)t;

	if (c->tz == NULL)
		return t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
	/* Offsets change on quarter hours at most: cache per quarter. */
	if (t / 900 != cache_q) {
		localtime_r(&tt, &tm);
		cache_off = tm.tm_gmtoff;
		cache_q = t / 900;
	}
	t += cache_off;
	return t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
}

/* s's key, vid or sid buffer was just grown from malloc's. */
static void
owns(jy_input *in, jy_session *s)
{
	if (!s->owns) {
		s->owns = 1;
		jy_buf_add(&in->owners, &s, sizeof s);
	}
}

static jy_session *
new_session(jy_input *in, uint64_t h, const struct prec *r, int64_t t)
{
	jy_session *s;
	size_t i;

	/* Memory cap: the session idle longest goes out first, whole. */
	if (in->cfg->max_sessions > 0 &&
	    in->tabn >= (size_t)in->cfg->max_sessions &&
	    (s = heap_peek(in)) != NULL) {
		in->ss.evicted++;
		heap_pop(in);
		s->inheap = 0;
		close_session(in, s);
	}
	s = in->free;
	if (s != NULL)
		in->free = s->next;
	else {
		/* A cache line's start: its key is then one miss. */
		s = slab_cut(in, sizeof *s, 64);
		memset(s, 0, sizeof *s);
	}
	s->cfg = in->cfg;
	s->hash = h;
	s->key.n = 0;
	if (r->s[P_KEY].n <= sizeof s->kin) {
		memcpy(s->kin, r->s[P_KEY].p, r->s[P_KEY].n);
		s->key.n = r->s[P_KEY].n;
	} else {
		jy_buf_add(&s->key, r->s[P_KEY].p, r->s[P_KEY].n);
		owns(in, s);
	}
	s->start = s->last = t;
	s->day = in->cfg->split_midnight ? day_of(in->cfg, t) : 0;
	s->ordinal = in->ordinal++;
	s->nsame = 0;
	s->n = 0;
	s->sb.n = 0;
	s->campaign = 0;
	s->grouped = 0;
	s->ncand = 0;
	s->given = 0;
	/* The ids are made when the session closes (close_session). */
	s->vidkey = r->s[P_VISITOR].n > 0;
	if (in->cfg->verbose) {
		/* Visitors are counted by their id, as written. */
		char hx[17];
		jy_span v = r->s[P_VISITOR];
		in->tmp.n = 0;
		if (v.n > 0)
			jy_buf_add(&in->tmp, v.p, v.n);
		else {
			hex16(hx, jy_siphash(in->cfg->salt, r->s[P_KEY].p,
			    r->s[P_KEY].n));
			jy_buf_add(&in->tmp, hx, 16);
		}
		jy_buf_addc(&in->tmp, '\0');
		vset_add(in, jy_siphash(in->cfg->salt, in->tmp.p, in->tmp.n));
	}
	if (2 * (in->tabn + 1) > in->tabcap)
		tab_grow(in);
	i = tab_find(in, h, KEYP(s), s->key.n);
	in->tab[i].s = s;
	in->tab[i].hash = h;
	in->tabn++;
	heap_push(in, s);
	heap_sweep(in);
	return s;
}

/* The channel comes from the entry pageview: decided when it arrives
 * (again if a late line becomes the entry), so nothing of it is kept. */
static int
entry_channel(jy_input *in, const struct prec *r)
{
	int c;

	if (r->s[P_CHANNEL].n > 0 && r->s[P_REF].n == 0 &&
	    r->s[P_TARGET].n == 0) {
		for (c = 1; c < JY_CH_N; c++)
			if (jy_span_eq(r->s[P_CHANNEL], jy_channel_name(c)))
				return c;
		return JY_CH_UNKNOWN;
	}
	if (r->s[P_REF].n == 0 && r->s[P_TARGET].n == 0 && !(r->flags & PF_LOGS_REF))
		return JY_CH_UNKNOWN;
	return jy_channel_classify(r->s[P_REF], r->s[P_TARGET], in->hosts,
	    r->s[P_VHOST], &in->chmemo);
}

/* The site's hosts are these now: what was made of the last ones goes. */
static void
hosts_set(jy_input *in, const struct jy_list *hosts)
{
	in->hosts = hosts;
	memset(&in->chmemo, 0, sizeof in->chmemo);
}

/*
 * What the embedded-fetch rule needs of a pageview (see drop_embedded).
 * A fetch may be embedded when it names as referrer, on a host of the
 * site, another URL than its own; whether a request names its own URL
 * as referrer is asked when the session ends, when --stream has read
 * the lines that come soon after it.
 */
static void
set_pvx(jy_input *in, jy_session *s, struct pvx *x, const struct prec *r,
    int first)
{
	jy_span ref = r->s[P_REF];
	uint64_t u, h;

	memset(x, 0, sizeof *x);
	x->channel = (int8_t)(first ? entry_channel(in, r) : -1);
	if (first && in->want_owner)
		x->owner = (int16_t)jy_owner_of(in->cfg->owners, x->channel,
		    r->s[P_REF], r->s[P_TARGET]);
	if (!(r->flags & PF_EMB))
		return;
	u = jy_url_hash(jy_url_pathq(r->s[P_TARGET]));
	x->url = u;
	x->parent = (r->status >= 200 && r->status < 300) ||
	    r->status == 304;
	if ((r->flags & PF_TYPED) || !jy_url_absolute(ref) ||
	    !jy_ref_internal(ref, in->hosts, r->s[P_VHOST], &in->chmemo))
		return;
	h = jy_url_hash(jy_url_pathq(ref));
	if (h == u)
		return;
	x->ref = (uint32_t)h | 1;
	s->ncand++;
}

/* ch: entry_channel(in, r) if set_pvx made it, else -1. */
static void
set_entry(jy_input *in, jy_session *s, const struct prec *r, int ch)
{
	s->channel = ch >= 0 ? ch : entry_channel(in, r);
	if (in->want_owner)
		s->owner = jy_owner_of(in->cfg->owners, s->channel,
		    r->s[P_REF], r->s[P_TARGET]);
}

/* Into room add_pageview reserved (kept_size): no check per string. */
static char *
keep(char *q, uint16_t *mask, int k, jy_span v)
{
	uint32_t n = (uint32_t)v.n;

	*mask |= (uint16_t)(1u << k);
	memcpy(q, &n, sizeof n);
	q += sizeof n;
	if (v.n)
		memcpy(q, v.p, v.n);
	return q + v.n;
}

/* The bytes add_pageview keeps of a pageview in its session's sb. */
static size_t
kept_size(const jy_input *in, const struct prec *r)
{
	static const struct { int slot, p; } opt[] = {
		{ S_URL, P_TARGET }, { S_METHOD, P_METHOD }, { S_REF, P_REF },
		{ S_UA, P_UA }, { S_HOST, P_VHOST },
	};
	size_t n = sizeof(uint16_t) + sizeof(uint32_t) + r->s[P_PAGE].n;
	size_t i;

	for (i = 0; i < sizeof opt / sizeof opt[0]; i++)
		if (in->want & (1u << opt[i].slot))
			n += sizeof(uint32_t) + r->s[opt[i].p].n;
	n += sizeof(uint32_t) + r->s[P_STAGE].n;
	n += sizeof(uint32_t) + r->s[P_UAP].n;
	for (i = 0; i < JY_MAX_XCOLS; i++)
		n += sizeof(uint32_t) + r->s[P_X0 + i].n;
	return n;
}

static void
add_pageview(jy_input *in, jy_session *s, const struct prec *r)
{
	struct jy_config *c = in->cfg;
	int64_t t = r->t;
	struct pv *p;
	size_t i, at;

	if (s->n == s->cap) {
		size_t cap = s->cap ? s->cap * 2 : bk_first[BK_PV];
		s->pv = buf_move(in, BK_PV, s->pv, s->n, s->cap, cap);
		s->cap = cap;
	}
	/* Late but within the slack: insert in time order, after equals.
	 * The last pageview's time is s->last, and the first's s->start:
	 * a pageview in time order does not read the array. */
	at = s->n;
	if (t < s->last)
		while (at > 0 && s->pv[at - 1].t > t)
			at--;
	if (in->docs != NULL) {
		if (s->xcap < s->cap) {
			s->x = buf_move(in, BK_X, s->x, s->n, s->xcap, s->cap);
			s->xcap = s->cap;
		}
		if (at < s->n)
			memmove(&s->x[at + 1], &s->x[at], (s->n - at) *
			    sizeof *s->x);
		set_pvx(in, s, &s->x[at], r, s->n == 0 || t <= s->start);
	}
	if (at < s->n)
		memmove(&s->pv[at + 1], &s->pv[at], (s->n - at) * sizeof *p);
	s->n++;
	p = &s->pv[at];
	memset(p, 0, sizeof *p);
	p->t = t;
	p->status = (int16_t)r->status;
	p->bytes = r->bytes;
	p->off = (uint32_t)s->sb.n;
	uint16_t mask = 0;
	size_t mpos = s->sb.n;
	size_t need = kept_size(in, r);
	if (s->sb.cap - s->sb.n < need) {
		/* A few pageviews' worth at first: most sessions are
		 * short. */
		size_t cap = s->sb.cap ? s->sb.cap : bk_first[BK_SB];
		while (cap - s->sb.n < need)
			cap *= 2;
		s->sb.p = buf_move(in, BK_SB, s->sb.p, s->sb.n, s->sb.cap,
		    cap);
		s->sb.cap = cap;
	}
	char *q = s->sb.p + mpos + sizeof mask;
	q = keep(q, &mask, S_PAGE, r->s[P_PAGE]);
	if (in->want & (1u << S_URL))
		q = keep(q, &mask, S_URL, r->s[P_TARGET]);
	if (in->want & (1u << S_METHOD))
		q = keep(q, &mask, S_METHOD, r->s[P_METHOD]);
	if (in->want & (1u << S_REF))
		q = keep(q, &mask, S_REF, r->s[P_REF]);
	if (in->want & (1u << S_UA))
		q = keep(q, &mask, S_UA, r->s[P_UA]);
	if (in->want & (1u << S_HOST))
		q = keep(q, &mask, S_HOST, r->s[P_VHOST]);
	/* An event stream's own stage column, unless --stages overrides. */
	if (r->s[P_STAGE].n > 0 && c->nstages == 0)
		q = keep(q, &mask, S_STAGE, r->s[P_STAGE]);
	for (i = 0; i < (size_t)in->nx; i++)
		if (r->flags & (PF_X0 << i))
			q = keep(q, &mask, S_X0 + (int)i, r->s[P_X0 + i]);
	if (in->want & (1u << S_UAP))
		q = keep(q, &mask, S_UAP, r->s[P_UAP]);
	memcpy(s->sb.p + mpos, &mask, sizeof mask);
	s->sb.n = (size_t)(q - s->sb.p);
	p->stage = -1;
	for (i = 0; i < c->nstages; i++)
		if (jy_pattern_match(c->stages[i].pat, r->s[P_PAGE].p,
		    r->s[P_PAGE].n)) {
			p->stage = (int)i;
			break;
		}
	if (at == 0) {
		/* A new first pageview's channel: set_pvx has it. */
		set_entry(in, s, r, in->docs != NULL ? s->x[0].channel : -1);
		s->start = t;
	}
	if (t > s->last)
		s->last = t;
	in->ss.pageviews++;
}

static void
reject(jy_input *in, jy_span line)
{
	if (in->rejects != NULL) {
		fwrite(line.p, 1, line.n, in->rejects);
		putc('\n', in->rejects);
	}
}

/* The visitor key of a record into in->key. */
static void
visitor_key(jy_input *in, const jy_record *r, struct jy_uahash *uah)
{
	struct jy_config *c = in->cfg;
	jy_span v = { NULL, 0 };

	in->key.n = 0;
	if (r->f[JY_F_VISITOR].n > 0) {
		jy_buf_add(&in->key, r->f[JY_F_VISITOR].p, r->f[JY_F_VISITOR].n);
		return;
	}
	if (c->visitor == JY_VIS_FIELD) {
		if (strcasecmp(c->visitor_field, "user") == 0)
			v = r->f[JY_F_USER];
		else if (in->visitor_named >= 0)
			v = r->named[in->visitor_named];
		/* X-Forwarded-For: the first address is the client's. */
		if (v.n > 0 && strcasecmp(c->visitor_field,
		    "X-Forwarded-For") == 0) {
			const char *comma = memchr(v.p, ',', v.n);
			if (comma != NULL)
				v.n = (size_t)(comma - v.p);
			while (v.n > 0 && v.p[v.n - 1] == ' ')
				v.n--;
		}
		if (!jy_span_dash(v)) {
			jy_buf_add(&in->key, "f:", 2);
			jy_buf_add(&in->key, v.p, v.n);
			return;
		}
		/* No value on this line (not logged in): fall back. */
	}
	jy_buf_add(&in->key, r->f[JY_F_CLIENT].p, r->f[JY_F_CLIENT].n);
	if (c->visitor != JY_VIS_IP) {
		/* The UA by its salted hash: every open session keeps its
		 * key, and 8 bytes tell UAs apart as well as 150 do. */
		uint64_t h = jy_ua_hash(c, r->f[JY_F_UA], uah);
		int i;
		jy_buf_addc(&in->key, '\0');
		/* Little-endian, so that ids are the same on every machine. */
		for (i = 0; i < 8; i++)
			jy_buf_addc(&in->key, (char)(h >> (8 * i)));
	}
}

static void
uap_add(struct jy_buf *b, jy_span v)
{
	size_t n = v.n < 255 ? v.n : 255;

	jy_buf_addc(b, (char)n);
	jy_buf_add(b, v.p, n);
}

/*
 * The browser, OS, device and device class of a line into in->uap: an
 * event stream's own columns of those names where it has them, else
 * from its User-Agent by uap-core (each distinct UA parsed once, ua.c).
 */
static void
make_uap(jy_input *in, const jy_record *r, struct jy_uahash *uah)
{
	static const char *const names[4] = {
		"browser", "os", "device", "device_class"
	};
	struct jy_config *c = in->cfg;
	jy_span fam[JY_UA_N], ua = r->f[JY_F_UA];
	unsigned want = 0;
	int k, dc = -1;

	if (in->uapstale) {
		in->uapstale = 0;
		for (k = 0; k < 4; k++)
			in->uapcol[k] = jy_format_is_tsv(in->fmt) ?
			    jy_format_named(in->fmt, names[k]) : -1;
	}
	for (k = 0; k < JY_UA_N; k++)
		if (in->uapcol[k] < 0)
			want |= 1u << k;
	if (in->uapcol[3] < 0)
		want = (1u << JY_UA_N) - 1;
	for (k = 0; k < JY_UA_N; k++)
		fam[k] = (jy_span){ "", 0 };
	/* The parser and its cache are shared by the threads (-j): held
	 * until the families it returned are copied. */
	pthread_mutex_lock(&jy_ua_lock);
	struct jy_ua *u = want != 0 ? jy_config_ua(c, NULL, 0) : NULL;
	if (u != NULL && !jy_span_dash(ua)) {
		uint64_t h = jy_ua_hash(c, ua, uah);
		if (in->uapcol[3] < 0)
			dc = jy_ua_parse_class(u, ua, h, fam);
		else
			jy_ua_parse(u, ua, h, want, fam);
	}
	for (k = 0; k < JY_UA_N; k++)
		if (in->uapcol[k] >= 0)
			fam[k] = r->named[in->uapcol[k]];
	in->uap.n = 0;
	if (in->uapcol[3] >= 0) {
		jy_span v = r->named[in->uapcol[3]];
		for (k = 0; k <= JY_DC_OTHER; k++)
			if (jy_span_eq(v, jy_ua_class_name(k)))
				dc = k;
		if (dc < 0)
			dc = v.n == 0 || jy_span_eq(v, "-") ? 255 : JY_DC_OTHER;
	} else if (jy_span_dash(ua))
		dc = 255;
	else if (jy_bot_listed(c, ua, jy_ua_hash(c, ua, uah)))
		dc = JY_DC_BOT;
	else if (dc < 0)		/* no uap-core: jy_input_column says */
		dc = JY_DC_OTHER;
	jy_buf_addc(&in->uap, (char)dc);
	for (k = 0; k < JY_UA_N; k++)
		uap_add(&in->uap, fam[k]);
	pthread_mutex_unlock(&jy_ua_lock);
}

/* A parsed line's pageview as a prec whose spans point into it. */
static void
make_prec(jy_input *in, const jy_record *r, struct prec *p,
    struct jy_uahash *uah)
{
	int k;

	memset(p, 0, sizeof *p);
	p->t = r->time;
	p->bytes = r->bytes;
	p->status = r->status;
	p->flags = in->fmt != NULL && jy_format_logs(in->fmt, JY_F_REFERRER) ?
	    PF_LOGS_REF : 0;
	p->s[P_KEY] = (jy_span){ in->key.p, in->key.n };
	p->s[P_PAGE] = (jy_span){ in->page.p, in->page.n };
	p->s[P_TARGET] = r->f[JY_F_TARGET];
	p->s[P_REF] = r->f[JY_F_REFERRER];
	p->s[P_VHOST] = r->f[JY_F_VHOST];
	if (in->want & (1u << S_METHOD))
		p->s[P_METHOD] = r->f[JY_F_METHOD];
	if (in->want & (1u << S_UA))
		p->s[P_UA] = r->f[JY_F_UA];
	p->s[P_CHANNEL] = r->f[JY_F_CHANNEL];
	p->s[P_STAGE] = r->f[JY_F_STAGE];
	p->s[P_VISITOR] = r->f[JY_F_VISITOR];
	if (in->docs != NULL && !jy_format_is_tsv(in->fmt) &&
	    r->f[JY_F_TARGET].n > 0)
		p->flags |= jy_span_dash(r->ctype) ? PF_EMB :
		    PF_EMB | PF_TYPED;
	for (k = 0; k < in->nx; k++)
		if (in->xidx[k] >= 0) {
			p->s[P_X0 + k] = r->named[in->xidx[k]];
			p->flags |= (uint8_t)(PF_X0 << k);
		}
	if (in->want & (1u << S_UAP)) {
		make_uap(in, r, uah);
		p->s[P_UAP] = (jy_span){ in->uap.p, in->uap.n };
	}
}

/*
 * --shard: a line of another shard's visitor goes no further.  An event
 * stream's session without a visitor is placed by its session id.
 */
static int
in_shard(jy_input *in, const jy_record *r, struct jy_uahash *uah)
{
	jy_span sid = r->f[JY_F_SESSION];

	if (r->f[JY_F_VISITOR].n == 0 && sid.n > 0 && !in->cfg->resessionize)
		return jy_shard_keep(in->cfg, sid.p, sid.n);
	visitor_key(in, r, uah);
	return jy_shard_keep(in->cfg, in->key.p, in->key.n);
}

/* jsessionize --map: the pageview's line, keyed by its visitor's hash. */
static void
map_line(jy_input *in, jy_span line, const struct prec *p)
{
	if (jy_format_is_tsv(in->fmt)) {
		snprintf(in->err, sizeof in->err, "%s: --map reads access "
		    "logs; an event stream is sessionized already: shard it "
		    "with --shard K/N", in->fname);
		in->halted = 1;
		return;
	}
	jy_map_write(in->mapout, jy_siphash(in->cfg->salt, p->s[P_KEY].p,
	    p->s[P_KEY].n), p->t, in->pos, line);
	in->st.pageviews++;
}

/*
 * An event stream keeps its sessions: a session ends where the next
 * begins.  On the exact path its rows come grouped by session id (order.c
 * sorts them so, whatever the input's order); with --stream they must
 * come so (DESIGN.md), and a session id seen again after others stops
 * the run rather than count it twice.
 */
static void
grouped(jy_input *in, const struct prec *p)
{
	jy_span sid = p->s[P_KEY];
	jy_session *s = in->cur;

	if (s == NULL || s->sid.n != sid.n + 1 ||
	    memcmp(s->sid.p, sid.p, sid.n) != 0) {
		if (s != NULL) {
			seen_add(in, jy_hash(s->sid.p, s->sid.n - 1));
			close_session(in, s);
		}
		if (in->order == NULL && seen_has(in, jy_hash(sid.p, sid.n))) {
			snprintf(in->err, sizeof in->err, "%s:%llu: session "
			    "%.*s comes again after other sessions: an event "
			    "stream's sessions must be contiguous; give it "
			    "without --stream, which groups them", in->fname,
			    (unsigned long long)in->fline,
			    (int)(sid.n < 64 ? sid.n : 64), sid.p);
			in->halted = 1;
			return;
		}
		s = in->cur = new_session(in, jy_hash(sid.p, sid.n), p, p->t);
		s->grouped = 1;
		s->given = in->curgiven;
		s->sid.n = 0;
		jy_buf_add(&s->sid, sid.p, sid.n);
		jy_buf_addc(&s->sid, '\0');
		s->vid.n = 0;
		jy_buf_add(&s->vid, p->s[P_VISITOR].p, p->s[P_VISITOR].n);
		jy_buf_addc(&s->vid, '\0');
		owns(in, s);
	}
	add_pageview(in, s, p);
}

/*
 * A pageview into its visitor's open session, or a new one.  Both paths
 * end here: the exact one with records in time order, the streaming one
 * with records at most --slack late.
 */
/* The table hash of a record's key, made by pure() (on a worker under
 * -j); replay_ahead's hint of it, if any, is used up. */
static uint64_t
key_hash(jy_input *in, const struct prec *r)
{
	if (in->hint0 != in->hintn &&
	    in->hint[in->hint0 % (2 * JY_ORDER_AHEAD)].k == r->s[P_KEY].p)
		in->hint0++;
	return r->kh != 0 ? r->kh : jy_hash(r->s[P_KEY].p, r->s[P_KEY].n);
}

static void
sessionize(jy_input *in, const struct prec *r)
{
	struct jy_config *c = in->cfg;
	jy_session *s;
	int64_t t = r->t;
	uint64_t h = key_hash(in, r);
	size_t i;

	i = in->tabcap ? tab_find(in, h, r->s[P_KEY].p, r->s[P_KEY].n) : 0;
	s = in->tabcap ? in->tab[i].s : NULL;
	if (s != NULL) {
		uint32_t nsame = 0;
		int full = c->max_pageviews > 0 &&
		    s->n >= (uint64_t)c->max_pageviews;
		/* A pageview's strings are found by a 32-bit offset. */
		int big = s->sb.n > UINT32_MAX / 2 &&
		    s->sb.n + kept_size(in, r) > UINT32_MAX;
		int split = t - s->last > c->timeout || full || big ||
		    (c->split_midnight && day_of(c, t) != s->day) ||
		    (r->camp != 0 && r->camp != s->campaign);
		if (split && full && t - s->last <= c->timeout)
			in->ss.capped++;
		else if (split && big && t - s->last <= c->timeout)
			in->ss.cutbig++;
		if (split) {
			if (t == s->start)
				nsame = s->nsame + 1;
			close_session(in, s);
			s = NULL;
		}
		if (s == NULL) {
			s = new_session(in, h, r, t);
			s->nsame = nsame;
		}
	} else
		s = new_session(in, h, r, t);
	if (r->camp != 0)
		s->campaign = r->camp;
	add_pageview(in, s, r);
}

/* A record of a log in time order: what came before it idle a timeout
 * closes, then it goes to its session. */
static void
replay_one(jy_input *in, const struct prec *r)
{
	if (!in->anyt || r->t > in->maxt) {
		in->maxt = r->t;
		in->anyt = 1;
	}
	expire(in, in->maxt);
	sessionize(in, r);
}

/* The exact path's records come back in time order: nothing is late. */
static int
replay(void *ctx, const struct prec *r)
{
	jy_input *in = ctx;

	if (r->flags & PF_GROUPED) {
		grouped(in, r);
		return in->stopped || in->halted;
	}
	replay_one(in, r);
	return in->stopped;
}

/*
 * The exact path's replay looks up one visitor after another in a table
 * too big for the cache: each record's slot is fetched JY_ORDER_AHEAD
 * records before it is replayed, the session it holds half as many
 * before, and where its pageview will be written a quarter as many, so
 * the misses overlap instead of being paid one by one.
 */
static void
replay_ahead(void *ctx, const struct prec *r)
{
	jy_input *in = ctx;
	struct khint *e;
	size_t mask = in->tabcap - 1;
	jy_session *s;

	if ((r->flags & PF_GROUPED) ||
	    in->hintn - in->hint0 == 2 * JY_ORDER_AHEAD)
		return;
	e = &in->hint[in->hintn++ % (2 * JY_ORDER_AHEAD)];
	e->k = r->s[P_KEY].p;
	e->h = r->kh != 0 ? r->kh : jy_hash(r->s[P_KEY].p, r->s[P_KEY].n);
	if (in->tabcap == 0)
		return;
	__builtin_prefetch(&in->tab[e->h & mask]);
	if (in->hintn - in->hint0 > JY_ORDER_AHEAD / 2) {
		e = &in->hint[(in->hintn - 1 - JY_ORDER_AHEAD / 2) %
		    (2 * JY_ORDER_AHEAD)];
		/* The key, times, pageview array and string buffer: the
		 * session's first four cache lines. */
		if ((s = in->tab[e->h & mask].s) != NULL)
			for (int k = 0; k < 4; k++)
				__builtin_prefetch((const char *)s + 64 * k);
	}
	if (in->hintn - in->hint0 > 3 * JY_ORDER_AHEAD / 4) {
		e = &in->hint[(in->hintn - 1 - 3 * JY_ORDER_AHEAD / 4) %
		    (2 * JY_ORDER_AHEAD)];
		/* Where add_pageview writes, read from that session: the
		 * ends of its pageviews, their strings and their fetches. */
		if ((s = in->tab[e->h & mask].s) != NULL) {
			if (s->n < s->cap)
				__builtin_prefetch(&s->pv[s->n], 1);
			if (s->sb.n < s->sb.cap)
				__builtin_prefetch(s->sb.p + s->sb.n, 1);
			if (s->x != NULL && s->n < s->xcap)
				__builtin_prefetch(&s->x[s->n], 1);
		}
	}
}

/*
 * The sessions of a guess that failed are let go unwritten, and what
 * they counted with them: the state is as before the first of them.
 */
static void
guess_undo(jy_input *in)
{
	size_t i;

	for (i = 0; i < in->tabcap; i++) {
		jy_session *s = in->tab[i].s;
		if (s == NULL)
			continue;
		s->inheap = 0;
		s->gen++;
		session_put(in, s);
		in->tab[i].s = NULL;
		in->tab[i].hash = 0;
	}
	in->tabn = 0;
	in->heapn = in->ndead = 0;
	in->cur = NULL;
	in->hint0 = in->hintn = 0;
	in->anyt = 0;
	in->ordinal = 0;
	memset(&in->ss, 0, sizeof in->ss);
	if (in->vc != NULL)
		memset(in->vc, 0, in->vccap * sizeof *in->vc);
	in->vcn = 0;
	in->vcforgot = 0;
	in->vcany = 0;
	if (in->qa != NULL) {
		jy_qadvice_free(in->qa);
		in->qa = jy_qadvice_new();
	}
	free(in->absent);
	in->absent = NULL;
	in->abn = in->abcap = 0;
	in->abzero = 0;
	in->gwrong = 0;
	hosts_set(in, &in->cfg->site_hosts);
}

/* The guess is wrong (order.c found a record out of place, or the
 * input something it cannot guess at): what it made goes. */
static void
guess_fail(void *ctx)
{
	jy_input *in = ctx;

	if (in->order != NULL)
		jy_order_unguess(in->order);	/* its thread ends first */
	in->gthread = 0;
	if (in->guess == G_ON) {
		guess_undo(in);
		in->redo(in->ctx, JY_REDO_UNDO, in->tmpdir);
		if (in->guessed == GD_NONE)
			in->guessed = GD_ORDER;
	}
	in->guess = G_OFF;
}

/* Before the first record of the guess, on main: the site's hosts
 * guessed from the input so far, the consumer's output held back. */
static int
guess_begin(void *ctx)
{
	jy_input *in = ctx;
	size_t i;

	in->guess = G_OFF;
	jy_list_clear(&in->gsite);
	for (i = 0; i < in->cfg->site_hosts.n; i++)
		jy_list_add(&in->gsite, in->cfg->site_hosts.v[i],
		    strlen(in->cfg->site_hosts.v[i]));
	if (in->si != NULL) {
		char msg[64];
		jy_siteinfer_decide(in->si, &in->gsite, msg, sizeof msg);
	}
	if (in->redo(in->ctx, JY_REDO_HOLD, in->tmpdir) != 0)
		return -1;
	hosts_set(in, &in->gsite);
	in->guess = G_ON;
	return 0;
}

static int
guess_replay(void *ctx, const struct prec *r)
{
	jy_input *in = ctx;

	if (in->guess != G_ON)
		return 0;
	if (r->flags & PF_GROUPED)
		in->gwrong = 1;	/* an event stream's sessions are ranked
				 * at the end (gs_rank) */
	else
		replay_one(in, r);
	/* On the thread, what went wrong stops it; main sees to it. */
	if (in->gthread)
		return in->gstopped || in->gwrong;
	if (in->gwrong) {
		in->guessed = GD_OTHER;
		guess_fail(in);
	}
	return in->stopped;
}

/* With the whole input read: did the guess hold?  If not, why not. */
static int
guess_held(jy_input *in)
{
	const struct jy_list *a = &in->gsite, *b = &in->cfg->site_hosts;
	size_t i;

	if (in->gwrong)
		return GD_OTHER;
	if (a->n != b->n)
		return GD_SITE;
	for (i = 0; i < a->n; i++)
		if (strcmp(a->v[i], b->v[i]) != 0)
			return GD_SITE;
	if (in->docs == NULL)
		return GD_HELD;
	if (in->abzero && jy_docset_has(in->docs, 0))
		return GD_DOC;
	for (i = 0; i < in->abcap; i++)
		if (in->absent[i] != 0 && jy_docset_has(in->docs,
		    in->absent[i]))
			return GD_DOC;
	return GD_HELD;
}

void
jy_input_redo(jy_input *in, jy_redo_fn redo)
{
	if (in->order == NULL || in->guess != G_NONE)
		return;
	in->redo = redo;
	in->guess = G_ARMED;
	/* A thread of its own where -j has more than one: -j 1 is one. */
	in->gthread = jobs(in->cfg) > 1;
	jy_order_speculate(in->order, guess_replay, replay_ahead,
	    guess_begin, guess_fail, in, in->gthread);
	in->sguess = SG_ARMED;
}

/* ---- the stream guess ---- */

/*
 * An event stream as jsessionize writes it has each session's rows
 * together and in time order, the sessions in the order they closed.
 * The exact path would sort every row by session id to gather them and
 * make the sessions at the end; the stream guess makes each one as its
 * rows come, here on main, while the rows are stored as before (the
 * insurance: if the guess fails, the consumer forgets what it had and
 * the sorted rows are replayed, as without it).  It fails when a
 * session's id comes again after another session's rows, when a row is
 * earlier than the one before it in its session, when a log's record
 * comes among the rows, or past a 16th of --memory of ids.  What holds
 * makes the sessions the sort would, row for row (a session's rows come
 * in the order the sort puts them: by time, ties as they came); only
 * the order in which sessions reach the consumer differs - input order,
 * not id order - and the consumers of a stream's own sessions are the
 * analyses, whose counts do not depend on it (jsessionize makes its
 * sessions again from the rows: they are never grouped).
 */

/* The first record stored: is it an event stream's, to guess at? */
static void
sg_begin(jy_input *in, const struct prec *p)
{
	in->sguess = SG_OFF;
	if (!(p->flags & PF_GROUPED))
		return;		/* a log: the time-order guess's */
	/* The time-order guess fails at a stream's first row: not begun. */
	if (in->guess == G_ARMED) {
		jy_order_unguess(in->order);
		in->gthread = 0;
		in->guess = G_OFF;
	}
	if (in->guess != G_OFF || in->si != NULL ||
	    jy_order_raw(in->order) != 0 ||
	    in->redo(in->ctx, JY_REDO_HOLD, in->tmpdir) != 0) {
		/* Not guessed: none stored yet, and none to be raw. */
		if (jy_order_cook(in->order) != 0) {
			snprintf(in->err, sizeof in->err, "%s",
			    jy_order_error(in->order));
			in->stopped = 1;
		}
		return;
	}
	in->sguess = SG_ON;
}

static void
sg_fail(jy_input *in, int why)
{
	if (in->sguess != SG_ON)
		return;
	guess_undo(in);
	in->redo(in->ctx, JY_REDO_UNDO, in->tmpdir);
	in->guessed = why;
	in->sguess = SG_OFF;
	/* The rows stored so far, to the sort as if it had been all along. */
	if (jy_order_cook(in->order) != 0 && !in->stopped) {
		snprintf(in->err, sizeof in->err, "%s",
		    jy_order_error(in->order));
		in->stopped = 1;
	}
	free(in->sgids);
	in->sgids = NULL;
	in->sgn = in->sgcap = 0;
}

/* A session begins: 0 if its id's hash was had before (or the set is
 * full), else noted. */
static int
sg_note(jy_input *in, uint64_t h)
{
	h |= 1;
	if (!u64_room(&in->sgids, in->sgn, &in->sgcap, 1024,
	    in->cfg->memory / 16)) {
		sg_fail(in, GD_MANY);
		return 0;
	}
	if (!u64_put(in->sgids, in->sgcap, h)) {
		sg_fail(in, GD_SPLIT);
		return 0;
	}
	in->sgn++;
	return 1;
}

/* A record stored while the stream guess is on: into its session. */
static void
sg_feed(jy_input *in, const struct prec *p)
{
	jy_session *s = in->cur;
	jy_span sid = p->s[P_KEY];

	if (!(p->flags & PF_GROUPED)) {
		sg_fail(in, GD_MIXED);
		return;
	}
	if (s != NULL && s->sid.n == sid.n + 1 &&
	    memcmp(s->sid.p, sid.p, sid.n) == 0) {
		if (p->t < s->last) {
			sg_fail(in, GD_BACK);
			return;
		}
	} else if (!sg_note(in, jy_hash(sid.p, sid.n)))
		return;
	grouped(in, p);
	if (in->gswrong)
		sg_fail(in, GD_VISITS);	/* the session it closed (visit_of) */
}

static void
where(jy_input *in, char *buf, size_t n)
{
	if (buf[0] == '\0') {
		/* Printed on stderr: a file name's control bytes escaped. */
		jy_escape_str(buf, n > 24 ? n - 24 : n, in->fname);
		snprintf(buf + strlen(buf), n - strlen(buf), ":%llu",
		    (unsigned long long)in->fline);
	}
}

/* FILE:LINE, the file name's control bytes escaped. */
static void
at_line(jy_input *in, char *buf, size_t n, uint64_t lineno)
{
	jy_escape_str(buf, n > 24 ? n - 24 : n, in->fname);
	snprintf(buf + strlen(buf), n - strlen(buf), ":%llu",
	    (unsigned long long)lineno);
}

/*
 * A parsed line's work is split in two: its own (pure: filter, page,
 * visitor key, the prec), which a worker thread can do with a jy_input
 * of its own (-j), and what depends on the lines before it (apply:
 * counts, site inference, the order or the open sessions), done on the
 * main thread in input order.  A line's outcome between the two:
 */
enum { L_EMPTY, L_SKIP, L_BAD, L_REC };
#define DROP_SHARD	100	/* beside JY_DROP_x: another shard's */
/* Spans of a struct lres past the prec's P_N. */
enum { LS_REF = P_N, LS_TARGET, LS_PAGE, LS_SID, LS_VID, LS_N };

struct lres {
	struct prec	 p;		/* kept: the pageview (--map: key, t) */
	jy_span		 x[LS_N - P_N];	/* LS_x - P_N */
	const char	*why;		/* L_BAD */
	uint32_t	 moved;		/* 1u << LS_x: span in a batch's arena */
	uint32_t	 given;		/* an event stream's visit_number */
	uint64_t	 refh;		/* the referrer's docset hash, or 0 */
	uint64_t	 pageh;		/* site inference's page hash, or 0 */
	struct jy_siref	 sr;		/* site inference's, if it is on */
	uint8_t		 kind, drop;	/* drop: JY_DROP_x, DROP_SHARD */
	uint8_t		 map;		/* --map: a line to write */
};

static jy_span *
lres_span(struct lres *o, int k)
{
	return k < P_N ? &o->p.s[k] : &o->x[k - P_N];
}

/*
 * Site inference's part of a referrer (jy_siteinfer_ref_pair) for every
 * line is as much as the rest of its parse: a page's assets name the
 * same referrer, so what was made of the last ones is kept, by hash.
 */
#define SR_MEMO	1024

/*
 * What a thread worked out of the User-Agents and referrers it saw
 * last, MEMO_N of each in a table indexed by a few of their bytes.  A
 * page's fetches follow it, from the same browser and with the page as
 * their referrer, and a site's visitors at one time are few, so most
 * lines repeat a line's just before: on a shop's log, the one before
 * had the same UA for three lines in five, one of the last 64 for nine
 * in ten; the referrer, three in five and nine in ten.  A memcmp is
 * cheaper than hashing and parsing them again.  Of 64 slots each, 82%
 * of the bench log's lookups hit and 85% of elastic's apache_logs'; of
 * 256, 88.5% and 89.6%, and the run's CPU went down a tenth (a slot
 * is touched only as far as its text goes: 296 KiB of slots are some
 * 100 KiB of lines, in L2).
 */
#define MEMO_MAX	512
#define MEMO_BITS	8
#define MEMO_N		(1 << MEMO_BITS)
enum { MH_UA = 1, MH_DOC = 2, MH_PREP = 4 };
struct memo {
	size_t		 n;		/* of b */
	unsigned	 have;		/* MH_*: which of these hold */
	uint64_t	 ua, doc;	/* jy_ua_hash, jy_docset_ref_part */
	struct jy_siref	 sr;		/* ref_prep's */
	size_t		 rpoff;		/* the docset's rp: at b + rpoff, */
	const char	*rpstatic;	/* or here if not NULL */
	size_t		 rpn;
	char		 b[MEMO_MAX];
};
struct lmemo {
	struct memo	 ua[MEMO_N], ref[MEMO_N];
};

/* v's slot of a table of MEMO_N: its length and last and middle eight
 * bytes (a UA's first are everyone's, a referrer's the site's). */
static size_t
memo_slot(jy_span v)
{
	const uint64_t k = 0x9e3779b97f4a7c15ULL;
	uint64_t a = 0, b = 0;

	if (v.n >= 8) {
		memcpy(&a, v.p + v.n - 8, 8);
		memcpy(&b, v.p + (v.n - 8) / 2, 8);
	} else
		a = jy_loadn(v.p, v.n);
	return (size_t)((((a ^ (b * k)) + v.n) * k) >> (64 - MEMO_BITS));
}

/* The memo of v in the table t: the one that holds it, else its slot
 * emptied for it; NULL where v is too long. */
static struct memo *
memo_of(struct memo *t, jy_span v)
{
	struct memo *m = &t[memo_slot(v)];

	if (m->n == v.n && (v.n == 0 || memcmp(m->b, v.p, v.n) == 0))
		return m;
	if (v.n > MEMO_MAX)
		return NULL;
	if (v.n > 0)
		memcpy(m->b, v.p, v.n);
	m->n = v.n;
	m->have = 0;
	return m;
}

/* jy_docset_ref_hash, the referrer's part remembered in m (or NULL). */
static uint64_t
ref_doc_hash(struct memo *m, jy_span ref, jy_span target)
{
	jy_span rp;

	if (m == NULL)
		return jy_docset_ref_hash(ref, target);
	if (!(m->have & MH_DOC)) {
		m->doc = jy_docset_ref_part(ref, &rp);
		m->rpn = rp.n;
		/* Not absolute (ref may be NULL then): fin looks no
		 * further. */
		m->rpstatic = m->doc == 0 || rp.p < ref.p ||
		    rp.p > ref.p + ref.n ? rp.p : NULL;
		m->rpoff = m->rpstatic == NULL ? (size_t)(rp.p - ref.p) : 0;
		m->have |= MH_DOC;
	}
	rp = (jy_span){ m->rpstatic != NULL ? m->rpstatic : ref.p + m->rpoff,
	    m->rpn };
	return jy_docset_ref_fin(m->doc, rp, target);
}

static void
ref_prep(jy_input *px, jy_span ref, struct memo *m, struct jy_siref *o)
{
	struct jy_siref *e;
	uint64_t h;

	if (jy_span_dash(ref)) {
		*o = (struct jy_siref){ 0, 0, 0 };
		return;
	}
	if (m != NULL && (m->have & MH_PREP)) {
		*o = m->sr;
		return;
	}
	h = jy_hash(ref.p, ref.n) | 1;
	if (px->srmemo == NULL)
		px->srmemo = jy_xcalloc(SR_MEMO, sizeof *px->srmemo);
	e = &px->srmemo[h % SR_MEMO];
	if (e->h != h) {
		e->h = h;
		jy_siteinfer_ref_pair(px->cfg, ref, e, &px->page, &px->tmp);
	}
	*o = *e;
	if (m != NULL) {
		m->sr = *e;
		m->have |= MH_PREP;
	}
}

/* The pure side of a parsed line (px: the run's jy_input, or a
 * worker's copy of it). */
static void pure_rest(jy_input *, const jy_record *, struct lres *,
    struct jy_uahash *);

static void
pure(jy_input *px, const jy_record *r, struct lres *o)
{
	struct jy_config *c = px->cfg;
	struct memo *mu, *mr;
	const jy_span empty = { "", 0 };
	int why;

	if (px->memo == NULL)
		px->memo = jy_xcalloc(1, sizeof *px->memo);
	mu = memo_of(px->memo->ua, r->f[JY_F_UA]);
	mr = px->docs != NULL || px->si != NULL ?
	    memo_of(px->memo->ref, r->f[JY_F_REFERRER]) : NULL;
	o->kind = L_REC;
	o->map = 0;
	o->x[LS_REF - P_N] = r->f[JY_F_REFERRER];
	o->x[LS_TARGET - P_N] = r->f[JY_F_TARGET];
	/* Each from the constant: a chain of copies loads each span just
	 * stored, whose two halves' stores cannot be forwarded to it. */
	o->x[LS_PAGE - P_N] = empty;
	o->x[LS_SID - P_N] = empty;
	o->x[LS_VID - P_N] = empty;
	o->refh = px->docs != NULL ? ref_doc_hash(mr, r->f[JY_F_REFERRER],
	    r->f[JY_F_TARGET]) : 0;
	o->pageh = 0;
	/* The UA's hash serves the bot verdict cache and the visitor key. */
	struct jy_uahash uah = { 0, 0 };
	if (mu != NULL && (mu->have & MH_UA))
		uah = (struct jy_uahash){ mu->ua, 1 };
	why = jy_filter(c, r, jy_format_logs(px->fmt, JY_F_UA), &uah);
	o->drop = (uint8_t)why;
	/* Before the page: px's page and tmp are its scratch. */
	if (px->si != NULL && why != JY_DROP_METHOD &&
	    why != JY_DROP_STATUS && why != JY_DROP_BOT)
		ref_prep(px, r->f[JY_F_REFERRER], mr, &o->sr);
	else
		o->sr.h = 0;	/* none, for ahead() too */
	if (why == JY_KEEP)
		pure_rest(px, r, o, &uah);
	if (mu != NULL && uah.have) {
		mu->ua = uah.h;
		mu->have |= MH_UA;
	}
}

/* The rest of pure(), for a line the filter keeps. */
static void
pure_rest(jy_input *px, const jy_record *r, struct lres *o,
    struct jy_uahash *uah)
{
	struct jy_config *c = px->cfg;
	struct prec *p = &o->p;
	int why;

	why = jy_page_of(c, r, &px->page, &px->tmp);
	o->x[LS_PAGE - P_N] = (jy_span){ px->page.p, px->page.n };
	/* Hashed here, on the worker (-j), not on main that adds it. */
	if (px->si != NULL && px->page.n > 0)
		o->pageh = jy_hash(px->page.p, px->page.n) | 1;
	if (why == JY_DROP_PATH) {
		o->drop = JY_DROP_PATH;
		return;
	}
	if (JY_UNLIKELY(c->shard_n > 1) && !in_shard(px, r, uah)) {
		o->drop = DROP_SHARD;
		return;
	}
	if (px->mapout != NULL) {
		o->map = 1;
		if (!jy_format_is_tsv(px->fmt))
			visitor_key(px, r, uah);
		memset(p, 0, sizeof *p);
		p->t = r->time;
		p->s[P_KEY] = (jy_span){ px->key.p, px->key.n };
		return;
	}
	if (!c->resessionize && r->f[JY_F_SESSION].n > 0) {
		px->key.n = 0;
		jy_buf_add(&px->key, r->f[JY_F_SESSION].p,
		    r->f[JY_F_SESSION].n);
		make_prec(px, r, p, uah);
		p->flags |= PF_GROUPED;
	} else {
		visitor_key(px, r, uah);
		make_prec(px, r, p, uah);
		/* The table's hash, here on the worker (-j), not on the
		 * main thread that sessionizes. */
		p->kh = jy_hash(px->key.p, px->key.n);
	}
	if ((p->flags & PF_GROUPED) && px->visits) {
		/* A visit_number column read back, as the stream says. */
		int k = jy_format_named(px->fmt, "visit_number");
		int64_t v = 0;
		if (k < 0 || jy_parse_int(r->named[k].p, r->named[k].n, &v) !=
		    0 || v < 1 || v > UINT32_MAX)
			v = 0;
		o->given = (uint32_t)v;
		o->x[LS_SID - P_N] = r->f[JY_F_SESSION];
		o->x[LS_VID - P_N] = r->f[JY_F_VISITOR];
	}
	if (c->split_campaign && !((p->flags & PF_GROUPED) &&
	    px->order == NULL))
		p->camp = jy_campaign_key(r->f[JY_F_TARGET]);
}

/* The apply side of a parsed line, in input order. */
static void
apply(jy_input *in, jy_span line, struct lres *o)
{
	struct jy_config *c = in->cfg;
	struct prec *p = &o->p;
	int why = o->drop;

	/* The site's own referrers show on its assets' requests too. */
	if (in->si != NULL && why != JY_DROP_METHOD &&
	    why != JY_DROP_STATUS && why != JY_DROP_BOT)
		jy_siteinfer_ref_add(in->si, &o->sr, o->x[LS_REF - P_N]);
	/* Any request's referrer was a document, a bot's or a failed
	 * one's too: taking too much for one keeps pageviews. */
	if (in->docs != NULL)
		jy_docset_add(in->docs, o->refh);
	switch (why) {
	case JY_DROP_METHOD: in->st.method++; return;
	case JY_DROP_STATUS: in->st.status++; return;
	case JY_DROP_STATIC: in->st.statics++; return;
	case JY_DROP_BOT: in->st.bots++; return;
	case JY_DROP_DOWNLOAD: in->st.downloads++; return;
	}
	if (in->si != NULL) {
		if (o->pageh != 0)
			jy_siteinfer_page_hash(in->si, o->pageh);
		else
			jy_siteinfer_page(in->si, o->x[LS_PAGE - P_N]);
	}
	if (why == JY_DROP_PATH) {
		in->st.excluded++;
		return;
	}
	if (why == DROP_SHARD) {
		in->st.othershard++;
		return;
	}
	if (o->map) {
		map_line(in, line, p);
		return;
	}

	int64_t t = p->t;
	if ((p->flags & PF_GROUPED) && in->visits) {
		in->curgiven = o->given;
		if (in->order != NULL)
			gs_note(in, o->x[LS_SID - P_N], o->x[LS_VID - P_N], t,
			    in->curgiven);
	}
	if ((p->flags & PF_GROUPED) && in->order == NULL) {
		grouped(in, p);
		return;
	}
	if (in->order != NULL) {
		/* Its place among records of the same time and visitor. */
		p->seq = in->seq++;
		p->rank = in->rank;
		p->cls = in->anyprev && t < in->prevt;
		in->prevt = t;
		in->anyprev = 1;
		if (in->sguess == SG_ARMED)
			sg_begin(in, p);
		if (jy_order_add(in->order, p) != 0) {
			snprintf(in->err, sizeof in->err, "%s",
			    jy_order_error(in->order));
			in->stopped = 1;
			return;
		}
		if (in->sguess == SG_ON)
			sg_feed(in, p);
		return;
	}
	/*
	 * --stream: a log is in time order give or take the slack, so the
	 * watermark closes sessions as the log goes on.  An event export
	 * promises less - each visitor's rows in time order, visitors in
	 * any order (grouped by user, say) - so there lateness is the
	 * visitor's own and sessions stay open until their visitor moves
	 * on or the input ends.
	 */
	int byvisitor = jy_format_is_tsv(in->fmt);
	if (!byvisitor) {
		if (in->anyt && t < in->maxt - c->slack) {
			in->st.late++;
			where(in, in->first_late, sizeof in->first_late);
			reject(in, line);
			return;
		}
		if (!in->anyt || t > in->maxt) {
			in->maxt = t;
			in->anyt = 1;
		}
		expire(in, in->maxt - c->slack);
	} else {
		jy_span k = p->s[P_KEY];
		uint64_t h = jy_hash(k.p, k.n);
		jy_session *s = in->tabcap ?
		    in->tab[tab_find(in, h, k.p, k.n)].s : NULL;
		if (s != NULL && t < s->last - c->slack) {
			in->st.late++;
			where(in, in->first_late, sizeof in->first_late);
			reject(in, line);
			return;
		}
	}
	sessionize(in, p);
}

jy_input *
jy_input_new(jy_config *c, jy_session_fn fn, void *ctx, char *err,
    size_t errlen)
{
	jy_input *in;

	jy_filter_prepare(c);
	if (c->slack >= c->timeout) {
		jy_errf(err, errlen, "--slack must be shorter than --timeout "
		    "(%llds >= %llds): lines that late could belong to a "
		    "session already written", (long long)c->slack,
		    (long long)c->timeout);
		return NULL;
	}
	in = jy_xcalloc(1, sizeof *in);

	in->cfg = c;
	in->fn = fn;
	in->ctx = ctx;
	in->visitor_named = -1;
	if (c->format_spec != NULL &&
	    jy_format_compile(c->format_spec, &in->fixed, in->err,
	    sizeof in->err) != JY_OK) {
		jy_errf(err, errlen, "%s", in->err);
		free(in);
		return NULL;
	}
	if (in->fixed != NULL && c->time_format != NULL)
		jy_format_set_timefmt(in->fixed, c->time_format);
	if (in->fixed != NULL && c->visitor == JY_VIS_FIELD &&
	    !jy_format_is_tsv(in->fixed) &&
	    strcasecmp(c->visitor_field, "user") != 0 &&
	    jy_format_named(in->fixed, c->visitor_field) < 0) {
		jy_errf(err, errlen, "--visitor %s: the %s format has no such "
		    "field; use ip+ua, ip, user, or a %%{NAME}i or %%{NAME}C "
		    "field of a -F format string", c->visitor_field,
		    jy_format_name(in->fixed));
		jy_format_free(in->fixed);
		free(in);
		return NULL;
	}
	if (c->rejects_path != NULL &&
	    (in->rejects = fopen(c->rejects_path, "w")) == NULL) {
		jy_errf(err, errlen, "--rejects %s: %s", c->rejects_path,
		    strerror(errno));
		jy_format_free(in->fixed);
		free(in);
		return NULL;
	}
	if (c->tz != NULL) {
		setenv("TZ", c->tz, 1);
		tzset();
	}
	/* The window, now that the zone is known. */
	int64_t now = (int64_t)time(NULL);
	if (c->since != NULL)
		in->has_since = jy_parse_when(c->since, now, c->tz == NULL,
		    &in->since) == 0;
	if (c->until != NULL)
		in->has_until = jy_parse_when(c->until, now, c->tz == NULL,
		    &in->until) == 0;
	if (!c->no_embedded && !c->all && !c->keep_static)
		in->docs = jy_docset_new();
	if (c->verbose && c->keep_query == 0) {
		/* The URLs are kept for the advice only with -v. */
		in->qa = jy_qadvice_new();
		in->want |= 1u << S_URL;
	}
	hosts_set(in, &c->site_hosts);
	if (!c->stream) {
		const char *dir = c->tmpdir;
		if (dir == NULL && (dir = getenv("TMPDIR")) == NULL)
			dir = "/tmp";
		in->tmpdir = dir;
		in->order = jy_order_new((size_t)c->memory, dir);
	}
	/* Made last: the error returns above free only in. */
	in->mapin = jy_mapin_new();
	in->progress = jy_progress_new(c->progress);
	return in;
}

void
jy_input_want(jy_input *in, int field)
{
	switch (field) {
	case JY_C_STATUS:
	case JY_C_HOUR:
	case JY_C_DAY:
	case JY_C_WEEK:
	case JY_C_MONTH:
		break;
	case JY_C_VISIT:
	case JY_C_RETURNING:
		in->visits = 1;
		break;
	case JY_F_TARGET: in->want |= 1u << S_URL; break;
	case JY_F_METHOD: in->want |= 1u << S_METHOD; break;
	case JY_F_REFERRER: in->want |= 1u << S_REF; break;
	case JY_F_UA: in->want |= 1u << S_UA; break;
	case JY_F_VHOST: in->want |= 1u << S_HOST; break;
	case JY_C_BROWSER:
	case JY_C_OS:
	case JY_C_DEVICE:
	case JY_C_DCLASS:
		in->want |= 1u << S_UAP;
		break;
	case JY_C_OWNER: in->want_owner = 1; break;
	}
}

const char *
jy_column_names(void)
{
	return "page, url, method, referrer, ua, host, channel, stage, "
	    "visitor, session, status, hour, day, week, month, browser, os, "
	    "device, device_class, owner, returning, visit_number";
}

int
jy_input_column(jy_input *in, const char *name, char *err, size_t errlen)
{
	static const struct {
		const char	*name;
		int		 col;
	} cols[] = {
		{ "page", JY_F_PAGE }, { "event", JY_F_PAGE },
		{ "event_name", JY_F_PAGE }, { "url", JY_F_TARGET },
		{ "method", JY_F_METHOD }, { "referrer", JY_F_REFERRER },
		{ "referer", JY_F_REFERRER }, { "ua", JY_F_UA },
		{ "host", JY_F_VHOST }, { "channel", JY_F_CHANNEL },
		{ "stage", JY_F_STAGE }, { "visitor", JY_F_VISITOR },
		{ "session", JY_F_SESSION }, { "status", JY_C_STATUS },
		{ "hour", JY_C_HOUR }, { "day", JY_C_DAY },
		{ "week", JY_C_WEEK }, { "month", JY_C_MONTH },
		{ "browser", JY_C_BROWSER }, { "os", JY_C_OS },
		{ "device", JY_C_DEVICE }, { "device_class", JY_C_DCLASS },
		{ "owner", JY_C_OWNER },
		{ "returning", JY_C_RETURNING }, { "visit_number", JY_C_VISIT },
	};
	size_t i;
	int k;

	for (i = 0; i < sizeof cols / sizeof cols[0]; i++)
		if (strcasecmp(name, cols[i].name) == 0) {
			/* An event stream may have these as columns, but a
			 * log needs uap-core: said before any input. */
			if (cols[i].col >= JY_C_BROWSER && cols[i].col <=
			    JY_C_DCLASS && jy_config_ua(in->cfg, err,
			    errlen) == NULL)
				return -1;
			jy_input_want(in, cols[i].col);
			return cols[i].col;
		}
	for (k = 0; k < in->nx; k++)
		if (strcasecmp(name, in->xname[k]) == 0)
			return JY_C_NAMED + k;
	if (in->nx == JY_MAX_XCOLS || *name == '\0' ||
	    strpbrk(name, "\t\n") != NULL) {
		jy_errf(err, errlen, "column \"%s\": %s", name, *name == '\0' ?
		    "empty name" : in->nx == JY_MAX_XCOLS ? "at most two "
		    "columns other than page, url, method, referrer, ua, "
		    "host, channel, stage, visitor, session, status, hour, "
		    "day, week, month, returning, visit_number" : "bad name");
		return -1;
	}
	in->xname[in->nx] = jy_xstrdup(name);
	in->xidx[in->nx] = -1;
	return JY_C_NAMED + in->nx++;
}

/* Inference is for logs that do not name the site. */
static int
wants_inference(const struct jy_config *c, jy_format *f)
{
	return c->site_hosts.n == 0 && !jy_format_is_tsv(f) &&
	    !jy_format_logs(f, JY_F_VHOST) && jy_format_logs(f, JY_F_REFERRER);
}

static void inferred(jy_input *, struct jy_siteinfer *);

static jy_status
use_format(jy_input *in, jy_format *f)
{
	struct jy_config *c = in->cfg;

	in->fmt = f;
	in->visitor_named = -1;
	in->uapstale = 1;
	if (c->visitor == JY_VIS_FIELD && !jy_format_is_tsv(f) &&
	    strcasecmp(c->visitor_field, "user") != 0) {
		in->visitor_named = jy_format_named(f, c->visitor_field);
		if (in->visitor_named < 0) {
			snprintf(in->err, sizeof in->err, "%s: --visitor %s: "
			    "the %s format has no such field; use ip+ua, ip, "
			    "user, or a %%{NAME}i or %%{NAME}C field of a -F "
			    "format string", in->fname, c->visitor_field,
			    jy_format_name(f));
			return JY_EUSAGE;
		}
	}
	for (int k = 0; k < in->nx; k++) {
		in->xidx[k] = jy_format_named(f, in->xname[k]);
		/* A log's columns are known now (a TSV's header may come
		 * later): a name it does not have is a typo. */
		if (in->xidx[k] < 0 && !jy_format_is_tsv(f)) {
			snprintf(in->err, sizeof in->err, "%s: no column "
			    "\"%s\" in the %s format; use %s, or a %%{NAME}i "
			    "or %%{NAME}C field of a -F format string",
			    in->fname, in->xname[k], jy_format_name(f),
			    jy_column_names());
			return JY_EUSAGE;
		}
	}
	in->xcheck = jy_format_is_tsv(f) && in->nx > 0;
	if (c->verbose) {
		jy_fputs_safe(stderr, in->fname);
		fprintf(stderr, ": format %s\n", jy_format_name(f));
	}
	/* The site's hosts, where nothing names them: the exact path looks
	 * at every record before the first session's channel is decided;
	 * --stream at the first lines (infer_hosts). */
	if (!in->inferred && in->order != NULL && wants_inference(c, f)) {
		in->inferred = 1;
		in->si = jy_siteinfer_new();
	}
	/* The file is read from its first line, whatever detection (or the
	 * file before) left in the format's state. */
	jy_format_reset(f);
	return JY_OK;
}

/* What site-host inference (lib/channel.c) made of it, for -v. */
static void
inferred(jy_input *in, struct jy_siteinfer *si)
{
	char msg[sizeof in->simsg - 64];

	/* The hosts the memo was made with may change; not the guess's
	 * (gsite), whose thread may be using it still. */
	if (in->hosts == &in->cfg->site_hosts)
		memset(&in->chmemo, 0, sizeof in->chmemo);
	if (jy_siteinfer_decide(si, &in->cfg->site_hosts, msg,
	    sizeof msg) > 0)
		snprintf(in->simsg, sizeof in->simsg, "site hosts inferred: "
		    "%s; --site-host overrides", msg);
	else if (msg[0] != '\0')
		snprintf(in->simsg, sizeof in->simsg, "no site host inferred: "
		    "%s; name the site's with --site-host", msg);
	jy_siteinfer_free(si);
}

/*
 * --stream: the site's hosts from the referrers of the first file's
 * detection sample, before any session.
 */
static void
infer_hosts(jy_input *in, jy_format *f, const jy_span *sample, size_t n)
{
	struct jy_config *c = in->cfg;
	struct jy_siteinfer *si;
	struct jy_uahash uah;
	jy_record r;
	const char *why;
	size_t i;
	int v;

	if (in->inferred || !wants_inference(c, f))
		return;
	in->inferred = 1;
	si = jy_siteinfer_new();
	for (i = 0; i < n; i++) {
		if (sample[i].n == 0 || jy_format_parse(f, sample[i], &r,
		    &why) != 0)
			continue;
		uah.have = 0;
		v = jy_filter(c, &r, jy_format_logs(f, JY_F_UA), &uah);
		if (v == JY_DROP_METHOD || v == JY_DROP_STATUS ||
		    v == JY_DROP_BOT)
			continue;
		jy_siteinfer_referrer(si, c, r.f[JY_F_REFERRER]);
		if (v == JY_KEEP) {
			jy_page_of(c, &r, &in->page, &in->tmp);
			jy_siteinfer_page(si, (jy_span){ in->page.p,
			    in->page.n });
		}
	}
	inferred(in, si);
}

/*
 * An event stream's columns are its header's, known at its first row:
 * a column asked for by name that it does not have is a typo, as in a
 * log (use_format), and this file is not read.
 */
static int
columns_known(jy_input *in)
{
	int k;

	in->xcheck = 0;
	for (k = 0; k < in->nx; k++)
		if ((in->xidx[k] = jy_format_named(in->fmt, in->xname[k])) < 0 &&
		    !jy_format_tsv_has(in->fmt, in->xname[k])) {
			snprintf(in->err, sizeof in->err, "%s:%llu: no column "
			    "\"%s\" in the event stream's header; use %s, or "
			    "a column the header names", in->fname,
			    (unsigned long long)in->fline, in->xname[k],
			    jy_column_names());
			in->halted = in->usage = 1;
			return 0;
		}
	return 1;
}

static void
malformed(jy_input *in, jy_span line, const char *why)
{
	in->st.malformed++;
	where(in, in->first_bad, sizeof in->first_bad);
	reject(in, line);
	if (in->cfg->strict) {
		snprintf(in->err, sizeof in->err, "%s:%llu: %s (--strict)",
		    in->fname, (unsigned long long)in->fline, why);
		in->halted = 1;
		return;
	}
	if (in->cfg->verbose > 1) {
		jy_fputs_safe(stderr, in->fname);
		fprintf(stderr, ":%llu: %s\n", (unsigned long long)in->fline,
		    why);
	}
}

static void
line_start(jy_input *in, jy_span line)
{
	in->st.lines++;
	in->fline++;
	in->pos = in->nextpos;
	in->nextpos += line.n + 1;
}

#define LONG_LINE	"line longer than 64 MiB (its start is kept for " \
	"--rejects, the rest dropped)"

/* A parsed line, on to the apply side. */
static void
parsed(jy_input *in, jy_span line, struct lres *o)
{
	in->st.parsed++;
	if (!in->ranked) {
		/* A source's rank comes from its content, not from where it
		 * stands among the arguments (order.c). */
		static const uint8_t k[16] = "journey-rank-k0";
		in->rank = jy_siphash(k, line.p, line.n);
		in->ranked = 1;
	}
	apply(in, line, o);
}

static void
line_in(jy_input *in, jy_span line)
{
	jy_record r;
	struct lres o;
	const char *why;
	int rc;

	line_start(in, line);
	if (line.n == 0) {
		in->st.skipped++;
		return;
	}
	if (in->cut) {
		/* Too long to be a log line: the reader kept its start. */
		rc = -1;
		why = LONG_LINE;
	} else
		rc = jy_format_parse(in->fmt, line, &r, &why);
	if (rc > 0) {
		in->st.skipped++;
		/* A header (again): its columns are looked at anew. */
		in->xcheck |= in->nx > 0 && line.p[0] == '#' &&
		    jy_format_is_tsv(in->fmt);
		return;
	}
	if (rc == 0 && JY_UNLIKELY(in->xcheck) && !columns_known(in))
		return;
	if (rc < 0) {
		malformed(in, line, why);
		return;
	}
	pure(in, &r, &o);
	parsed(in, line, &o);
}

/*
 * Close every open session: at the end, and where a mapper's output
 * moves on to the next visitor key, where time starts again: the key's
 * first line is then no later than the one before (its records keep
 * the order they come in, by time and position; order.c).
 */
static int
hent_cmp(const void *a, const void *b)
{
	const struct hent *x = a, *y = b;

	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	return x->ord < y->ord ? -1 : x->ord > y->ord;
}

static void
flush_open(jy_input *in)
{
	size_t i, n = 0;

	/*
	 * Every session goes, in the order the heap would give them up (by
	 * last activity, then creation), but sorted at once: popping them
	 * one by one re-keys and sifts each twice.  A session has one live
	 * entry at most; closing one touches no other's.
	 */
	for (i = 0; i < in->heapn; i++) {
		struct hent e = in->heap[i];
		/* Each a miss: fetched a few ahead, to overlap. */
		if (i + 8 < in->heapn)
			__builtin_prefetch((const char *)in->heap[i + 8].s + 64);
		if (e.gen != e.s->gen)
			continue;
		e.key = e.s->last;
		in->heap[n++] = e;
	}
	if (n > 1)
		qsort(in->heap, n, sizeof *in->heap, hent_cmp);
	in->heapn = 0;
	in->ndead = 0;
	for (i = 0; i < n; i++) {
		if (i + 4 < n)
			for (int k = 0; k < 4; k++)
				__builtin_prefetch((const char *)
				    in->heap[i + 4].s + 64 * k);
		if (i + 2 < n && in->tabcap > 0) {
			const jy_session *s = in->heap[i + 2].s;
			__builtin_prefetch(&in->tab[s->hash &
			    (in->tabcap - 1)], 1);
			__builtin_prefetch(s->pv);
			__builtin_prefetch(s->sb.p);
		}
		in->heap[i].s->inheap = 0;
		close_session(in, in->heap[i].s);
	}
	in->anyt = 0;
	in->anyprev = 0;
}

/* A mapper's next key (mapred.c): its visitor's sessions end.  The
 * guess does not guess at a reducer's input. */
static void
new_key(jy_input *in)
{
	if (in->guess == G_ON)
		guess_fail(in);
	sg_fail(in, GD_MIXED);
	flush_open(in);
}

/* The next line: as read, or from a mapper's output (mapred.c). */
static int
next_line(jy_input *in, jy_reader *rd, jy_span *line, int *newkey)
{
	int rc = jy_mapin_next(in->mapin, rd, line, newkey);

	in->cut = rc > 0 ? jy_mapin_cut(in->mapin, rd) : 0;
	return rc;
}

/* A line before the format is known that no format fits: malformed
 * whatever the format turns out to be. */
static void
unfit_line(jy_input *in, jy_span line)
{
	if (line.n == 0 || in->cut) {
		line_in(in, line);	/* neither needs the format */
		return;
	}
	in->st.lines++;
	in->fline++;
	in->pos = in->nextpos;
	in->nextpos += line.n + 1;
	malformed(in, line, "fits no log format (passed over by detection)");
}

/* ---- -j: the pure side of lines on worker threads ---- */

/*
 * The main thread reads whole lines into batches (BATCH_LINES lines or
 * BATCH_BYTES bytes, whichever comes first; a longer line alone; a
 * log's in one copy, split by the worker: whole_fill); the
 * workers take the batches in turn and do each line's parse and pure
 * side into the batch, and the main thread applies them in the order
 * they were read, line by line, as line_in does: every count, reject,
 * record and error is the same as with one thread, in the same order.
 * Two batches a worker are in flight, under 1 MB each (the results
 * are 408 bytes a line: smaller batches stay in the cache).
 *
 * A worker parses with a copy of the run's jy_input (its own format,
 * key, page and UA buffers; only the fields the pure side reads are
 * used), so formats whose lines change the parser (an event stream's
 * header, W3C's #Fields: jy_format_clone says) stay on the main
 * thread, and so do runs whose pages are matched against patterns
 * (--static-pattern, --include-path, --exclude-path, --rewrite): PCRE2
 * matching there shares one JIT stack.
 */
#define BATCH_LINES	1024
#define BATCH_BYTES	((size_t)1 << 18)

struct bline {
	size_t		 off, len;
	uint8_t		 cut, key;	/* cut at JY_MAX_LINE; mapper's key */
};

struct batch {
	struct jy_buf	 bytes;		/* its lines, one after another */
	struct bline	*ln;
	struct lres	*res;
	size_t		 n;
	struct jy_buf	 arena;		/* the rest res points at */
	int		 done;
	int		 whole;		/* bytes are whole lines, each to its
					 * '\n': the worker splits them */
	size_t		 rest;		/* ... up to BATCH_LINES, and leaves
					 * those from here to main */
};

struct pool;
struct worker {
	struct pool	*pool;
	pthread_t	 th;
	jy_input	 px;
};

struct pool {
	pthread_mutex_t	 mu;
	pthread_cond_t	 work, done;
	struct batch	*b;
	size_t		 nb;
	uint64_t	 filled, taken;	/* batches so far */
	int		 quit;
	size_t		 wholemax;	/* bytes of a batch of whole lines */
	struct worker	*w;
	int		 nw, nrun;	/* workers, threads started */
};

/* Threads to parse on: -j, else the cores this process may use. */
static int
jobs(const struct jy_config *c)
{
	cpu_set_t set;
	long n = 0;

	if (c->jobs > 0)
		return c->jobs;
	if (sched_getaffinity(0, sizeof set, &set) == 0)
		n = CPU_COUNT(&set);
	if (n < 1)
		n = sysconf(_SC_NPROCESSORS_ONLN);
	return n < 1 ? 1 : n > JY_JOBS_AUTO ? JY_JOBS_AUTO : (int)n;
}

/* Bit LS_N of lres.moved: its why is in the arena too. */
#define MOVED_WHY	(1u << LS_N)

/* Where a span of a worker's line points outside the batch's bytes (the
 * format's scratch, the worker's buffers), its bytes go to the arena and
 * it holds their offset until batch_fix. */
static void
keep_span(struct batch *b, struct lres *o, int k, jy_span line)
{
	jy_span *v = lres_span(o, k);
	uintptr_t p = (uintptr_t)v->p, lo = (uintptr_t)line.p;

	if (v->n == 0) {
		if (v->p != NULL)
			v->p = "";
		return;
	}
	if (p >= lo && p + v->n <= lo + line.n)
		return;
	p = b->arena.n;
	jy_buf_add(&b->arena, v->p, v->n);
	v->p = (const char *)p;
	o->moved |= 1u << k;
}

static void
batch_line(jy_input *px, struct batch *b, size_t i)
{
	struct lres *o = &b->res[i];
	jy_span line = { b->bytes.p + b->ln[i].off, b->ln[i].len };
	jy_record r;
	const char *why;
	int rc, k;

	o->moved = 0;
	if (line.n == 0) {
		o->kind = L_EMPTY;
		return;
	}
	if (b->ln[i].cut) {
		o->kind = L_BAD;
		o->why = LONG_LINE;
		return;
	}
	rc = jy_format_parse(px->fmt, line, &r, &why);
	if (rc > 0)
		o->kind = L_SKIP;
	else if (rc < 0) {
		/* The reason may be in the format's state (fmt_json.c). */
		o->kind = L_BAD;
		o->why = (const char *)(uintptr_t)b->arena.n;
		jy_buf_add(&b->arena, why, strlen(why) + 1);
		o->moved = MOVED_WHY;
	} else {
		pure(px, &r, o);
		/* A line dropped has no prec, only the spans apply reads. */
		for (k = o->drop == JY_KEEP ? 0 : P_N; k < LS_N; k++)
			keep_span(b, o, k, line);
	}
}

/* The arena is whole: offsets become pointers. */
static void
batch_fix(struct batch *b)
{
	size_t i;
	int k;

	for (i = 0; i < b->n; i++) {
		struct lres *o = &b->res[i];
		if (o->moved == 0)
			continue;
		for (k = 0; k < LS_N; k++)
			if (o->moved >> k & 1) {
				jy_span *v = lres_span(o, k);
				v->p = b->arena.p + (uintptr_t)v->p;
			}
		if (o->moved & MOVED_WHY)
			o->why = b->arena.p + (uintptr_t)o->why;
	}
}

/* The line at p of a batch of whole lines, as jy_reader_next has it
 * (*len bytes, a '\r' before its '\n' not counted): its '\n'. */
static const char *
whole_line(const char *p, const char *end, size_t *len)
{
	const char *nl = memchr(p, '\n', (size_t)(end - p));

	*len = (size_t)(nl - p);
	if (*len > 0 && nl[-1] == '\r')
		(*len)--;
	return nl;
}

/* b's whole lines split: up to BATCH_LINES, the rest from b->rest on
 * left to main. */
static void
batch_split(struct batch *b)
{
	const char *p = b->bytes.p, *end = p + b->bytes.n, *nl;
	size_t n = 0, len;

	for (; p < end && n < BATCH_LINES; n++, p = nl + 1) {
		nl = whole_line(p, end, &len);
		b->ln[n] = (struct bline){ (size_t)(p - b->bytes.p), len, 0,
		    0 };
	}
	b->n = n;
	b->rest = (size_t)(p - b->bytes.p);
}

static void *
worker(void *arg)
{
	struct worker *w = arg;
	struct pool *pl = w->pool;
	struct batch *b;
	size_t i;

	pthread_mutex_lock(&pl->mu);
	for (;;) {
		while (!pl->quit && pl->taken == pl->filled)
			pthread_cond_wait(&pl->work, &pl->mu);
		if (pl->taken == pl->filled)
			break;
		b = &pl->b[pl->taken++ % pl->nb];
		pthread_mutex_unlock(&pl->mu);
		b->arena.n = 0;
		if (b->whole)
			batch_split(b);
		for (i = 0; i < b->n; i++)
			batch_line(&w->px, b, i);
		batch_fix(b);
		pthread_mutex_lock(&pl->mu);
		b->done = 1;
		pthread_cond_broadcast(&pl->done);
	}
	pthread_mutex_unlock(&pl->mu);
	jy_rx_thread_end();	/* the UA rules' (ua.c) */
	return NULL;
}

/* A batch's line, applied as line_in would. */
static void
line_apply(jy_input *in, jy_span line, struct lres *o)
{
	line_start(in, line);
	switch (o->kind) {
	case L_EMPTY:
	case L_SKIP:
		in->st.skipped++;
		return;
	case L_BAD:
		malformed(in, line, o->why);
		return;
	}
	parsed(in, line, o);
}

/*
 * A line main parses itself, between batches: an event stream's line
 * that begins with '#' may be a header, which changes the columns the
 * lines after it are read by (cat of two exports); a log's line cut at
 * JY_MAX_LINE, which a batch of whole lines has no flag for.
 */
struct aside {
	jy_span		 line;
	int		 cut, key, on;
};

/*
 * Fill b with the whole lines the reader holds, max bytes or so, for a
 * worker to split: one copy, where a copy a line and main's split of
 * each were a third of main's time.  A line the reader reads on for
 * (the buffer's last) goes in with "\r\n" after it, which the split
 * takes off again; one cut at JY_MAX_LINE is set aside.
 */
static size_t
whole_fill(jy_input *in, jy_reader *rd, struct batch *b, size_t max,
    int *rc, struct aside *as)
{
	jy_span line;
	int newkey;

	b->whole = 1;
	while (b->bytes.n < max) {
		if (jy_reader_lines(rd, &b->bytes, max - b->bytes.n) > 0)
			continue;
		/* The next batch's lines read straight into it. */
		if (b->bytes.n > 0 && jy_reader_direct(rd))
			break;
		if ((*rc = next_line(in, rd, &line, &newkey)) <= 0)
			break;
		if (in->cut || newkey) {
			*as = (struct aside){ line, in->cut, newkey, 1 };
			break;
		}
		jy_buf_add(&b->bytes, line.p, line.n);
		jy_buf_add(&b->bytes, "\r\n", 2);
	}
	return b->bytes.n;
}

/* Fill b with the next lines; 0 at the end of the input (*rc says) or
 * at a line set aside. */
static size_t
batch_fill(jy_input *in, jy_reader *rd, struct batch *b, size_t max,
    int *rc, struct aside *as)
{
	jy_span line;
	int newkey, tsv = jy_format_is_tsv(in->fmt);

	b->n = 0;
	b->bytes.n = 0;
	b->done = 0;
	b->whole = 0;
	/* Not an event stream's, whose '#' lines main reads, nor a
	 * mapper's, whose lines are its own. */
	if (!tsv && jy_mapin_plain(in->mapin))
		return whole_fill(in, rd, b, max, rc, as);
	while (b->n < BATCH_LINES && b->bytes.n < BATCH_BYTES) {
		if ((*rc = next_line(in, rd, &line, &newkey)) <= 0)
			break;
		if (tsv && line.n > 0 && line.p[0] == '#') {
			/* The reader's line stays until the next is read. */
			*as = (struct aside){ line, in->cut, newkey, 1 };
			break;
		}
		b->ln[b->n].off = b->bytes.n;
		b->ln[b->n].len = line.n;
		b->ln[b->n].cut = (uint8_t)in->cut;
		b->ln[b->n].key = (uint8_t)newkey;
		/* jy_buf_add without the call: once a line. */
		if (b->bytes.p == NULL || b->bytes.cap - b->bytes.n < line.n)
			jy_buf_reserve(&b->bytes, line.n);
		memcpy(b->bytes.p + b->bytes.n, line.p, line.n);
		b->bytes.n += line.n;
		b->n++;
	}
	return b->n;
}

static void
pool_free(struct pool *pl)
{
	size_t i;
	int k;

	pthread_mutex_lock(&pl->mu);
	pl->quit = 1;
	pthread_cond_broadcast(&pl->work);
	pthread_mutex_unlock(&pl->mu);
	for (k = 0; k < pl->nrun; k++)
		pthread_join(pl->w[k].th, NULL);
	for (k = 0; k < pl->nw; k++) {
		jy_format_free(pl->w[k].px.fmt);
		jy_buf_free(&pl->w[k].px.key);
		jy_buf_free(&pl->w[k].px.page);
		jy_buf_free(&pl->w[k].px.tmp);
		jy_buf_free(&pl->w[k].px.uap);
		free(pl->w[k].px.srmemo);
		free(pl->w[k].px.memo);
	}
	for (i = 0; i < pl->nb; i++) {
		jy_buf_free(&pl->b[i].bytes);
		jy_buf_free(&pl->b[i].arena);
		free(pl->b[i].ln);
		free(pl->b[i].res);
	}
	free(pl->b);
	free(pl->w);
	pthread_mutex_destroy(&pl->mu);
	pthread_cond_destroy(&pl->work);
	pthread_cond_destroy(&pl->done);
}

/*
 * A driver learns the fields it is asked for by name (fmt_json.c), in
 * the order asked: the copy is asked as the run's format was
 * (use_format), and the workers go on only if the indices agree.
 */
static int
same_names(const jy_input *in, jy_format *f)
{
	int k;

	if (in->visitor_named >= 0 &&
	    jy_format_named(f, in->cfg->visitor_field) != in->visitor_named)
		return 0;
	for (k = 0; k < in->nx; k++)
		if (jy_format_named(f, in->xname[k]) != in->xidx[k])
			return 0;
	return 1;
}

/* The workers, or 0 where this file's lines are parsed here. */
static int
pool_start(jy_input *in, struct pool *pl)
{
	struct jy_config *c = in->cfg;
	int n = jobs(c), k;
	size_t i;

	memset(pl, 0, sizeof *pl);
	if (n < 2 || c->nstatic_pats > 0 || c->npaths > 0 ||
	    c->nrewrites > 0)
		return 0;
	pl->w = jy_xcalloc((size_t)n, sizeof *pl->w);
	pl->nb = 2 * (size_t)n;
	pl->wholemax = BATCH_BYTES / 4;
	pl->b = jy_xcalloc(pl->nb, sizeof *pl->b);
	pthread_mutex_init(&pl->mu, NULL);
	pthread_cond_init(&pl->work, NULL);
	pthread_cond_init(&pl->done, NULL);
	for (k = 0; k < n; k++) {
		struct worker *w = &pl->w[k];
		w->pool = pl;
		/* The guess's thread writes the sessions' part of *in. */
		jy_order_pause(in->order, 1);
		w->px = *in;
		jy_order_pause(in->order, 0);
		w->px.key = w->px.page = w->px.tmp = w->px.uap =
		    (struct jy_buf){ NULL, 0, 0 };
		w->px.uapstale = 1;
		w->px.srmemo = NULL;
		w->px.memo = NULL;
		pl->nw++;
		if ((w->px.fmt = jy_format_clone(in->fmt)) == NULL ||
		    !same_names(in, w->px.fmt)) {
			jy_format_free(w->px.fmt);
			w->px.fmt = NULL;
			break;
		}
	}
	for (i = 0; i < pl->nb; i++) {
		pl->b[i].ln = jy_xmalloc(BATCH_LINES * sizeof *pl->b[i].ln);
		pl->b[i].res = jy_xmalloc(BATCH_LINES * sizeof *pl->b[i].res);
	}
	/* Fewer threads than asked for do the same work. */
	for (k = 0; k < n && pl->w[n - 1].px.fmt != NULL; k++) {
		if (pthread_create(&pl->w[k].th, NULL, worker, &pl->w[k]) != 0)
			break;
		pl->nrun++;
	}
	if (pl->nrun == 0) {
		pool_free(pl);
		return 0;
	}
	return 1;
}

#define DOC_AHEAD	8

/*
 * What apply will look up for a line, in tables too big for the cache
 * (the Bloom filter's 4 MiB; site inference's pairs and pages): each
 * table's slot of hashes seen lately two strides ahead, then, that slot
 * in the cache, what a hash not seen lately will probe, one stride
 * ahead.  Reading the slot to decide was itself a miss, 85% of the
 * filter's prefetch.
 */
static void
ahead_recent(const jy_input *in, const struct lres *o)
{
	if (in->docs != NULL)
		jy_docset_prefetch_recent(in->docs, o->refh);
	if (in->si != NULL)
		jy_siteinfer_prefetch_recent(in->si, &o->sr);
}

static void
ahead(const jy_input *in, const struct lres *o)
{
	if (in->docs != NULL)
		jy_docset_prefetch(in->docs, o->refh);
	if (in->si != NULL)
		jy_siteinfer_prefetch(in->si, &o->sr, o->pageh);
}

/*
 * After a batch of whole lines: those past BATCH_LINES parsed here, and
 * the next batches sized to hold about BATCH_LINES lines like these.
 */
static void
whole_rest(jy_input *in, struct pool *pl, struct batch *b)
{
	const char *p = b->bytes.p + b->rest, *end = b->bytes.p + b->bytes.n;
	const char *nl;
	size_t len, want;

	for (; p < end && !in->stopped && !in->halted; p = nl + 1) {
		nl = whole_line(p, end, &len);
		line_in(in, (jy_span){ p, len });
	}
	if (b->n > 0) {
		want = b->rest / b->n * BATCH_LINES / 8 * 7;
		pl->wholemax = want < 4096 ? 4096 : want > BATCH_BYTES ?
		    BATCH_BYTES : want;
	}
}

/*
 * The rest of the file on the workers: 0 if it is not for them (then
 * nothing was read, or what was is applied and the rest is the
 * caller's), else 1 with *rc as the reading loop leaves it.
 */
static int
pool_drain(jy_input *in, jy_reader *rd, int *rc)
{
	struct pool pl;
	struct batch *b;
	struct aside as = { { NULL, 0 }, 0, 0, 0 };
	uint64_t applied = 0, lines0;
	int eof = 0, solo = 0, k;
	size_t i;

	if (!pool_start(in, &pl))
		return 0;
	for (;;) {
		while (!eof && !as.on && pl.filled - applied < pl.nb) {
			b = &pl.b[pl.filled % pl.nb];
			if (batch_fill(in, rd, b, pl.wholemax, rc, &as) == 0 ||
			    *rc <= 0)
				eof = !as.on;
			if (b->n == 0 && b->bytes.n == 0)
				break;
			pthread_mutex_lock(&pl.mu);
			pl.filled++;
			pthread_cond_signal(&pl.work);
			pthread_mutex_unlock(&pl.mu);
		}
		if (applied == pl.filled && as.on) {
			/* Every line before it applied, the workers idle: it
			 * is parsed here, and they go on with the columns an
			 * event stream's header named. */
			as.on = 0;
			if (as.key)
				new_key(in);
			in->cut = as.cut;
			line_in(in, as.line);
			in->cut = 0;
			pthread_mutex_lock(&pl.mu);
			if (jy_format_is_tsv(in->fmt))
				for (k = 0; k < pl.nw; k++) {
					jy_format_free(pl.w[k].px.fmt);
					pl.w[k].px.fmt = jy_format_clone(in->fmt);
					solo |= pl.w[k].px.fmt == NULL;
				}
			pthread_mutex_unlock(&pl.mu);
			if (solo)
				break;	/* the rest read by the caller */
			if (in->stopped || in->halted) {
				eof = 1;
				*rc = 1;
			}
			continue;
		}
		if (applied == pl.filled)
			break;
		b = &pl.b[applied % pl.nb];
		pthread_mutex_lock(&pl.mu);
		while (!b->done)
			pthread_cond_wait(&pl.done, &pl.mu);
		pthread_mutex_unlock(&pl.mu);
		lines0 = in->st.lines;
		for (i = 0; i < b->n && !in->stopped && !in->halted; i++) {
			/* Fetched lines ahead, not missed one by one. */
			if (i + 2 * DOC_AHEAD < b->n &&
			    b->res[i + 2 * DOC_AHEAD].kind == L_REC)
				ahead_recent(in, &b->res[i + 2 * DOC_AHEAD]);
			if (i + DOC_AHEAD < b->n &&
			    b->res[i + DOC_AHEAD].kind == L_REC)
				ahead(in, &b->res[i + DOC_AHEAD]);
			if (b->ln[i].key)
				new_key(in);
			line_apply(in, (jy_span){ b->bytes.p + b->ln[i].off,
			    b->ln[i].len }, &b->res[i]);
		}
		applied++;
		in->threaded += i;
		if (b->whole)
			whole_rest(in, &pl, b);
		/* As often as line by line: each 8192 lines. */
		if ((in->st.lines >> 13) != (lines0 >> 13))
			jy_progress_tick(in->progress, rd, in->st.lines, 0);
		if (in->stopped || in->halted) {
			/* As where one thread stops: what was read past the
			 * line is not looked at, a read error there not said. */
			eof = 1;
			*rc = 1;
		}
	}
	if (pl.nrun > in->nthreads)
		in->nthreads = pl.nrun;
	pool_free(&pl);
	return !solo;
}

struct held {
	size_t		 off, len;
	char		 cut, key;
};

jy_status
jy_input_file(jy_input *in, const char *path)
{
	jy_reader *rd;
	jy_span line, *sample = NULL;
	struct jy_buf held = { 0 };
	struct held *hl = NULL;
	char *fits = NULL, first[256] = "";
	size_t n = 0, i, looked = 0, cand = 0, want = SAMPLE, firstno = 0;
	jy_format *detected = NULL;
	jy_status st = JY_OK;
	int rc = 1, newkey;

	if (in->halted)
		return JY_OK;	/* --strict: the run is over, reported once */
	rd = jy_reader_open(path, in->err, sizeof in->err);
	if (rd == NULL)
		return JY_EDATA;
	in->fname = jy_reader_name(rd);
	in->fline = 0;
	jy_mapin_reset(in->mapin);
	in->ranked = 0;
	in->anyprev = 0;
	if (in->fixed != NULL) {
		if ((st = use_format(in, in->fixed)) != JY_OK)
			goto out;
		in->nread++;
	} else {
		/* Hold the first lines, pick a format, then replay them.
		 * Lines in front that fit no format are used up as they are
		 * passed over (malformed whatever the format): what was
		 * counted is taken back if the file is refused. */
		struct jy_stats st0 = in->st;
		char bad0[sizeof in->first_bad];
		uint64_t unfit = 0, fline0 = in->fline, next0 = in->nextpos;
		char ufirst[sizeof in->first_unfit];
		size_t nonempty = 0, parsed = 0, countable = 0;
		int ok = 0;

		memcpy(bad0, in->first_bad, sizeof bad0);
		hl = jy_xcalloc(DETECT_LINES, sizeof *hl);
		sample = jy_xcalloc(DETECT_LINES, sizeof *sample);
		fits = jy_xcalloc(DETECT_LINES, 1);
		for (;;) {
			while (cand < want && looked < DETECT_LINES &&
			    held.n < DETECT_BYTES &&
			    (rc = next_line(in, rd, &line, &newkey)) > 0) {
				hl[n].off = held.n;
				hl[n].len = line.n;
				hl[n].cut = (char)in->cut;
				hl[n].key = (char)newkey;
				jy_buf_add(&held, line.p, line.n);
				if (firstno == 0 && line.n > 0) {
					firstno = looked + 1;
					snprintf(first, sizeof first, "%.*s",
					    (int)(line.n < 200 ? line.n : 200),
					    line.p);
				}
				cand += line.n > 0 && line.p[0] != '#' &&
				    !in->cut;
				looked++;
				n++;
			}
			for (i = 0; i < n; i++) {
				sample[i].p = held.p + hl[i].off;
				sample[i].n = hl[i].len;
			}
			jy_format_free(detected);
			detected = jy_format_detect(sample, n,
			    in->cfg->time_format, fits);
			nonempty = parsed = countable = 0;
			for (i = 0; i < n; i++) {
				jy_record r;
				const char *why;
				if (sample[i].n == 0)
					continue;
				nonempty++;
				if (hl[i].cut || !fits[i] || detected == NULL)
					continue;
				countable++;
				parsed += jy_format_parse(detected, sample[i],
				    &r, &why) >= 0;
			}
			if (countable > 0 && 2 * parsed >= countable) {
				ok = 1;
				break;
			}
			if (rc <= 0)
				break;	/* the whole input is held */
			/* Use up the lines in front that fit nothing, and
			 * look further. */
			size_t k = 0;
			while (k < n && (sample[k].n == 0 || hl[k].cut ||
			    (!fits[k] && sample[k].p[0] != '#')))
				k++;
			if (k == 0 && (looked >= DETECT_LINES ||
			    held.n >= DETECT_BYTES))
				break;
			for (i = 0; i < k; i++) {
				if (hl[i].key)
					new_key(in);
				in->cut = hl[i].cut;
				if (sample[i].n > 0 && unfit++ == 0)
					at_line(in, ufirst, sizeof ufirst,
					    in->fline + 1);
				unfit_line(in, sample[i]);
				if (in->halted)
					break;
			}
			in->cut = 0;
			if (in->halted)
				break;	/* --strict */
			if (k > 0) {
				size_t base = k < n ? hl[k].off : held.n;
				memmove(held.p, held.p + base, held.n - base);
				held.n -= base;
				memmove(hl, hl + k, (n - k) * sizeof *hl);
				n -= k;
				cand = 0;
				for (i = 0; i < n; i++) {
					hl[i].off -= base;
					cand += hl[i].len > 0 && !hl[i].cut &&
					    held.p[hl[i].off] != '#';
				}
			}
			want = cand + SAMPLE;
		}
		if (in->halted) {
			in->nread++;
			goto drain;
		}
		if (!ok && rc >= 0 && (nonempty > 0 || unfit > 0)) {
			/* Refused: the file is not read at all. */
			in->st = st0;
			memcpy(in->first_bad, bad0, sizeof bad0);
			in->fline = fline0;
			in->nextpos = next0;
		}
		/* Said: the lines in front of the first that fits. */
		for (i = 0; ok && i < n; i++) {
			if (sample[i].n == 0)
				continue;
			if (!hl[i].cut && fits[i])
				break;
			if (unfit++ == 0)
				at_line(in, ufirst, sizeof ufirst,
				    in->fline + i + 1);
		}
		if (ok && unfit > 0) {
			if (in->unfit == 0)
				snprintf(in->first_unfit,
				    sizeof in->first_unfit, "%s", ufirst);
			in->unfit += unfit;
		}
		if (!ok && nonempty + unfit > 0 && rc < 0) {
			/* The input broke off before a format could be told:
			 * report that, and lose none of what was read. */
			in->nread++;
			for (i = 0; i < n; i++) {
				in->st.lines++;
				if (sample[i].n == 0) {
					in->st.skipped++;
					continue;
				}
				in->st.malformed++;
				in->fline++;
				where(in, in->first_bad, sizeof in->first_bad);
				reject(in, sample[i]);
			}
			goto drain;
		}
		if (!ok && nonempty + unfit > 0) {
			for (i = 0; i < n && sample[i].n == 0; i++)
				;
			/* Other compressors than gzip: say so plainly. */
			static const struct {
				const char *magic, *name, *cat;
				size_t n;
			} packed[] = {
				{ "BZh", "bzip2", "bzcat", 3 },
				{ "\xfd" "7zXZ", "xz", "xzcat", 5 },
				{ "\x28\xb5\x2f\xfd", "zstd", "zstdcat", 4 },
			};
			for (size_t k = 0; k < sizeof packed / sizeof packed[0];
			    k++)
				if (strncmp(first, packed[k].magic,
				    packed[k].n) == 0) {
					snprintf(in->err, sizeof in->err, "%s: "
					    "compressed with %s, which is not "
					    "read: decompress it first (%s %s | "
					    "...)", in->fname, packed[k].name,
					    packed[k].cat, in->fname);
					st = JY_EUSAGE;
					goto out;
				}
			snprintf(in->err, sizeof in->err, "%s: cannot tell "
			    "the log format from the first lines; line %zu "
			    "is \"%s\"; name it with -F (%s, or a "
			    "LogFormat string)", in->fname, firstno, first,
			    jy_format_names());
			/* The quote may hold control bytes: make them safe. */
			for (char *p = in->err; *p; p++)
				if ((unsigned char)*p < 0x20 || *p == 0x7f)
					*p = '?';
			st = JY_EUSAGE;
			goto out;
		}
		if (!ok) {
			/* An empty input is read; one that failed is not. */
			in->nread += rc >= 0;
			for (i = 0; i < n; i++)
				in->st.lines++, in->st.skipped++;
			goto drain;
		}
		if ((st = use_format(in, detected)) != JY_OK)
			goto out;
		infer_hosts(in, detected, sample, n);
		jy_format_reset(detected);
		in->nread++;
		for (i = 0; i < n && !in->stopped && !in->halted; i++) {
			if (hl[i].key)
				new_key(in);
			in->cut = hl[i].cut;
			line_in(in, sample[i]);
		}
		in->cut = 0;
	}
drain:
	if (rc > 0 && in->fmt != NULL && !in->stopped && !in->halted &&
	    !in->xcheck && pool_drain(in, rd, &rc))
		;	/* read to the end on the workers */
	else while (!in->stopped && !in->halted &&
	    (rc = next_line(in, rd, &line, &newkey)) > 0) {
		if (newkey)
			new_key(in);
		line_in(in, line);
		if (JY_UNLIKELY((in->st.lines & 8191) == 0))
			jy_progress_tick(in->progress, rd, in->st.lines, 0);
	}
	jy_progress_tick(in->progress, rd, in->st.lines, 1);
	in->cut = 0;
	if (rc < 0) {
		snprintf(in->err, sizeof in->err, "%s", jy_reader_error(rd));
		st = JY_EDATA;
	} else if (in->usage) {
		/* As a format without the column: this file is not read. */
		st = JY_EUSAGE;
		in->nread--;
		in->halted = in->usage = 0;
	} else if (in->stopped || in->halted)
		st = JY_EDATA;
out:
	in->gzipped |= jy_reader_gzip(rd);
	in->fmt = NULL;
	jy_format_free(detected);
	jy_buf_free(&held);
	free(hl);
	free(sample);
	free(fits);
	jy_reader_close(rd);
	in->fname = NULL;
	return st;
}

jy_status
jy_input_finish(jy_input *in)
{
	int failed = in->stopped;	/* and said so already */

	jy_progress_clear(in->progress);

	if (in->order != NULL && in->stopped && in->guess == G_ON) {
		/* An error stopped the input (a run not written): the
		 * guess's thread ends before its sessions and the consumer
		 * are touched here, and what it made is not the answer -
		 * unless the consumer's own failure stopped it. */
		jy_order_unguess(in->order);
		in->gthread = 0;
		if (!in->gstopped) {
			guess_fail(in);
			in->guessed = GD_NONE;
		}
	}
	if (in->sguess == SG_ON && in->stopped && !in->gstopped) {
		/* As the time-order guess's, below. */
		sg_fail(in, GD_NONE);
	}
	if (in->sguess == SG_ON && in->si != NULL)
		sg_fail(in, GD_MIXED);	/* a log's hosts: its lines came */
	if (in->si != NULL) {
		/* Before the first session's channel is decided. */
		inferred(in, in->si);
		in->si = NULL;
	}
	if (in->visits && in->order != NULL) {
		gs_rank(in);
		if (in->gswrong || in->gsover > 0)
			sg_fail(in, GD_VISITS);
	}
	if (in->order != NULL && !in->stopped && in->sguess != SG_ON) {
		struct jy_order *o = in->order;
		/* From here on records are sessionized, not stored. */
		int rc;
		in->order = NULL;
		__atomic_store_n(&in->gread, 1, __ATOMIC_RELEASE);
		rc = jy_order_finish(o, replay, replay_ahead, in);
		/* The guess's thread has ended. */
		in->gthread = 0;
		if (in->gstopped && !in->stopped) {
			in->stopped = 1;
			snprintf(in->err, sizeof in->err, "output failed");
		}
		if (rc == 0 && jy_order_speculated(o) && !in->stopped) {
			/* Every record was had by the guess: made again from
			 * the sorted run unless it held. */
			int why = in->guess == G_ON ? guess_held(in) : 0;
			if (why != GD_HELD && why != 0) {
				in->guessed = why;
				guess_fail(in);
			}
			if (in->guess != G_ON)
				rc = jy_order_replay(o, replay, replay_ahead,
				    in);
			else
				jy_order_release(o);
		}
		if (rc != 0 && !in->stopped) {
			snprintf(in->err, sizeof in->err, "%s",
			    jy_order_error(o));
			in->stopped = 1;
		}
		in->hint0 = in->hintn = 0;
		in->order = o;
	}
	if (in->guess == G_ON) {
		/* It held (or the consumer stopped): out goes what it made. */
		in->redo(in->ctx, JY_REDO_KEEP, in->tmpdir);
		in->guess = G_OFF;
		if (!in->stopped)
			in->guessed = GD_HELD;
	}
	if (in->sguess == SG_ON) {
		/* The stream guess held: the stored rows are not needed. */
		in->redo(in->ctx, JY_REDO_KEEP, in->tmpdir);
		in->sguess = SG_OFF;
		if (!in->stopped)
			in->guessed = GD_SHELD;
	}
	flush_open(in);
	if (in->rejects != NULL && fflush(in->rejects) != 0) {
		snprintf(in->err, sizeof in->err, "%s: %s",
		    in->cfg->rejects_path, strerror(errno));
		return JY_EDATA;
	}
	return in->stopped && !failed ? JY_EDATA : JY_OK;
}

const char *
jy_input_error(const jy_input *in)
{
	return in->err;
}

/* The lines' counts and the sessions' (ss), which a failed guess takes
 * back: every field a count, so summed as such. */
static void
stats_of(const jy_input *in, struct jy_stats *st)
{
	uint64_t a[sizeof *st / sizeof(uint64_t)], b[sizeof a / sizeof *a];
	size_t i;

	_Static_assert(sizeof *st % sizeof(uint64_t) == 0, "counts");
	memcpy(a, &in->st, sizeof a);
	memcpy(b, &in->ss, sizeof b);
	for (i = 0; i < sizeof a / sizeof *a; i++)
		a[i] += b[i];
	memcpy(st, a, sizeof a);
}

void
jy_input_stats(const jy_input *in, struct jy_stats *st)
{
	stats_of(in, st);
	st->visitors = visitors(in);
}

void
jy_input_report(const jy_input *in, FILE *f, const char *prog)
{
	struct jy_stats all;
	const struct jy_stats *s = &all;

	stats_of(in, &all);
	if (in->simsg[0] != '\0')
		fprintf(f, "%s: %s\n", prog, in->simsg);
	fprintf(f, "%s: lines %llu: skipped %llu, malformed %llu, parsed "
	    "%llu\n", prog, (unsigned long long)s->lines,
	    (unsigned long long)s->skipped, (unsigned long long)s->malformed,
	    (unsigned long long)s->parsed);
	fprintf(f, "%s: parsed %llu: method %llu, status %llu, static %llu, "
	    "downloads %llu, bots %llu, excluded %llu, late %llu, "
	    "pageviews %llu\n", prog,
	    (unsigned long long)s->parsed, (unsigned long long)s->method,
	    (unsigned long long)s->status, (unsigned long long)s->statics,
	    (unsigned long long)s->downloads, (unsigned long long)s->bots,
	    (unsigned long long)s->excluded, (unsigned long long)s->late,
	    (unsigned long long)s->pageviews);
	if (s->embedded > 0)
		fprintf(f, "%s: static %llu: embedded %llu (fetched by the "
		    "page that links them within %ds; --no-embedded keeps "
		    "them)\n", prog,
		    (unsigned long long)s->statics,
		    (unsigned long long)s->embedded, JY_EMB_WINDOW);
	fprintf(f, "%s: visitors %s%llu, sessions %llu%s\n", prog,
	    in->hll != NULL ? "~" : "", (unsigned long long)visitors(in),
	    (unsigned long long)s->sessions, in->hll != NULL ? " (visitors "
	    "estimated past 1048576: HyperLogLog, standard error 0.81%)" :
	    "");
	if (in->gzipped)
		fprintf(f, "%s: gzip input inflated with %s\n", prog,
		    jy_gzip_backend());
	/* Said where -j is given: how many threads there are by default
	 * depends on the machine. */
	if (in->threaded > 0 && in->cfg->jobs > 0)
		fprintf(f, "%s: -j: %llu lines parsed on %d threads\n", prog,
		    (unsigned long long)in->threaded, in->nthreads);
	if (s->outside > 0)
		fprintf(f, "%s: sessions outside --since/--until %llu\n", prog,
		    (unsigned long long)s->outside);
	if (in->qa != NULL)
		jy_qadvice_report(in->qa, f, prog);
	/* Said only when something is amiss: the usual run is quiet. */
	if (in->cfg->ua_tried && in->cfg->ua == NULL && !in->cfg->no_ua_bots) {
		fprintf(f, "%s: no bots by uap-core: ", prog);
		jy_fputs_safe(f, in->cfg->ua_err);
		putc('\n', f);
	} else if (in->cfg->ua != NULL) {
		uint64_t parsed, bad;
		jy_ua_stats(in->cfg->ua, &parsed, &bad);
		if (bad > 0) {
			fprintf(f, "%s: %llu regexes of ", prog,
			    (unsigned long long)bad);
			jy_fputs_safe(f, jy_ua_path(in->cfg->ua));
			fputs(" that PCRE2 cannot compile were passed over\n",
			    f);
		}
	}
	if (in->order != NULL) {
		uint64_t recs, bytes;
		size_t runs;
		jy_order_stats(in->order, &recs, &runs, &bytes);
		if (runs > 0)
			fprintf(f, "%s: put in time order: %llu pageviews, %zu "
			    "sorted runs (%llu bytes) spilled past 1/16 of "
			    "--memory\n",
			    prog, (unsigned long long)recs, runs,
			    (unsigned long long)bytes);
		static const char *const why[] = {
			[GD_ORDER] = "the input did not come in time order",
			[GD_SITE] = "the site's hosts inferred from the start "
			    "of the input are not the whole input's",
			[GD_DOC] = "a URL taken for an embedded fetch is the "
			    "referrer of a later line",
			[GD_OTHER] = "an event stream, or too many embedded "
			    "fetches to check",
		};
		static const char *const swhy[] = {
			[GD_SPLIT] = "a session's id came again after other "
			    "sessions' rows",
			[GD_BACK] = "a session's rows did not come in time "
			    "order",
			[GD_MIXED] = "a log's lines came with the event "
			    "stream's rows",
			[GD_MANY] = "too many sessions to check (ids past 1/16 "
			    "of --memory)",
			[GD_VISITS] = "a visitor's sessions did not come in "
			    "the order they began",
		};
		if (in->guessed == GD_HELD)
			fprintf(f, "%s: sessionized as read: the input came "
			    "in time order\n", prog);
		else if (bytes == 0 && in->guessed >= GD_SHELD)
			;	/* all of it in memory: as without the guess */
		else if (in->guessed == GD_SHELD)
			fprintf(f, "%s: sessions taken as read: each "
			    "session's rows came together, in time order (%llu "
			    "rows kept meanwhile, %llu bytes spilled)\n", prog,
			    (unsigned long long)recs,
			    (unsigned long long)bytes);
		else if (in->guessed >= GD_SPLIT)
			fprintf(f, "%s: sessions gathered by the sort: %s\n",
			    prog, swhy[in->guessed]);
		else if (in->guessed != GD_NONE)
			fprintf(f, "%s: sessionized again after the sort: "
			    "%s\n", prog, why[in->guessed]);
	}
}

int
jy_input_any(const jy_input *in)
{
	return in->nread > 0;
}

void
jy_input_warn(const jy_input *in, FILE *f, const char *prog)
{
	struct jy_stats all;
	const struct jy_stats *st = &all;

	stats_of(in, &all);
	/* A wrong count, not a line unused: said even with --quiet. */
	jy_pattern_warn(f, prog);
	if (in->cfg->quiet)
		return;
	/* Every line not used is said, -v or not, in one line. */
	if ((st->malformed > 0 || st->late > 0) && !in->halted) {
		uint64_t n = st->malformed + st->late;
		fprintf(f, "%s: %llu of %llu lines ", prog,
		    (unsigned long long)n, (unsigned long long)st->lines);
		if (st->late == 0)
			fprintf(f, "malformed (first: %s)", in->first_bad);
		else if (st->malformed == 0)
			fprintf(f, "late by more than --slack %llds (first: "
			    "%s)", (long long)in->cfg->slack, in->first_late);
		else
			fprintf(f, "not used: %llu malformed (first: %s), "
			    "%llu late by more than --slack %llds (first: %s)",
			    (unsigned long long)st->malformed, in->first_bad,
			    (unsigned long long)st->late,
			    (long long)in->cfg->slack, in->first_late);
		if (in->cfg->rejects_path != NULL) {
			fputs("; written to ", f);
			jy_fputs_safe(f, in->cfg->rejects_path);
			fputc('\n', f);
		} else
			fprintf(f, "; see --rejects FILE\n");
	}
	if (in->unfit > 0)
		fprintf(f, "%s: %llu line%s in front of the first that fits a "
		    "log format passed over to detect it, counted malformed "
		    "(first: %s)\n", prog, (unsigned long long)in->unfit,
		    in->unfit == 1 ? "" : "s", in->first_unfit);
	if (st->cutbig > 0)
		fprintf(f, "%s: %llu sessions were cut where their pages and "
		    "columns kept passed 4 GiB\n", prog,
		    (unsigned long long)st->cutbig);
	if (st->fast > 0)
		fprintf(f, "%s: --max-rate %lld: %llu sessions (%llu pageviews) "
		    "with more pageviews in a minute are counted as bots "
		    "(0 for no limit)\n", prog, (long long)in->cfg->max_rate,
		    (unsigned long long)st->fast,
		    (unsigned long long)st->fastpv);
	if (st->capped > 0)
		fprintf(f, "%s: --max-pageviews %lld split %llu sessions "
		    "(0 for no limit)\n", prog,
		    (long long)in->cfg->max_pageviews,
		    (unsigned long long)st->capped);
	if (in->vcforgot > 0)
		fprintf(f, "%s: --memory: %llu visit counts were forgotten "
		    "(of the visitors idle longest), so their later sessions "
		    "count as first visits (visit_number, returning): raise "
		    "--memory, or split by --shard\n", prog,
		    (unsigned long long)in->vcforgot);
	if (in->gsover > 0)
		fprintf(f, "%s: --memory: %llu rows of the event stream's "
		    "sessions came past the budget, and those sessions were "
		    "numbered in the order they came, not by start "
		    "(visit_number, returning): raise --memory\n", prog,
		    (unsigned long long)in->gsover);
	if (st->evicted > 0)
		fprintf(f, "%s: --max-sessions %lld: %llu sessions were closed "
		    "early to bound memory (raise it to keep them whole)\n",
		    prog, (long long)in->cfg->max_sessions,
		    (unsigned long long)st->evicted);
}

void
jy_input_map(jy_input *in, jy_out *out, uint64_t offset)
{
	in->mapout = out;
	in->nextpos = offset;
}

void
jy_input_free(jy_input *in)
{
	jy_session *s;
	size_t i;

	if (in == NULL)
		return;
	jy_progress_free(in->progress);
	/* Sessions are a slab's, and those on the free list hold only
	 * what owners says. */
	for (i = 0; i < in->heapn; i++)
		if (in->heap[i].gen == in->heap[i].s->gen &&
		    in->heap[i].s->inheap) {
			in->heap[i].s->inheap = 0;
			session_bufs_put(in, in->heap[i].s); /* buf_free_all */
		}
	for (i = 0; i < in->owners.n; i += sizeof s) {
		memcpy(&s, in->owners.p + i, sizeof s);
		jy_buf_free(&s->key);
		jy_buf_free(&s->vid);
		jy_buf_free(&s->sid);
	}
	jy_buf_free(&in->owners);
	if (in->rejects != NULL)
		fclose(in->rejects);
	jy_order_free(in->order);
	jy_list_clear(&in->gsite);
	free(in->absent);
	jy_siteinfer_free(in->si);
	free(in->srmemo);
	free(in->memo);
	jy_docset_free(in->docs);
	free(in->sgids);
	jy_qadvice_free(in->qa);
	jy_format_free(in->fixed);
	for (i = 0; i < (size_t)in->nx; i++)
		free(in->xname[i]);
	jy_hugefree(in->tab, in->tabcap * sizeof *in->tab);
	free(in->vc);
	free(in->gs);
	free(in->heap);
	free(in->vset);
	free(in->hll);
	free(in->seen[0]);
	free(in->seen[1]);
	jy_buf_free(&in->page);
	jy_buf_free(&in->key);
	jy_buf_free(&in->tmp);
	jy_buf_free(&in->vidbuf);
	jy_buf_free(&in->uap);
	jy_mapin_free(in->mapin);
	jy_prefault_free(in->pf);
	buf_free_all(in);
	free(in);
}
