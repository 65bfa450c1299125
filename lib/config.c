/*
 * config.c - the options every log-reading program shares, by long name,
 * so that jsessionize and the analysis programs accept the same ones.
 */
#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "internal.h"

static const struct option opts[] = {
	{ "format",		required_argument, NULL, 'F' },
	{ "timeout",		required_argument, NULL, 't' },
	{ "visitor",		required_argument, NULL, 0 },
	{ "split-midnight",	no_argument,	   NULL, 0 },
	{ "tz",			required_argument, NULL, 0 },
	{ "split-campaign",	no_argument,	   NULL, 0 },
	{ "max-pageviews",	required_argument, NULL, 0 },
	{ "max-sessions",	required_argument, NULL, 0 },
	{ "max-rate",		required_argument, NULL, 0 },
	{ "slack",		required_argument, NULL, 0 },
	{ "all",		no_argument,	   NULL, 0 },
	{ "keep-bots",		no_argument,	   NULL, 0 },
	{ "keep-static",	no_argument,	   NULL, 0 },
	{ "keep-downloads",	no_argument,	   NULL, 0 },
	{ "no-embedded",	no_argument,	   NULL, 0 },
	{ "static-pattern",	required_argument, NULL, 0 },
	{ "include-path",	required_argument, NULL, 0 },
	{ "exclude-path",	required_argument, NULL, 0 },
	{ "raw-pages",		no_argument,	   NULL, 0 },
	{ "status",		required_argument, NULL, 0 },
	{ "methods",		required_argument, NULL, 0 },
	{ "static-list",	required_argument, NULL, 0 },
	{ "bot-list",		required_argument, NULL, 0 },
	{ "print-lists",	no_argument,	   NULL, 0 },
	{ "ua-regexes",		required_argument, NULL, 0 },
	{ "no-ua-bots",		no_argument,	   NULL, 0 },
	{ "owners",		required_argument, NULL, 0 },
	{ "keep-query",		optional_argument, NULL, 0 },
	{ "rewrite",		required_argument, NULL, 0 },
	{ "site-host",		required_argument, NULL, 0 },
	{ "stages",		required_argument, NULL, 0 },
	{ "salt",		required_argument, NULL, 0 },
	{ "rejects",		required_argument, NULL, 0 },
	{ "strict",		no_argument,	   NULL, 0 },
	{ "time-format",	required_argument, NULL, 0 },
	{ "shard",		required_argument, NULL, 0 },
	{ "stream",		no_argument,	   NULL, 0 },
	{ "memory",		required_argument, NULL, 0 },
	{ "jobs",		required_argument, NULL, 'j' },
	{ "temporary-directory", required_argument, NULL, 'T' },
	{ "since",		required_argument, NULL, 0 },
	{ "until",		required_argument, NULL, 0 },
	{ "quiet",		no_argument,	   NULL, 'q' },
	{ "progress",		no_argument,	   NULL, 0 },
	{ "no-progress",	no_argument,	   NULL, 0 },
	{ "verbose",		no_argument,	   NULL, 'v' },
	{ NULL, 0, NULL, 0 }
};

const struct option *
jy_config_options(void)
{
	return opts;
}

static void
set_salt(struct jy_config *c, const char *s)
{
	/* Any string becomes a 128-bit SipHash key, the same everywhere. */
	static const uint8_t k0[16] = "journey-salt-k0";
	static const uint8_t k1[16] = "journey-salt-k1";
	uint64_t a = jy_siphash(k0, s, strlen(s));
	uint64_t b = jy_siphash(k1, s, strlen(s));
	int i;

	for (i = 0; i < 8; i++) {
		c->salt[i] = (uint8_t)(a >> (8 * i));
		c->salt[8 + i] = (uint8_t)(b >> (8 * i));
	}
}

jy_config *
jy_config_new(void)
{
	struct jy_config *c = jy_xcalloc(1, sizeof *c);

	jy_hash_seed();
	c->timeout = 1800;
	c->slack = 300;
	/* Limits that keep memory bounded whatever the input: a session
	 * of a bot hammering one page, a flood of distinct visitors. */
	c->max_pageviews = 10000;
	c->max_sessions = 500000;
	/* A person does not read a page a second for a minute. */
	c->max_rate = 60;
	c->memory = (uint64_t)1 << 30;
	jy_filter_defaults(c);
	set_salt(c, "");
	return c;
}

