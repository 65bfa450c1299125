/*
 * embedded.c - what is a document: the evidence for the rule that tells
 * a page's embedded fetches (an image route, an XHR) from pages with no
 * list of paths (see input.c, embedded(), and jsessionize(1), EMBEDDED
 * RESOURCES).
 *
 * A document is the referrer of what it embeds and of the click that
 * leaves it; an image or an XHR response is the referrer of nothing.
 * So every URL (path and query) that some request names as its referrer
 * is put in a Bloom filter, and a fetch whose own URL is in it is taken
 * for a document.  The filter has a fixed size: past its capacity its
 * false positives grow, and a false positive keeps a fetch as a
 * pageview, the safe side.  Its hash has a fixed seed, so the answer is
 * the same in every run and on every machine.
 */
#include <stdlib.h>

#include "internal.h"

#define DOC_BITS	25		/* 2^25 bits: 4 MiB */
#define DOC_PROBES	4
#define DOC_BYTES	(((size_t)1 << DOC_BITS) / 8)

struct jy_docset {
	uint64_t	*bits;
	/* Hashes added lately, direct-mapped: a page's assets name it
	 * one after another, and its bits, all over the 4 MiB, are set.
	 * Of the bench log's 3 M referrers, 82% were among 1024 slots'
	 * and 95% among 8192's (64 KiB, in L2): a miss is four writes
	 * anywhere in the filter, on main. */
	uint64_t	 recent[8192];
};

/* wyhash's seed for the filter: any fixed one. */
#define DOC_SEED	0x6a6f75726e657931ULL	/* "journey1" */

struct jy_docset *
jy_docset_new(void)
{
	struct jy_docset *d = jy_xcalloc(1, sizeof *d);

	/* Probed at random: huge pages, a TLB entry each 2 MiB. */
	d->bits = jy_xhuge(DOC_BYTES);
	return d;
}

void
jy_docset_free(struct jy_docset *d)
{
	if (d == NULL)
		return;
	jy_hugefree(d->bits, DOC_BYTES);
	free(d);
}

int
jy_url_absolute(jy_span u)
{
	const char *p = u.p;
	size_t k;

	/* By hand, not strncasecmp (a call, and the locale's): asked of
	 * every request's referrer and URL.  Only 'H' and 'h' are 'h'
	 * once 32 is or'ed in, and so for t, p and s. */
	if (u.n <= 7 || (p[0] | 32) != 'h' || (p[1] | 32) != 't' ||
	    (p[2] | 32) != 't' || (p[3] | 32) != 'p')
		return 0;
	k = (p[4] | 32) == 's' ? 5 : 4;
	return u.n > k + 3 && p[k] == ':' && p[k + 1] == '/' &&
	    p[k + 2] == '/';
}

jy_span
jy_url_pathq(jy_span u)
{
	const char *p = u.p, *end = u.p + u.n, *s;

	if (jy_url_absolute(u))
		for (p += p[4] == ':' ? 7 : 8; p < end && *p != '/' &&
		    *p != '?' && *p != '#'; p++)
			;
	if ((s = memchr(p, '#', (size_t)(end - p))) != NULL)
		end = s;
	if (p == end)
		return (jy_span){ "/", 1 };
	return (jy_span){ p, (size_t)(end - p) };
}

uint64_t
jy_url_hash(jy_span pathq)
{
	/* Looked up for every request (SipHash-1-3 under a fixed key was
	 * a twentieth of a worker's time). */
	return jy_wyhash(pathq.p, pathq.n, DOC_SEED) | 1;
}

/*
 * The hash a request's referrer adds to the set, or 0 for none: worked
 * out where the line is parsed (a worker thread, with -j), and added
 * in input order by jy_docset_add.
 */
uint64_t
jy_docset_ref_hash(jy_span ref, jy_span target)
{
	jy_span rp;
	uint64_t h = jy_docset_ref_part(ref, &rp);

	return jy_docset_ref_fin(h, rp, target);
}

/* The referrer's own part of it: its path's hash, 0 if not absolute. */
uint64_t
jy_docset_ref_part(jy_span ref, jy_span *rp)
{
	if (!jy_url_absolute(ref)) {
		*rp = (jy_span){ "", 0 };
		return 0;
	}
	*rp = jy_url_pathq(ref);
	return jy_url_hash(*rp);
}

/* The rest, with the request's target. */
uint64_t
jy_docset_ref_fin(uint64_t h, jy_span rp, jy_span target)
{
	jy_span tp;

	if (h == 0)
		return 0;
	tp = jy_url_pathq(target);
	/* A fetch that names itself (a feed reader does) says nothing. */
	if (rp.n == tp.n && memcmp(rp.p, tp.p, rp.n) == 0)
		return 0;
	return h;
}

void
jy_docset_add(struct jy_docset *d, uint64_t h)
{
	uint32_t a = (uint32_t)h, b = (uint32_t)(h >> 32) | 1;
	uint64_t *r = &d->recent[h % (sizeof d->recent / sizeof *d->recent)];
	int i;

	if (h == 0 || *r == h)
		return;
	*r = h;
	for (i = 0; i < DOC_PROBES; i++) {
		uint32_t k = (a + (uint32_t)i * b) & ((1u << DOC_BITS) - 1);
		/* One writer; the guess's thread may read (input.c):
		 * relaxed atomics, plain moves on x86. */
		uint64_t *w = &d->bits[k >> 6];
		__atomic_store_n(w, __atomic_load_n(w, __ATOMIC_RELAXED) |
		    (uint64_t)1 << (k & 63), __ATOMIC_RELAXED);
	}
}

void
jy_docset_prefetch_recent(const struct jy_docset *d, uint64_t h)
{
	if (h != 0)
		__builtin_prefetch(&d->recent[h % (sizeof d->recent /
		    sizeof *d->recent)]);
}

void
jy_docset_prefetch(const struct jy_docset *d, uint64_t h)
{
	uint32_t a = (uint32_t)h, b = (uint32_t)(h >> 32) | 1;
	int i;

	if (h == 0 || d->recent[h % (sizeof d->recent /
	    sizeof *d->recent)] == h)
		return;
	for (i = 0; i < DOC_PROBES; i++) {
		uint32_t k = (a + (uint32_t)i * b) & ((1u << DOC_BITS) - 1);
		__builtin_prefetch(&d->bits[k >> 6], 1);
	}
}

int
jy_docset_has(const struct jy_docset *d, uint64_t h)
{
	uint32_t a = (uint32_t)h, b = (uint32_t)(h >> 32) | 1;
	int i;

	for (i = 0; i < DOC_PROBES; i++) {
		uint32_t k = (a + (uint32_t)i * b) & ((1u << DOC_BITS) - 1);
		if (!(__atomic_load_n(&d->bits[k >> 6], __ATOMIC_RELAXED) >>
		    (k & 63) & 1))
			return 0;
	}
	return 1;
}
