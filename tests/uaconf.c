/*
 * uaconf.c - uap-core's own test suites run through lib/ua.c: every case
 * of tests/test_ua.yaml, test_os.yaml and test_device.yaml, the family
 * compared.  Prints the pass rate of each and fails below 99%.  Every
 * case's three families are also parsed with ua.c's prefilter off (every
 * rule tried, as uap-core's reference parsers do) and must come out the
 * same: the prefilter may only skip rules that cannot match.  Without
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

static size_t nsame, ndiff;

/* All three families of ua by u (filtered) and by all (not): equal? */
static void
compare(struct jy_ua *u, struct jy_ua *all, const char *ua)
{
	jy_span sp = { ua, strlen(ua) }, a[JY_UA_N], b[JY_UA_N];
	char keep[JY_UA_N][512];
	uint64_t h = jy_hash(ua, sp.n);
	int k, same = 1;

	jy_ua_parse(u, sp, h, (1u << JY_UA_N) - 1, a);
	for (k = 0; k < JY_UA_N; k++) {
		memcpy(keep[k], a[k].p, a[k].n);
		a[k].p = keep[k];
	}
	jy_ua_parse(all, sp, h, (1u << JY_UA_N) - 1, b);
	for (k = 0; k < JY_UA_N; k++)
		if (a[k].n != b[k].n || memcmp(a[k].p, b[k].p, a[k].n) != 0)
			same = 0;
	if (same)
		nsame++;
	else if (ndiff++ < 5)
		printf("  prefilter: \"%s\": %.*s / %.*s / %.*s, without it "
		    "%.*s / %.*s / %.*s\n", ua, (int)a[0].n, a[0].p,
		    (int)a[1].n, a[1].p, (int)a[2].n, a[2].p, (int)b[0].n,
		    b[0].p, (int)b[1].n, b[1].p, (int)b[2].n, b[2].p);
}

static int
suite(struct jy_ua *u, struct jy_ua *all, const char *dir,
    const char *file, int kind, const char *what, int *ok)
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
			compare(u, all, ua);
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
	struct jy_ua *u, *all;
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
	if ((all = jy_ua_open(path, err, sizeof err)) == NULL)
		return 1;
	jy_ua_filter(all, 0);
	suite(u, all, dir, "tests/test_ua.yaml", JY_UA_BROWSER, "browser",
	    &ok);
	suite(u, all, dir, "tests/test_os.yaml", JY_UA_OS, "os", &ok);
	suite(u, all, dir, "tests/test_device.yaml", JY_UA_DEVICE, "device",
	    &ok);
	jy_ua_free(u);
	jy_ua_free(all);
	printf("uap-core prefilter: %zu of %zu User-Agents get the same three "
	    "families with it and without\n", nsame, nsame + ndiff);
	if (!ok)
		printf("uap-core conformance: FAIL: below 99%%\n");
	if (ndiff > 0)
		printf("uap-core prefilter: FAIL: it changed a family\n");
	return !ok || ndiff > 0;
}