int
jy_config_verbose(const jy_config *c)
{
	return c->verbose;
}

void
jy_config_resessionize(jy_config *c, int on)
{
	c->resessionize = on;
}

int
jy_config_has_stages(const jy_config *c)
{
	return c->nstages > 0;
}

/* POSIX TZ pieces (XBD 8.3): each returns the end of what it read, or
 * NULL. */
static const char *
tz_name(const char *s)
{
	const char *b;

	if (*s == '<') {
		for (b = ++s; isalnum((unsigned char)*s) || *s == '+' ||
		    *s == '-'; s++)
			;
		return *s == '>' && s - b >= 3 ? s + 1 : NULL;
	}
	for (b = s; isalpha((unsigned char)*s); s++)
		;
	return s - b >= 3 ? s : NULL;
}

/* [+-]hh[:mm[:ss]], hours up to maxh. */
static const char *
tz_offset(const char *s, int maxh)
{
	int i, v;

	if (*s == '+' || *s == '-')
		s++;
	for (i = 0; i < 3; i++) {
		if (!isdigit((unsigned char)*s))
			return NULL;
		for (v = 0; isdigit((unsigned char)*s) && v <= 999; s++)
			v = v * 10 + (*s - '0');
		if (v > (i == 0 ? maxh : 59))
			return NULL;
		if (*s != ':')
			break;
		s++;
	}
	return i < 3 ? s : NULL;
}

/* Jn, n or Mm.w.d, then [/time]. */
static const char *
tz_rule(const char *s)
{
	long v;
	char *e;

	if (*s == 'M') {
		static const long max[3] = { 12, 5, 6 }, min[3] = { 1, 1, 0 };
		for (int i = 0; i < 3; i++) {
			if (!isdigit((unsigned char)*++s))
				return NULL;
			v = strtol(s, &e, 10);
			if (v < min[i] || v > max[i] || (i < 2 && *e != '.'))
				return NULL;
			s = e;
		}
	} else {
		int j = *s == 'J';
		s += j;
		if (!isdigit((unsigned char)*s))
			return NULL;
		v = strtol(s, &e, 10);
		if (v < j || v > 365)
			return NULL;
		s = e;
	}
	return *s == '/' ? tz_offset(s + 1, 167) : s;
}

static int
tz_posix(const char *s)
{
	if ((s = tz_name(s)) == NULL || (s = tz_offset(s, 24)) == NULL)
		return 0;
	if (*s == '\0')
		return 1;
	if ((s = tz_name(s)) == NULL)
		return 0;
	if (*s != ',' && *s != '\0' && (s = tz_offset(s, 24)) == NULL)
		return 0;
	if (*s == ',' && ((s = tz_rule(s + 1)) == NULL || *s != ',' ||
	    (s = tz_rule(s + 1)) == NULL))
		return 0;
	return *s == '\0';
}

/*
 * A --tz the C library cannot find it takes for UTC, without a word: so
 * it must be a zone file of the system's zoneinfo (a TZif file under
 * $TZDIR or /usr/share/zoneinfo, or at an absolute path) or a POSIX TZ
 * string.  UTC and GMT need neither.
 */
static int
tz_known(const char *tz)
{
	const char *dir = getenv("TZDIR");
	char path[4096], magic[4];
	FILE *f;
	int ok;

	if (*tz == ':')
		tz++;
	if (strcmp(tz, "UTC") == 0 || strcmp(tz, "GMT") == 0 || tz_posix(tz))
		return 1;
	if (*tz == '\0')
		return 0;
	if (dir == NULL || *dir == '\0')
		dir = "/usr/share/zoneinfo";
	if (*tz == '/')
		snprintf(path, sizeof path, "%s", tz);
	else if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, tz) >=
	    sizeof path)
		return 0;
	if ((f = fopen(path, "rb")) == NULL)
		return 0;
	ok = fread(magic, 1, 4, f) == 4 && memcmp(magic, "TZif", 4) == 0;
	fclose(f);
	return ok;
}

static int
parse_count(const char *s, int64_t max, int64_t *out)
{
	char *e;
	long long v;

	errno = 0;
	v = strtoll(s, &e, 10);
	if (*s == '\0' || *e != '\0' || errno != 0 || v < 0 || v > max)
		return -1;
	*out = v;
	return 0;
}

