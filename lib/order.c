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
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "session.h"

/*
 * A record as stored: this header; the key's bytes; in LEB128 bytes
 * and status (zigzag), seq, camp and the length of each other span
 * that is not empty (mask); those spans' bytes in order; padding to 8.
 * A page that is its target, or the target's path (a page is, but for
 * a query string or a rewrite), is not stored again (pagepre).
 * What sorting and the ahead look at is at a fixed place.  A header of
 * every field at full width was more than half a pageview's record,
 * most of it lengths of 0, and every byte is copied into the arena,
 * written to a run and read back.
 */
struct rhdr {
	int64_t		 t;
	uint64_t	 kh, rank;
	uint32_t	 size;		/* the whole record, padded */
	uint32_t	 klen;		/* P_KEY's */
	uint8_t		 cls, flags;
	uint16_t	 mask;		/* 1 << k: span k > P_KEY not empty */
	uint32_t	 pagepre;	/* 1 + n: the page is the target's
					 * first n bytes, not stored */
};

/* The most a record's LEB128 part takes. */
#define VARMAX	(4 * 10 + (P_N - 1) * 10)
_Static_assert(P_N <= 16, "mask has a bit per span");

/* The least arena: --memory's own least. */
#define JY_ORDER_MIN	((size_t)64 << 10)

/* The guess's arena: spilled in steps of an eighth (arena_max). */
#define GUESS_STEP(o)	((o)->budget / 8)
/*
 * The guess's first spill: its thread waits for it, so it is not the
 * whole arena (the pageviews of some 380 MB of log, a third of the
 * time of 1 GB with one core idle).  The site's hosts the guess goes
 * by are inferred from the input before it (guess_begin).
 */
#define FIRST_GUESS(o)	(2 * GUESS_STEP(o))

/* Runs open at once at most; more are merged into one first. */
#define FANIN	64

struct ent {
	int64_t		 t;
	size_t		 off;
};

struct unit;

/*
 * A spilled run being read back through a buffer of its own: the
 * current record (p) points into it until the run moves on.  Records
 * are stored as in the arena, each padded to 8 bytes.
 */
struct run {
	FILE		*f;
	char		*buf;
	size_t		 cap, pos, len;	/* pos: the next record */
	size_t		 apos;		/* jy_order_finish's ahead cursor */
	int		 eof, done;
	struct prec	 p;
};

struct jy_order {
	size_t		 budget;	/* of the arena and its index */
	size_t		 trigger;	/* the guess's next spill (arena_max) */
	int64_t		 tmax;		/* the latest record yet... */
	int		 anyt;
	uint64_t	 far;		/* ... and the arena's KEEP_LATE behind */
	char		*tmpdir;
	struct jy_buf	 arena;
	struct ent	*ent;
	size_t		 n, cap;
	int		 sorted;	/* the arena came in order */
	size_t		 gstart;	/* its open second: ent[gstart..n) */
	int		 gdirty;	/* ... is not in order */
	struct ent	*gtmp;		/* sort_group's */
	size_t		 gtmpcap;
	struct unit	*units;		/* sort_units', kept: pages touched */
	size_t		 unitcap;	/* for the first time are dear */
	struct ent	*uout;
	size_t		 uoutcap;
	uint64_t	 moved;		/* entries moved to sort it (index_last) */
	struct run	*runs;
	size_t		 nruns;
	pthread_t	 closer;	/* jy_order_release's, which */
	int		 closing;	/* ... owns runs and nruns */
	/* The run being written: an arena that sorts after its last
	 * record (last) is appended to it, so that input in time order
	 * makes one run, written as it came and read back in one pass. */
	FILE		*wf;
	struct jy_buf	 last;
	uint64_t	 spills;	/* arenas written out */
	uint64_t	 made;		/* runs begun (spills not appended) */
	uint64_t	 spilled;	/* bytes written to runs */
	uint64_t	 merges;	/* runs merged into one (FANIN) */
	uint64_t	 records;
	/* The guess (jy_order_speculate): records written to the first
	 * run go to sfn as they are written, until one sorts before
	 * them; then sfail, and no more. */
	int		 spec;		/* 1: on; 2: it held to the end */
	int		(*sfn)(void *, const struct prec *);
	void		(*sahead)(void *, const struct prec *);
	int		(*sbegin)(void *);
	void		(*sfail)(void *);
	void		*sctx;
	/* Threaded, the guess reads the first run back as it is written,
	 * on a thread of its own (guess_thread): main only publishes how
	 * much of it is there (avail). */
	int		 threaded, started, gfd;
	/* Raw (jy_order_raw): records kept as they come, in rf. */
	int		 raw;
	FILE		*rf;
	pthread_t	 th;
	pthread_mutex_t	 mu;
	pthread_cond_t	 cv;
	pthread_mutex_t	 busy;		/* held by the thread as it feeds fn */
	uint64_t	 avail;		/* bytes of whole records written */
	int		 end, stop;	/* all written; give up */
	int		 frc;		/* fn's result, on the thread */
	int		 ferr;		/* its pread's errno */
	char		 err[512];
};

/* A stored record's size, padded: records stay 8-aligned. */
static size_t
rec_size(const struct rhdr *h)
{
	return h->size;
}

static unsigned char *
put_uv(unsigned char *v, uint64_t x)
{
	while (x >= 0x80) {
		*v++ = (unsigned char)(x | 0x80);
		x >>= 7;
	}
	*v++ = (unsigned char)x;
	return v;
}

static uint64_t
get_uv(const unsigned char **vp)
{
	const unsigned char *v = *vp;
	uint64_t x = 0;
	int sh = 0;

	while (*v & 0x80) {
		x |= (uint64_t)(*v++ & 0x7f) << sh;
		sh += 7;
	}
	x |= (uint64_t)*v++ << sh;
	*vp = v;
	return x;
}

static uint64_t
zig(int64_t x)
{
	return ((uint64_t)x << 1) ^ (uint64_t)(x >> 63);
}

static int64_t
unzig(uint64_t x)
{
	return (int64_t)(x >> 1) ^ -(int64_t)(x & 1);
}

/* A stored record as a prec whose spans point into it. */
static void
decode(const char *q, struct prec *p)
{
	struct rhdr h;
	const unsigned char *v;
	size_t len[P_N];
	int k;

	memcpy(&h, q, sizeof h);
	p->t = h.t;
	p->kh = h.kh;
	p->rank = h.rank;
	p->cls = h.cls;
	p->flags = h.flags;
	q += sizeof h;
	p->s[P_KEY].p = q;
	p->s[P_KEY].n = h.klen;
	v = (const unsigned char *)q + h.klen;
	p->bytes = unzig(get_uv(&v));
	p->status = (int32_t)unzig(get_uv(&v));
	p->seq = get_uv(&v);
	p->camp = get_uv(&v);
	for (k = P_KEY + 1; k < P_N; k++)
		len[k] = h.mask >> k & 1 ? get_uv(&v) : 0;
	q = (const char *)v;
	for (k = P_KEY + 1; k < P_N; k++) {
		p->s[k].p = q;
		p->s[k].n = len[k];
		q += len[k];
	}
	if (h.pagepre > 0)
		p->s[P_PAGE] = (jy_span){ p->s[P_TARGET].p, h.pagepre - 1 };
}

/* Only the key and flags of a stored record (the key's bytes come
 * first, P_KEY being span 0): what jy_order_finish's ahead looks at. */
