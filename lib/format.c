/*
 * format.c - log formats as data: a compiled list of literals and fields
 * (after Apache's LogFormat), one small interpreter to parse a line with
 * it, and detection by trying the known formats on the first lines.
 * Event TSV is a format too, with its columns taken from its header.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "internal.h"

enum kind {
	K_LIT, K_CLIENT, K_IDENT, K_USER, K_TIME, K_REQUEST, K_STATUS,
	K_BYTES, K_VHOST, K_REFERRER, K_UA, K_NAMED, K_METHOD, K_PATH,
	K_QUERY, K_PROTOCOL, K_SKIP, K_TIMEFMT
};

struct tok {
	enum kind	 kind;
	const char	*lit;		/* K_LIT */
	size_t		 litn;
	int		 named;		/* K_NAMED: index; K_TIMEFMT: divisor */
	int		 quoted;	/* field sits between quotes */
};

#define MAXTOK	64

struct jy_format {
	char		*name;
	char		*spec;		/* owns the literal bytes */
	struct tok	 tok[MAXTOK];
	int		 ntok;
	int		 trailing;	/* extra fields after the last allowed */
	unsigned	 logs;		/* 1u << JY_F_x */
	char		*names[JY_MAX_NAMED];
	int		 nnamed;
	int		 nclear;	/* named spans a parse clears: the
					 * most nnamed ever was (a TSV's
					 * header may name fewer later) */
	/* TSV */
	int		 tsv;
	signed char	*col;		/* column -> field, or -1-named */
	int		 ncol;
	size_t		 colcap;
	int		 has_header;
	struct jy_buf	 hdr;		/* the header's names, as read */
	int		 lenient;	/* last parse skipped an inner quote */
	struct jy_buf	 scratch;
	char		*timefmt;	/* --time-format for %t, or NULL */
	/* another family's driver */
	const struct jy_fmtdrv *drv;
	void		*ds;
	int		 ctype;		/* named index of the Content-Type,
					 * -1 none, -2 not looked up yet */
	unsigned	 fast;		/* FAST_x: parse_fast's shape */
};

static const struct preset {
	const char	*name, *spec;
	int		 trailing;
} presets[] = {
	/* Gandi's hosting: vcombined with the seconds taken, "(0 s)". */
	{ "gandi", "%v %h %l %u %t (%T s) \"%r\" %>s %b \"%{Referer}i\" "
	    "\"%{User-Agent}i\"", 1 },
	{ "vcombined", "%v %h %l %u %t \"%r\" %>s %b \"%{Referer}i\" "
	    "\"%{User-Agent}i\"", 1 },
	{ "combined", "%h %l %u %t \"%r\" %>s %b \"%{Referer}i\" "
	    "\"%{User-Agent}i\"", 0 },
	{ "combined_extra", "%h %l %u %t \"%r\" %>s %b \"%{Referer}i\" "
	    "\"%{User-Agent}i\"", 1 },
	/* OVH's hosting: the host where combined has the ident.  Every line
	 * of it is a combined line too, and combined comes first: -F ovh. */
	{ "ovh", "%h %v %u %t \"%r\" %>s %b \"%{Referer}i\" "
	    "\"%{User-Agent}i\"", 0 },
	{ "vcommon", "%v %h %l %u %t \"%r\" %>s %b", 0 },
	{ "common", "%h %l %u %t \"%r\" %>s %b", 0 },
};
#define NPRESET	(sizeof presets / sizeof presets[0])

const char *
jy_format_names(void)
{
	static char names[512];
	size_t i, j;

	if (names[0] == '\0') {
		strcpy(names, "combined, combined_extra, common, gandi, ovh, "
		    "vcombined, vcommon, tsv");
		for (i = 0; jy_fmtdrvs[i] != NULL; i++)
			for (j = 0; jy_fmtdrvs[i]->names[j] != NULL; j++)
				if (strlen(names) + strlen(jy_fmtdrvs[i]->
				    names[j]) + 3 < sizeof names) {
					strcat(names, ", ");
					strcat(names, jy_fmtdrvs[i]->names[j]);
				}
	}
	return names;
}

static jy_format *format_alloc(const char *, const char *);

/* The format of a driver's name, or NULL with *st JY_OK if none has it. */
static jy_format *
driver_format(const char *name, jy_status *st, char *err, size_t errlen)
{
	size_t i, j;
	jy_format *f;
	void *ds;

	*st = JY_OK;
	for (i = 0; jy_fmtdrvs[i] != NULL; i++)
		for (j = 0; jy_fmtdrvs[i]->names[j] != NULL; j++) {
			if (strcmp(name, jy_fmtdrvs[i]->names[j]) != 0)
				continue;
			if ((ds = jy_fmtdrvs[i]->open(name, err, errlen)) ==
			    NULL) {
				*st = JY_EUSAGE;
				return NULL;
			}
			f = format_alloc(name, "");
			f->drv = jy_fmtdrvs[i];
			f->ds = ds;
			return f;
		}
	return NULL;
}

static int
add_named(jy_format *f, const char *name, size_t n)
{
	int i;

	for (i = 0; i < f->nnamed; i++)
		if (strlen(f->names[i]) == n &&
		    strncasecmp(f->names[i], name, n) == 0)
			return i;
	if (f->nnamed == JY_MAX_NAMED)
		return -1;
	f->names[f->nnamed] = jy_xmalloc(n + 1);
	memcpy(f->names[f->nnamed], name, n);
	f->names[f->nnamed][n] = '\0';
	if (f->nnamed + 1 > f->nclear)
		f->nclear = f->nnamed + 1;
	return f->nnamed++;
}

static unsigned fast_shape(const jy_format *);

static const unsigned field_of[] = {
	[K_CLIENT] = JY_F_CLIENT, [K_IDENT] = JY_F_IDENT,
	[K_USER] = JY_F_USER, [K_VHOST] = JY_F_VHOST,
	[K_REFERRER] = JY_F_REFERRER, [K_UA] = JY_F_UA,
	[K_METHOD] = JY_F_METHOD, [K_PATH] = JY_F_TARGET,
	[K_PROTOCOL] = JY_F_PROTOCOL,
};

