/*
 * filter.c - which requests are pageviews, and what page each one is.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "internal.h"

/* The defaults; the man page lists them, and a file can replace each. */
static const char *const def_statics[] = {
	"css", "js", "mjs", "map", "png", "jpg", "jpeg", "jpe", "gif", "ico",
	"svg", "svgz", "webp", "avif", "bmp", "tif", "tiff", "woff", "woff2",
	"ttf", "otf", "eot", "mp4", "webm", "ogv", "mp3", "ogg", "wav", "flac",
	"m4a", "swf", "txt", "xml", NULL
};
static const char *const def_bots[] = {
	"bot", "crawl", "spider", "slurp", "curl/", "wget", "python-",
	"python/", "go-http-client", "java/", "libwww", "httpclient",
	"okhttp", "scrapy", "headless", "phantomjs", "facebookexternalhit",
	"preview", "monitor", "pingdom", "uptime", "lighthouse", "feedfetcher",
	"nutch", "ia_archiver", "archive.org", "zgrab", "masscan", "nmap",
	"nikto", "sqlmap", "axios/", "node-fetch", "guzzle", "httpie",
	"postman", NULL
};

void
jy_filter_defaults(struct jy_config *c)
{
	const char *const *p;
	int i;

	jy_list_add(&c->methods, "GET", 3);
	jy_list_add(&c->methods, "POST", 4);
	for (p = def_statics; *p; p++)
		jy_list_add(&c->statics, *p, strlen(*p));
	for (p = def_bots; *p; p++)
		jy_list_add(&c->bots, *p, strlen(*p));
	for (i = 100; i < 400; i++)
		c->status_ok[i] = 1;
}

/* Up to 8 bytes as one number, so a list compares by integers; 0 if
 * longer (then the strings are compared). */
static uint64_t
pack8(const char *p, size_t n)
{
	uint64_t v = 0;

	if (n == 0 || n > 8)
		return 0;
	memcpy(&v, p, n);
	return v;
}

static uint64_t *
pack_list(const struct jy_list *l)
{
	uint64_t *v = jy_xcalloc(l->n + 1, sizeof *v);
	size_t i;

	for (i = 0; i < l->n; i++)
		v[i] = pack8(l->v[i], strlen(l->v[i]));
	return v;
}

void
jy_filter_prepare(struct jy_config *c)
{
	free(c->method_pk);
	free(c->static_pk);
	c->method_pk = pack_list(&c->methods);
	c->static_pk = pack_list(&c->statics);
}

static int
is_static(const struct jy_config *c, jy_span t)
{
	const char *end = t.p + t.n, *q, *dot = NULL, *s;
	char ext[16];
	size_t n, i;

	/* The extension: after the last '.' of the last path segment, the
	 * query left out (a fragment is never sent, but is left out too). */
	if ((q = memchr(t.p, '?', t.n)) == NULL)
		q = end;
	if ((s = memchr(t.p, '#', (size_t)(q - t.p))) != NULL)
		q = s;
	for (s = q; s > t.p && s[-1] != '/'; s--)
		if (s[-1] == '.') {
			dot = s - 1;
			break;
		}
	if (dot == NULL || (n = (size_t)(q - dot - 1)) == 0 || n >= sizeof ext)
		return 0;
	for (i = 0; i < n; i++) {
		char ch = dot[1 + i];
		ext[i] = ch >= 'A' && ch <= 'Z' ? (char)(ch + 32) : ch;
	}
	ext[n] = '\0';
	uint64_t k = pack8(ext, n);
	for (i = 0; i < c->statics.n; i++)
		if (k != 0 ? c->static_pk[i] == k : (c->static_pk[i] == 0 &&
		    strcmp(ext, c->statics.v[i]) == 0))
			return 1;
	return 0;
}

/*
 * User-Agents repeat heavily, so the verdict is cached by the UA's hash in
 * a small direct-mapped table; the table hash is keyed per process, so a
 * client cannot choose a UA that poisons another's entry.
 */
#define BOTCACHE	4096
static struct {
	uint64_t	h;
	int		bot;
} botcache[BOTCACHE];

