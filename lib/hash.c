/*
 * hash.c - SipHash-2-4 for stable visitor and session ids, and a
 * randomly keyed SipHash-1-3 for hash tables, so that crafted visitor keys
 * cannot be made to collide (hash flooding).  SipHash-1-3 under a fixed
 * key serves what only has to be the same in every run and says nothing
 * outside it (embedded.c's filter of documents).
 */
#include <stdio.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"

#define ROTL(x, b)	(uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))
#define SIPROUND do {							\
	v0 += v1; v1 = ROTL(v1, 13); v1 ^= v0; v0 = ROTL(v0, 32);	\
	v2 += v3; v3 = ROTL(v3, 16); v3 ^= v2;				\
	v0 += v3; v3 = ROTL(v3, 21); v3 ^= v0;				\
	v2 += v1; v1 = ROTL(v1, 17); v1 ^= v2; v2 = ROTL(v2, 32);	\
} while (0)

static uint64_t
siphash(const uint8_t key[16], const void *msg, size_t n, int crounds,
    int drounds)
{
	const uint8_t *in = msg, *end = in + (n & ~(size_t)7);
	uint64_t k0 = jy_load64(key), k1 = jy_load64(key + 8);
	uint64_t v0 = 0x736f6d6570736575ULL ^ k0;
	uint64_t v1 = 0x646f72616e646f6dULL ^ k1;
	uint64_t v2 = 0x6c7967656e657261ULL ^ k0;
	uint64_t v3 = 0x7465646279746573ULL ^ k1;
	uint64_t b = (uint64_t)n << 56, m;
	int i;

	for (; in != end; in += 8) {
		m = jy_load64(in);
		v3 ^= m;
		for (i = 0; i < crounds; i++)
			SIPROUND;
		v0 ^= m;
	}
	switch (n & 7) {
	case 7: b |= (uint64_t)in[6] << 48; /* FALLTHROUGH */
	case 6: b |= (uint64_t)in[5] << 40; /* FALLTHROUGH */
	case 5: b |= (uint64_t)in[4] << 32; /* FALLTHROUGH */
	case 4: b |= (uint64_t)in[3] << 24; /* FALLTHROUGH */
	case 3: b |= (uint64_t)in[2] << 16; /* FALLTHROUGH */
	case 2: b |= (uint64_t)in[1] << 8; /* FALLTHROUGH */
	case 1: b |= (uint64_t)in[0]; break;
	case 0: break;
	}
	v3 ^= b;
	for (i = 0; i < crounds; i++)
		SIPROUND;
	v0 ^= b;
	v2 ^= 0xff;
	for (i = 0; i < drounds; i++)
		SIPROUND;
	return v0 ^ v1 ^ v2 ^ v3;
}

uint64_t
jy_siphash(const uint8_t key[16], const void *msg, size_t n)
{
	return siphash(key, msg, n, 2, 4);
}

uint64_t
jy_siphash13(const uint8_t key[16], const void *msg, size_t n)
{
	return siphash(key, msg, n, 1, 3);
}

/*
 * wyhash (final version 4, Wang Yi, public domain) under its default
 * secret: for what needs neither a key nor to stand up to crafted input
 * (embedded.c's Bloom filter, where a false positive keeps a fetch as a
 * pageview, the safe side), at a 128-bit multiply for 16 bytes where
 * SipHash-1-3 takes two rounds.
 */
static const uint64_t wyp[4] = { 0xa0761d6478bd642fULL,
    0xe7037ed1a0b428dbULL, 0x8ebc6af09c88c6e3ULL, 0x589965cc75374cc3ULL };

/* a and b become the low and the high half of their 128-bit product. */
static inline void
mum(uint64_t *a, uint64_t *b)
{
	__uint128_t r = (__uint128_t)*a * *b;

	*a = (uint64_t)r;
	*b = (uint64_t)(r >> 64);
}

static inline uint64_t
wymix(uint64_t a, uint64_t b)
{
	mum(&a, &b);
	return a ^ b;
}

static inline uint64_t
load32(const uint8_t *p)
{
	uint32_t v;

	memcpy(&v, p, 4);
	return v;
}

uint64_t
jy_wyhash(const void *msg, size_t n, uint64_t seed)
{
	const uint8_t *p = msg;
	uint64_t a, b, s1, s2;
	size_t i = n;

	seed ^= wymix(seed ^ wyp[0], wyp[1]);
	if (n <= 16) {
		if (n >= 4) {
			size_t k = (n >> 3) << 2;
			a = load32(p) << 32 | load32(p + k);
			b = load32(p + n - 4) << 32 | load32(p + n - 4 - k);
		} else if (n > 0) {
			a = (uint64_t)p[0] << 16 | (uint64_t)p[n >> 1] << 8 |
			    p[n - 1];
			b = 0;
		} else
			a = b = 0;
	} else {
		if (i > 48) {
			s1 = s2 = seed;
			do {
				seed = wymix(jy_load64(p) ^ wyp[1],
				    jy_load64(p + 8) ^ seed);
				s1 = wymix(jy_load64(p + 16) ^ wyp[2],
				    jy_load64(p + 24) ^ s1);
				s2 = wymix(jy_load64(p + 32) ^ wyp[3],
				    jy_load64(p + 40) ^ s2);
				p += 48;
				i -= 48;
			} while (i > 48);
			seed ^= s1 ^ s2;
		}
		for (; i > 16; i -= 16, p += 16)
			seed = wymix(jy_load64(p) ^ wyp[1],
			    jy_load64(p + 8) ^ seed);
		a = jy_load64(p + i - 16);
		b = jy_load64(p + i - 8);
	}
	a ^= wyp[1];
	b ^= seed;
	mum(&a, &b);
	return wymix(a ^ wyp[0] ^ n, b ^ wyp[1]);
}

static uint8_t table_key[16];

void
jy_hash_seed(void)
{
	static int done;
	uint64_t t;

	if (done)
		return;
	done = 1;
	if (getrandom(table_key, sizeof table_key, GRND_NONBLOCK) ==
	    (ssize_t)sizeof table_key)
		return;
	/* No entropy yet (early boot): time and pid still differ per run. */
	t = (uint64_t)time(NULL) ^ ((uint64_t)getpid() << 32);
	memcpy(table_key, &t, 8);
	t = (uint64_t)clock() * 0x9e3779b97f4a7c15ULL;
	memcpy(table_key + 8, &t, 8);
}

uint64_t
jy_hash(const void *p, size_t n)
{
	return jy_siphash13(table_key, p, n);
}