static jy_status
compile_logformat(jy_format *f, char *err, size_t errlen)
{
	char *s = f->spec, *p = s;
	struct tok *t;
	int i;

	while (*p) {
		if (f->ntok >= MAXTOK - 1) {
			jy_errf(err, errlen, "format string has too many "
			    "fields (at most %d)", MAXTOK / 2);
			return JY_EUSAGE;
		}
		t = &f->tok[f->ntok];
		memset(t, 0, sizeof *t);
		if (*p != '%' || p[1] == '%') {
			/* A literal run; "%%" is a literal percent sign. */
			t->kind = K_LIT;
			t->lit = p;
			if (*p == '%') {
				t->lit = ++p;
				p++;
			} else
				while (*p && *p != '%')
					p++;
			t->litn = (size_t)(p - t->lit);
			if (f->ntok > 0 && f->tok[f->ntok - 1].kind == K_LIT) {
				jy_errf(err, errlen, "format string: \"%%%%\" "
				    "next to other text is not supported");
				return JY_EUSAGE;
			}
			f->ntok++;
			continue;
		}
		const char *start = p++;
		const char *arg = NULL;
		size_t argn = 0;
		while (*p == '>' || *p == '<')
			p++;
		if (*p == '{') {
			arg = ++p;
			while (*p && *p != '}')
				p++;
			if (*p != '}') {
				jy_errf(err, errlen, "format string: "
				    "unterminated %%{ at offset %d; write "
				    "%%{NAME}i", (int)(start - s));
				return JY_EUSAGE;
			}
			argn = (size_t)(p - arg);
			p++;
		}
		switch (*p) {
		case 'h': case 'a': t->kind = K_CLIENT; break;
		case 'l': t->kind = K_IDENT; break;
		case 'u': t->kind = K_USER; break;
		case 't':
			if (arg == NULL) {
				t->kind = K_TIME;
				break;
			}
			/* %{FORMAT}t: strftime text, no brackets; sec, msec
			 * and usec are epoch times. */
			t->kind = K_TIMEFMT;
			t->named = 1;
			if (argn > 6 && (strncmp(arg, "begin:", 6) == 0)) {
				arg += 6;
				argn -= 6;
			} else if (argn > 4 && strncmp(arg, "end:", 4) == 0) {
				arg += 4;
				argn -= 4;
			}
			if ((argn == 3 && memcmp(arg, "sec", 3) == 0) ||
			    (argn == 4 && memcmp(arg, "msec", 4) == 0) ||
			    (argn == 4 && memcmp(arg, "usec", 4) == 0)) {
				t->named = argn == 3 ? 1 : arg[0] == 'm' ?
				    1000 : 1000000;
				t->lit = "%s";
			} else {
				/* The spec is ours: end the format at '}'. */
				s[arg + argn - s] = '\0';
				t->lit = arg;
			}
			break;
		case 'r': t->kind = K_REQUEST; break;
		case 's': t->kind = K_STATUS; break;
		case 'b': case 'B': t->kind = K_BYTES; break;
		case 'v': case 'V': t->kind = K_VHOST; break;
		case 'm': t->kind = K_METHOD; break;
		case 'U': t->kind = K_PATH; break;
		case 'q': t->kind = K_QUERY; break;
		case 'H': t->kind = K_PROTOCOL; break;
		case 'i':
			if (arg == NULL)
				goto bad;
			if ((argn == 7 && strncasecmp(arg, "Referer", 7) == 0) ||
			    (argn == 8 && strncasecmp(arg, "Referrer", 8) == 0))
				t->kind = K_REFERRER;
			else if (argn == 10 &&
			    strncasecmp(arg, "User-Agent", 10) == 0)
				t->kind = K_UA;
			else {
				if (argn == 4 && strncasecmp(arg, "Host", 4) == 0)
					f->logs |= 1u << JY_F_VHOST;
				t->kind = K_NAMED;
			}
			break;
		case 'C':
			if (arg == NULL)
				goto bad;
			t->kind = K_NAMED;
			break;
		case 'o':
			/* The response's Content-Type tells assets from
			 * pages (filter.c); other response headers are not
			 * looked at.  It takes W3C's name for it. */
			t->kind = K_SKIP;
			if (arg != NULL && argn == 12 &&
			    strncasecmp(arg, "Content-Type", 12) == 0) {
				t->kind = K_NAMED;
				arg = JY_CTYPE_NAME;
				argn = strlen(arg);
			}
			break;
		case 'D': case 'T': case 'I': case 'O': case 'S': case 'p':
		case 'P': case 'k': case 'X': case 'e': case 'f': case 'L':
		case 'n': case 'R': case 'A': case 'M':
			t->kind = K_SKIP;
			break;
		default:
		bad:
			jy_errf(err, errlen, "format string: unsupported "
			    "specifier \"%.*s\" at offset %d; supported: %%h "
			    "%%a %%l %%u %%t %%r %%s %%>s %%b %%B %%v %%m %%U "
			    "%%q %%H %%D %%T %%{NAME}i %%{NAME}C",
			    (int)(p - start + (*p != '\0')), start,
			    (int)(start - s));
			return JY_EUSAGE;
		}
		if (t->kind == K_NAMED &&
		    (t->named = add_named(f, arg, argn)) < 0) {
			jy_errf(err, errlen, "format string: more than %d "
			    "%%{NAME} fields", JY_MAX_NAMED);
			return JY_EUSAGE;
		}
		if (t->kind < sizeof field_of / sizeof field_of[0] &&
		    t->kind != K_LIT && (field_of[t->kind] || t->kind ==
		    K_CLIENT))
			f->logs |= 1u << field_of[t->kind];
		if (t->kind == K_REQUEST)
			f->logs |= 1u << JY_F_METHOD | 1u << JY_F_TARGET |
			    1u << JY_F_PROTOCOL;
		if (t->kind == K_QUERY)
			f->logs |= 1u << JY_F_TARGET;
		p++;
		/* %U%q is the one pair that needs no separator: the query
		 * string begins at the '?'. */
		if (f->ntok > 0 && f->tok[f->ntok - 1].kind != K_LIT &&
		    !(t->kind == K_QUERY &&
		    f->tok[f->ntok - 1].kind == K_PATH)) {
			jy_errf(err, errlen, "format string: two fields "
			    "with nothing between them at offset %d",
			    (int)(start - s));
			return JY_EUSAGE;
		}
		f->ntok++;
	}
	/* A field between a literal ending in '"' and one starting with it. */
	for (i = 1; i + 1 < f->ntok; i++) {
		struct tok *a = &f->tok[i - 1], *b = &f->tok[i + 1];
		if (f->tok[i].kind != K_LIT && a->litn > 0 &&
		    a->lit[a->litn - 1] == '"' && b->litn > 0 && b->lit[0] == '"')
			f->tok[i].quoted = 1;
	}
	if (f->ntok == 0 || !(f->logs & (1u << JY_F_TARGET))) {
		jy_errf(err, errlen, "format string \"%s\" logs no request: "
		    "add %%r (or %%U)", f->spec);
		return JY_EUSAGE;
	}
	f->fast = fast_shape(f);
	for (i = 0; i < f->ntok; i++)
		if (f->tok[i].kind == K_TIME || f->tok[i].kind == K_TIMEFMT)
			return JY_OK;
	jy_errf(err, errlen, "format string \"%s\" logs no time: add %%t",
	    f->spec);
	return JY_EUSAGE;
}