/* A size in bytes with an optional K, M, G or T (powers of 1024). */
static int
parse_size(const char *s, uint64_t *out)
{
	char *e;
	unsigned long long v;
	int sh = 0;

	errno = 0;
	v = strtoull(s, &e, 10);
	if (e == s || errno != 0 || *s == '-')
		return -1;
	switch (*e) {
	case 'k': case 'K': sh = 10; e++; break;
	case 'm': case 'M': sh = 20; e++; break;
	case 'g': case 'G': sh = 30; e++; break;
	case 't': case 'T': sh = 40; e++; break;
	}
	if (*e == 'B' || *e == 'b')
		e++;
	if (*e != '\0' || v > (UINT64_MAX >> sh) || (v << sh) < 65536)
		return -1;
	*out = (uint64_t)v << sh;
	return 0;
}

static int
parse_status(struct jy_config *c, const char *s)
{
	const char *p = s;
	char *e;
	long a, b;

	memset(c->status_ok, 0, sizeof c->status_ok);
	while (*p) {
		if (!isdigit((unsigned char)*p))
			return -1;
		a = strtol(p, &e, 10);
		b = a;
		if (*e == '-') {
			if (!isdigit((unsigned char)e[1]))
				return -1;
			b = strtol(e + 1, &e, 10);
		}
		if (a < 100 || b > 999 || a > b)
			return -1;
		while (a <= b)
			c->status_ok[a++] = 1;
		if (*e == ',')
			e++;
		else if (*e != '\0')
			return -1;
		p = e;
	}
	return p == s ? -1 : 0;
}

static void
split_list(struct jy_list *l, const char *s)
{
	const char *e;

	jy_list_clear(l);
	for (; *s; s = *e ? e + 1 : e) {
		e = strchr(s, ',');
		if (e == NULL)
			e = s + strlen(s);
		if (e > s)
			jy_list_add(l, s, (size_t)(e - s));
	}
}

static jy_status
load_stages(struct jy_config *c, const char *path, char *err, size_t errlen)
{
	FILE *f = fopen(path, "r");
	char *line = NULL, *tab;
	size_t cap = 0, lineno = 0;
	ssize_t n;
	jy_pattern *p;

	if (f == NULL) {
		jy_errf(err, errlen, "--stages %s: %s", path, strerror(errno));
		return JY_EUSAGE;
	}
	while ((n = getline(&line, &cap, f)) > 0) {
		lineno++;
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			line[--n] = '\0';
		if (n == 0 || line[0] == '#')
			continue;
		tab = strchr(line, '\t');
		if (tab == NULL || tab == line || tab[1] == '\0') {
			jy_errf(err, errlen, "--stages %s:%zu: want "
			    "PATTERN<TAB>STAGE", path, lineno);
			goto fail;
		}
		*tab = '\0';
		/* A pageview keeps its stage as a 16-bit index. */
		if (c->nstages == JY_MAX_STAGES) {
			jy_errf(err, errlen, "--stages %s:%zu: more than %d "
			    "patterns; group pages with globs or ~REGEX",
			    path, lineno, JY_MAX_STAGES);
			goto fail;
		}
		if (jy_pattern_compile(line, &p, err, errlen) != JY_OK)
			goto fail;
		c->stages = jy_xrealloc(c->stages,
		    (c->nstages + 1) * sizeof *c->stages);
		c->stages[c->nstages].pat = p;
		c->stages[c->nstages].name = jy_xstrdup(tab + 1);
		c->nstages++;
	}
	free(line);
	fclose(f);
	if (c->nstages == 0) {
		jy_errf(err, errlen, "--stages %s: no PATTERN<TAB>STAGE lines",
		    path);
		return JY_EUSAGE;
	}
	return JY_OK;
fail:
	free(line);
	fclose(f);
	return JY_EUSAGE;
}

/* A pattern option's pattern; its error names the option. */
static jy_status
compile_opt(const char *name, const char *arg, jy_pattern **p, char *err,
    size_t errlen)
{
	char msg[512];

	if (*arg == '\0') {
		jy_errf(err, errlen, "--%s: an empty pattern matches no "
		    "page; give a glob such as '/admin/*', or ~REGEX", name);
		return JY_EUSAGE;
	}
	if (jy_pattern_compile(arg, p, msg, sizeof msg) == JY_OK)
		return JY_OK;
	jy_errf(err, errlen, "--%s: %s", name, msg);
	return JY_EUSAGE;
}

