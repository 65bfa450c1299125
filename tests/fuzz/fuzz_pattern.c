/*
 * fuzz_pattern.c - input "PATTERN\nSUBJECT": jy_pattern_compile and
 * jy_pattern_match, checked against a plain dynamic-programming matcher
 * for exact text and globs; jy_parse_time on the subject, and a time it
 * accepts must survive jy_format_time and back.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "journey.h"

/* Whole-value glob with * and ?, by the book: O(gn * sn). */
static int
ref_glob(const char *g, size_t gn, const char *s, size_t sn)
{
	unsigned char row[257], prev[257];
	size_t i, j;

	memset(prev, 0, sn + 1);
	prev[0] = 1;
	for (i = 0; i < gn; i++) {
		row[0] = g[i] == '*' && prev[0];
		for (j = 1; j <= sn; j++)
			row[j] = g[i] == '*' ? prev[j] || row[j - 1] :
			    prev[j - 1] && (g[i] == '?' || g[i] == s[j - 1]);
		memcpy(prev, row, sn + 1);
	}
	return prev[sn];
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nl = memchr(data, '\n', size);
	size_t pn = nl ? (size_t)(nl - data) : size;
	size_t sn = nl ? size - pn - 1 : 0;
	char *pat = malloc(pn + 1), *subj = malloc(sn ? sn : 1), err[128];
	jy_pattern *p;
	int64_t t, t2;
	char iso[24];

	memcpy(pat, data, pn);
	pat[pn] = '\0';
	if (sn)
		memcpy(subj, nl + 1, sn);
	if (jy_pattern_compile(pat, &p, err, sizeof err) == JY_OK) {
		int m = jy_pattern_match(p, subj, sn);
		size_t gn = strlen(pat);
		if (pat[0] != '~' && gn <= 64 && sn <= 256 &&
		    m != ref_glob(pat, gn, subj, sn))
			__builtin_trap();
		if (strcmp(jy_pattern_text(p), pat) != 0)
			__builtin_trap();
		jy_pattern_free(p);
	}
	if (jy_parse_time((jy_span){ subj, sn }, &t) == 0 &&
	    t >= -62167219200LL && t <= 253402300799LL) {
		/* Years 0000 to 9999 are what jy_format_time can write. */
		size_t n = jy_format_time(t, iso);
		if (n != 20 || jy_parse_time((jy_span){ iso, n }, &t2) != 0 ||
		    t2 != t)
			__builtin_trap();
	}
	free(pat);
	free(subj);
	return 0;
}