static jy_format *
format_alloc(const char *name, const char *spec)
{
	jy_format *f = jy_xcalloc(1, sizeof *f);

	f->name = jy_xstrdup(name);
	f->spec = jy_xstrdup(spec);
	f->ctype = -2;
	return f;
}

static jy_format *
tsv_new(void)
{
	jy_format *f = format_alloc("tsv", "");

	f->tsv = 1;
	return f;
}

/*
 * An nginx log_format string as the LogFormat string that reads the same
 * lines: $remote_addr is %h, "[$time_local]" is %t, and so on.  Variables
 * that say nothing about the journey ($request_time, $upstream_*...)
 * become fields that are skipped.  Returns a new string, or NULL.
 */
static char *
from_nginx(const char *s, char *err, size_t errlen)
{
	static const struct {
		const char	*var, *fmt;
	} vars[] = {
		{ "remote_addr", "%h" }, { "realip_remote_addr", "%h" },
		{ "binary_remote_addr", "%D" }, { "remote_user", "%u" },
		{ "time_iso8601", "%{%Y-%m-%dT%H:%M:%S%z}t" },
		{ "msec", "%{%s}t" },
		{ "time_local", "%{%d/%b/%Y:%H:%M:%S %z}t" },
		{ "request", "%r" }, { "request_method", "%m" },
		{ "request_uri", "%U" }, { "uri", "%U" },
		{ "document_uri", "%U" }, { "server_protocol", "%H" },
		{ "status", "%>s" }, { "body_bytes_sent", "%B" },
		{ "bytes_sent", "%B" }, { "host", "%v" },
		{ "server_name", "%v" }, { "http_host", "%v" },
		{ "http_referer", "%{Referer}i" },
		{ "http_user_agent", "%{User-Agent}i" },
	};
	struct jy_buf b = { 0 };
	const char *p = s, *v;
	size_t n, i;

	while (*p) {
		if (*p == '%') {
			jy_buf_add(&b, "%%", 2);
			p++;
			continue;
		}
		if (*p != '$') {
			jy_buf_addc(&b, *p++);
			continue;
		}
		p++;
		int brace = *p == '{';
		v = p + brace;
		for (n = 0; (v[n] >= 'a' && v[n] <= 'z') || (v[n] >= 'A' &&
		    v[n] <= 'Z') || (v[n] >= '0' && v[n] <= '9') || v[n] == '_';
		    n++)
			;
		if (n == 0 || (brace && v[n] != '}')) {
			jy_errf(err, errlen, "log_format string: bad variable "
			    "at \"$%.20s\"", p);
			jy_buf_free(&b);
			return NULL;
		}
		p = v + n + brace;
		/* "[$time_local]" is exactly what %t reads. */
		if (n == 10 && memcmp(v, "time_local", 10) == 0 && b.n > 0 &&
		    b.p[b.n - 1] == '[' && *p == ']') {
			b.n--;
			jy_buf_add(&b, "%t", 2);
			p++;
			continue;
		}
		for (i = 0; i < sizeof vars / sizeof vars[0]; i++)
			if (strlen(vars[i].var) == n &&
			    memcmp(vars[i].var, v, n) == 0)
				break;
		if (i < sizeof vars / sizeof vars[0]) {
			jy_buf_add(&b, vars[i].fmt, strlen(vars[i].fmt));
		} else if (n == 22 && memcmp(v, "sent_http_content_type",
		    22) == 0) {
			jy_buf_add(&b, "%{Content-Type}o", 16);
		} else if (n > 5 && (memcmp(v, "http_", 5) == 0 ||
		    memcmp(v, "cookie_", 7) == 0)) {
			/* $http_x_forwarded_for is the X-Forwarded-For header,
			 * $cookie_NAME the cookie NAME. */
			int ck = v[0] == 'c';
			size_t k0 = ck ? 7 : 5, k;
			jy_buf_add(&b, "%{", 2);
			for (k = k0; k < n; k++)
				jy_buf_addc(&b, ck ? v[k] : v[k] == '_' ? '-' :
				    v[k]);
			jy_buf_add(&b, ck ? "}C" : "}i", 2);
		} else
			jy_buf_add(&b, "%D", 2);	/* kept out */
	}
	jy_buf_addc(&b, '\0');
	return b.p;
}

jy_status
jy_format_compile(const char *spec, jy_format **out, char *err, size_t errlen)
{
	jy_format *f;
	size_t i;

	*out = NULL;
	if (strcmp(spec, "tsv") == 0) {
		*out = tsv_new();
		return JY_OK;
	}
	for (i = 0; i < NPRESET; i++)
		if (strcmp(spec, presets[i].name) == 0)
			break;
	if (i == NPRESET) {
		jy_status st;
		if ((f = driver_format(spec, &st, err, errlen)) != NULL ||
		    st != JY_OK) {
			*out = f;
			return st;
		}
	}
	if (i == NPRESET && strchr(spec, '%') == NULL &&
	    strchr(spec, '$') == NULL) {
		jy_errf(err, errlen, "unknown format \"%s\": use one of %s, or "
		    "an Apache LogFormat string", spec, jy_format_names());
		return JY_EUSAGE;
	}
	if (i == NPRESET && strchr(spec, '$') != NULL &&
	    strchr(spec, '%') == NULL) {
		char *ap = from_nginx(spec, err, errlen);
		if (ap == NULL)
			return JY_EUSAGE;
		f = format_alloc("nginx", ap);
		free(ap);
	} else
		f = i < NPRESET ? format_alloc(presets[i].name,
		    presets[i].spec) : format_alloc("custom", spec);
	if (i < NPRESET)
		f->trailing = presets[i].trailing;
	if (compile_logformat(f, err, errlen) != JY_OK) {
		jy_format_free(f);
		return JY_EUSAGE;
	}
	*out = f;
	return JY_OK;
}

static int tsv_header(jy_format *, jy_span);

/*
 * An event stream's format as the last header (or the default columns)
 * made it: that header read again.  None before the columns are known.
 */
static jy_format *
tsv_clone(const jy_format *f)
{
	jy_format *c;

	if (f->ncol == 0)
		return NULL;
	c = tsv_new();
	jy_buf_addc(&c->scratch, '#');
	jy_buf_add(&c->scratch, f->hdr.p, f->hdr.n);
	if (tsv_header(c, (jy_span){ c->scratch.p, c->scratch.n }) != 0) {
		jy_format_free(c);
		return NULL;
	}
	c->scratch.n = 0;
	c->has_header = f->has_header;
	c->trailing = f->trailing;
	jy_format_set_timefmt(c, f->timefmt);
	return c;
}

