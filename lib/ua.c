/*
 * ua.c - User-Agent parsing with uap-core's regexes.yaml, the shared
 * collection the ua-parser libraries of every language use (Debian
 * package uap-core).
 *
 * The file is read at run time: three lists of rules, tried in order,
 * the first match giving the family (user_agent_parsers, os_parsers,
 * device_parsers).  As uap-core's specification says, a *_replacement
 * has $1..$9 put in for the match's groups (an unset group is empty),
 * device replacements are trimmed, and a rule without one gives group 1;
 * a match whose family comes out empty is passed over, as the reference
 * parsers do, and no match at all gives "Other".
 *
 * Cost: a regex is compiled (with JIT) the first time it is tried, so a
 * run that never parses a User-Agent compiles nothing, and one that sees
 * only a few browsers compiles only the rules up to theirs.  A rule is
 * tried only if the User-Agent holds one of the strings its regex needs
 * (rxatoms.c: "kindle" for Kindle's rules, "htc" for HTC's...), found in
 * a table of the UA's byte pairs and then by memmem: a desktop browser's
 * UA, which no device rule names, no longer compiles and runs all 625 of
 * them to come out "Other".  The verdicts are the same (tests/uaconf.c
 * checks every family of uap-core's suites with and without).  Results are
 * kept per distinct User-Agent in a direct-mapped cache of UA_CACHE
 * entries by the UA's keyed hash (lib/filter.c's, so a crafted UA cannot
 * choose the entry of another); its memory is fixed (UA_CACHE entries of
 * 340 bytes, 2.8 MB) and allocated when the first UA is parsed.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <errno.h>
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "internal.h"

#define UA_CACHE	8192
#define CLASS_DONE	(1u << JY_UA_N)
/* What each family keeps (longer ones are cut): the three fit in 320
 * bytes.  uap-core's own tests have families of at most 50, 20 and 135. */
static const size_t cap[JY_UA_N] = { 96, 64, 160 };

struct rule {
	char		*rx;
	char		*rep;		/* the family's *_replacement, or NULL */
	int		 caseless;	/* regex_flag: 'i' */
	int		 state;		/* 0 not compiled, 1 ready, -1 bad */
	pcre2_code	*re;
	char		*atoms;		/* sets of strings (rxatoms.c), or NULL:
					 * always tried */
	int		 natoms;	/* sets */
};

struct section {
	struct rule	*r;
	size_t		 n, cap;
};

struct uaent {
	uint64_t	 h;		/* the UA's hash, | 1: 0 is empty */
	uint8_t		 done;		/* 1u << JY_UA_x parsed, CLASS_DONE */
	uint8_t		 dclass;		/* jy_ua_class, with CLASS_DONE */
	uint8_t		 len[JY_UA_N];
	char		 s[320];	/* browser, os, device, one after another */
};

struct jy_ua {
	char		*path;
	struct section	 sec[JY_UA_N];
	pcre2_match_data *md;
	struct uaent	*cache;
	uint64_t	 parsed, hits, bad;
	struct jy_buf	 tmp;
	int		 nofilter;	/* jy_ua_filter(u, 0) */
	struct jy_buf	 low;		/* the UA being parsed, lowered */
	uint64_t	 pairs[64];	/* its byte pairs, hashed to 4096 bits */
	uint64_t	 bytes[4];	/* its bytes */
};

/* ---- the YAML reader: regexes.yaml is three lists of flat maps ---- */

/* A scalar: 'single' ('' is a quote), "double" (backslash escapes), or
 * plain up to a comment; into a new string. */
static char *
scalar(const char *p, const char *end)
{
	struct jy_buf b = { NULL, 0, 0 };

	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	if (p < end && *p == '\'') {
		for (p++; p < end; p++) {
			if (*p == '\'') {
				if (p + 1 < end && p[1] == '\'')
					p++;
				else
					break;
			}
			jy_buf_addc(&b, *p);
		}
	} else if (p < end && *p == '"') {
		for (p++; p < end && *p != '"'; p++) {
			if (*p == '\\' && p + 1 < end) {
				p++;
				switch (*p) {
				case 'n': jy_buf_addc(&b, '\n'); continue;
				case 't': jy_buf_addc(&b, '\t'); continue;
				default: break;
				}
			}
			jy_buf_addc(&b, *p);
		}
	} else {
		const char *q = p;
		while (q < end && !(*q == '#' && (q == p || q[-1] == ' ')))
			q++;
		while (q > p && (q[-1] == ' ' || q[-1] == '\t'))
			q--;
		jy_buf_add(&b, p, (size_t)(q - p));
	}
	jy_buf_addc(&b, '\0');
	return b.p;
}

