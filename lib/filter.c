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
/*
 * Downloads: the default download extensions of Matomo's JavaScript
 * tracker, less those already static above (gif, jpg, js, mp3...).  A
 * download is an action, not a page a journey passes through.
 */
static const char *const def_downloads[] = {
	"7z", "aac", "apk", "arc", "arj", "asf", "asx", "avi", "azw3", "bin",
	"bz", "bz2", "csv", "deb", "dmg", "doc", "docx", "epub", "exe", "flv",
	"gz", "gzip", "hqx", "ibooks", "iso", "jar", "mobi", "mov", "movie",
	"mp2", "mpeg", "mpg", "msi", "msp", "odb", "odf", "odg", "ods", "odt",
	"pdf", "phps", "ppt", "pptx", "qt", "qtm", "ra", "ram", "rar", "rpm",
	"rtf", "sea", "sit", "tar", "tbz", "tbz2", "tgz", "torrent", "wma",
	"wmv", "wpd", "xls", "xlsx", "xsd", "xz", "z", "zip", NULL
};
static const char *const def_bots[] = {
	"bot", "crawl", "spider", "slurp", "curl/", "wget", "python-",
	"python/", "go-http-client", "java/", "libwww", "httpclient",
	"okhttp", "scrapy", "headless", "phantomjs", "facebookexternalhit",
	"preview", "monitor", "pingdom", "uptime", "lighthouse", "feedfetcher",
	"nutch", "ia_archiver", "archive.org", "zgrab", "masscan", "nmap",
	"nikto", "sqlmap", "axios/", "node-fetch", "guzzle", "httpie",
	"postman",
	/* Feed readers and aggregators (FeedBurner, UniversalFeedParser,
	 * Digg Feed Fetcher, Tiny Tiny RSS...): programs, not people. */
	"feed", "rss", NULL
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
	for (p = def_downloads; *p; p++)
		jy_list_add(&c->downloads, *p, strlen(*p));
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
	return n > 8 ? 0 : jy_loadn(p, n);
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
	free(c->download_pk);
	c->method_pk = pack_list(&c->methods);
	c->static_pk = pack_list(&c->statics);
	c->download_pk = pack_list(&c->downloads);
}

/* The path of a request target: the query and fragment left out (a
 * fragment is never sent, but is left out too). */
static jy_span
target_path(jy_span t)
{
	const char *q, *s;

	if ((q = memchr(t.p, '?', t.n)) == NULL)
		q = t.p + t.n;
	if ((s = memchr(t.p, '#', (size_t)(q - t.p))) != NULL)
		q = s;
	return (jy_span){ t.p, (size_t)(q - t.p) };
}

/* The extension, after the last '.' of the last path segment, as the
 * path has it; empty if there is none of fewer than 16 bytes. */
static jy_span
extension(jy_span path)
{
	const char *q = path.p + path.n, *s;
	size_t n;

	for (s = q; s > path.p && s[-1] != '/'; s--)
		if (s[-1] == '.') {
			n = (size_t)(q - s);
			return (jy_span){ s, n < 16 ? n : 0 };
		}
	return (jy_span){ q, 0 };
}

/* The bytes of v, ASCII letters in lower case, eight at once. */
static uint64_t
lower8(uint64_t v)
{
	const uint64_t h = 0x8080808080808080ULL;
	uint64_t t = v & ~h;
	uint64_t up = (t + 0x3f3f3f3f3f3f3f3fULL) & ~(t + 0x2525252525252525ULL)
	    & ~v & h;	/* 'A' <= byte <= 'Z' */

	return v | up >> 2;
}

/* Whether the extension e, in lower case, is in l: up to 8 bytes packed
 * straight from the path (a copy's byte-wise stores would hold up the
 * load), longer ones copied in lower case and compared as strings. */
static int
ext_in(const struct jy_list *l, const uint64_t *pk, jy_span e)
{
	uint64_t k = e.n <= 8 ? lower8(jy_loadn(e.p, e.n)) : 0;
	char low[16];
	size_t i;

	if (k == 0) {
		for (i = 0; i < e.n; i++)
			low[i] = e.p[i] >= 'A' && e.p[i] <= 'Z' ?
			    (char)(e.p[i] + 32) : e.p[i];
		low[e.n] = '\0';
	}
	for (i = 0; i < l->n; i++)
		if (k != 0 ? pk[i] == k : (pk[i] == 0 &&
		    strcmp(low, l->v[i]) == 0))
			return 1;
	return 0;
}

/*
 * A Content-Type the format logged: anything but HTML (and the XHTML
 * flavour) is not a page.  An empty or "-" value says nothing.
 */
