/*
 * fuzz_format.c - jy_format_parse with every named format (as
 * jy_format_names lists them: presets and drivers) on each line of the
 * input, and jy_format_detect on the first 64 lines.
 *
 * Each line is copied to a buffer of its own exact size, so a parser that
 * reads past the end of its line hits ASan's redzone instead of the next
 * line; every span of the record is read back for the same reason.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "journey.h"

static volatile unsigned char sum;

static void
touch(const jy_format *f, const jy_record *r)
{
	size_t i, k;

	for (k = 0; k < JY_F_NFIXED; k++)
		for (i = 0; i < r->f[k].n; i++)
			sum += (unsigned char)r->f[k].p[i];
	for (k = 0; k < (size_t)jy_format_nnamed(f); k++)
		for (i = 0; i < r->named[k].n; i++)
			sum += (unsigned char)r->named[k].p[i];
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static jy_format *fmt[64];
	static size_t nfmt;
	jy_format *tsv;		/* learns its columns: fresh per input */
	jy_span lines[64];
	char *copy[64];
	size_t nl = 0, i, k, n;
	const uint8_t *p = data, *end = data + size, *e;
	const char *why;
	jy_record r;

	if (nfmt == 0) {
		/* "combined, common, ..., tsv, elb, ...": TSV is apart. */
		char buf[512], *w, *save = NULL;
		strncpy(buf, jy_format_names(), sizeof buf - 1);
		buf[sizeof buf - 1] = '\0';
		for (w = strtok_r(buf, ", ", &save); w != NULL && nfmt < 64;
		    w = strtok_r(NULL, ", ", &save)) {
			if (strcmp(w, "tsv") == 0)
				continue;
			if (jy_format_compile(w, &fmt[nfmt++], NULL, 0) != JY_OK)
				abort();
		}
	}
	if (jy_format_compile("tsv", &tsv, NULL, 0) != JY_OK)
		abort();
	while (p < end) {
		e = memchr(p, '\n', (size_t)(end - p));
		n = (size_t)((e ? e : end) - p);
		char *line = malloc(n ? n : 1);
		memcpy(line, p, n);
		jy_span s = { line, n };
		for (k = 0; k < nfmt; k++)
			if (jy_format_parse(fmt[k], s, &r, &why) == 0)
				touch(fmt[k], &r);
		if (jy_format_parse(tsv, s, &r, &why) == 0)
			touch(tsv, &r);
		if (nl < 64) {
			copy[nl] = line;
			lines[nl++] = s;
		} else
			free(line);
		p += n + 1;
	}
	jy_format *d = jy_format_detect(lines, nl, NULL, NULL);
	if (d != NULL) {
		for (i = 0; i < nl; i++)
			if (jy_format_parse(d, lines[i], &r, &why) == 0)
				touch(d, &r);
		(void)jy_format_name(d);
	}
	jy_format_free(d);
	jy_format_free(tsv);
	for (i = 0; i < nl; i++)
		free(copy[i]);
	return 0;
}