/*
 * A copy of f that parses the same lines the same way, for another
 * thread (input.c), or NULL where parsing keeps state that lines change:
 * W3C's directives (a driver that resets).  An event stream's header
 * changes its columns too, so the caller gives a copy of one no line
 * that begins with '#': it parses that itself and copies again.
 */
jy_format *
jy_format_clone(const jy_format *f)
{
	jy_format *c;
	jy_status st;

	if (f->tsv)
		return tsv_clone(f);
	if (f->drv != NULL && f->drv->reset != NULL)
		return NULL;
	if (f->drv != NULL)
		c = driver_format(f->name, &st, NULL, 0);
	else {
		c = format_alloc(f->name, f->spec);
		c->trailing = f->trailing;
		if (compile_logformat(c, NULL, 0) != JY_OK) {
			jy_format_free(c);
			c = NULL;
		}
	}
	if (c != NULL)
		jy_format_set_timefmt(c, f->timefmt);
	return c;
}

/* For the tests that hold parse_fast to parse_log. */
int
jy_format_fast(const jy_format *f)
{
	return f->fast != 0;
}

void
jy_format_fast_off(jy_format *f)
{
	f->fast = 0;
}

int
jy_format_lenient(const jy_format *f)
{
	return f->lenient;
}

void
jy_format_reset(jy_format *f)
{
	if (f->drv != NULL)
		f->ctype = -2;	/* the next file's directives say */
	if (f->drv != NULL && f->drv->reset != NULL)
		f->drv->reset(f->ds);
}

void
jy_format_set_timefmt(jy_format *f, const char *fmt)
{
	free(f->timefmt);
	f->timefmt = fmt != NULL ? jy_xstrdup(fmt) : NULL;
}

const char *
jy_format_name(const jy_format *f)
{
	return f->name;
}

int
jy_format_is_tsv(const jy_format *f)
{
	return f->tsv;
}

int
jy_format_logs(const jy_format *f, int field)
{
	if (f->drv != NULL)
		return (f->drv->logs(f->ds) >> field) & 1;
	return (f->logs >> field) & 1;
}

int
jy_format_named(const jy_format *f, const char *name)
{
	int i;

	if (f->drv != NULL)
		return f->drv->named(f->ds, name);
	for (i = 0; i < f->nnamed; i++)
		if (strcasecmp(f->names[i], name) == 0)
			return i;
	return -1;
}

int
jy_format_nnamed(const jy_format *f)
{
	return f->drv != NULL ? JY_MAX_NAMED : f->nclear;
}

int
jy_format_tsv_has(const jy_format *f, const char *name)
{
	const char *p, *end, *e;
	size_t n = strlen(name);

	if (!f->tsv || !f->has_header)
		return 0;
	for (p = f->hdr.p, end = p + f->hdr.n; p != NULL && p <= end;
	    p = e + 1) {
		if ((e = memchr(p, '\t', (size_t)(end - p))) == NULL)
			e = end;
		if ((size_t)(e - p) == n && strncasecmp(p, name, n) == 0)
			return 1;
		if (e == end)
			break;
	}
	return 0;
}

void
jy_format_free(jy_format *f)
{
	int i;

	if (f == NULL)
		return;
	for (i = 0; i < f->nnamed; i++)
		free(f->names[i]);
	if (f->drv != NULL)
		f->drv->free(f->ds);
	free(f->timefmt);
	free(f->col);
	jy_buf_free(&f->hdr);
	jy_buf_free(&f->scratch);
	free(f->name);
	free(f->spec);
	free(f);
}

/* The bytes of v that are c, by their top bits: a zero byte of v xor
 * c's, found as in Hacker's Delight 6-1.  The borrow marks only bytes
 * after the first, so the lowest bit is exact. */
static inline uint64_t
bytes_eq(uint64_t v, unsigned char c)
{
	const uint64_t ones = 0x0101010101010101ULL;

	v ^= ones * c;
	return (v - ones) & ~v & (ones << 7);
}

/*
 * The first c in [p, end), or end.  Unquoted fields are short: a word
 * at a time beats both a byte loop and a call to memchr.
 */
static inline const char *
scan_to(const char *p, const char *end, char c)
{
	uint64_t z;

#ifdef __SSE2__
	/* Sixteen at a time where SSE2 is (every x86-64): most fields
	 * end in the first sixteen bytes. */
	const __m128i cv = _mm_set1_epi8(c);
	for (; end - p >= 16; p += 16) {
		unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(
		    _mm_loadu_si128((const __m128i *)(const void *)p), cv));
		if (m != 0)
			return p + __builtin_ctz(m);
	}
#endif
	for (; end - p >= 8; p += 8)
		if ((z = bytes_eq(jy_load64(p), (unsigned char)c)) != 0)
			return p + (__builtin_ctzll(z) >> 3);
	while (p < end && *p != c)
		p++;
	return p;
}

/* Literals are a few bytes: compared in place, not by a call. */
static inline int
lit_eq(const char *p, const char *lit, size_t n)
{
	size_t i;

	if (n > 8)
		return memcmp(p, lit, n) == 0;
	for (i = 0; i < n; i++)
		if (p[i] != lit[i])
			return 0;
	return 1;
}

/*
 * Does the text after q, a candidate closing quote, fit what the format
 * says comes next?  next is the literal after the field; it starts with '"'.
 */
static int
quote_fits(const char *q, const char *end, const struct tok *next,
    int last, int trailing)
{
	const char *rest = q + 1;
	size_t left = (size_t)(end - rest);

	if (next->litn > 1)
		return left >= next->litn - 1 &&
		    lit_eq(rest, next->lit + 1, next->litn - 1);
	if (last)
		return left == 0 || (trailing && *rest == ' ');
	return 1;
}

/* Span of a field, unescaped into scratch when it holds a backslash. */
static jy_span
field_span(jy_format *f, const char *p, size_t n, int quoted)
{
	jy_span s = { p, n };

	if (quoted && memchr(p, '\\', n) != NULL) {
		s.p = f->scratch.p + f->scratch.n;
		size_t before = f->scratch.n;
		jy_unescape(&f->scratch, p, n);
		s.n = f->scratch.n - before;
	}
	return s;
}

