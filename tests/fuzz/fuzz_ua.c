/*
 * fuzz_ua.c - input: a User-Agent.  lib/ua.c's parser (uap-core's
 * regexes.yaml, if installed) on it: families within their caps, the
 * same answer from the cache as from a fresh parse, a device class in
 * range, and the same families with the prefilter off (every rule
 * tried).  Without uap-core the target does nothing.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static struct jy_ua *u, *all;

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	jy_span ua = { (const char *)data, size }, a[JY_UA_N], b[JY_UA_N];
	char keep[3][160];
	size_t n[3];
	int k, c;

	if (u == NULL) {
		char err[256];
		jy_hash_seed();
		if ((u = jy_ua_open(JY_UA_DEFAULT, err, sizeof err)) == NULL ||
		    (all = jy_ua_open(JY_UA_DEFAULT, err, sizeof err)) == NULL)
			return 0;
		jy_ua_filter(all, 0);
	}
	c = jy_ua_parse_class(u, ua, jy_hash(data, size), a);
	for (k = 0; k < JY_UA_N; k++) {
		if (a[k].n == 0 || a[k].n > 160)
			__builtin_trap();
		memcpy(keep[k], a[k].p, a[k].n);
		n[k] = a[k].n;
	}
	/* Another hash, another entry: parsed again, the same families. */
	jy_ua_parse(u, ua, jy_hash(data, size) ^ 0x5555, 7, b);
	for (k = 0; k < JY_UA_N; k++)
		if (b[k].n != n[k] || memcmp(b[k].p, keep[k], n[k]) != 0)
			__builtin_trap();
	if (c < JY_DC_DESKTOP || c > JY_DC_OTHER || c != jy_ua_class(ua, b))
		__builtin_trap();
	/* Every rule tried: what the prefilter skipped could not match. */
	jy_ua_parse(all, ua, jy_hash(data, size), 7, b);
	for (k = 0; k < JY_UA_N; k++)
		if (b[k].n != n[k] || memcmp(b[k].p, keep[k], n[k]) != 0)
			__builtin_trap();
	return 0;
}