/* --bot-list/--static-list FILE replaces the list, +FILE adds to it;
 * entries are matched in lower case. */
static jy_status
load_list(struct jy_list *l, const char *arg, char *err, size_t errlen)
{
	struct jy_list add = { NULL, 0 };
	size_t i;

	if (arg[0] != '+')
		return jy_list_load(l, arg, err, errlen) != JY_OK ? JY_EUSAGE :
		    JY_OK;
	if (jy_list_load(&add, arg + 1, err, errlen) != JY_OK)
		return JY_EUSAGE;
	for (i = 0; i < add.n; i++)
		jy_list_add(l, add.v[i], strlen(add.v[i]));
	jy_list_clear(&add);
	return JY_OK;
}

jy_status
jy_config_set(jy_config *c, const char *name, const char *arg, char *err,
    size_t errlen)
{
	int64_t v;

	if (strcmp(name, "format") == 0) {
		jy_format *f;
		if (strcmp(arg, "auto") == 0) {
			free(c->format_spec);
			c->format_spec = NULL;
			return JY_OK;
		}
		if (jy_format_compile(arg, &f, err, errlen) != JY_OK)
			return JY_EUSAGE;
		jy_format_free(f);
		free(c->format_spec);
		c->format_spec = jy_xstrdup(arg);
	} else if (strcmp(name, "timeout") == 0 || strcmp(name, "slack") == 0) {
		if (jy_parse_duration(arg, &v) != 0 ||
		    (v == 0 && name[0] == 't')) {
			jy_errf(err, errlen, "bad --%s \"%s\": give a duration "
			    "such as 30m, 1h, 90s or 1800", name, arg);
			return JY_EUSAGE;
		}
		*(name[0] == 't' ? &c->timeout : &c->slack) = v;
	} else if (strcmp(name, "visitor") == 0) {
		if (strcmp(arg, "ip+ua") == 0)
			c->visitor = JY_VIS_IPUA;
		else if (strcmp(arg, "ip") == 0)
			c->visitor = JY_VIS_IP;
		else if (*arg == '\0') {
			jy_errf(err, errlen, "bad --visitor \"\": use ip+ua, ip, "
			    "user, or the name of a %%{NAME}i or %%{NAME}C "
			    "field of the log format");
			return JY_EUSAGE;
		} else {
			c->visitor = JY_VIS_FIELD;
			free(c->visitor_field);
			c->visitor_field = jy_xstrdup(arg);
		}
	} else if (strcmp(name, "split-midnight") == 0)
		c->split_midnight = 1;
	else if (strcmp(name, "tz") == 0) {
		if (!tz_known(arg)) {
			jy_errf(err, errlen, "unknown --tz \"%s\": name a zone "
			    "of the system's zoneinfo (such as Europe/Berlin) "
			    "or give a POSIX TZ string (such as "
			    "CET-1CEST,M3.5.0,M10.5.0/3)", arg);
			return JY_EUSAGE;
		}
		free(c->tz);
		c->tz = jy_xstrdup(arg);
	} else if (strcmp(name, "split-campaign") == 0)
		c->split_campaign = 1;
	else if (strcmp(name, "max-pageviews") == 0) {
		if (parse_count(arg, INT32_MAX, &c->max_pageviews) != 0) {
			jy_errf(err, errlen, "bad --max-pageviews \"%s\": give a "
			    "whole number (0 for no limit)", arg);
			return JY_EUSAGE;
		}
	} else if (strcmp(name, "max-sessions") == 0) {
		if (parse_count(arg, INT32_MAX, &c->max_sessions) != 0) {
			jy_errf(err, errlen, "bad --max-sessions \"%s\": give a "
			    "whole number (0 for no limit)", arg);
			return JY_EUSAGE;
		}
	} else if (strcmp(name, "max-rate") == 0) {
		if (parse_count(arg, INT32_MAX, &c->max_rate) != 0) {
			jy_errf(err, errlen, "bad --max-rate \"%s\": give a "
			    "whole number of pageviews a minute (0 for no "
			    "limit)", arg);
			return JY_EUSAGE;
		}
	} else if (strcmp(name, "all") == 0)
		c->all = 1;
	else if (strcmp(name, "keep-bots") == 0)
		c->keep_bots = 1;
	else if (strcmp(name, "keep-static") == 0)
		c->keep_static = 1;
	else if (strcmp(name, "keep-downloads") == 0)
		c->keep_downloads = 1;
	else if (strcmp(name, "raw-pages") == 0)
		c->raw_pages = 1;
	else if (strcmp(name, "no-embedded") == 0)
		c->no_embedded = 1;
	else if (strcmp(name, "static-pattern") == 0) {
		jy_pattern *p;
		if (compile_opt(name, arg, &p, err, errlen) != JY_OK)
			return JY_EUSAGE;
		c->static_pats = jy_xrealloc(c->static_pats,
		    (c->nstatic_pats + 1) * sizeof *c->static_pats);
		c->static_pats[c->nstatic_pats++] = p;
	} else if (strcmp(name, "include-path") == 0 ||
	    strcmp(name, "exclude-path") == 0) {
		jy_pattern *p;
		if (compile_opt(name, arg, &p, err, errlen) != JY_OK)
			return JY_EUSAGE;
		c->paths = jy_xrealloc(c->paths, (c->npaths + 1) *
		    sizeof *c->paths);
		c->paths[c->npaths].pat = p;
		c->paths[c->npaths].include = name[0] == 'i';
		c->nincludes += name[0] == 'i';
		c->npaths++;
	}
	else if (strcmp(name, "status") == 0) {
		if (parse_status(c, arg) != 0) {
			jy_errf(err, errlen, "bad --status \"%s\": give codes and "
			    "ranges from 100 to 999, such as 200-399 or "
			    "200-299,304", arg);
			return JY_EUSAGE;
		}
	} else if (strcmp(name, "methods") == 0) {
		split_list(&c->methods, arg);
		if (c->methods.n == 0) {
			jy_errf(err, errlen, "bad --methods \"%s\": give a "
			    "comma-separated list such as GET,POST", arg);
			return JY_EUSAGE;
		}
	} else if (strcmp(name, "static-list") == 0) {
		if (load_list(&c->statics, arg, err, errlen) != JY_OK)
			return JY_EUSAGE;
		for (size_t i = 0; i < c->statics.n; i++)
			for (char *s = c->statics.v[i]; *s; s++)
				*s = (char)tolower((unsigned char)*s);
	} else if (strcmp(name, "bot-list") == 0) {
		if (load_list(&c->bots, arg, err, errlen) != JY_OK)
			return JY_EUSAGE;
		for (size_t i = 0; i < c->bots.n; i++)
			for (char *s = c->bots.v[i]; *s; s++)
				*s = (char)tolower((unsigned char)*s);
	} else if (strcmp(name, "print-lists") == 0)
		c->print_lists = 1;
	else if (strcmp(name, "no-ua-bots") == 0)
		c->no_ua_bots = 1;
	else if (strcmp(name, "ua-regexes") == 0) {
		/* Read now: a file named on the command line that cannot be
		 * used is an error whatever the run needs of it. */
		jy_ua_free(c->ua);
		free(c->ua_path);
		c->ua_path = jy_xstrdup(arg);
		c->ua_tried = 1;
		if ((c->ua = jy_ua_open(arg, err, errlen)) == NULL)
			return JY_EUSAGE;
	} else if (strcmp(name, "owners") == 0) {
		jy_owners_free(c->owners);
		if ((c->owners = jy_owners_load(arg, err, errlen)) == NULL)
			return JY_EUSAGE;
	} else if (strcmp(name, "keep-query") == 0) {
		if (arg == NULL || *arg == '\0')
			c->keep_query = 1;
		else {
			c->keep_query = 2;
			split_list(&c->query_names, arg);
		}
	} else if (strcmp(name, "rewrite") == 0) {
		struct jy_rewrite *w = jy_rewrite_compile(arg, err, errlen);
		if (w == NULL)
			return JY_EUSAGE;
		c->rewrites = jy_xrealloc(c->rewrites,
		    (c->nrewrites + 1) * sizeof *c->rewrites);
		c->rewrites[c->nrewrites++] = w;
	} else if (strcmp(name, "site-host") == 0) {
		const char *h = arg;
		if (strncasecmp(h, "www.", 4) == 0)
			h += 4;
		jy_list_add(&c->site_hosts, h, strlen(h));
	} else if (strcmp(name, "stages") == 0)
		return load_stages(c, arg, err, errlen);
	else if (strcmp(name, "salt") == 0)
		set_salt(c, arg);
	else if (strcmp(name, "rejects") == 0) {
		free(c->rejects_path);
		c->rejects_path = jy_xstrdup(arg);
	} else if (strcmp(name, "strict") == 0)
		c->strict = 1;
	else if (strcmp(name, "time-format") == 0) {
		const char *q = arg;
		int bad = strchr(arg, '%') == NULL;
		while (!bad && (q = strchr(q, '%')) != NULL) {
			if (q[1] == '\0' ||
			    strchr("YymdeHIMSjpbhBaAzZsfTFDRnt%", q[1]) == NULL)
				bad = 1;
			q += 2;
		}
		if (bad) {
			jy_errf(err, errlen, "bad --time-format \"%s\": use "
			    "strptime directives (%%Y %%y %%m %%d %%e %%H %%I %%M %%S "
			    "%%p %%b %%B %%a %%z %%Z %%s %%f %%j %%T %%F %%D %%R), e.g. "
			    "\"%%B - %%d, %%Y:%%H:%%M:%%S\"", arg);
			return JY_EUSAGE;
		}
		free(c->time_format);
		c->time_format = jy_xstrdup(arg);
	}
	else if (strcmp(name, "shard") == 0) {
		unsigned long k, n;
		char *e;
		k = strtoul(arg, &e, 10);
		if (e == arg || *e != '/' || arg[0] < '0' || arg[0] > '9' ||
		    e[1] < '0' || e[1] > '9' || (n = strtoul(e + 1, &e, 10),
		    *e != '\0') || k < 1 || n < 1 || k > n || n > 1000000) {
			jy_errf(err, errlen, "bad --shard \"%s\": give K/N, "
			    "shard K of N, 1 <= K <= N (such as 1/4)", arg);
			return JY_EUSAGE;
		}
		c->shard_k = (uint32_t)k - 1;
		c->shard_n = (uint32_t)n;
	} else if (strcmp(name, "verbose") == 0)
		c->verbose++;
	else if (strcmp(name, "quiet") == 0)
		c->quiet = 1;
	else if (strcmp(name, "progress") == 0)
		c->progress = JY_PROGRESS_ON;
	else if (strcmp(name, "no-progress") == 0)
		c->progress = JY_PROGRESS_OFF;
	else if (strcmp(name, "stream") == 0)
		c->stream = 1;
	else if (strcmp(name, "jobs") == 0) {
		char *e;
		unsigned long j = strtoul(arg, &e, 10);
		if (arg[0] < '0' || arg[0] > '9' || *e != '\0' || j < 1 ||
		    j > JY_MAX_JOBS) {
			jy_errf(err, errlen, "bad -j \"%s\": give how many "
			    "threads parse lines, 1 to %d (1: the main thread "
			    "alone)", arg, JY_MAX_JOBS);
			return JY_EUSAGE;
		}
		c->jobs = (int)j;
	} else if (strcmp(name, "memory") == 0) {
		if (parse_size(arg, &c->memory) != 0) {
			jy_errf(err, errlen, "bad --memory \"%s\": give a size "
			    "such as 512M, 2G or 65536 (bytes), at least 64K",
			    arg);
			return JY_EUSAGE;
		}
	} else if (strcmp(name, "temporary-directory") == 0) {
		if (*arg == '\0') {
			jy_errf(err, errlen, "bad -T \"\": name a directory "
			    "for temporary files");
			return JY_EUSAGE;
		}
		free(c->tmpdir);
		c->tmpdir = jy_xstrdup(arg);
	} else if (strcmp(name, "since") == 0 || strcmp(name, "until") == 0) {
		int64_t t;
		if (jy_parse_when(arg, (int64_t)time(NULL), 1, &t) != 0) {
			jy_errf(err, errlen, "bad --%s \"%s\": give a date "
			    "(2026-11-30), a date and time (2026-11-30T06:00, "
			    "in --tz), now, today, yesterday, or -N with d, w, "
			    "h or m (-1d: yesterday's midnight)", name, arg);
			return JY_EUSAGE;
		}
		char **dst = name[0] == 's' ? &c->since : &c->until;
		free(*dst);
		*dst = jy_xstrdup(arg);
	}
	else {
		jy_errf(err, errlen, "unknown option --%s", name);
		return JY_EUSAGE;
	}
	return JY_OK;
}