int
jy_parse_request(jy_record *r, jy_span req)
{
	const char *sp1, *sp2;

	if (jy_span_dash(req))
		return 0;
	sp1 = scan_to(req.p, req.p + req.n, ' ');
	if (sp1 == req.p + req.n) {
		/* No method: a probe or garbage; keep it as the target. */
		r->f[JY_F_TARGET] = req;
		return 0;
	}
	r->f[JY_F_METHOD].p = req.p;
	r->f[JY_F_METHOD].n = (size_t)(sp1 - req.p);
	/* The last space: most requests end in " HTTP/1.1", eight bytes
	 * that hold none, seen at once. */
	sp2 = req.p + req.n;
	if (req.p + req.n - sp1 > 9 && sp2[-9] == ' ' &&
	    scan_to(sp2 - 8, sp2, ' ') == sp2)
		sp2 -= 8;
	else
		while (sp2 > sp1 + 1 && sp2[-1] != ' ')
			sp2--;
	if (sp2 > sp1 + 1 && req.p + req.n - sp2 >= 5 &&
	    lit_eq(sp2, "HTTP/", 5)) {
		r->f[JY_F_PROTOCOL].p = sp2;
		r->f[JY_F_PROTOCOL].n = (size_t)(req.p + req.n - sp2);
		sp2--;
	} else
		sp2 = req.p + req.n;
	r->f[JY_F_TARGET].p = sp1 + 1;
	r->f[JY_F_TARGET].n = (size_t)(sp2 - sp1 - 1);
	return 0;
}

int
jy_parse_int(const char *p, size_t n, int64_t *out)
{
	int64_t v = 0;
	size_t i;

	if (n == 1 && p[0] == '-') {
		*out = -1;
		return 0;
	}
	if (n == 0 || n > 18)
		return -1;
	for (i = 0; i < n; i++) {
		unsigned c = (unsigned char)p[i] - '0';
		if (c > 9)
			return -1;
		v = v * 10 + c;
	}
	*out = v;
	return 0;
}

/* %v may carry a port (vhost:443); the host is what referrers are
 * compared with.  IPv6 keeps its []. */
static jy_span
vhost_span(jy_span s)
{
	const char *c = s.n ? memchr(s.p, ':', s.n) : NULL;

	if (c != NULL && (s.p[0] != '[' ||
	    memchr(s.p, ']', s.n) < (const void *)c))
		s.n = (size_t)(c - s.p);
	return s;
}

/*
 * The first '"' or '\\' in [p, end), or end: where a quoted field ends,
 * or the escape that sends its line to parse_log.  Sixteen bytes at a
 * time where SSE2 is (every x86-64), eight (as scan_to) elsewhere.  The
 * last field ends the line: its last bytes are the line's last sixteen,
 * read at once (lo, the line's start, says they are there).
 */
static inline const char *
scan_quote(const char *p, const char *end, const char *lo)
{
	uint64_t v, z;

#ifdef __SSE2__
	const __m128i qv = _mm_set1_epi8('"'), bv = _mm_set1_epi8('\\');
	for (; end - p >= 16; p += 16) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
		unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(
		    _mm_cmpeq_epi8(x, qv), _mm_cmpeq_epi8(x, bv)));
		if (m != 0)
			return p + __builtin_ctz(m);
	}
	if (p < end && end - lo >= 16) {
		const char *w = end - 16;
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)w);
		unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(
		    _mm_cmpeq_epi8(x, qv), _mm_cmpeq_epi8(x, bv))) >>
		    (p - w);
		return m != 0 ? p + __builtin_ctz(m) : end;
	}
#else
	(void)lo;
#endif
	for (; end - p >= 8; p += 8) {
		/* Each mask's lowest bit is exact, so theirs is. */
		v = jy_load64(p);
		if ((z = bytes_eq(v, '"') | bytes_eq(v, '\\')) != 0)
			return p + (__builtin_ctzll(z) >> 3);
	}
	while (p < end && *p != '"' && *p != '\\')
		p++;
	return p;
}

/* The shapes parse_fast reads: Apache's common and combined, with or
 * without %v before them (vcommon, vcombined), and so combined_extra. */
#define FAST_ON		1u
#define FAST_VHOST	2u	/* "%v " first */
#define FAST_RU		4u	/* ' "%{Referer}i" "%{User-Agent}i"' last */

static unsigned
fast_shape(const jy_format *f)
{
	static const struct {
		enum kind	 kind;
		const char	*lit;
	} clf[] = {
		{ K_CLIENT, 0 }, { K_LIT, " " }, { K_IDENT, 0 }, { K_LIT, " " },
		{ K_USER, 0 }, { K_LIT, " " }, { K_TIME, 0 }, { K_LIT, " \"" },
		{ K_REQUEST, 0 }, { K_LIT, "\" " }, { K_STATUS, 0 },
		{ K_LIT, " " }, { K_BYTES, 0 },
		/* combined's */
		{ K_LIT, " \"" }, { K_REFERRER, 0 }, { K_LIT, "\" \"" },
		{ K_UA, 0 }, { K_LIT, "\"" },
	};
	const struct tok *t = f->tok;
	unsigned shape = FAST_ON;
	int n = f->ntok, i;

	if (n >= 2 && t[0].kind == K_VHOST && t[1].kind == K_LIT &&
	    t[1].litn == 1 && t[1].lit[0] == ' ') {
		shape |= FAST_VHOST;
		t += 2;
		n -= 2;
	}
	if (n == (int)(sizeof clf / sizeof clf[0]))
		shape |= FAST_RU;
	else if (n != 13)
		return 0;
	for (i = 0; i < n; i++)
		if (t[i].kind != clf[i].kind || (t[i].kind == K_LIT &&
		    (t[i].litn != strlen(clf[i].lit) ||
		    memcmp(t[i].lit, clf[i].lit, t[i].litn) != 0)))
			return 0;
	return shape;
}

/*
 * A line of a fast_shape format read without the interpreter: each
 * field's end found by what the format says follows it, and each quoted
 * field's by one scan for its quote or an escape.  Returns 1 with r
 * filled as parse_log fills it, or 0 where parse_log has to weigh the
 * line token by token (an escape, a quote inside a field, a field that
 * does not parse): it is then parsed again from scratch, error messages
 * and all.  tests/fuzz/fuzz_fastparse.c and the unit tests hold the two
 * to each other.  The shapes log no named field, so parse_log's Host
 * header never stands in for an empty %v here.
 */
