/*
 * fuzz_rxatoms.c - input: a regex, a newline, a subject.  lib/rxatoms.c
 * must never leave out a subject the regex matches: when PCRE2 compiles
 * the regex (caseless if the input starts with 'i', as uap-core's
 * regex_flag) and it matches the subject, the subject (ASCII-lowered)
 * holds a string of every set jy_rx_atoms gives.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nl = memchr(data, '\n', size);
	struct jy_buf b = { NULL, 0, 0 };
	pcre2_match_data *md;
	pcre2_code *re;
	char *rx, *low;
	size_t rn, sn, i;
	int ec, n, k, caseless;
	PCRE2_SIZE eo;
	const char *p;

	if (nl == NULL || size < 1)
		return 0;
	caseless = data[0] == 'i';
	rn = (size_t)(nl - data) - (size_t)caseless;
	rx = malloc(rn + 1);
	memcpy(rx, data + caseless, rn);
	rx[rn] = '\0';
	if (strlen(rx) != rn) {		/* uap-core's regexes have no NUL */
		free(rx);
		return 0;
	}
	re = pcre2_compile((PCRE2_SPTR)rx, rn, caseless ? PCRE2_CASELESS : 0,
	    &ec, &eo, NULL);
	if (re == NULL) {
		free(rx);
		return 0;
	}
	sn = size - (size_t)(nl - data) - 1;
	md = pcre2_match_data_create(4, NULL);
	if (pcre2_match(re, nl + 1, sn, 0, 0, md, NULL) >= 0 &&
	    (n = jy_rx_atoms(rx, &b)) > 0) {
		low = malloc(sn + 1);
		for (i = 0; i < sn; i++) {
			unsigned c = nl[1 + i];
			low[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
		}
		for (k = 0, p = b.p; k < n; k++, p++) {
			int hit = 0;
			for (; *p != '\0'; p += (unsigned char)*p + 1)
				if (memmem(low, sn, p + 1, (unsigned char)*p))
					hit = 1;
			if (!hit)
				__builtin_trap();	/* a match left out */
		}
		free(low);
	}
	jy_buf_free(&b);
	pcre2_match_data_free(md);
	pcre2_code_free(re);
	free(rx);
	return 0;
}