void
jy_config_free(jy_config *c)
{
	size_t i;

	if (c == NULL)
		return;
	free(c->format_spec);
	free(c->visitor_field);
	free(c->tz);
	free(c->time_format);
	free(c->rejects_path);
	free(c->tmpdir);
	free(c->since);
	free(c->until);
	free(c->method_pk);
	free(c->static_pk);
	free(c->download_pk);
	jy_list_clear(&c->methods);
	jy_list_clear(&c->statics);
	jy_list_clear(&c->downloads);
	for (i = 0; i < c->nstatic_pats; i++)
		jy_pattern_free(c->static_pats[i]);
	free(c->static_pats);
	for (i = 0; i < c->npaths; i++)
		jy_pattern_free(c->paths[i].pat);
	free(c->paths);
	jy_list_clear(&c->bots);
	jy_list_clear(&c->query_names);
	jy_list_clear(&c->site_hosts);
	for (i = 0; i < c->nrewrites; i++)
		jy_rewrite_free(c->rewrites[i]);
	free(c->rewrites);
	for (i = 0; i < c->nstages; i++) {
		jy_pattern_free(c->stages[i].pat);
		free(c->stages[i].name);
	}
	free(c->stages);
	jy_ua_free(c->ua);
	free(c->ua_path);
	jy_owners_free(c->owners);
	free(c);
}