static int
is_bot(const struct jy_config *c, jy_span ua, uint64_t h)
{
	char low[512];
	size_t n, i;

	if (jy_span_dash(ua))
		return 1;
	h |= 1;
	if (botcache[h % BOTCACHE].h == h)
		return botcache[h % BOTCACHE].bot;
	/* The marks sit early in a UA; a longer tail is not looked at. */
	n = ua.n < sizeof low ? ua.n : sizeof low;
	for (i = 0; i < n; i++) {
		char ch = ua.p[i];
		low[i] = ch >= 'A' && ch <= 'Z' ? (char)(ch + 32) : ch;
	}
	int bot = 0;
	for (i = 0; i < c->bots.n && !bot; i++)
		bot = memmem(low, n, c->bots.v[i], strlen(c->bots.v[i])) !=
		    NULL;
	botcache[h % BOTCACHE].h = h;
	botcache[h % BOTCACHE].bot = bot;
	return bot;
}


int
jy_filter(const struct jy_config *c, const jy_record *r, int logs_ua,
    struct jy_uahash *uah)
{
	size_t i;

	if (c->all)
		return JY_KEEP;
	if (r->has & (1u << JY_F_METHOD)) {
		jy_span m = r->f[JY_F_METHOD];
		uint64_t k = pack8(m.p, m.n);
		for (i = 0; i < c->methods.n; i++)
			if (k != 0 ? c->method_pk[i] == k : (c->method_pk[i] ==
			    0 && jy_span_eq(m, c->methods.v[i])))
				break;
		if (i == c->methods.n)
			return JY_DROP_METHOD;
	}
	if (r->status >= 0 && !c->status_ok[r->status])
		return JY_DROP_STATUS;
	if (!c->keep_static && is_static(c, r->f[JY_F_TARGET]))
		return JY_DROP_STATIC;
	if (!c->keep_bots && logs_ua &&
	    is_bot(c, r->f[JY_F_UA], jy_ua_hash(c, r->f[JY_F_UA], uah)))
		return JY_DROP_BOT;
	return JY_KEEP;
}

/*
 * Page from a request target: the path of an absolute URL, without its
 * fragment, and without its query string unless asked to keep all of it
 * or some named parameters.  Rewrites come last, in order.
 */
void
jy_page(const struct jy_config *c, jy_span t, struct jy_buf *out,
    struct jy_buf *tmp)
{
	const char *p = t.p, *end = t.p + t.n, *q, *s;
	size_t i;

	out->n = 0;
	if (t.n > 7 && (strncasecmp(p, "http://", 7) == 0 ||
	    strncasecmp(p, "https://", 8) == 0)) {
		p = memchr(p + 7 + (p[4] != ':'), '/',
		    (size_t)(end - p - 7 - (p[4] != ':')));
		if (p == NULL)
			p = end;
	}
	if ((s = memchr(p, '#', (size_t)(end - p))) != NULL)
		end = s;
	q = memchr(p, '?', (size_t)(end - p));
	/* A page is a path: "?q" alone is the query of "/". */
	if (p == end || *p != '/')
		jy_buf_addc(out, '/');
	if (q == NULL || c->keep_query == 1) {
		jy_buf_add(out, p, (size_t)(end - p));
	} else {
		jy_buf_add(out, p, (size_t)(q - p));
		if (c->keep_query == 2) {
			const char *a = q + 1, *amp;
			int first = 1;
			for (; a < end; a = amp + 1) {
				amp = memchr(a, '&', (size_t)(end - a));
				if (amp == NULL)
					amp = end;
				const char *eq = memchr(a, '=',
				    (size_t)(amp - a));
				jy_span k = { a, (size_t)((eq ? eq : amp) - a) };
				for (i = 0; i < c->query_names.n; i++)
					if (jy_span_eq(k, c->query_names.v[i]))
						break;
				if (i == c->query_names.n)
					continue;
				jy_buf_addc(out, first ? '?' : '&');
				jy_buf_add(out, a, (size_t)(amp - a));
				first = 0;
			}
		}
	}
	for (i = 0; i < c->nrewrites; i++)
		jy_rewrite_apply(c->rewrites[i], out, tmp);
}