static int
parse_fast(const jy_format *f, jy_span line, jy_record *r)
{
	const char *p = line.p, *end = line.p + line.n, *e;
	int64_t v;

#define FAST_FIELD(k) do {						\
	if ((e = scan_to(p, end, ' ')) == end)				\
		return 0;						\
	r->f[k] = (jy_span){ p, (size_t)(e - p) };			\
	p = e + 1;							\
} while (0)
	if (f->fast & FAST_VHOST) {
		FAST_FIELD(JY_F_VHOST);
		r->f[JY_F_VHOST] = vhost_span(r->f[JY_F_VHOST]);
	}
	FAST_FIELD(JY_F_CLIENT);
	FAST_FIELD(JY_F_IDENT);
	FAST_FIELD(JY_F_USER);
#undef FAST_FIELD
	/* [time] ": a time that parses is 26 bytes with no ']' in them,
	 * so the one after them is the first, as parse_log looks for. */
	if (end - p < 30 || p[0] != '[' || p[27] != ']' || p[28] != ' ' ||
	    p[29] != '"' || jy_parse_clf_time(p + 1, 26, &r->time) != 0)
		return 0;
	p += 30;
	/* request" status */
	e = scan_quote(p, end, line.p);
	if (end - e < 2 || e[0] != '"' || e[1] != ' ')
		return 0;
	jy_parse_request(r, (jy_span){ p, (size_t)(e - p) });
	p = e + 2;
	if ((e = scan_to(p, end, ' ')) == end ||
	    jy_parse_int(p, (size_t)(e - p), &v) != 0 || v > 999)
		return 0;
	r->status = (int)v;
	p = e + 1;
	if (!(f->fast & FAST_RU)) {
		/* The byte count ends the line (or, trailing, a space). */
		e = f->trailing ? scan_to(p, end, ' ') : end;
		if (jy_parse_int(p, (size_t)(e - p), &v) != 0)
			return 0;
		r->bytes = v;
		return 1;
	}
	/* bytes "referrer" "user-agent" */
	if ((e = scan_to(p, end, ' ')) == end || end - e < 2 || e[1] != '"' ||
	    jy_parse_int(p, (size_t)(e - p), &v) != 0)
		return 0;
	r->bytes = v;
	p = e + 2;
	e = scan_quote(p, end, line.p);
	if (end - e < 3 || e[0] != '"' || e[1] != ' ' || e[2] != '"')
		return 0;
	r->f[JY_F_REFERRER] = (jy_span){ p, (size_t)(e - p) };
	p = e + 3;
	e = scan_quote(p, end, line.p);
	if (e == end || e[0] != '"' || !(e + 1 == end || (f->trailing &&
	    e[1] == ' ')))
		return 0;
	r->f[JY_F_UA] = (jy_span){ p, (size_t)(e - p) };
	return 1;
}

static int
parse_log(jy_format *f, jy_span line, jy_record *r, const char **why)
{
	const char *p = line.p, *end = line.p + line.n, *e;
	jy_span query = { NULL, 0 };
	int i;
	int64_t v;
	/* Escapes are rare: one look at the whole line spares a look at
	 * each quoted field. */
	int esc = memchr(line.p, '\\', line.n) != NULL;

	/* The end in a local: the record's stores might alias f for all
	 * the compiler knows. */
	const struct tok *t, *tend = f->tok + f->ntok;
	for (t = f->tok; t < tend; t++) {
		const struct tok *next = t + 1 < tend ? t + 1 : NULL;

		if (t->kind == K_LIT) {
			/* Most literals are a byte or two: no call for them. */
			if ((size_t)(end - p) < t->litn || p[0] != t->lit[0] ||
			    (t->litn > 1 && !lit_eq(p + 1, t->lit + 1,
			    t->litn - 1))) {
				*why = "does not match the format";
				return -1;
			}
			p += t->litn;
			continue;
		}
		if (t->kind == K_TIME) {
			if (p == end || *p != '[' ||
			    (e = memchr(p, ']', (size_t)(end - p))) == NULL) {
				*why = "bad or missing [time]";
				return -1;
			}
			if (f->timefmt != NULL ? jy_strptime(f->timefmt, p + 1,
			    (size_t)(e - p - 1), &r->time) != e - p - 1 :
			    jy_parse_clf_time(p + 1, (size_t)(e - p - 1),
			    &r->time) != 0) {
				*why = f->timefmt != NULL ? "time does not fit "
				    "--time-format" : "bad or missing [time]";
				return -1;
			}
			p = e + 1;
			continue;
		}
		if (t->kind == K_TIMEFMT) {
			/* The format says where the time ends. */
			int used = jy_strptime(t->lit, p, (size_t)(end - p),
			    &r->time);
			if (used <= 0) {
				*why = "time does not fit the format's %{...}t";
				return -1;
			}
			if (t->named > 1)
				r->time /= t->named;
			p += used;
			continue;
		}
		/* Where the field's end was found by the literal after
		 * it, the literal is checked here, not on a turn of its
		 * own: half the turns, for most formats. */
		int fuse = 0;
		if (t->quoted) {
			/* The closing quote is the first unescaped '"' that
			 * the rest of the format accepts after it, so an
			 * unescaped quote inside a field does no harm. */
			const char *q = p;
			for (;;) {
				q = memchr(q, '"', (size_t)(end - q));
				if (q == NULL) {
					*why = "unterminated quoted field";
					return -1;
				}
				size_t bs = 0;
				while (q - bs > p && q[-1 - (long)bs] == '\\')
					bs++;
				if (bs % 2 == 0 && quote_fits(q, end, next,
				    t + 2 >= tend, f->trailing))
					break;
				f->lenient = 1;
				q++;
			}
			e = q;
			fuse = 1;	/* quote_fits saw the rest of it */
		} else if (next != NULL && next->kind == K_QUERY) {
			/* %U%q: the path ends at the '?' or where the query
			 * would end. */
			const struct tok *after = t + 2 < tend ? t + 2 : NULL;
			const char *qe = after == NULL ? end :
			    memchr(p, after->lit[0], (size_t)(end - p));
			if (qe == NULL) {
				*why = "does not match the format";
				return -1;
			}
			e = memchr(p, '?', (size_t)(qe - p));
			if (e == NULL)
				e = qe;
		} else if (next != NULL) {
			e = scan_to(p, end, next->lit[0]);
			if (e == end) {
				*why = "does not match the format";
				return -1;
			}
			fuse = 2;	/* its first byte */
		} else if (f->trailing) {
			e = memchr(p, ' ', (size_t)(end - p));
			if (e == NULL)
				e = end;
		} else
			e = end;
		jy_span s = field_span(f, p, (size_t)(e - p), t->quoted && esc);
		switch (t->kind) {
		case K_REQUEST:
			jy_parse_request(r, s);
			break;
		case K_STATUS:
			if (jy_parse_int(s.p, s.n, &v) != 0 || v > 999) {
				*why = "bad status";
				return -1;
			}
			r->status = (int)v;
			break;
		case K_BYTES:
			if (jy_parse_int(s.p, s.n, &v) != 0) {
				*why = "bad byte count";
				return -1;
			}
			r->bytes = v;
			break;
		case K_VHOST:
			r->f[JY_F_VHOST] = vhost_span(s);
			break;
		case K_QUERY:
			query = s;
			break;
		case K_NAMED:
			r->named[t->named] = s;
			break;
		case K_SKIP:
			break;
		default:
			r->f[field_of[t->kind]] = s;
			break;
		}
		p = e;
		if (fuse) {
			if (fuse == 2 && next->litn > 1 &&
			    ((size_t)(end - p) < next->litn ||
			    !lit_eq(p + 1, next->lit + 1, next->litn - 1))) {
				*why = "does not match the format";
				return -1;
			}
			p += next->litn;
			t++;
		}
	}
	if (p != end && !(f->trailing && *p == ' ')) {
		*why = "unexpected text after the last field";
		return -1;
	}
	if (query.n > 0 && !jy_span_dash(query)) {
		jy_span path = r->f[JY_F_TARGET];
		char *d = f->scratch.p + f->scratch.n;
		jy_buf_add(&f->scratch, path.p, path.n);
		jy_buf_add(&f->scratch, query.p, query.n);
		r->f[JY_F_TARGET].p = d;
		r->f[JY_F_TARGET].n = path.n + query.n;
	}
	if (f->logs & (1u << JY_F_VHOST) && r->f[JY_F_VHOST].n == 0) {
		i = jy_format_named(f, "Host");
		if (i >= 0)
			r->f[JY_F_VHOST] = r->named[i];
	}
	return 0;
}

