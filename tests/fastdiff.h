/*
 * fastdiff.h - does format.c's fast path read a line as its interpreter
 * does?  The same result, reason, record and quote verdict, or a
 * difference named; for tests/unit.c and tests/fuzz/fuzz_fastparse.c.
 */
#include <stdio.h>
#include <string.h>

#include "journey.h"
#include "internal.h"

static int
fastdiff_span(jy_span a, jy_span b)
{
	return a.n != b.n || (a.n > 0 && memcmp(a.p, b.p, a.n) != 0);
}

/*
 * Parses line with fast (a format with the fast path) and slow (the same
 * format with it off).  Returns NULL when they agree, or what differs.
 */
static const char *
fastdiff(jy_format *fast, jy_format *slow, jy_span line)
{
	jy_record a, b;
	const char *wa = NULL, *wb = NULL;
	int ra, rb, k;

	ra = jy_format_parse(fast, line, &a, &wa);
	rb = jy_format_parse(slow, line, &b, &wb);
	if (ra != rb)
		return "result";
	if (jy_format_lenient(fast) != jy_format_lenient(slow))
		return "quote verdict";
	if (ra != 0)
		return wa == wb || (wa && wb && strcmp(wa, wb) == 0) ? NULL :
		    "reason";
	if (a.time != b.time || a.status != b.status || a.bytes != b.bytes ||
	    a.has != b.has || fastdiff_span(a.ctype, b.ctype))
		return "time, status, bytes or fields logged";
	for (k = 0; k < JY_F_NFIXED; k++)
		if (fastdiff_span(a.f[k], b.f[k]))
			return "a field";
	if (jy_format_nnamed(fast) != jy_format_nnamed(slow))
		return "named fields set";
	for (k = 0; k < jy_format_nnamed(fast); k++)
		if (fastdiff_span(a.named[k], b.named[k]))
			return "a named field";
	return NULL;
}