struct jy_ua *
jy_config_ua(struct jy_config *c, char *err, size_t errlen)
{
	if (!c->ua_tried) {
		c->ua_tried = 1;
		c->ua = jy_ua_open(c->ua_path != NULL ? c->ua_path :
		    JY_UA_DEFAULT, c->ua_err, sizeof c->ua_err);
	}
	if (c->ua == NULL && err != NULL)
		jy_errf(err, errlen, "%s", c->ua_err);
	return c->ua;
}

static void
key_list(struct jy_buf *b, const char *name, const struct jy_list *l)
{
	size_t i;

	jy_buf_add(b, name, strlen(name) + 1);
	for (i = 0; i < l->n; i++)
		jy_buf_add(b, l->v[i], strlen(l->v[i]) + 1);
	jy_buf_addc(b, '\n');
}

/*
 * The input options that change an analysis' numbers and that a merge
 * cannot see in the partials' lines, for their fingerprint: the bot and
 * static lists as they stand (built-in, replaced or added to), the
 * uap-core bot rule, the uap-core rules (of --ua-regexes or the
 * installed file) and the contents of --owners (the rules, not the file
 * names, so a copy of a file merges).
 */
void
jy_config_key(const jy_config *c, struct jy_buf *b)
{
	struct jy_ua *u;

	key_list(b, "bot-list", &c->bots);
	key_list(b, "static-list", &c->statics);
	if (c->no_ua_bots)
		jy_buf_add(b, "no-ua-bots", sizeof "no-ua-bots");
	/*
	 * The uap-core rules in use, given or installed: two machines with
	 * different uap-core packages class bots and devices differently.
	 */
	pthread_mutex_lock(&jy_ua_lock);
	u = jy_config_ua((struct jy_config *)c, NULL, 0);
	if (u != NULL) {
		jy_buf_add(b, "ua-regexes", sizeof "ua-regexes");
		jy_ua_key(u, b);
	} else
		jy_buf_add(b, "no-ua-regexes", sizeof "no-ua-regexes");
	pthread_mutex_unlock(&jy_ua_lock);
	if (c->owners != NULL) {
		jy_buf_add(b, "owners", sizeof "owners");
		jy_owners_key(c->owners, b);
	}
}

static void
write_list(jy_out *o, const char *head, const struct jy_list *l)
{
	size_t i;

	jy_out_str(o, head);
	for (i = 0; i < l->n; i++) {
		jy_out_tsv(o, l->v[i], strlen(l->v[i]));
		jy_out_char(o, '\n');
	}
}

int
jy_config_print_lists(const jy_config *c, jy_out *o)
{
	if (!c->print_lists)
		return 0;
	write_list(o, "# --bot-list: a User-Agent with one of these (any "
	    "case) is a bot;\n# so is one whose uap-core device family is "
	    "Spider or whose browser\n# family has feed or rss in it, unless "
	    "--no-ua-bots\n", &c->bots);
	write_list(o, "# --static-list: extensions of static assets\n",
	    &c->statics);
	write_list(o, "# downloads (--keep-downloads counts them as "
	    "pageviews)\n", &c->downloads);
	return 1;
}