struct jy_rewrite {
	pcre2_code		*re;
	pcre2_match_data	*md;
	char			*repl;
	char			*text;		/* as the user wrote it */
	uint32_t		 opts;
};

/*
 * Every group a replacement names (in PCRE2's syntax, which \N was
 * rewritten into: $N, ${N}, $NAME, ${NAME}, $$ a dollar, ${*MARK}) must
 * exist: PCRE2 only finds out when a subject matches, and a rule that
 * fails on every match would be a rule silently never applied.
 */
static int
check_groups(pcre2_code *re, const char *r, const char *e, char *err,
    size_t errlen)
{
	uint32_t ncap = 0;
	size_t i, b, k;
	char name[64];

	(void)pcre2_pattern_info(re, PCRE2_INFO_CAPTURECOUNT, &ncap);
	for (i = 0; r[i] != '\0'; i++) {
		if (r[i] != '$')
			continue;
		if (r[++i] == '$')
			continue;
		int brace = r[i] == '{';
		i += (size_t)brace;
		int mark = r[i] == '*';
		i += (size_t)mark;
		b = i;
		if (!mark && r[i] >= '0' && r[i] <= '9')
			while (r[i] >= '0' && r[i] <= '9')
				i++;
		else
			while (r[i] == '_' || (r[i] >= '0' && r[i] <= '9') ||
			    ((r[i] | 0x20) >= 'a' && (r[i] | 0x20) <= 'z'))
				i++;
		k = i - b;
		if (k == 0 && !mark) {
			jy_errf(err, errlen, "bad --rewrite \"%s\": a $ in the "
			    "replacement needs a group number or name after it "
			    "(write $$ for a dollar sign)", e);
			return -1;
		}
		if (brace && r[i] != '}') {
			jy_errf(err, errlen, "bad --rewrite \"%s\": \"${%.*s\" "
			    "is not closed: write ${%.*s}", e, (int)k, r + b,
			    (int)k, r + b);
			return -1;
		}
		if (!brace)
			i--;
		if (mark)
			continue;
		if (r[b] >= '0' && r[b] <= '9') {
			unsigned long g = k > 9 ? ~0UL : strtoul(r + b, NULL, 10);
			if (g > ncap) {
				jy_errf(err, errlen, "bad --rewrite \"%s\": there "
				    "is no group %.*s: the regex has %u group%s",
				    e, (int)k, r + b, (unsigned)ncap,
				    ncap == 1 ? "" : "s");
				return -1;
			}
		} else {
			snprintf(name, sizeof name, "%.*s", (int)k, r + b);
			if (k >= sizeof name || pcre2_substring_number_from_name(
			    re, (PCRE2_SPTR)name) < 0) {
				jy_errf(err, errlen, "bad --rewrite \"%s\": there "
				    "is no group named %.*s in the regex (name "
				    "one with (?<%.*s>...))", e, (int)k, r + b,
				    (int)k, r + b);
				return -1;
			}
		}
	}
	return 0;
}