static void
decode_key(const char *q, struct prec *p)
{
	uint32_t n;
	uint8_t flags;

	memcpy(&flags, q + offsetof(struct rhdr, flags), sizeof flags);
	memcpy(&n, q + offsetof(struct rhdr, klen), sizeof n);
	memcpy(&p->kh, q + offsetof(struct rhdr, kh), sizeof p->kh);
	p->flags = flags;
	p->s[P_KEY].p = q + sizeof(struct rhdr);
	p->s[P_KEY].n = n;
}

/* p's header and LEB128 part (v, *vn bytes); h->size is set. */
static void
encode(const struct prec *p, struct rhdr *h, unsigned char *v, size_t *vn)
{
	unsigned char *e = v;
	size_t n;
	int k;

	memset(h, 0, sizeof *h);
	h->t = p->t;
	h->kh = p->kh;
	h->rank = p->rank;
	h->cls = p->cls;
	h->flags = p->flags;
	h->klen = (uint32_t)p->s[P_KEY].n;
	e = put_uv(e, zig(p->bytes));
	e = put_uv(e, zig(p->status));
	e = put_uv(e, p->seq);
	e = put_uv(e, p->camp);
	n = sizeof *h + p->s[P_KEY].n;
	if (p->s[P_PAGE].n > 0 && p->s[P_PAGE].n <= p->s[P_TARGET].n &&
	    p->s[P_PAGE].n < UINT32_MAX && memcmp(p->s[P_PAGE].p,
	    p->s[P_TARGET].p, p->s[P_PAGE].n) == 0)
		h->pagepre = (uint32_t)p->s[P_PAGE].n + 1;
	for (k = P_KEY + 1; k < P_N; k++)
		if (p->s[k].n > 0 && !(k == P_PAGE && h->pagepre > 0)) {
			h->mask |= (uint16_t)(1u << k);
			e = put_uv(e, p->s[k].n);
			n += p->s[k].n;
		}
	*vn = (size_t)(e - v);
	h->size = (uint32_t)((n + *vn + 7) & ~(size_t)7);
}


/* As memcmp, then shorter first; eight bytes at a time (keys are short:
 * a call to memcmp cost more than the compare). */
static inline int
key_cmp(const char *ka, size_t na, const char *kb, size_t nb)
{
	size_t n = na < nb ? na : nb, i;
	uint64_t x, y;

	for (i = 0; i + 8 <= n; i += 8) {
		/* The first byte highest: words compare as the bytes do. */
		x = __builtin_bswap64(jy_load64(ka + i));
		y = __builtin_bswap64(jy_load64(kb + i));
		if (x != y)
			return x < y ? -1 : 1;
	}
	for (; i < n; i++)
		if (ka[i] != kb[i])
			return (unsigned char)ka[i] < (unsigned char)kb[i] ?
			    -1 : 1;
	return na < nb ? -1 : na > nb;
}

static int
span_cmp(jy_span a, jy_span b)
{
	return key_cmp(a.p, a.n, b.p, b.n);
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

	/*
	 * The arena gets a sixteenth of the budget (at least 64K): input
	 * in time order is then written out as it comes and read back in
	 * one pass, with the sessions of the replay holding the memory
	 * instead of a copy of the whole input.  (A quarter, enough for
	 * the pageviews of 1 GB of log, costs as much CPU in fresh pages
	 * as the disk's round trip saves, and the peak RSS of 1 GB goes
	 * from 120 MB to 300 MB.)
	 */
	o->budget = budget / 16 > JY_ORDER_MIN ? budget / 16 :
	    budget < JY_ORDER_MIN ? budget : JY_ORDER_MIN;
	o->tmpdir = jy_xstrdup(tmpdir);
	o->sorted = 1;
	o->trigger = o->budget;
	return o;
}

const char *
jy_order_error(const struct jy_order *o)
{
	return o->err;
}

/* A stored record's seq: the third number after the key. */
static uint64_t
rec_seq(const char *q, const struct rhdr *h)
{
	const unsigned char *v = (const unsigned char *)q + sizeof *h +
	    h->klen;

	(void)get_uv(&v), (void)get_uv(&v);	/* bytes, status */
	return get_uv(&v);
}

/*
 * Two records that tie on the time and the key, in jy_prec_cmp's order
 * after them, without decoding them where the header says: an event
 * stream's rows of one session (indexed at INT64_MAX: no log time is)
 * by time, rank and seq; log records that both came in time order from
 * their source (cls 0) by rank and seq.  Most ties are of the second
 * kind in a log read with its static assets (a page and its fetches,
 * one visitor in one second), and decoding both was most of the sort.
 */
static int
tie_cmp(const char *qa, const char *qb, int grouped)
{
	struct rhdr ha, hb;
	struct prec pa, pb;

	memcpy(&ha, qa, sizeof ha);
	memcpy(&hb, qb, sizeof hb);
	if (grouped)
		CMP(ha.t, hb.t);
	else {
		CMP(ha.cls, hb.cls);
		if (ha.cls != 0) {
			decode(qa, &pa);
			decode(qb, &pb);
			return jy_prec_cmp(&pa, &pb);
		}
	}
	CMP(ha.rank, hb.rank);
	CMP(rec_seq(qa, &ha), rec_seq(qb, &hb));
	return 0;
}

/* A stored record's key (it follows the header) and its length. */
static const char *
rec_key(const char *q, uint32_t *n)
{
	memcpy(n, q + offsetof(struct rhdr, klen), sizeof *n);
	return q + sizeof(struct rhdr);
}