static int
asset_type(jy_span ct)
{
	static const char *const pagetypes[] = {
		"text/html", "application/xhtml+xml", NULL
	};
	const char *const *t;
	size_t n = ct.n;

	if (jy_span_dash(ct))
		return 0;
	for (size_t i = 0; i < ct.n; i++)
		if (ct.p[i] == ';' || ct.p[i] == ' ') {
			n = i;
			break;
		}
	for (t = pagetypes; *t; t++)
		if (n == strlen(*t) && strncasecmp(ct.p, *t, n) == 0)
			return 0;
	return 1;
}

/*
 * User-Agents repeat heavily, so the verdict is cached by the UA's hash in
 * a small direct-mapped table; the table hash is keyed per process, so a
 * client cannot choose a UA that poisons another's entry.  An entry holds
 * the --bot-list verdict and, after it, uap-core's (ua.c: Spider, feed
 * readers), which is looked at only for a UA the list lets through.
 */
#define BOTCACHE	4096
/* One table a thread (input.c's workers, -j): verdicts are the same
 * whichever thread made them. */
static _Thread_local struct {
	uint64_t	h;
	int8_t		listed;
	int8_t		uap;	/* -1 not asked yet */
} botcache[BOTCACHE];

pthread_mutex_t jy_ua_lock = PTHREAD_MUTEX_INITIALIZER;

int
jy_bot_listed(const struct jy_config *c, jy_span ua, uint64_t h)
{
	char low[512];
	size_t n, i;

	if (jy_span_dash(ua))
		return 1;
	h |= 1;
	if (botcache[h % BOTCACHE].h == h)
		return botcache[h % BOTCACHE].listed;
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
	botcache[h % BOTCACHE].listed = (int8_t)bot;
	botcache[h % BOTCACHE].uap = -1;
	return bot;
}

static int
is_bot(const struct jy_config *c, jy_span ua, uint64_t h)
{
	struct jy_ua *u;
	jy_span fam[JY_UA_N];
	size_t k;

	if (jy_bot_listed(c, ua, h))
		return 1;
	if (c->no_ua_bots)
		return 0;
	k = (h | 1) % BOTCACHE;
	if (botcache[k].uap < 0) {
		/* Without uap-core this rule is off; -v says so. */
		pthread_mutex_lock(&jy_ua_lock);
		u = jy_config_ua((struct jy_config *)c, NULL, 0);
		botcache[k].uap = 0;
		if (u != NULL) {
			jy_ua_parse(u, ua, h, 1u << JY_UA_BROWSER |
			    1u << JY_UA_DEVICE, fam);
			botcache[k].uap = (int8_t)jy_ua_isbot(fam);
		}
		pthread_mutex_unlock(&jy_ua_lock);
	}
	return botcache[k].uap;
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
	if (!c->keep_static || !c->keep_downloads) {
		jy_span path = target_path(r->f[JY_F_TARGET]);
		jy_span e = extension(path);
		if (!c->keep_static && ((e.n > 0 && ext_in(&c->statics,
		    c->static_pk, e)) || asset_type(r->ctype)))
			return JY_DROP_STATIC;
		if (!c->keep_downloads && e.n > 0 && ext_in(&c->downloads,
		    c->download_pk, e))
			return JY_DROP_DOWNLOAD;
		for (i = 0; !c->keep_static && i < c->nstatic_pats; i++)
			if (jy_pattern_match(c->static_pats[i], path.p, path.n))
				return JY_DROP_STATIC;
	}
	if (!c->keep_bots && logs_ua &&
	    is_bot(c, r->f[JY_F_UA], jy_ua_hash(c, r->f[JY_F_UA], uah)))
		return JY_DROP_BOT;
	return JY_KEEP;
}

static int
hexval(int ch)
{
	if (ch >= '0' && ch <= '9')
		return ch - '0';
	ch |= 0x20;
	return ch >= 'a' && ch <= 'f' ? ch - 'a' + 10 : -1;
}

/* The byte of "%XY" at p (p + 3 <= end), or -1. */
static int
pct(const char *p, const char *end)
{
	int a, b;

	if (end - p < 3 || p[0] != '%' || (a = hexval((unsigned char)p[1])) < 0 ||
	    (b = hexval((unsigned char)p[2])) < 0)
		return -1;
	return a << 4 | b;
}

/*
 * Code points that stay encoded even as valid UTF-8: the C1 controls
 * (a terminal may take U+009B for CSI), the bidirectional controls that
 * reorder what a terminal shows, the line and paragraph separators and
 * the byte order mark.
 */