/* TSV columns by header name. */
static const struct {
	const char	*name;
	int		 field;
} tsvcols[] = {
	{ "visitor", JY_F_VISITOR }, { "user", JY_F_VISITOR },
	{ "user_id", JY_F_VISITOR }, { "visitor_id", JY_F_VISITOR },
	{ "page", JY_F_PAGE }, { "event", JY_F_PAGE },
	{ "event_name", JY_F_PAGE }, { "url", JY_F_TARGET },
	{ "method", JY_F_METHOD }, { "referrer", JY_F_REFERRER },
	{ "referer", JY_F_REFERRER }, { "ua", JY_F_UA },
	{ "user_agent", JY_F_UA }, { "host", JY_F_VHOST },
	{ "channel", JY_F_CHANNEL }, { "stage", JY_F_STAGE },
	{ "client", JY_F_CLIENT }, { "ip", JY_F_CLIENT },
	{ "session", JY_F_SESSION },
};
#define COL_TIME	100
#define COL_STATUS	101
#define COL_BYTES	102
#define COL_IGNORE	103

#define COL_OTHER	104	/* a name of the user's: a named column */

static int
tsv_known(const char *p, size_t n)
{
	size_t i;

	for (i = 0; i < sizeof tsvcols / sizeof tsvcols[0]; i++)
		if (strlen(tsvcols[i].name) == n &&
		    strncasecmp(tsvcols[i].name, p, n) == 0)
			return tsvcols[i].field;
	jy_span s = { p, n };
	if (jy_span_caseeq(s, "time") || jy_span_caseeq(s, "timestamp") ||
	    jy_span_caseeq(s, "ts") || jy_span_caseeq(s, "epoch"))
		return COL_TIME;
	if (jy_span_caseeq(s, "status"))
		return COL_STATUS;
	if (jy_span_caseeq(s, "bytes"))
		return COL_BYTES;
	return COL_OTHER;
}

static int
tsv_column(jy_format *f, const char *p, size_t n)
{
	int c = tsv_known(p, n);

	if (c != COL_OTHER)
		return c;
	int k = add_named(f, p, n);
	return k < 0 ? COL_IGNORE : -1 - k;
}

/* A header line: "#col<TAB>col...".  Returns 0, or -1 if it is not one. */
static int
tsv_header(jy_format *f, jy_span line)
{
	const char *p = line.p + 1, *end = line.p + line.n, *e;
	int ncol = 0, seen_time = 0, seen_key = 0, c, i;

	if (line.n < 2 || line.p[0] != '#' || memchr(line.p, '\t', line.n) ==
	    NULL)
		return -1;
	/* A comment is not a header: look before changing anything. */
	for (; p <= end && !(seen_time && seen_key); p = e + 1) {
		if ((e = memchr(p, '\t', (size_t)(end - p))) == NULL)
			e = end;
		c = tsv_known(p, (size_t)(e - p));
		seen_time |= c == COL_TIME;
		seen_key |= c == JY_F_VISITOR || c == JY_F_PAGE;
	}
	if (!seen_time || !seen_key)
		return -1;
	for (i = 0; i < f->nnamed; i++)
		free(f->names[i]);
	f->nnamed = 0;
	seen_time = 0;
	/* Any number of columns (a byte each, so at most the line's
	 * length); those past the named ones are ignored. */
	for (p = line.p + 1; p <= end; p = e + 1) {
		if ((e = memchr(p, '\t', (size_t)(end - p))) == NULL)
			e = end;
		c = tsv_column(f, p, (size_t)(e - p));
		/* "epoch" and "time" may both be there: the first one wins. */
		if (c == COL_TIME && seen_time)
			c = COL_IGNORE;
		seen_time |= c == COL_TIME;
		if ((size_t)ncol == f->colcap) {
			f->colcap = f->colcap ? 2 * f->colcap : 16;
			f->col = jy_xrealloc(f->col, f->colcap);
		}
		f->col[ncol++] = (signed char)c;
	}
	f->ncol = ncol;
	f->has_header = 1;
	f->ctype = -2;		/* looked up again among these names */
	f->hdr.n = 0;
	jy_buf_add(&f->hdr, line.p + 1, line.n - 1);
	f->logs = 0;
	for (i = 0; i < ncol; i++)
		if (f->col[i] >= 0 && f->col[i] < JY_F_NFIXED)
			f->logs |= 1u << f->col[i];
	return 0;
}

static void
tsv_default(jy_format *f)
{
	static const char hdr[] =
	    "#session\tvisitor\tseq\ttime\tpage\tstatus\tchannel";
	jy_span s = { hdr, sizeof hdr - 1 };

	tsv_header(f, s);
	f->has_header = 0;
}

