/*
 * fuzz_rewrite.c - --rewrite rules and ~REGEX steps on generated
 * subjects.  Input: one byte R, then "RULE\nREGEX\nSUBJECT".  RULE is
 * given to jy_rewrite_compile as written (s#...#...#flags), REGEX to
 * jy_pattern_compile after a "~"; the subject is SUBJECT repeated
 * (R mod 64) + 1 times (up to 256 KiB), so that repeated groups meet long
 * paths, the JIT stack and the match limit.  Each is applied to it and
 * to what the rule made of it; the rule must give the same bytes twice
 * (no state kept between matches), and every match must end: a hang is
 * a finding (run.sh gives libFuzzer -timeout).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct jy_buf subj = { 0 }, a = { 0 }, b = { 0 }, tmp = { 0 };
	const uint8_t *p, *e, *nl1, *nl2;
	char err[512], *rule, *rx;
	size_t reps, i, one;
	struct jy_rewrite *w;
	jy_pattern *pat = NULL;

	if (size < 1)
		return 0;
	reps = (size_t)(data[0] % 64) + 1;
	p = data + 1;
	e = data + size;
	nl1 = memchr(p, '\n', (size_t)(e - p));
	if (nl1 == NULL)
		return 0;
	nl2 = memchr(nl1 + 1, '\n', (size_t)(e - nl1 - 1));
	if (nl2 == NULL)
		nl2 = e;
	rule = strndup((const char *)p, (size_t)(nl1 - p));
	rx = malloc((size_t)(nl2 - nl1) + 1);
	rx[0] = '~';
	memcpy(rx + 1, nl1 + 1, (size_t)(nl2 - nl1 - 1));
	rx[nl2 - nl1] = '\0';
	one = nl2 < e ? (size_t)(e - nl2 - 1) : 0;
	if (one * reps > ((size_t)256 << 10))
		reps = 1;
	for (i = 0; i < reps; i++)
		jy_buf_add(&subj, nl2 < e ? nl2 + 1 : e, one);

	if (jy_pattern_compile(rx, &pat, err, sizeof err) != JY_OK)
		pat = NULL;
	w = jy_rewrite_compile(rule, err, sizeof err);
	if (pat != NULL)
		(void)jy_pattern_match(pat, subj.n ? subj.p : "", subj.n);
	if (w != NULL) {
		jy_buf_add(&a, subj.p, subj.n);
		jy_buf_add(&b, subj.p, subj.n);
		int r1 = jy_rewrite_apply(w, &a, &tmp);
		int r2 = jy_rewrite_apply(w, &b, &tmp);
		if (r1 != r2 || a.n != b.n || (a.n > 0 &&
		    memcmp(a.p, b.p, a.n) != 0))
			__builtin_trap();
		if (r1 <= 0 && (a.n != subj.n || (a.n > 0 &&
		    memcmp(a.p, subj.p, a.n) != 0)))
			__builtin_trap();	/* no match leaves it as it was */
		if (pat != NULL)
			(void)jy_pattern_match(pat, a.n ? a.p : "", a.n);
		jy_rewrite_free(w);
	}
	jy_pattern_free(pat);
	free(rule);
	free(rx);
	jy_buf_free(&subj);
	jy_buf_free(&a);
	jy_buf_free(&b);
	jy_buf_free(&tmp);
	return 0;
}