/* s#REGEX#REPLACEMENT#FLAGS with any delimiter; \1 means ${1}. */
struct jy_rewrite *
jy_rewrite_compile(const char *e, char *err, size_t errlen)
{
	struct jy_rewrite *w;
	char d, *re, *repl, *flags, *x;
	struct jy_buf b = { 0 };
	int ec, cflags = 0;
	PCRE2_SIZE eo;

	if (e[0] != 's' || e[1] == '\0' || e[1] == '\\') {
		jy_errf(err, errlen, "bad --rewrite \"%s\": write "
		    "'s#REGEX#REPLACEMENT#' (flags g, i may follow)", e);
		return NULL;
	}
	d = e[1];
	x = jy_xstrdup(e + 2);
	re = x;
	repl = strchr(re, d);
	flags = repl ? strchr(repl + 1, d) : NULL;
	if (flags == NULL) {
		jy_errf(err, errlen, "bad --rewrite \"%s\": it needs three "
		    "'%c' delimiters, as in 's%cREGEX%cREPLACEMENT%c'", e, d, d,
		    d, d);
		free(x);
		return NULL;
	}
	*repl++ = '\0';
	*flags++ = '\0';
	w = jy_xcalloc(1, sizeof *w);
	for (; *flags; flags++) {
		if (*flags == 'g')
			w->opts |= PCRE2_SUBSTITUTE_GLOBAL;
		else if (*flags == 'i')
			cflags |= PCRE2_CASELESS;
		else {
			jy_errf(err, errlen, "bad --rewrite \"%s\": unknown flag "
			    "'%c' (use g or i)", e, *flags);
			free(x);
			free(w);
			return NULL;
		}
	}
	w->re = pcre2_compile((PCRE2_SPTR)re, PCRE2_ZERO_TERMINATED,
	    (uint32_t)cflags, &ec, &eo, NULL);
	if (w->re == NULL) {
		PCRE2_UCHAR msg[256];
		pcre2_get_error_message(ec, msg, sizeof msg);
		jy_errf(err, errlen, "bad --rewrite regex \"%s\" at offset %zu: "
		    "%s", re, (size_t)eo, (char *)msg);
		free(x);
		free(w);
		return NULL;
	}
	(void)pcre2_jit_compile(w->re, PCRE2_JIT_COMPLETE);
	w->md = pcre2_match_data_create_from_pattern(w->re, NULL);
	for (; *repl; repl++) {
		if (repl[0] == '\\' && repl[1] >= '0' && repl[1] <= '9') {
			jy_buf_add(&b, "${", 2);
			jy_buf_addc(&b, *++repl);
			jy_buf_addc(&b, '}');
		} else if (repl[0] == '\\' && repl[1] != '\0')
			jy_buf_addc(&b, *++repl);
		else
			jy_buf_addc(&b, *repl);
	}
	jy_buf_addc(&b, '\0');
	w->repl = b.p;
	w->text = jy_xstrdup(e);
	free(x);
	if (check_groups(w->re, w->repl, e, err, errlen) != 0) {
		jy_rewrite_free(w);
		return NULL;
	}
	/* A replacement PCRE2 cannot use is a usage error now, not later. */
	{
		PCRE2_UCHAR o[64];
		PCRE2_SIZE on = sizeof o;
		int rc = pcre2_substitute(w->re, (PCRE2_SPTR)"", 0, 0,
		    w->opts | PCRE2_SUBSTITUTE_OVERFLOW_LENGTH, w->md, NULL,
		    (PCRE2_SPTR)w->repl, PCRE2_ZERO_TERMINATED, o, &on);
		if (rc < 0 && rc != PCRE2_ERROR_NOMEMORY &&
		    rc != PCRE2_ERROR_NOMATCH) {
			PCRE2_UCHAR msg[256];
			pcre2_get_error_message(rc, msg, sizeof msg);
			jy_errf(err, errlen, "bad --rewrite replacement in "
			    "\"%s\": %s", e, (char *)msg);
			jy_rewrite_free(w);
			return NULL;
		}
	}
	return w;
}

int
jy_rewrite_apply(struct jy_rewrite *w, struct jy_buf *in, struct jy_buf *tmp)
{
	PCRE2_SIZE on;
	int rc;

	for (;;) {
		jy_buf_reserve(tmp, in->n + 64);
		on = tmp->cap;
		rc = pcre2_substitute(w->re, (PCRE2_SPTR)in->p, in->n, 0,
		    w->opts | PCRE2_SUBSTITUTE_OVERFLOW_LENGTH, w->md,
		    jy_rx_context(),
		    (PCRE2_SPTR)w->repl, PCRE2_ZERO_TERMINATED,
		    (PCRE2_UCHAR *)tmp->p, &on);
		if (rc != PCRE2_ERROR_NOMEMORY)
			break;
		/* on is now the length needed, terminator included. */
		jy_buf_reserve(tmp, on + 1);
	}
	if (JY_UNLIKELY(rc < 0 && rc != PCRE2_ERROR_NOMATCH))
		jy_rx_failed(w->text, rc);
	if (rc <= 0)
		return rc;
	in->n = 0;
	jy_buf_add(in, tmp->p, on);
	return rc;
}

void
jy_rewrite_free(struct jy_rewrite *w)
{
	if (w == NULL)
		return;
	pcre2_match_data_free(w->md);
	pcre2_code_free(w->re);
	free(w->repl);
	free(w->text);
	free(w);
}
