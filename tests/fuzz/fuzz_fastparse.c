/*
 * fuzz_fastparse.c - format.c's fast path against its interpreter: each
 * line of the input is parsed with the formats the fast path reads, once
 * with it and once without; any difference in result, reason, record or
 * quote verdict traps (tests/fastdiff.h).  Each line is copied to a
 * buffer of its own exact size, so a read past its end hits ASan.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../fastdiff.h"

static const char *const specs[] = {
	"combined", "combined_extra", "vcombined", "common", "vcommon",
};
#define NSPEC	(sizeof specs / sizeof specs[0])

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static jy_format *fast[NSPEC], *slow[NSPEC];
	const uint8_t *p = data, *end = data + size, *e;
	size_t i;

	if (fast[0] == NULL)
		for (i = 0; i < NSPEC; i++) {
			if (jy_format_compile(specs[i], &fast[i], NULL, 0) !=
			    JY_OK || jy_format_compile(specs[i], &slow[i], NULL,
			    0) != JY_OK || !jy_format_fast(fast[i]))
				abort();
			jy_format_fast_off(slow[i]);
		}
	while (p < end) {
		e = memchr(p, '\n', (size_t)(end - p));
		size_t n = (size_t)((e != NULL ? e : end) - p);
		char *line = malloc(n ? n : 1);
		memcpy(line, p, n);
		for (i = 0; i < NSPEC; i++)
			if (fastdiff(fast[i], slow[i], (jy_span){ line, n }) !=
			    NULL)
				__builtin_trap();
		free(line);
		p += n + 1;
	}
	return 0;
}
