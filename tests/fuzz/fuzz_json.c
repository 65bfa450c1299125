/*
 * fuzz_json.c - the JSON lines scanner: each line of the input through
 * json, nginx_json, caddy and traefik, with named fields asked for, and
 * every span of each record read back.  A line is copied to a buffer of
 * its own exact size, so reading past its end hits ASan's redzone.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "journey.h"

static volatile unsigned char sum;

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const names[] = { "json", "nginx_json", "caddy",
	    "traefik" };
	static const char *const fields[] = { "user_id", "X-Forwarded-For",
	    "Cookie", "level", "ClientPort" };
	static jy_format *fmt[4];
	const uint8_t *p = data, *end = data + size, *e;
	const char *why;
	jy_record r;
	size_t i, k, n;

	if (fmt[0] == NULL)
		for (k = 0; k < 4; k++) {
			if (jy_format_compile(names[k], &fmt[k], NULL, 0) !=
			    JY_OK)
				abort();
			for (i = 0; i < 5; i++)
				if (jy_format_named(fmt[k], fields[i]) !=
				    (int)i)
					abort();
		}
	while (p < end) {
		e = memchr(p, '\n', (size_t)(end - p));
		n = (size_t)((e ? e : end) - p);
		char *line = malloc(n ? n : 1);
		memcpy(line, p, n);
		jy_span s = { line, n };
		for (k = 0; k < 4; k++) {
			if (jy_format_parse(fmt[k], s, &r, &why) != 0) {
				sum += (unsigned char)why[strlen(why) / 2];
				continue;
			}
			for (i = 0; i < JY_F_NFIXED; i++)
				for (size_t j = 0; j < r.f[i].n; j++)
					sum += (unsigned char)r.f[i].p[j];
			for (i = 0; i < (size_t)jy_format_nnamed(fmt[k]); i++)
				for (size_t j = 0; j < r.named[i].n; j++)
					sum += (unsigned char)r.named[i].p[j];
		}
		free(line);
		p += n + 1;
	}
	return 0;
}