static int
load(struct jy_ua *u, FILE *f, char *err, size_t errlen)
{
	static const char *const secname[JY_UA_N] = {
		"user_agent_parsers", "os_parsers", "device_parsers"
	};
	static const char *const repname[JY_UA_N] = {
		"family_replacement", "os_replacement", "device_replacement"
	};
	char *line = NULL;
	size_t lcap = 0, lineno = 0;
	ssize_t len;
	int cur = -1, i, any = 0;
	struct rule *r = NULL;

	while ((len = getline(&line, &lcap, f)) > 0) {
		const char *p = line, *end = line + len, *colon;
		size_t klen;

		lineno++;
		while (end > p && (end[-1] == '\n' || end[-1] == '\r'))
			end--;
		while (p < end && *p == ' ')
			p++;
		if (p == end || *p == '#')
			continue;
		if (p == line) {		/* a top-level key */
			cur = -2;
			for (i = 0; i < JY_UA_N; i++)
				if ((size_t)(end - p) == strlen(secname[i]) + 1 &&
				    strncmp(p, secname[i], strlen(secname[i])) ==
				    0)
					cur = i;
			r = NULL;
			continue;
		}
		if (cur == -1)
			break;
		if (cur == -2)		/* a section this parser has no use for */
			continue;
		if (*p == '-') {
			struct section *s = &u->sec[cur];
			if (s->n == s->cap) {
				s->cap = s->cap ? 2 * s->cap : 256;
				s->r = jy_xrealloc(s->r, s->cap * sizeof *s->r);
			}
			r = &s->r[s->n++];
			memset(r, 0, sizeof *r);
			for (p++; p < end && *p == ' '; p++)
				;
		}
		colon = memchr(p, ':', (size_t)(end - p));
		if (r == NULL || colon == NULL)
			goto bad;
		klen = (size_t)(colon - p);
		if (klen == 5 && strncmp(p, "regex", 5) == 0) {
			free(r->rx);
			r->rx = scalar(colon + 1, end);
			any = 1;
		} else if (klen == strlen(repname[cur]) &&
		    strncmp(p, repname[cur], klen) == 0) {
			free(r->rep);
			r->rep = scalar(colon + 1, end);
		} else if (klen == 10 && strncmp(p, "regex_flag", 10) == 0) {
			char *v = scalar(colon + 1, end);
			r->caseless = strchr(v, 'i') != NULL;
			free(v);
		}
		/* Versions, brand and model: not columns here. */
	}
	free(line);
	for (i = 0; i < JY_UA_N; i++)
		for (size_t k = 0; k < u->sec[i].n; k++) {
			if (u->sec[i].r[k].rx == NULL)
				u->sec[i].r[k].state = -1;
			u->sec[i].r[k].natoms = -1;	/* not yet known */
		}
	if (!any) {
		jy_errf(err, errlen, "%s: no user_agent_parsers, os_parsers or "
		    "device_parsers regexes: give uap-core's regexes.yaml",
		    u->path);
		return -1;
	}
	return 0;
bad:
	free(line);
	jy_errf(err, errlen, "%s:%zu: not a line of uap-core's regexes.yaml",
	    u->path, lineno);
	return -1;
}

struct jy_ua *
jy_ua_open(const char *path, char *err, size_t errlen)
{
	struct jy_ua *u;
	FILE *f;

	if ((f = fopen(path, "r")) == NULL) {
		jy_errf(err, errlen, "%s: %s: install the Debian package "
		    "uap-core (apt-get install uap-core) or give its "
		    "regexes.yaml with --ua-regexes FILE", path,
		    strerror(errno));
		return NULL;
	}
	u = jy_xcalloc(1, sizeof *u);
	u->path = jy_xstrdup(path);
	if (load(u, f, err, errlen) != 0) {
		fclose(f);
		jy_ua_free(u);
		return NULL;
	}
	fclose(f);
	u->md = pcre2_match_data_create(16, NULL);
	if (u->md == NULL)
		abort();
	return u;
}

void
jy_ua_free(struct jy_ua *u)
{
	int i;
	size_t k;

	if (u == NULL)
		return;
	for (i = 0; i < JY_UA_N; i++) {
		for (k = 0; k < u->sec[i].n; k++) {
			free(u->sec[i].r[k].rx);
			free(u->sec[i].r[k].rep);
			free(u->sec[i].r[k].atoms);
			pcre2_code_free(u->sec[i].r[k].re);
		}
		free(u->sec[i].r);
	}
	pcre2_match_data_free(u->md);
	free(u->cache);
	jy_buf_free(&u->tmp);
	jy_buf_free(&u->low);
	free(u->path);
	free(u);
}

