/*
 * fuzz_logformat.c - the input, up to 4 KiB, as an Apache LogFormat string
 * (or a format name): jy_format_compile, then parse fixed sample lines and
 * the input itself as a line.  A small error buffer checks truncation.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "journey.h"

static const char *const samples[] = {
	"127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] \"GET /a.gif HTTP/1.0\""
	    " 200 2326 \"http://x.example/\" \"Mozilla/4.08\"",
	"www.example.com 10.0.0.1 - - [22/Nov/2026:13:44:17 +0000] \"GET "
	    "/p?q=1 HTTP/1.1\" 304 - \"-\" \"curl/8\" extra 12",
	"1.2.3.4 [01/Jan/1970:00:00:00 +0000] \"POST /x\\\"y HTTP/2\" 500 12 "
	    "host.example \"UA \\\"q\\\" \\x41\"",
	"#time\tvisitor\tpage\n",
	"",
};

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char spec[4097], err[64];
	jy_format *f;
	jy_record r;
	const char *why;
	size_t i;
	int k;

	if (size > 4096)
		size = 4096;
	memcpy(spec, data, size);
	spec[size] = '\0';
	err[0] = '\0';
	if (jy_format_compile(spec, &f, err, sizeof err) != JY_OK) {
		if (f != NULL || err[0] == '\0')	/* a failure explains */
			__builtin_trap();
		return 0;
	}
	for (i = 0; i < sizeof samples / sizeof samples[0]; i++) {
		jy_span s = { samples[i], strlen(samples[i]) };
		jy_format_parse(f, s, &r, &why);
	}
	char *line = malloc(size ? size : 1);	/* exact size for ASan */
	memcpy(line, data, size);
	jy_format_parse(f, (jy_span){ line, size }, &r, &why);
	free(line);
	for (k = 0; k < JY_F_NFIXED; k++)
		(void)jy_format_logs(f, k);
	(void)jy_format_named(f, "Host");
	(void)jy_format_name(f);
	jy_format_free(f);
	return 0;
}