static int
ent_cmp(const struct jy_order *o, const struct ent *a, const struct ent *b)
{
	const char *qa = o->arena.p + a->off, *qb = o->arena.p + b->off;
	const char *ka, *kb;
	uint32_t na, nb;
	int c;

	if (a->t != b->t)
		return a->t < b->t ? -1 : 1;
	/* Most ties are between visitors: the key follows the header, so
	 * they are told apart without decoding the records. */
	ka = rec_key(qa, &na);
	kb = rec_key(qb, &nb);
	if ((c = key_cmp(ka, na, kb, nb)) != 0)
		return c;
	return tie_cmp(qa, qb, a->t == INT64_MAX);
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

/* A run of one key's rows in order, in sort_units. */
struct unit {
	uint64_t	 pre;		/* the key's first 8 bytes, the first
					 * highest (0 past its end) */
	const char	*key;
	uint32_t	 klen, n;
	size_t		 at;
};

/* By key, then where the unit was: two of one key keep their order. */
static int
unit_cmp(const void *x, const void *y)
{
	const struct unit *a = x, *b = y;
	int c = key_cmp(a->key, a->klen, b->key, b->klen);

	return c != 0 ? c : a->at < b->at ? -1 : a->at > b->at;
}

/* Below this many units a stretch of one byte is put in order by
 * insertion: a second's hundred visitors spread over a first byte of
 * ten digits leave some ten units a bucket. */
#define UNITS_INSERT	16

/*
 * u[0..n) by prefix, all of whose bytes above shift + 8 they share: a
 * stable MSD radix sort, a byte a pass, each bucket sorted on in the
 * next byte.  The LSD sort it replaced made eight passes over 256
 * counts for every second, whatever its size, for a second of some
 * hundred units (a log's, 125 pageviews a second on the bench's).
 */
static void
sort_prefix(struct unit *u, struct unit *tmp, size_t n, int shift)
{
	size_t cnt[256], i, j, sum;
	struct unit v;

	while (n > UNITS_INSERT && shift >= 0) {
		memset(cnt, 0, sizeof cnt);
		for (i = 0; i < n; i++)
			cnt[u[i].pre >> shift & 255]++;
		if (cnt[u[0].pre >> shift & 255] < n)
			break;
		shift -= 8;		/* a byte all share */
	}
	if (shift < 0)
		return;			/* all one prefix */
	if (n <= UNITS_INSERT) {
		for (i = 1; i < n; i++) {
			v = u[i];
			for (j = i; j > 0 && u[j - 1].pre > v.pre; j--)
				u[j] = u[j - 1];
			u[j] = v;
		}
		return;
	}
	for (i = 0, sum = 0; i < 256; i++) {
		size_t c = cnt[i];
		cnt[i] = sum;
		sum += c;
	}
	for (i = 0; i < n; i++)
		tmp[cnt[u[i].pre >> shift & 255]++] = u[i];
	memcpy(u, tmp, n * sizeof *u);
	/* cnt[k] is now where bucket k + 1 begins. */
	for (i = 0, sum = 0; i < 256; sum = cnt[i++])
		if (cnt[i] - sum > 1)
			sort_prefix(u + sum, tmp, cnt[i] - sum, shift - 8);
}

/*
 * Units by key, then position: a radix sort of their keys' first eight
 * bytes (stable, so units of one prefix keep their order), then qsort
 * where units share a prefix.  Comparing units took more than half of
 * the sort.  tmp holds n units.
 */
static void
sort_unit_keys(struct unit *u, struct unit *tmp, size_t n)
{
	size_t i, j;

	sort_prefix(u, tmp, n, 56);
	for (i = 0; i < n; i = j) {
		for (j = i + 1; j < n && u[j].pre == u[i].pre; j++)
			;
		if (j - i > 1)
			qsort(u + i, j - i, sizeof *u, unit_cmp);
	}
}

/*
 * An event stream's rows (indexed at INT64_MAX) come a session at a
 * time, each in order, and the sessions in any order: jsessionize writes
 * them as they close.  They are sorted as units - runs of one key's rows
 * already in order - by key, and then the rows of a key that has more
 * than one unit (a session that came in pieces) among themselves.  A
 * merge sort of the rows moved each row some twenty times for it.
 * A log's second (its records all of one time) is sorted the same way:
 * its visitors' records come interleaved, a unit of one or a few (a
 * page and its assets) each, and the radix sort of their keys' first
 * bytes left a merge sort by ent_cmp only the ties to compare.
 */
/* Does row i begin a unit: is a[i - 1] of another key, or after it? */
static int
unit_starts(const struct jy_order *o, const struct ent *a, size_t i,
    int grouped)
{
	const char *qa, *qb, *ka, *kb;
	uint32_t na, nb;

	if (i == 0)
		return 1;
	qa = o->arena.p + a[i - 1].off;
	qb = o->arena.p + a[i].off;
	ka = rec_key(qa, &na);
	kb = rec_key(qb, &nb);
	return key_cmp(ka, na, kb, nb) != 0 || tie_cmp(qa, qb, grouped) > 0;
}

/* A log's second of more records than this is left to msort: the
 * units would take 80 bytes a record. */
#define UNITS_MAX	65536

static int
sort_units(struct jy_order *o, struct ent *a, size_t n, int grouped)
{
	struct unit *u = o->units;
	struct ent *out;
	size_t nu = 0, i, j, k, len;
	const char *key;
	uint32_t klen;

	/* An event stream's rows that came one by one (a stream shuffled)
	 * are units of one row: in a whole arena, the units would cost
	 * more memory and time than they save, and the caller sorts the
	 * rows.  A log's second is small, and in the cache. */
	if (grouped) {
		for (i = 0; i < n; i++)
			nu += (size_t)unit_starts(o, a, i, 1);
		if (nu > n / 2)
			return 0;
	} else if (n > UNITS_MAX)
		return 0;
	for (i = 0, nu = 0; i < n; i++) {
		if (nu > 0 && u[nu - 1].n < UINT32_MAX &&
		    !unit_starts(o, a, i, grouped)) {
			u[nu - 1].n++;
			continue;
		}
		if (2 * (nu + 1) > o->unitcap) {
			/* Half for the units, half for sort_unit_keys. */
			o->unitcap = o->unitcap ? 2 * o->unitcap : n / 4 + 32;
			u = o->units = jy_xrealloc(u, o->unitcap * sizeof *u);
		}
		char pk[8] = { 0 };
		key = rec_key(o->arena.p + a[i].off, &klen);
		memcpy(pk, key, klen < 8 ? klen : 8);
		u[nu++] = (struct unit){ __builtin_bswap64(jy_load64(pk)), key,
		    klen, 1, i };
	}
	if (nu > 1) {
		sort_unit_keys(u, u + o->unitcap / 2, nu);
		if (o->uoutcap < n) {
			free(o->uout);
			o->uoutcap = n + n / 4;
			o->uout = jy_xmalloc(o->uoutcap * sizeof *o->uout);
		}
		out = o->uout;
		for (i = k = 0; i < nu; i++) {
			memcpy(out + k, a + u[i].at, u[i].n * sizeof *a);
			k += u[i].n;
		}
		memcpy(a, out, n * sizeof *a);
		for (i = k = 0; i < nu; i = j, k += len) {
			for (j = i + 1, len = u[i].n; j < nu &&
			    key_cmp(u[j].key, u[j].klen, u[i].key,
			    u[i].klen) == 0; j++)
				len += u[j].n;
			if (j - i > 1)
				msort(o, a + k, out, len);
		}
	}
	return 1;
}

/* The open second's records, ent[gstart..n), put in order. */
static void
sort_group(struct jy_order *o)
{
	size_t n = o->n - o->gstart;

	if (!o->gdirty)
		return;
	if (sort_units(o, o->ent + o->gstart, n,
	    o->ent[o->gstart].t == INT64_MAX)) {
		o->gdirty = 0;
		return;
	}
	if (o->gtmpcap < n / 2 + 1) {
		o->gtmpcap = n / 2 + 1;
		free(o->gtmp);
		o->gtmp = jy_xmalloc(o->gtmpcap * sizeof *o->gtmp);
	}
	msort(o, o->ent + o->gstart, o->gtmp, n);
	o->gdirty = 0;
}

static void
sort_arena(struct jy_order *o)
{
	struct ent *tmp;

	if (o->sorted) {
		sort_group(o);
		free(o->gtmp);
		o->gtmp = NULL;
		o->gtmpcap = 0;
		return;
	}
	if (o->n < 2)
		return;
	tmp = jy_xmalloc((o->n / 2 + 1) * sizeof *tmp);
	msort(o, o->ent, tmp, o->n);
	free(tmp);
	o->sorted = 1;
}

/* A buffer of 64 KiB: the run being written is flushed for the guess's
 * thread at each step, and from then on its writes do not begin at a
 * block; at 4 KiB, ext4 zeroed about as much as it copied. */
static FILE *
tmpfile_in(struct jy_order *o)
{
	return jy_tmpfile(o->tmpdir, "jyspill", 1 << 16, o->err,
	    sizeof o->err);
}

/*
 * A record a merge hands on, to a run: p was decoded from a stored
 * record (a run's buffer, or the arena), whose bytes begin a header
 * before its key, and those bytes go out as they are.
 */
static int
put(struct jy_order *o, FILE *f, const struct prec *p)
{
	const char *q = p->s[P_KEY].p - sizeof(struct rhdr);
	struct rhdr h;

	memcpy(&h, q, sizeof h);
	fwrite(q, 1, rec_size(&h), f);
	o->spilled += rec_size(&h);
	return ferror(f) ? -1 : 0;
}

static int
write_error(struct jy_order *o)
{
	snprintf(o->err, sizeof o->err, "writing a sorted run to %s: %s "
	    "(set -T DIR or TMPDIR to a larger disk)", o->tmpdir,
	    strerror(errno));
	return -1;
}

/* A written run, rewound, becomes run number nruns. */
static int
add_run(struct jy_order *o, FILE *f)
{
	if (fflush(f) != 0 || ferror(f) || fseek(f, 0, SEEK_SET) != 0) {
		write_error(o);
		jy_tmpclose(f);
		return -1;
	}
	o->runs = jy_xrealloc(o->runs, (o->nruns + 1) * sizeof *o->runs);
	memset(&o->runs[o->nruns], 0, sizeof o->runs[0]);
	o->runs[o->nruns++].f = f;
	return 0;
}

/* The run being written, if any, joins the runs to be merged. */
static int
close_run(struct jy_order *o)
{
	FILE *f = o->wf;

	o->wf = NULL;
	return f == NULL ? 0 : add_run(o, f);
}

static void
drop_runs(struct jy_order *o)
{
	size_t k;

	for (k = 0; k < o->nruns; k++) {
		jy_tmpclose(o->runs[k].f);
		free(o->runs[k].buf);
	}
	o->nruns = 0;
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

static int merge(struct jy_order *, int (*)(void *, const struct prec *),
    void *);
static size_t arena_max(const struct jy_order *);
static int too_many(const struct jy_order *, size_t);
static size_t half(const struct jy_order *);

void
jy_order_speculate(struct jy_order *o, int (*fn)(void *, const struct prec *),
    void (*ahead)(void *, const struct prec *), int (*begin)(void *),
    void (*fail)(void *), void *ctx, int threaded)
{
	if (o->made > 0)
		return;		/* too late: records went out unseen */
	o->spec = 1;
	o->sfn = fn;
	o->sahead = ahead;
	o->sbegin = begin;
	o->sfail = fail;
	o->sctx = ctx;
	o->threaded = threaded;
	if (o->arena.n + o->n * sizeof *o->ent < FIRST_GUESS(o))
		o->trigger = FIRST_GUESS(o);
}

int
jy_order_speculated(const struct jy_order *o)
{
	return o->spec == 2;
}

static void fetch(const char *);

/*
 * The guess's thread: the first run's records, read back from the
 * page cache as main writes them, to fn in order.  pread leaves the
 * file's offset to main's writes.
 */
static void *
guess_thread(void *arg)
{
	struct jy_order *o = arg;
	int fd = o->gfd;
	uint64_t off = 0, have;
	size_t cap = (size_t)1 << 20, len = 0, pos, i, n, nrec, rcap = 0;
	char *buf = jy_xmalloc(cap);
	size_t *rec = NULL;
	struct prec p, q;
	ssize_t got;

	for (;;) {
		pthread_mutex_lock(&o->mu);
		while (o->avail == off + len && !o->end && !o->stop)
			pthread_cond_wait(&o->cv, &o->mu);
		have = o->avail;
		if (o->stop)
			have = 0;
		pthread_mutex_unlock(&o->mu);
		if (have == 0 || have == off + len)
			break;	/* asked to stop, or all had */
		pthread_mutex_lock(&o->busy);
		/* The bytes not had yet after the buffer's whole records. */
		if (cap - len < (1 << 16) && cap < have - off) {
			cap *= 2;
			buf = jy_xrealloc(buf, cap);
		}
		n = have - off - len < cap - len ? (size_t)(have - off - len) :
		    cap - len;
		got = pread(fd, buf + len, n, (off_t)(off + len));
		if (got <= 0) {
			o->frc = -1;
			o->ferr = got < 0 ? errno : 0;
			pthread_mutex_unlock(&o->busy);
			break;
		}
		len += (size_t)got;
		/* The whole records in the buffer, then each to fn. */
		for (pos = 0, nrec = 0; ; nrec++) {
			struct rhdr h;
			if (len - pos < sizeof h)
				break;
			memcpy(&h, buf + pos, sizeof h);
			if (len - pos < rec_size(&h))
				break;
			if (nrec == rcap) {
				rcap = rcap ? 2 * rcap : 4096;
				rec = jy_xrealloc(rec, rcap * sizeof *rec);
			}
			rec[nrec] = pos;
			pos += rec_size(&h);
		}
		for (i = 0; i < nrec; i++) {
			if (i + 2 * JY_ORDER_AHEAD < nrec)
				fetch(buf + rec[i + 2 * JY_ORDER_AHEAD]);
			if (o->sahead != NULL && i + JY_ORDER_AHEAD < nrec) {
				decode_key(buf + rec[i + JY_ORDER_AHEAD], &q);
				o->sahead(o->sctx, &q);
			}
			decode(buf + rec[i], &p);
			if ((o->frc = o->sfn(o->sctx, &p)) != 0) {
				pthread_mutex_unlock(&o->busy);
				goto out;
			}
		}
		pthread_mutex_unlock(&o->busy);
		memmove(buf, buf + pos, len - pos);
		off += pos;
		len -= pos;
	}
out:
	free(rec);
	free(buf);
	return NULL;
}

/* Main has written the run to avail bytes: the thread may go on. */
static void
guess_publish(struct jy_order *o, int end)
{
	if (!o->started) {
		pthread_mutex_init(&o->mu, NULL);
		pthread_cond_init(&o->cv, NULL);
		pthread_mutex_init(&o->busy, NULL);
		o->gfd = fileno(o->wf);
		if (pthread_create(&o->th, NULL, guess_thread, o) != 0) {
			/* No thread: the guess is fed here. */
			pthread_mutex_destroy(&o->mu);
			pthread_cond_destroy(&o->cv);
			pthread_mutex_destroy(&o->busy);
			o->threaded = 0;
			return;
		}
		o->started = 1;
	}
	pthread_mutex_lock(&o->mu);
	o->avail = o->spilled;
	o->end = end;
	pthread_cond_signal(&o->cv);
	pthread_mutex_unlock(&o->mu);
}

/* The thread ends: when it has had all that was written, or (stop) at
 * its next record. */
static void
guess_join(struct jy_order *o, int stop)
{
	if (!o->started)
		return;
	pthread_mutex_lock(&o->mu);
	if (stop)
		o->stop = 1;
	o->end = 1;
	pthread_cond_signal(&o->cv);
	pthread_mutex_unlock(&o->mu);
	pthread_join(o->th, NULL);
	pthread_mutex_destroy(&o->mu);
	pthread_cond_destroy(&o->cv);
	pthread_mutex_destroy(&o->busy);
	o->started = 0;
}

/* Main may read what the thread's fn writes (on: until off again). */
void
jy_order_pause(struct jy_order *o, int on)
{
	if (o == NULL || !o->started)
		return;
	if (on)
		pthread_mutex_lock(&o->busy);
	else
		pthread_mutex_unlock(&o->busy);
}

/* A record sorts before one the guess had: it is off for good. */
static void
guess_wrong(struct jy_order *o)
{
	if (o->spec != 1)
		return;
	guess_join(o, 1);
	o->spec = 0;
	o->sfail(o->sctx);
}

void
jy_order_unguess(struct jy_order *o)
{
	guess_join(o, 1);
	o->spec = 0;
}

/*
 * The sorted arena's first m records, about to be written to the first
 * run, to the guess's consumer, as jy_order_finish's replay would give
 * them, until fn stops.
 */
static void
guess_feed(struct jy_order *o, size_t m)
{
	struct prec p, q;
	size_t i;

	for (i = 0; i < m; i++) {
		if (i + 2 * JY_ORDER_AHEAD < m)
			fetch(o->arena.p + o->ent[i + 2 * JY_ORDER_AHEAD].off);
		if (o->sahead != NULL && i + JY_ORDER_AHEAD < m) {
			decode_key(o->arena.p + o->ent[i +
			    JY_ORDER_AHEAD].off, &q);
			o->sahead(o->sctx, &q);
		}
		decode(o->arena.p + o->ent[i].off, &p);
		if (o->sfn(o->sctx, &p) != 0) {
			o->spec = 0;
			return;
		}
	}
}
static char *reserve(struct jy_order *, size_t);
static void index_last(struct jy_order *, int64_t, size_t);

/*
 * The sorted arena out to the run being written when it sorts after
 * that run's last record, else to a new run.  Unless all, the records
 * of the arena's last KEEP_LATE seconds stay for the next arena if they
 * are less than half of it and it came in time order, else those of its
 * last second if less than half: the second goes on in the input, its
 * records are ordered by visitor, and a log's lines may be seconds
 * behind the line before (index_last), so input in time order makes one
 * run.
 */
#define KEEP_LATE	60

/*
 * The records a spill keeps, ent[m..n), moved to the arena's start in
 * one memmove where they are its last bytes, as they are for input in
 * time order (a second's sort moves only their index): 1 if so, else 0
 * and nothing moved.  They stay sorted, the open second theirs.  Copied
 * out and put back one by one, they were a second copy and a compare
 * each, for up to a step's worth (all lines, 60 s of a busy log).
 */
static int
keep_tail(struct jy_order *o, size_t m)
{
	size_t lo = o->arena.n, tot = 0, i, k = o->n - m;

	for (i = m; i < o->n; i++) {
		if (o->ent[i].off < lo)
			lo = o->ent[i].off;
		tot += rec_size((const struct rhdr *)(const void *)
		    (o->arena.p + o->ent[i].off));
	}
	/* None overlap and all lie in [lo, arena.n): they are all of it. */
	if (lo + tot != o->arena.n)
		return 0;
	memmove(o->arena.p, o->arena.p + lo, tot);
	for (i = 0; i < k; i++)
		o->ent[i] = (struct ent){ o->ent[m + i].t, o->ent[m + i].off -
		    lo };
	o->arena.n = tot;
	o->n = k;
	for (i = k; i > 1 && o->ent[i - 2].t == o->ent[k - 1].t; i--)
		;
	o->gstart = i - 1;
	o->sorted = 1;
	o->gdirty = 0;
	o->moved = 0;
	return 1;
}

static int
spill(struct jy_order *o, int all)
{
	struct prec p, q;
	struct ent *keep = NULL;
	struct jy_buf kb = { NULL, 0, 0 };
	const char *r;
	size_t i, j, m, sz;
	int inorder, release;

	if (o->n == 0)
		return 0;
	/* Came in time order, give or take a few late lines (by a few
	 * seconds, or too many to put in place as they came). */
	inorder = (o->sorted && o->moved <= o->n) || o->far == 0;
	sort_arena(o);
	m = o->n;
	if (!all) {
		int64_t last = o->ent[o->n - 1].t, lim = last > INT64_MIN +
		    KEEP_LATE ? last - KEEP_LATE : INT64_MIN;
		while (inorder && m > 0 && o->ent[m - 1].t >= lim)
			m--;
		/* Input out of order anyway: the last second only, or
		 * none.  Too many: the last seconds that fit, whole (a
		 * busy site's 60 s may pass half the arena, and its lines
		 * seconds late would then start new runs). */
		if (!inorder)
			for (m = o->n; m > 0 && o->ent[m - 1].t == last; m--)
				;
		else if (too_many(o, m))
			for (m = half(o); m > 0 && m < o->n &&
			    o->ent[m].t == o->ent[m - 1].t; m++)
				;
		if (m == 0 && inorder && o->spec == 1 && o->arena.n + o->n *
		    sizeof *o->ent + GUESS_STEP(o) <= o->budget) {
			/* The guess's arena is all within the window: it
			 * grows, by another step, rather than spill. */
			o->trigger = o->arena.n + o->n * sizeof *o->ent +
			    GUESS_STEP(o);
			return 0;
		}
		if (m == 0 || too_many(o, m))
			m = o->n;
	}
	if (o->wf != NULL) {
		decode(o->last.p, &p);
		decode(o->arena.p + o->ent[0].off, &q);
		if (jy_prec_cmp(&p, &q) > 0) {
			/* The guess's thread may be reading the run. */
			guess_wrong(o);
			if (close_run(o) != 0)
				return -1;
		}
	}
	if (o->wf == NULL) {
		if ((o->wf = tmpfile_in(o)) == NULL)
			return -1;
		if (o->made++ > 0)
			guess_wrong(o);
		else if (o->spec == 1 && (64 * o->far > o->n ||
		    o->sbegin(o->sctx) != 0))
			o->spec = 0;	/* the first arena was far out of
					 * order: the guess would fail */
	}
	if (o->spec == 1 && !o->threaded)
		guess_feed(o, m);	/* if fn stops, so will the input */
	/* A stored record is its bytes as they go out; records that lie
	 * in the arena as they go (all of them, for input in time order)
	 * go out in one write. */
	for (i = 0; i < m; i = j) {
		size_t from = o->ent[i].off, to = from;
		for (j = i; j < m && o->ent[j].off == to; j++) {
			/* Sorted, they are all over the arena: each a
			 * miss, overlapped. */
			if (j + 8 < m)
				__builtin_prefetch(o->arena.p +
				    o->ent[j + 8].off);
			to += rec_size((const struct rhdr *)(const void *)
			    (o->arena.p + to));
		}
		if (fwrite(o->arena.p + from, 1, to - from, o->wf) !=
		    to - from)
			return write_error(o);
		o->spilled += to - from;
	}
	if (o->spec == 1 && o->threaded) {
		if (fflush(o->wf) != 0)
			return write_error(o);
		guess_publish(o, 0);
		if (!o->threaded)
			guess_feed(o, m);
	}
	r = o->arena.p + o->ent[m - 1].off;
	o->last.n = 0;
	jy_buf_add(&o->last, r, rec_size((const struct rhdr *)(const void *)r));
	o->spills++;
	/* The first arena's memory goes to the sessions (below): its
	 * records are copied out and back. */
	release = o->spec == 1 && o->arena.cap > o->budget / 2;
	if (m == o->n || release || !keep_tail(o, m)) {
		if (m < o->n) {
			keep = jy_xmalloc((o->n - m) * sizeof *keep);
			for (i = m; i < o->n; i++) {
				r = o->arena.p + o->ent[i].off;
				keep[i - m].t = o->ent[i].t;
				keep[i - m].off = kb.n;
				jy_buf_add(&kb, r, rec_size((const struct
				    rhdr *)(const void *)r));
			}
		}
		sz = o->n - m;
		o->arena.n = 0;
		o->n = 0;
		if (release) {
			jy_buf_free(&o->arena);
			free(o->ent);
			o->ent = NULL;
			o->cap = 0;
		}
		o->sorted = 1;
		o->gstart = 0;
		o->gdirty = 0;
		o->moved = 0;
		for (i = 0; i < sz; i++) {
			const char *b = kb.p + keep[i].off;
			size_t n = rec_size((const struct rhdr *)(const void *)
			    b);
			memcpy(reserve(o, n), b, n);
			index_last(o, keep[i].t, n);
		}
		free(keep);
		jy_buf_free(&kb);
	}
	o->far = 0;
	o->trigger = o->spec != 1 ? o->budget : o->arena.n + o->n *
	    sizeof *o->ent + GUESS_STEP(o);
	if (o->trigger > o->budget)
		o->trigger = o->budget;
	/*
	 * Past FANIN runs, they are merged into one, as sort(1) does, so
	 * that the open files and their buffers stay few whatever the
	 * input's size.
	 */
	if (o->nruns + 1 >= FANIN) {
		struct tofile t = { o, NULL };
		if (close_run(o) != 0 || (t.f = tmpfile_in(o)) == NULL)
			return -1;
		if (merge(o, to_file, &t) != 0) {
			jy_tmpclose(t.f);
			return -1;
		}
		drop_runs(o);
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
	if (n >= (4u << 20))
		jy_advise_huge(p, n);
}

/*
 * While the guess holds, from the first spill on, the arena is spilled
 * when an eighth of the budget has come since the last: the guess gets
 * the records in steps it can keep up with, and the sessions it makes
 * have the memory (and the cache) of the rest.  What a spill keeps for
 * the next arena (the last KEEP_LATE seconds) is as much as without
 * the guess: up to half the budget.
 */
static size_t
arena_max(const struct jy_order *o)
{
	return o->spec == 1 ? o->trigger : o->budget;
}

/* The least m for which ent[m..n) is not too many. */
static size_t
half(const struct jy_order *o)
{
	size_t m = o->n, b = 0;

	if (o->spec != 1)
		return o->n - o->n / 2;
	while (m > 0 && (b += rec_size((const struct rhdr *)(const void *)
	    (o->arena.p + o->ent[m - 1].off)) + sizeof *o->ent) <=
	    o->budget / 2)
		m--;
	return m;
}

/* Should the spill keep less than ent[m..n)? */
static int
too_many(const struct jy_order *o, size_t m)
{
	size_t i, b = 0;

	if (o->spec != 1)
		return m < o->n / 2;
	for (i = m; i < o->n && b <= o->budget / 2; i++)
		b += rec_size((const struct rhdr *)(const void *)(o->arena.p +
		    o->ent[i].off)) + sizeof *o->ent;
	return b > o->budget / 2;
}

/*
 * Room for a record of sz bytes (padded) at the arena's end.  The arena
 * is asked for at the size it will fill (the budget; during the guess,
 * after the first spill, two of its steps) and its index at an eighth
 * of that, not grown from nothing: each doubling was a copy of all of
 * it into pages touched for the first time, 4 KiB at a time where
 * realloc could not move the pages, and a page touched for the first
 * time costs a fault (in a virtual machine, a dear one).  Only the
 * pages used are resident.
 */
static char *
reserve(struct jy_order *o, size_t sz)
{
	size_t cap = o->arena.cap, want;

	if (cap == 0) {
		want = o->spec == 1 ? FIRST_GUESS(o) : o->budget;
		jy_buf_reserve(&o->arena, sz > want ? sz : want);
	} else
		jy_buf_reserve(&o->arena, sz);
	if (o->arena.cap != cap)
		huge(o->arena.p, o->arena.cap);
	if (o->n == o->cap) {
		o->cap = o->cap ? 2 * o->cap : o->arena.cap / 8 / sizeof *o->ent;
		if (o->cap < 256)
			o->cap = 256;
		o->ent = jy_xrealloc(o->ent, o->cap * sizeof *o->ent);
		huge(o->ent, o->cap * sizeof *o->ent);
	}
	return o->arena.p + o->arena.n;
}

/*
 * Input in time order comes sorted but for the visitors of one second,
 * in any order, and the lines that are a few seconds behind the line
 * before (written when the request ended, stamped when it began, or
 * merged from a slower server).  So it is put in order here, where the
 * records are in the cache and other threads are parsing, rather than
 * by a sort of the whole arena before the replay, which holds up the
 * output: each second's records are sorted when the next second begins,
 * and a record that is behind is moved back to its place.  A record
 * further than SETTLE places back, or moves past MOVES a record on the
 * whole, leave the arena to that sort: no input costs much more here.
 */
#define SETTLE	65536
#define MOVES	8

/* The record just put at the arena's end, of sz bytes, indexed. */
static void
index_last(struct jy_order *o, int64_t t, size_t sz)
{
	struct ent e = { t, o->arena.n };
	size_t i = o->n, lo, hi, m;

	o->ent[i] = e;
	o->arena.n += sz;
	o->n++;
	if (!o->sorted || i == 0)
		return;
	if (t == o->ent[i - 1].t) {
		if (!o->gdirty && ent_cmp(o, &o->ent[i - 1], &e) > 0)
			o->gdirty = 1;
		return;
	}
	/* ent[0..i) in order, its open second too. */
	o->n--;
	sort_group(o);
	o->n++;
	if (t > o->ent[i - 1].t) {
		o->gstart = i;
		return;
	}
	/* The first of the last SETTLE after e, which is behind. */
	lo = i > SETTLE ? i - SETTLE : 0;
	hi = i - 1;
	if (lo > 0 && ent_cmp(o, &o->ent[lo], &e) > 0)
		lo = i;
	while (lo < hi) {
		m = lo + (hi - lo) / 2;
		if (ent_cmp(o, &o->ent[m], &e) > 0)
			hi = m;
		else
			lo = m + 1;
	}
	if (lo == i || o->moved + (i - lo) > MOVES * (uint64_t)i + SETTLE) {
		o->sorted = 0;
		return;
	}
	o->moved += i - lo;
	memmove(&o->ent[lo + 1], &o->ent[lo], (i - lo) * sizeof *o->ent);
	o->ent[lo] = e;
	/* e went before the open second. */
	o->gstart++;
}

struct run;
static int run_fill(struct jy_order *, struct run *, size_t);
static size_t run_have(const struct run *, size_t);

/*
 * Raw: while a caller guesses it will not need the sort (input.c's
 * stream guess), records are only kept, as insurance: encoded as ever,
 * gathered RAW_STEP bytes at a time and written to one file in the
 * order they came, neither indexed nor sorted, in memory that stays in
 * the cache.  If the guess fails, jy_order_cook puts them through the
 * sort as jy_order_add would have, in the same order, so the runs and
 * the replay are what they would have been without it.
 */
#define RAW_STEP	((size_t)1 << 20)

int
jy_order_raw(struct jy_order *o)
{
	if (o->records > 0 || o->arena.cap > 0)
		return -1;
	guess_join(o, 1);
	o->spec = 0;
	o->raw = 1;
	return 0;
}

/* The raw records gathered so far out to rf: 1 if it cannot be made. */
static int
raw_flush(struct jy_order *o)
{
	if (o->rf == NULL && (o->rf = tmpfile_in(o)) == NULL)
		return 1;
	if (fwrite(o->arena.p, 1, o->arena.n, o->rf) != o->arena.n)
		return write_error(o);
	o->spilled += o->arena.n;
	o->arena.n = 0;
	return 0;
}

/* How many of the arena come far behind (a log's records). */
static void
note_time(struct jy_order *o, int64_t t, int flags)
{
	if (flags & PF_GROUPED)
		return;
	if (!o->anyt || t > o->tmax) {
		o->tmax = t;
		o->anyt = 1;
	} else if (t < o->tmax - KEEP_LATE)
		o->far++;
}

/* A stored record of sz bytes at q in again, as jy_order_add puts it. */
static int
readd(struct jy_order *o, const char *q, size_t sz)
{
	struct rhdr h;

	memcpy(&h, q, sizeof h);
	note_time(o, h.t, h.flags);
	memcpy(reserve(o, sz), q, sz);
	index_last(o, h.flags & PF_GROUPED ? INT64_MAX : h.t, sz);
	if (o->arena.n + o->n * sizeof *o->ent >= arena_max(o))
		return spill(o, 0);
	return 0;
}

int
jy_order_cook(struct jy_order *o)
{
	struct jy_buf kept = o->arena;
	struct rhdr h;
	struct run r;
	size_t pos, sz, need = RAW_STEP;
	int rc = 0;

	if (!o->raw)
		return 0;
	o->raw = 0;
	/* The arena as without the guess: sized at the budget. */
	memset(&o->arena, 0, sizeof o->arena);
	memset(&r, 0, sizeof r);
	if (o->rf != NULL) {
		if (fflush(o->rf) != 0 || ferror(o->rf) ||
		    fseek(o->rf, 0, SEEK_SET) != 0)
			rc = write_error(o);
		o->spilled = 0;		/* written again, sorted */
		r.f = o->rf;
		while (rc == 0 && (rc = run_fill(o, &r, need)) == 0) {
			for (pos = 0; rc == 0 && (sz = run_have(&r, pos)) > 0;
			    pos += sz)
				rc = readd(o, r.buf + pos, sz);
			r.pos = r.apos = pos;
			if (rc != 0 || (r.eof && r.pos == r.len))
				break;
			if (r.eof) {
				snprintf(o->err, sizeof o->err, "reading "
				    "kept records back from %s: file cut "
				    "short", o->tmpdir);
				rc = -1;
				break;
			}
			/* A record longer than the step is read whole. */
			need = RAW_STEP;
			if (r.len - r.pos >= sizeof h) {
				memcpy(&h, r.buf + r.pos, sizeof h);
				if (rec_size(&h) > need)
					need = rec_size(&h);
			}
		}
		free(r.buf);
		jy_tmpclose(o->rf);
		o->rf = NULL;
	}
	for (pos = 0; rc == 0 && pos < kept.n; pos += sz) {
		memcpy(&h, kept.p + pos, sizeof h);
		sz = rec_size(&h);
		rc = readd(o, kept.p + pos, sz);
	}
	jy_buf_free(&kept);
	return rc;
}

/* The record, encoded (h, v), into the sz bytes at q. */
static void
store(char *q, const struct prec *p, const struct rhdr *hp,
    const unsigned char *v, size_t vn, size_t sz)
{
	char *end = q + sz;
	int k;

	memcpy(q, hp, sizeof *hp);
	q += sizeof *hp;
	if (p->s[P_KEY].n)
		memcpy(q, p->s[P_KEY].p, p->s[P_KEY].n);
	q += p->s[P_KEY].n;
	memcpy(q, v, vn);
	q += vn;
	for (k = P_KEY + 1; k < P_N; k++)
		if (hp->mask >> k & 1) {
			memcpy(q, p->s[k].p, p->s[k].n);
			q += p->s[k].n;
		}
	/* The padding goes out to the runs with the record. */
	memset(q, 0, (size_t)(end - q));
}

int
jy_order_add(struct jy_order *o, const struct prec *p)
{
	struct rhdr h;
	unsigned char v[VARMAX];
	size_t sz, vn;

	encode(p, &h, v, &vn);
	sz = rec_size(&h);
	if (o->raw) {
		if (o->arena.cap == 0)
			jy_buf_reserve(&o->arena, sz > RAW_STEP ? sz :
			    RAW_STEP);
		else if (o->arena.cap - o->arena.n < sz) {
			int rc = raw_flush(o);
			if (rc < 0)
				return -1;
			/* No file: kept sorted, in memory as far as it goes,
			 * as without the guess (which goes on). */
			if (rc > 0 && jy_order_cook(o) != 0)
				return -1;
			if (o->raw)
				jy_buf_reserve(&o->arena, sz);
		}
		if (o->raw) {
			store(o->arena.p + o->arena.n, p, &h, v, vn, sz);
			o->arena.n += sz;
			o->records++;
			return 0;
		}
	}
	note_time(o, p->t, p->flags);
	/* Reserved: the record goes in without a call per span. */
	store(reserve(o, sz), p, &h, v, vn, sz);
	index_last(o, p->flags & PF_GROUPED ? INT64_MAX : p->t, sz);
	o->records++;
	if (o->arena.n + o->n * sizeof *o->ent >= arena_max(o))
		return spill(o, 0);
	return 0;
}

/*
 * At least need bytes of run r from its next record on in its buffer,
 * unless the run ends first.  The bytes before the next record are let
 * go (they were handed out and used); the ahead cursor moves with the
 * rest.
 */
static int
run_fill(struct jy_order *o, struct run *r, size_t need)
{
	size_t got;

	if (r->pos > 0) {
		memmove(r->buf, r->buf + r->pos, r->len - r->pos);
		r->len -= r->pos;
		r->apos -= r->pos;
		r->pos = 0;
	}
	if (need > r->cap) {
		while (r->cap < need)
			r->cap = r->cap ? 2 * r->cap : 1 << 16;
		r->buf = jy_xrealloc(r->buf, r->cap);
	}
	while (r->len < need && !r->eof) {
		got = fread(r->buf + r->len, 1, r->cap - r->len, r->f);
		r->len += got;
		if (got == 0) {
			if (ferror(r->f)) {
				snprintf(o->err, sizeof o->err, "reading a "
				    "sorted run back from %s: %s", o->tmpdir,
				    strerror(errno));
				return -1;
			}
			r->eof = 1;
		}
	}
	return 0;
}

/* The size of the record at off in r's buffer, or 0 if not all there. */
static size_t
run_have(const struct run *r, size_t off)
{
	struct rhdr h;
	size_t sz;

	if (r->len - off < sizeof h)
		return 0;
	memcpy(&h, r->buf + off, sizeof h);
	sz = rec_size(&h);
	return r->len - off >= sz ? sz : 0;
}

/* The next record of a run into r->p, or r->done. */
static int
run_next(struct jy_order *o, struct run *r)
{
	struct rhdr h;
	size_t sz;

	if (r->len - r->pos < sizeof h &&
	    run_fill(o, r, sizeof h) != 0)
		return -1;
	if (r->len == r->pos) {
		r->done = 1;
		return 0;
	}
	if (r->len - r->pos < sizeof h)
		goto cut;
	memcpy(&h, r->buf + r->pos, sizeof h);
	sz = rec_size(&h);
	if (r->len - r->pos < sz && run_fill(o, r, sz) != 0)
		return -1;
	if (r->len - r->pos < sz)
		goto cut;
	decode(r->buf + r->pos, &r->p);
	r->pos += sz;
	return 0;
cut:
	snprintf(o->err, sizeof o->err, "reading a sorted run back from %s: "
	    "file cut short", o->tmpdir);
	return -1;
}

/* Each run's read buffer: smaller the more runs are merged at once. */
static void
run_buffers(struct jy_order *o)
{
	size_t k, cap = o->budget / (o->nruns + 1);

	cap = cap > (1 << 20) ? 1 << 20 : cap < (1 << 16) ? 1 << 16 : cap;
	for (k = 0; k < o->nruns; k++) {
		struct run *r = &o->runs[k];
		r->buf = jy_xrealloc(r->buf, cap);
		r->cap = cap;
		r->pos = r->len = r->apos = 0;
		r->eof = r->done = 0;
	}
}

/* The runs merged through a small heap of run numbers. */
static int
merge(struct jy_order *o, int (*fn)(void *, const struct prec *), void *ctx)
{
	size_t i, j, c, nh = 0, *heap, k;
	int rc = 0;

	run_buffers(o);
	heap = jy_xmalloc((o->nruns + 1) * sizeof *heap);
	for (k = 0; k < o->nruns; k++) {
		if (run_next(o, &o->runs[k]) != 0) {
			free(heap);
			return -1;
		}
		if (!o->runs[k].done)
			heap[nh++] = k;
	}
#define HEAD(k)	(&o->runs[k].p)
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
		if ((rc = run_next(o, &o->runs[k])) != 0)
			break;
		if (o->runs[k].done)
			heap[0] = heap[--nh];
		SIFT(0)
	}
#undef SIFT
#undef HEAD
	free(heap);
	return rc;
}

/*
 * One run (input that came in time order) read straight through, with
 * ahead shown each record JY_ORDER_AHEAD records early when it is in
 * the buffer already: the buffer is refilled only when the next record
 * is not all there, so no record shown ahead has moved before fn has
 * had it.
 */
static int
replay_run(struct jy_order *o, struct run *r, int (*fn)(void *,
    const struct prec *), void (*ahead)(void *, const struct prec *),
    void *ctx)
{
	struct prec q;
	size_t sz, acnt = 0;
	int rc;

	run_buffers(o);
	for (;;) {
		if ((rc = run_next(o, r)) != 0 || r->done)
			return rc;
		if (acnt > 0)
			acnt--;
		else
			r->apos = r->pos;
		while (ahead != NULL && acnt < JY_ORDER_AHEAD &&
		    (sz = run_have(r, r->apos)) != 0) {
			if (++acnt == JY_ORDER_AHEAD) {
				decode_key(r->buf + r->apos, &q);
				ahead(ctx, &q);
			}
			r->apos += sz;
		}
		if ((rc = fn(ctx, &r->p)) != 0)
			return rc;
	}
}

/*
 * A record of the arena into the cache ahead of its replay: the arena is
 * read once, from memory, in an order the hardware does not foresee
 * (records of one second sorted by visitor), and ahead (then fn) would
 * otherwise wait on each record's header and then on its strings.
 */
static void
fetch(const char *r)
{
	for (int k = 0; k < 4; k++)
		__builtin_prefetch(r + 64 * k);
}

/*
 * The arena replayed in memory is let go as the replay moves on, so
 * that the sessions it makes take its memory instead of coming on top.
 * A sorted arena's records go nearly in the order they came, so the
 * replay reads it from the front: low[c] is the least offset of a
 * record from number c * LOW_STEP on, below which nothing is read again.
 * It goes in steps of LET_GO (a huge page), from an arena of two.
 */
#define LOW_STEP	4096
#define LET_GO		((size_t)2 << 20)

static size_t *
lows(const struct jy_order *o, size_t *nlow)
{
	size_t *low, i, m = SIZE_MAX;

	*nlow = o->arena.n < 2 * LET_GO ? 0 : (o->n + LOW_STEP - 1) /
	    LOW_STEP;
	if (*nlow == 0)
		return NULL;
	low = jy_xmalloc(*nlow * sizeof *low);
	for (i = o->n; i-- > 0; ) {
		if (o->ent[i].off < m)
			m = o->ent[i].off;
		if (i % LOW_STEP == 0)
			low[i / LOW_STEP] = m;
	}
	return low;
}

/*
 * The arena's pages below off back to the kernel, from gone, the offset
 * let go so far; the new one (a page's start).  Only whole pages inside
 * the arena's block go, so the allocator's own bytes before it stay.
 */
static size_t
let_go(char *base, size_t gone, size_t off)
{
#ifdef MADV_DONTNEED
	uintptr_t a, b;

	if (off < gone + LET_GO)
		return gone;
	a = ((uintptr_t)base + gone + 4095) & ~(uintptr_t)4095;
	b = ((uintptr_t)base + off) & ~(uintptr_t)4095;
	if (b <= a || madvise((void *)a, b - a, MADV_DONTNEED) != 0)
		return gone;
	return (size_t)(b - (uintptr_t)base);
#else
	(void)base, (void)off;
	return gone;
#endif
}

int
jy_order_finish(struct jy_order *o, int (*fn)(void *, const struct prec *),
    void (*ahead)(void *, const struct prec *), void *ctx)
{
	struct prec p, q;
	size_t i;
	int rc = 0;

	if (jy_order_cook(o) != 0)
		return -1;
	if (o->nruns == 0 && o->wf == NULL) {
		size_t *low, nlow, gone = 0;

		sort_arena(o);
		low = lows(o, &nlow);
		for (i = 0; i < o->n && rc == 0; i++) {
			if (i % LOW_STEP == 0 && i / LOW_STEP < nlow)
				gone = let_go(o->arena.p, gone,
				    low[i / LOW_STEP]);
			if (i + 2 * JY_ORDER_AHEAD < o->n)
				fetch(o->arena.p + o->ent[i +
				    2 * JY_ORDER_AHEAD].off);
			if (ahead != NULL && i + JY_ORDER_AHEAD < o->n) {
				decode_key(o->arena.p + o->ent[i +
				    JY_ORDER_AHEAD].off, &q);
				ahead(ctx, &q);
			}
			decode(o->arena.p + o->ent[i].off, &p);
			rc = fn(ctx, &p);
		}
		free(low);
		return rc;
	}
	/* The rest of the arena goes out too: the replay's sessions get
	 * its memory. */
	if (spill(o, 1) != 0 || (o->spec == 1 && o->wf != NULL &&
	    fflush(o->wf) != 0)) {
		guess_join(o, 1);
		return -1;
	}
	if (o->spec == 1) {
		/* The thread has all of it now. */
		guess_join(o, 0);
		if (o->frc < 0) {
			snprintf(o->err, sizeof o->err, "reading a sorted run "
			    "back from %s: %s", o->tmpdir, o->ferr ?
			    strerror(o->ferr) : "file cut short");
			return -1;
		}
	}
	if (close_run(o) != 0)
		return -1;
	jy_buf_free(&o->arena);
	free(o->ent);
	o->ent = NULL;
	o->cap = 0;
	if (o->spec == 1) {
		o->spec = 2;	/* fn has had every record */
		return 0;
	}
	return jy_order_replay(o, fn, ahead, ctx);
}

int
jy_order_replay(struct jy_order *o, int (*fn)(void *, const struct prec *),
    void (*ahead)(void *, const struct prec *), void *ctx)
{
	o->spec = 0;
	if (o->nruns == 1)
		return replay_run(o, &o->runs[0], fn, ahead, ctx);
	return merge(o, fn, ctx);
}

void
jy_order_stats(const struct jy_order *o, uint64_t *records, size_t *runs,
    uint64_t *spilled)
{
	*records = o->records;
	*runs = (size_t)o->made;
	*spilled = o->spilled;
}

static void *
closer(void *arg)
{
	drop_runs(arg);
	return NULL;
}

/*
 * Closing a run lets the kernel free its pages (150 MB for 1 GB of
 * log): some 10 ms, which the caller, left to write the open sessions,
 * had waited for at the end with the other core idle.
 */
void
jy_order_release(struct jy_order *o)
{
	if (o->nruns > 0 && !o->closing && o->wf == NULL &&
	    pthread_create(&o->closer, NULL, closer, o) == 0)
		o->closing = 1;
}

void
jy_order_free(struct jy_order *o)
{
	if (o == NULL)
		return;
	if (o->closing)
		pthread_join(o->closer, NULL);
	guess_join(o, 1);
	drop_runs(o);
	if (o->wf != NULL)
		jy_tmpclose(o->wf);
	if (o->rf != NULL)
		jy_tmpclose(o->rf);
	free(o->runs);
	free(o->ent);
	free(o->gtmp);
	free(o->units);
	free(o->uout);
	jy_buf_free(&o->arena);
	jy_buf_free(&o->last);
	free(o->tmpdir);
	free(o);
}