static int
ready(struct jy_ua *u, struct rule *r)
{
	int ec;
	PCRE2_SIZE eo;

	if (r->state == 0) {
		r->re = pcre2_compile((PCRE2_SPTR)r->rx, PCRE2_ZERO_TERMINATED,
		    r->caseless ? PCRE2_CASELESS : 0, &ec, &eo, NULL);
		if (r->re == NULL) {
			/* Written for another engine: the others still work. */
			r->state = -1;
			u->bad++;
			return 0;
		}
		(void)pcre2_jit_compile(r->re, PCRE2_JIT_COMPLETE);
		r->state = 1;
	}
	return r->state == 1;
}

#define PAIR(a, b)	(((unsigned)(a) * 131u + (unsigned)(b)) & 4095u)

/* The UA lowered, with the tables of its bytes and byte pairs. */
static void
lower(struct jy_ua *u, jy_span ua)
{
	size_t i;

	u->low.n = 0;
	jy_buf_reserve(&u->low, ua.n + 1);
	memset(u->pairs, 0, sizeof u->pairs);
	memset(u->bytes, 0, sizeof u->bytes);
	for (i = 0; i < ua.n; i++) {
		unsigned c = (unsigned char)ua.p[i];
		if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		u->low.p[i] = (char)c;
		u->bytes[c >> 6] |= 1ull << (c & 63);
		if (i > 0) {
			unsigned h = PAIR((unsigned char)u->low.p[i - 1], c);
			u->pairs[h >> 6] |= 1ull << (h & 63);
		}
	}
	u->low.n = ua.n;
}

/* Whether the lowered UA holds the string a of n bytes. */
static int
holds(const struct jy_ua *u, const char *a, size_t n)
{
	unsigned c = (unsigned char)a[0];
	size_t i;

	if (n == 1)
		return u->bytes[c >> 6] >> (c & 63) & 1;
	for (i = 1; i < n; i++) {
		unsigned h = PAIR((unsigned char)a[i - 1], (unsigned char)a[i]);
		if (!(u->pairs[h >> 6] >> (h & 63) & 1))
			return 0;
	}
	return memmem(u->low.p, u->low.n, a, n) != NULL;
}

/* Whether the lowered UA holds a string of each of the rule's sets,
 * which are found the first time the rule comes up (the OS rules, for
 * one, are never needed by the bot rule). */
static int
may_match(const struct jy_ua *u, struct rule *r)
{
	const char *a;
	int k, hit;

	if (u->nofilter || r->rx == NULL)
		return 1;
	if (r->natoms < 0) {
		struct jy_buf b = { NULL, 0, 0 };
		if ((r->natoms = jy_rx_atoms(r->rx, &b)) > 0)
			r->atoms = b.p;
		else
			jy_buf_free(&b);
	}
	if ((a = r->atoms) == NULL)
		return 1;
	for (k = 0; k < r->natoms; k++) {
		size_t n;
		for (hit = 0; (n = (unsigned char)*a) > 0; a += n + 1)
			if (holds(u, a + 1, n)) {
				hit = 1;
				break;
			}
		if (!hit)
			return 0;
		while (*a != '\0')	/* to the set's end */
			a += (unsigned char)*a + 1;
		a++;
	}
	return 1;
}

void
jy_ua_filter(struct jy_ua *u, int on)
{
	u->nofilter = !on;
}

static void
trim(struct jy_buf *b)
{
	size_t i = 0;

	while (b->n > 0 && (b->p[b->n - 1] == ' ' || b->p[b->n - 1] == '\t'))
		b->n--;
	while (i < b->n && (b->p[i] == ' ' || b->p[i] == '\t'))
		i++;
	memmove(b->p, b->p + i, b->n - i);
	b->n -= i;
}