static int
parse_tsv(jy_format *f, jy_span line, jy_record *r, const char **why)
{
	const char *p = line.p, *end = line.p + line.n, *e;
	int i, c, have_time = 0;
	int64_t v;

	if (line.n > 0 && line.p[0] == '#') {
		if (tsv_header(f, line) == 0)
			return 1;
		if (!f->has_header && f->ncol == 0)
			tsv_default(f);
		return 1;		/* a comment */
	}
	if (f->ncol == 0)
		tsv_default(f);
	for (i = 0; i < f->ncol && p <= end; i++) {
		e = memchr(p, '\t', (size_t)(end - p));
		if (e == NULL)
			e = end;
		jy_span s = field_span(f, p, (size_t)(e - p), 1);
		c = f->col[i];
		if (c == COL_TIME) {
			if (jy_parse_time(s, &r->time) != 0) {
				*why = "bad time (want ISO 8601 UTC or epoch "
				    "seconds)";
				return -1;
			}
			have_time = 1;
		} else if (c == COL_STATUS) {
			if (jy_parse_int(s.p, s.n, &v) != 0 || v > 999) {
				*why = "bad status";
				return -1;
			}
			r->status = (int)v;
		} else if (c == COL_BYTES) {
			if (jy_parse_int(s.p, s.n, &v) != 0) {
				*why = "bad byte count";
				return -1;
			}
			r->bytes = v;
		} else if (c >= 0 && c < JY_F_NFIXED)
			r->f[c] = s;
		else if (c < 0)
			r->named[-1 - c] = s;
		p = e + 1;
	}
	if (i < f->ncol || p <= end) {
		*why = i < f->ncol ? "too few columns" : "too many columns";
		return -1;
	}
	if (!have_time) {
		*why = "no time";
		return -1;
	}
	return 0;
}

/* Empty spans point at "", never NULL: p + 0 and memchr(p, c, 0) are
 * then defined wherever a field goes.  Copied from a record made so
 * once: a few wide moves, not a loop.  Of the named spans, only those a
 * name of this format was ever given (all, for a driver's, which names
 * its own): a log's format names none or a few, and the 16 were half
 * of the bytes cleared for each line (record_clear was 2.5% of a 1 GB
 * run's CPU). */
static void
record_clear(const jy_format *f, jy_record *r)
{
	static const jy_span none[JY_F_NFIXED + JY_MAX_NAMED] = {
		[0 ... JY_F_NFIXED + JY_MAX_NAMED - 1] = { "", 0 }
	};
	int i, n = jy_format_nnamed(f);

	memcpy(r->f, none, sizeof r->f);
	for (i = 0; i < n; i++)
		r->named[i] = none[0];
	r->status = -1;
	r->bytes = -1;
	r->time = 0;
	r->ctype = (jy_span){ "", 0 };
}

int
jy_format_parse(jy_format *f, jy_span line, jy_record *r, const char **why)
{
	int rc;

	record_clear(f, r);
	f->scratch.n = 0;
	f->lenient = 0;
	/* Unescaping never lengthens, so one reservation keeps spans valid. */
	jy_buf_reserve(&f->scratch, line.n * 2 + 16);
	if (f->drv != NULL) {
		rc = f->drv->parse(f->ds, line, r, &f->scratch, why);
		r->has = f->drv->logs(f->ds);
	} else if (f->tsv) {
		rc = parse_tsv(f, line, r, why);
		/* The header, read by that call, says what is logged. */
		r->has = f->logs;
	} else {
		r->has = f->logs;
		if (f->fast != 0 && f->timefmt == NULL && parse_fast(f, line, r))
			rc = 0;
		else {
			if (f->fast != 0)
				record_clear(f, r);
			rc = parse_log(f, line, r, why);
		}
	}
	/* ISO 8601 has four digits for the year: a time it cannot write
	 * (10000-01-01 written as 9999-...) would make time run back. */
	if (rc == 0 && (r->time < JY_TIME_MIN || r->time > JY_TIME_MAX)) {
		*why = "time outside the years 0000 to 9999";
		rc = -1;
	}
	if (f->ctype == -2)
		f->ctype = f->drv != NULL && strcmp(f->drv->names[0], "w3c") == 0 ?
		    f->drv->named(f->ds, JY_CTYPE_NAME) : f->drv != NULL ? -1 :
		    jy_format_named(f, JY_CTYPE_NAME);
	if (rc == 0 && f->ctype >= 0)
		r->ctype = r->named[f->ctype];
	return rc;
}

/*
 * Detection: each candidate parses the sample; the one that parses the
 * most lines without taking a quote inside a field for literal text wins
 * (so combined does not swallow the extra fields of combined_extra into
 * its User-Agent), then the one that parses the most lines at all; ties
 * go to the earlier (more specific) preset.  fits, if not NULL, gets for
 * each line whether any candidate took it (parsed or skipped it).
 */
jy_format *
jy_format_detect(const jy_span *lines, size_t n, const char *timefmt,
    char *fits)
{
	jy_format *best = NULL, *f;
	jy_record rec;
	const char *why;
	size_t i, k, ok, clean, bestok = 0, bestclean = 0;

	if (fits != NULL)
		memset(fits, 0, n);
	for (i = 0; i < n; i++)
		if (lines[i].n > 0)
			break;
	if (i < n && lines[i].p[0] == '#') {
		f = tsv_new();
		if (tsv_header(f, lines[i]) == 0) {
			if (fits != NULL)
				for (i = 0; i < n; i++)
					fits[i] = lines[i].n > 0 &&
					    jy_format_parse(f, lines[i], &rec,
					    &why) >= 0;
			return f;
		}
		jy_format_free(f);
	}
	size_t ndrv = 0, d;
	while (jy_fmtdrvs[ndrv] != NULL)
		ndrv++;
	for (k = 0; k <= NPRESET + ndrv; k++) {
		if (k < NPRESET) {
			jy_format_compile(presets[k].name, &f, NULL, 0);
			jy_format_set_timefmt(f, timefmt);
		} else if (k == NPRESET)
			f = tsv_new();
		else {
			jy_status st;
			d = k - NPRESET - 1;
			if (!jy_fmtdrvs[d]->detect)
				continue;
			f = driver_format(jy_fmtdrvs[d]->names[0], &st, NULL,
			    0);
			if (f == NULL)
				continue;
		}
		ok = clean = 0;
		for (i = 0; i < n; i++) {
			int rc;
			if (lines[i].n == 0)
				continue;
			rc = jy_format_parse(f, lines[i], &rec, &why);
			if (fits != NULL && rc >= 0)
				fits[i] = 1;
			if (rc == 0) {
				ok++;
				clean += !f->lenient;
			}
		}
		if (clean > bestclean || (clean == bestclean && ok > bestok)) {
			jy_format_free(best);
			best = f;
			bestok = ok;
			bestclean = clean;
		} else
			jy_format_free(f);
	}
	return best;
}
