/*
 * uaconf.c - uap-core's own test suites run through lib/ua.c: every case
 * of tests/test_ua.yaml, test_os.yaml and test_device.yaml, the family
 * compared.  Prints the pass rate of each and fails below 99%.  Without
 * uap-core it says so and passes (make check on a machine without it).
 * Usage: tests/uaconf [UAP_CORE_DIR] (default /usr/share/uap-core).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"

/* A YAML scalar of these files: 'single' ('' a quote), "double" (\"
 * and \\), plain, or nothing (null: NULL). */
static char *
scalar(char *p)
{
	char *d, *s;

	while (*p == ' ')
		p++;
	if (*p == '\0')
		return NULL;
	if (*p == '\'') {
		for (s = d = p + 1; *s; s++) {
			if (*s == '\'') {
				if (s[1] != '\'')
					break;
				s++;
			}
			*d++ = *s;
		}
		*d = '\0';
		return p + 1;
	}
	if (*p == '"') {
		for (s = d = p + 1; *s && *s != '"'; s++) {
			if (*s == '\\' && s[1] != '\0')
				s++;
			*d++ = *s;
		}
		*d = '\0';
		return p + 1;
	}
	return p;
}

static int
suite(struct jy_ua *u, const char *dir, const char *file, int kind,
    const char *what, int *ok)
{
	char path[4096], *line = NULL, *ua = NULL, *k, *v;
	size_t cap = 0, pass = 0, total = 0, shown = 0;
	ssize_t n;
	FILE *f;
	jy_span fam[JY_UA_N];

	snprintf(path, sizeof path, "%s/%s", dir, file);
	if ((f = fopen(path, "r")) == NULL) {
		printf("uap-core conformance: %s: %s missing, skipped\n", what,
		    path);
		return 0;
	}
	while ((n = getline(&line, &cap, f)) > 0) {
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			line[--n] = '\0';
		for (k = line; *k == ' ' || *k == '-'; k++)
			;
		if ((v = strchr(k, ':')) == NULL)
			continue;
		*v++ = '\0';
		if (strcmp(k, "user_agent_string") == 0) {
			free(ua);
			v = scalar(v);
			ua = v != NULL ? strdup(v) : NULL;
		} else if (strcmp(k, "family") == 0 && ua != NULL) {
			const char *want = scalar(v);
			jy_span sp = { ua, strlen(ua) };
			if (want == NULL)
				want = "Other";
			jy_ua_parse(u, sp, jy_hash(ua, sp.n), 1u << kind, fam);
			total++;
			if (jy_span_eq(fam[kind], want))
				pass++;
			else if (shown++ < 5 && getenv("UACONF_VERBOSE"))
				printf("  %s: \"%s\": want \"%s\", got \"%.*s\"\n",
				    what, ua, want, (int)fam[kind].n,
				    fam[kind].p);
			free(ua);
			ua = NULL;
		}
	}
	free(ua);
	free(line);
	fclose(f);
	printf("uap-core conformance: %s family %zu/%zu (%.2f%%)\n", what,
	    pass, total, total ? 100.0 * (double)pass / (double)total : 0.0);
	if (total == 0 || (double)pass < 0.99 * (double)total)
		*ok = 0;
	return 1;
}

int
main(int argc, char **argv)
{
	const char *dir = argc > 1 ? argv[1] : "/usr/share/uap-core";
	char path[4096], err[1024];
	struct jy_ua *u;
	int ok = 1;

	jy_hash_seed();
	snprintf(path, sizeof path, "%s/regexes.yaml", dir);
	if (access(path, R_OK) != 0) {
		printf("uap-core conformance: skipped: %s missing (install the "
		    "Debian package uap-core)\n", path);
		return 0;
	}
	if ((u = jy_ua_open(path, err, sizeof err)) == NULL) {
		printf("uap-core conformance: %s\n", err);
		return 1;
	}
	suite(u, dir, "tests/test_ua.yaml", JY_UA_BROWSER, "browser", &ok);
	suite(u, dir, "tests/test_os.yaml", JY_UA_OS, "os", &ok);
	suite(u, dir, "tests/test_device.yaml", JY_UA_DEVICE, "device", &ok);
	jy_ua_free(u);
	if (!ok)
		printf("uap-core conformance: FAIL: below 99%%\n");
	return !ok;
}