/* The family of one kind into u->tmp: 1, or 0 for "Other". */
static int
family(struct jy_ua *u, int kind, jy_span ua)
{
	struct section *s = &u->sec[kind];
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(u->md);
	size_t k;
	int rc;

	for (k = 0; k < s->n; k++) {
		struct rule *r = &s->r[k];
		if (!may_match(u, r) || !ready(u, r))
			continue;
		rc = pcre2_match(r->re, (PCRE2_SPTR)ua.p, ua.n, 0, 0, u->md,
		    jy_rx_context());
		if (rc == PCRE2_ERROR_NOMATCH)
			continue;
		if (rc < 0) {
			jy_rx_failed(r->rx, rc);
			continue;
		}
		if (rc == 0)		/* more groups than the ovector */
			rc = 16;
		u->tmp.n = 0;
		if (r->rep != NULL) {
			const char *p;
			for (p = r->rep; *p; p++) {
				int g;
				if (p[0] == '$' && p[1] >= '1' && p[1] <= '9') {
					g = p[1] - '0';
					p++;
					if (g < rc && ov[2 * g] != PCRE2_UNSET)
						jy_buf_add(&u->tmp, ua.p +
						    ov[2 * g], ov[2 * g + 1] -
						    ov[2 * g]);
					continue;
				}
				jy_buf_addc(&u->tmp, *p);
			}
			if (kind == JY_UA_DEVICE)
				trim(&u->tmp);
		} else if (rc > 1 && ov[2] != PCRE2_UNSET)
			jy_buf_add(&u->tmp, ua.p + ov[2], ov[3] - ov[2]);
		if (u->tmp.n > 0)
			return 1;
	}
	return 0;
}

/*
 * The families wanted (1u << JY_UA_x) of ua, whose hash is h, into out:
 * spans into the cache, valid until the next call.
 */
void
jy_ua_parse(struct jy_ua *u, jy_span ua, uint64_t h, unsigned want,
    jy_span out[JY_UA_N])
{
	struct uaent *e;
	size_t off, i;
	int k, lowered = 0;

	if (u->cache == NULL)
		u->cache = jy_xcalloc(UA_CACHE, sizeof *u->cache);
	h |= 1;
	e = &u->cache[(h >> 1) % UA_CACHE];
	if (e->h != h) {
		e->h = h;
		e->done = 0;
	} else if ((e->done & want) == want)
		u->hits++;
	for (k = 0, off = 0; k < JY_UA_N; off += cap[k], k++) {
		if (!(want >> k & 1))
			continue;
		if (!(e->done >> k & 1)) {
			size_t n;
			if (!lowered) {
				lower(u, ua);
				lowered = 1;
			}
			u->parsed++;
			if (family(u, k, ua))
				n = u->tmp.n < cap[k] ? u->tmp.n : cap[k];
			else {
				u->tmp.n = 0;
				jy_buf_add(&u->tmp, "Other", 5);
				n = 5;
			}
			memcpy(e->s + off, u->tmp.p, n);
			e->len[k] = (uint8_t)n;
			e->done |= (uint8_t)(1u << k);
		}
		out[k].p = e->s + off;
		out[k].n = e->len[k];
	}
	for (i = 0; i < JY_UA_N; i++)
		if (!(want >> i & 1))
			out[i] = (jy_span){ "", 0 };
}

/* All three families, and the device class of jy_ua_class, cached. */
int
jy_ua_parse_class(struct jy_ua *u, jy_span ua, uint64_t h,
    jy_span out[JY_UA_N])
{
	struct uaent *e;

	jy_ua_parse(u, ua, h, (1u << JY_UA_N) - 1, out);
	e = &u->cache[((h | 1) >> 1) % UA_CACHE];
	if (!(e->done & CLASS_DONE)) {
		e->dclass = (uint8_t)jy_ua_class(ua, out);
		e->done |= CLASS_DONE;
	}
	return e->dclass;
}

const char *
jy_ua_path(const struct jy_ua *u)
{
	return u->path;
}

/* What of the file changes a family (each list's rules, in order), for
 * the fingerprint of a partial state: not the file's name. */
void
jy_ua_key(const struct jy_ua *u, struct jy_buf *b)
{
	size_t k;
	int i;

	for (i = 0; i < JY_UA_N; i++) {
		for (k = 0; k < u->sec[i].n; k++) {
			const struct rule *r = &u->sec[i].r[k];
			const char *rx = r->rx ? r->rx : "", *rep = r->rep ?
			    r->rep : "";
			jy_buf_addc(b, r->caseless ? 'i' : '-');
			jy_buf_addc(b, r->rep != NULL ? 'r' : '-');
			jy_buf_add(b, rx, strlen(rx) + 1);
			jy_buf_add(b, rep, strlen(rep) + 1);
		}
		jy_buf_addc(b, '\n');
	}
}