static int
shown_unsafe(uint32_t u)
{
	return (u >= 0x80 && u <= 0x9f) || u == 0x200e || u == 0x200f ||
	    (u >= 0x2028 && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069) ||
	    u == 0xfeff;
}

/*
 * Percent-decoding of a page name, for people to read it.  An escape is
 * decoded only where that changes nothing but the spelling: an ASCII
 * escape when the byte is printable and not one of "/?#%&=+." (they
 * would change the path's segments, start a query or a fragment, split
 * a kept query's parameters, make a "." or ".." segment, or, for '%',
 * make a second pass decode what the first did not); other escapes
 * only as whole, valid, shortest-form UTF-8 sequences of escapes (no
 * overlong forms, surrogates or code points past U+10FFFF) that are not
 * controls (see shown_unsafe).  Everything else stays as written, so
 * decoding twice gives what decoding once gave.
 */
void
jy_page_decode(struct jy_buf *b, struct jy_buf *tmp)
{
	const char *p, *end;
	int v, k, len;
	uint8_t u[4];

	if (b->n == 0 || memchr(b->p, '%', b->n) == NULL)
		return;
	tmp->n = 0;
	for (p = b->p, end = b->p + b->n; p < end; ) {
		if ((v = pct(p, end)) < 0) {
			jy_buf_addc(tmp, *p++);
			continue;
		}
		if (v < 0x80) {
			if (v >= 0x20 && v < 0x7f && strchr("/?#%&=+.", v) ==
			    NULL) {
				jy_buf_addc(tmp, (char)v);
				p += 3;
			} else {
				jy_buf_add(tmp, p, 3);
				p += 3;
			}
			continue;
		}
		len = v >= 0xc2 && v <= 0xdf ? 2 : v >= 0xe0 && v <= 0xef ? 3 :
		    v >= 0xf0 && v <= 0xf4 ? 4 : 0;
		u[0] = (uint8_t)v;
		for (k = 1; k < len; k++) {
			int c = pct(p + 3 * k, end);
			if (c < 0x80 || c > 0xbf)
				break;
			u[k] = (uint8_t)c;
		}
		uint32_t cp = 0;
		if (len > 0 && k == len) {
			/* The shortest form and no surrogates. */
			if ((u[0] == 0xe0 && u[1] < 0xa0) ||
			    (u[0] == 0xed && u[1] > 0x9f) ||
			    (u[0] == 0xf0 && u[1] < 0x90) ||
			    (u[0] == 0xf4 && u[1] > 0x8f))
				len = 0;
			else {
				cp = u[0] & (0x7f >> len);
				for (k = 1; k < len; k++)
					cp = cp << 6 | (u[k] & 0x3f);
			}
		} else
			len = 0;
		if (len == 0 || shown_unsafe(cp)) {
			jy_buf_add(tmp, p, 3);
			p += 3;
			continue;
		}
		jy_buf_add(tmp, u, (size_t)len);
		p += 3 * len;
	}
	b->n = 0;
	jy_buf_add(b, tmp->p, tmp->n);
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
	if (t.n > 7 && (jy_caseeq(p, "http://", 7) ||
	    jy_caseeq(p, "https://", 8))) {
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
	if (!c->raw_pages)
		jy_page_decode(out, tmp);
	for (i = 0; i < c->nrewrites; i++)
		jy_rewrite_apply(c->rewrites[i], out, tmp);
}

int
jy_page_of(const struct jy_config *c, const jy_record *r, struct jy_buf *out,
    struct jy_buf *tmp)
{
	size_t i;
	int in;

	if (r->f[JY_F_PAGE].n > 0) {
		/* An event stream's page: ours is decoded already (and
		 * decoding is idempotent), another tool's may not be. */
		out->n = 0;
		jy_buf_add(out, r->f[JY_F_PAGE].p, r->f[JY_F_PAGE].n);
		if (!c->raw_pages)
			jy_page_decode(out, tmp);
		for (i = 0; i < c->nrewrites; i++)
			jy_rewrite_apply(c->rewrites[i], out, tmp);
	} else
		jy_page(c, r->f[JY_F_TARGET], out, tmp);
	if (c->npaths == 0)
		return JY_KEEP;
	/* With an --include-path, a page must match one; an --exclude-path
	 * it matches drops it all the same. */
	in = c->nincludes == 0;
	for (i = 0; i < c->npaths; i++)
		if (jy_pattern_match(c->paths[i].pat, out->p, out->n)) {
			if (!c->paths[i].include)
				return JY_DROP_PATH;
			in = 1;
		}
	return in ? JY_KEEP : JY_DROP_PATH;
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