/* For -v: the rules PCRE2 could not compile, families parsed. */
void
jy_ua_stats(const struct jy_ua *u, uint64_t *parsed, uint64_t *bad)
{
	*parsed = u->parsed;
	*bad = u->bad;
}

/* ---- what the families make of a User-Agent ---- */

static int
has(jy_span s, const char *needle)
{
	return memmem(s.p, s.n, needle, strlen(needle)) != NULL;
}

static int
hascase(jy_span s, const char *needle)
{
	size_t n = strlen(needle), i;

	for (i = 0; i + n <= s.n; i++)
		if (strncasecmp(s.p + i, needle, n) == 0)
			return 1;
	return 0;
}

static int
prefixed(jy_span s, const char *const *list)
{
	for (; *list; list++)
		if (s.n >= strlen(*list) &&
		    memcmp(s.p, *list, strlen(*list)) == 0)
			return 1;
	return 0;
}

/*
 * A feed reader or aggregator, or a crawler: uap-core's device family
 * Spider, or a browser family that names a feed or RSS (FeedBurner,
 * Feedly, Tiny Tiny RSS...).
 */
int
jy_ua_isbot(const jy_span fam[JY_UA_N])
{
	return jy_span_eq(fam[JY_UA_DEVICE], "Spider") ||
	    hascase(fam[JY_UA_BROWSER], "feed") ||
	    hascase(fam[JY_UA_BROWSER], "rss");
}

/*
 * device_class, in this order (jsessionize(1) documents it):
 *   bot      jy_ua_isbot (the caller adds a --bot-list match);
 *   tablet   the UA says iPad, Tablet or Kindle/Silk, or the device
 *            family does (iPad, Kindle, "... Tablet"), or the OS is
 *            Android and the UA has no "Mobile" token (Google's rule
 *            for Android tablets);
 *   mobile   a mobile OS (iOS, Android, Windows Phone, BlackBerry,
 *            KaiOS, Symbian...), a phone device family (iPhone, iPod,
 *            Generic Smartphone, Generic Feature Phone), or "Mobi" in
 *            the UA (MDN's rule);
 *   desktop  a desktop OS (Windows, Mac OS X, Linux and its
 *            distributions, Chrome OS, the BSDs, Solaris);
 *   other    the rest: TVs, consoles, libraries, unknown.
 */
int
jy_ua_class(jy_span ua, const jy_span fam[JY_UA_N])
{
	static const char *const mobile_os[] = {
		"iOS", "Android", "Windows Phone", "Windows Mobile",
		"Windows CE", "BlackBerry", "Symbian", "KaiOS", "Firefox OS",
		"Sailfish", "Bada", "MeeGo", "Maemo", "Ubuntu Touch",
		"HarmonyOS", "Tizen", "webOS", "Nokia Series 40", "Brew",
		"Java ME", NULL
	};
	static const char *const desktop_os[] = {
		"Windows", "Mac OS X", "Mac OS", "macOS", "Linux", "Ubuntu",
		"Debian", "Fedora", "Red Hat", "SUSE", "openSUSE", "Mandriva",
		"Gentoo", "Slackware", "Arch Linux", "Mint", "CentOS",
		"Chrome OS", "ChromeOS", "FreeBSD", "OpenBSD", "NetBSD",
		"Solaris", "SunOS", "Kubuntu", "Xubuntu", "Lubuntu", "Haiku",
		NULL
	};
	static const char *const phone_dev[] = {
		"iPhone", "iPod", "Generic Smartphone", "Generic Feature Phone",
		NULL
	};
	jy_span os = fam[JY_UA_OS], dev = fam[JY_UA_DEVICE];

	if (jy_ua_isbot(fam))
		return JY_DC_BOT;
	if (has(ua, "iPad") || hascase(ua, "tablet") || has(ua, "Kindle") ||
	    has(ua, "Silk/") || has(dev, "iPad") || has(dev, "Kindle") ||
	    has(dev, "Tablet") || (jy_span_eq(os, "Android") &&
	    !has(ua, "Mobile")))
		return JY_DC_TABLET;
	if (prefixed(os, mobile_os) || prefixed(dev, phone_dev) ||
	    has(ua, "Mobi"))
		return JY_DC_MOBILE;
	if (prefixed(os, desktop_os))
		return JY_DC_DESKTOP;
	return JY_DC_OTHER;
}

const char *
jy_ua_class_name(int c)
{
	static const char *const names[] = {
		"desktop", "mobile", "tablet", "bot", "other"
	};
	return c >= 0 && c <= JY_DC_OTHER ? names[c] : "other";
}
