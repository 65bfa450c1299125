/*
 * fmt_w3c.c - the W3C extended log file format, as IIS, CloudFront (web
 * distributions), NetScaler, Incapsula and SHOUTcast write it, and the
 * older comma-separated native format of IIS.
 *
 * A W3C log describes itself: a "#Fields:" directive names the fields of
 * the lines after it, in any order, and may come again mid-file with
 * another list (IIS writes its directives anew at every restart).  Lines
 * are read by the names of the last directive; a line before any is
 * malformed, so a log of another format never passes for W3C.  Values are
 * separated by spaces, or by TABs where the line has TABs (CloudFront);
 * a value may be quoted ("...", Incapsula, IIS Advanced Logging).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "internal.h"

enum wkind {
	W_OTHER, W_DATE, W_TIME, W_DATELOC, W_TIMELOC, W_DATETIME, W_CLIENT,
	W_USER, W_METHOD, W_STEM, W_QUERY, W_URI, W_PROTO, W_STATUS,
	W_BYTES, W_UA, W_REF, W_HOST, W_XHOST, W_COOKIE, W_NKIND
};

/* Field names (any case) the journey needs; the rest are only named. */
static const struct {
	const char	*name;
	enum wkind	 kind;
} wnames[] = {
	{ "date", W_DATE }, { "time", W_TIME },
	{ "date-local", W_DATELOC }, { "time-local", W_TIMELOC },
	{ "datetime", W_DATETIME }, { "date-time", W_DATETIME },
	{ "c-ip", W_CLIENT }, { "cs-username", W_USER },
	{ "cs-method", W_METHOD }, { "cs-uri-stem", W_STEM },
	{ "cs-uri-query", W_QUERY }, { "cs-uri", W_URI },
	{ "cs-version", W_PROTO }, { "cs-protocol-version", W_PROTO },
	{ "sc-status", W_STATUS }, { "c-status", W_STATUS },
	{ "sc-bytes", W_BYTES },
	{ "cs(User-Agent)", W_UA }, { "c-user-agent", W_UA },
	{ "cs(Referer)", W_REF }, { "cs(Referrer)", W_REF },
	{ "c-referrer", W_REF },
	{ "cs-host", W_HOST }, { "cs(Host)", W_HOST },
	{ "x-host-header", W_XHOST }, { "cs(Cookie)", W_COOKIE },
};

#define W3C_MAXF	256

struct w3c {
	int		 cloudfront;	/* -F cloudfront */
	int		 cf;		/* values are %XX-encoded */
	int		 nf;		/* fields of the last #Fields */
	int		 seen;		/* a #Fields directive was read */
	const char	*unusable;	/* why its lines give no request */
	int		 col[W_NKIND];	/* column of each kind, or -1 */
	int		 dcol, tcol;	/* date and time (UTC, else local) */
	unsigned	 logs;
	struct jy_buf	 names;		/* field names, each NUL-terminated */
	size_t		 noff[W3C_MAXF];
	char		*slot[JY_MAX_NAMED];	/* names asked for by named() */
	int		 nslot;
	int		 slotcol[JY_MAX_NAMED];	/* column, or -1: a cookie */
	jy_span		 v[W3C_MAXF];	/* the values of the line */
	unsigned char	 vq[W3C_MAXF];	/* ...and which were quoted */
	char		 why[96];
};

static const char *
fname(const struct w3c *w, int i)
{
	return w->names.p + w->noff[i];
}

/* The column a name asked for reads: the field of that name, or the
 * request header "cs(NAME)"; X-Forwarded-For is also Incapsula's s-xff. */
static int
match_col(const struct w3c *w, const char *name)
{
	size_t n = strlen(name);
	int i;

	for (i = 0; i < w->nf; i++)
		if (strcasecmp(fname(w, i), name) == 0)
			return i;
	for (i = 0; i < w->nf; i++) {
		const char *f = fname(w, i);
		if (strncasecmp(f, "cs(", 3) == 0 && strlen(f) == n + 4 &&
		    strncasecmp(f + 3, name, n) == 0 && f[n + 3] == ')')
			return i;
	}
	if (strcasecmp(name, "X-Forwarded-For") == 0)
		for (i = 0; i < w->nf; i++)
			if (strcasecmp(fname(w, i), "s-xff") == 0)
				return i;
	return -1;
}

static void
fields_directive(struct w3c *w, const char *p, const char *end)
{
	const char *e;
	size_t k;
	int i;

	w->seen = 1;
	w->nf = 0;
	w->names.n = 0;
	w->unusable = NULL;
	w->cf = w->cloudfront;
	for (k = 0; k < W_NKIND; k++)
		w->col[k] = -1;
	for (;;) {
		while (p < end && (*p == ' ' || *p == '\t'))
			p++;
		if (p == end)
			break;
		for (e = p; e < end && *e != ' ' && *e != '\t'; e++)
			;
		if (w->nf == W3C_MAXF) {
			w->unusable = "the #Fields directive names more than "
			    "256 fields";
			break;
		}
		w->noff[w->nf] = w->names.n;
		jy_buf_add(&w->names, p, (size_t)(e - p));
		jy_buf_addc(&w->names, '\0');
		const char *f = fname(w, w->nf);
		for (k = 0; k < sizeof wnames / sizeof wnames[0]; k++)
			if (strcasecmp(f, wnames[k].name) == 0) {
				if (w->col[wnames[k].kind] < 0)
					w->col[wnames[k].kind] = w->nf;
				break;
			}
		/* CloudFront %XX-encodes what a space-separated log
		 * cannot hold. */
		if (strncasecmp(f, "x-edge-", 7) == 0)
			w->cf = 1;
		w->nf++;
		p = e;
	}
	w->dcol = w->col[W_DATE] >= 0 ? w->col[W_DATE] : w->col[W_DATELOC];
	w->tcol = w->col[W_TIME] >= 0 ? w->col[W_TIME] : w->col[W_TIMELOC];
	if (w->unusable == NULL && w->nf == 0)
		w->unusable = "the #Fields directive names no fields";
	else if (w->unusable == NULL && w->col[W_STEM] < 0 &&
	    w->col[W_URI] < 0)
		w->unusable = "the #Fields directive names no request "
		    "(cs-uri-stem or cs-uri)";
	else if (w->unusable == NULL && w->dcol < 0 &&
	    w->col[W_DATETIME] < 0)
		w->unusable = "the #Fields directive names no time "
		    "(date and time)";
	w->logs = 1u << JY_F_TARGET;
	if (w->col[W_CLIENT] >= 0)
		w->logs |= 1u << JY_F_CLIENT;
	if (w->col[W_USER] >= 0)
		w->logs |= 1u << JY_F_USER;
	if (w->col[W_METHOD] >= 0)
		w->logs |= 1u << JY_F_METHOD;
	if (w->col[W_PROTO] >= 0)
		w->logs |= 1u << JY_F_PROTOCOL;
	if (w->col[W_UA] >= 0)
		w->logs |= 1u << JY_F_UA;
	if (w->col[W_REF] >= 0)
		w->logs |= 1u << JY_F_REFERRER;
	if (w->col[W_HOST] >= 0 || w->col[W_XHOST] >= 0 || w->col[W_URI] >= 0)
		w->logs |= 1u << JY_F_VHOST;
	for (i = 0; i < w->nslot; i++)
		w->slotcol[i] = match_col(w, w->slot[i]);
}

/* Digits at p: the value, or -1. */
static int
num(const char *p, size_t n)
{
	int v = 0;
	size_t i;

	if (n == 0 || n > 4)
		return -1;
	for (i = 0; i < n; i++) {
		if (p[i] < '0' || p[i] > '9')
			return -1;
		v = v * 10 + (p[i] - '0');
	}
	return v;
}

static int
valid_ymd(int y, int m, int d)
{
	static const unsigned char md[] = { 31, 29, 31, 30, 31, 30, 31, 31,
	    30, 31, 30, 31 };

	if (y < 0 || m < 1 || m > 12 || d < 1 || d > md[m - 1])
		return 0;
	return !(m == 2 && d == 29 && !(y % 4 == 0 && (y % 100 != 0 ||
	    y % 400 == 0)));
}

/* YYYY-MM-DD: days since the epoch, or -1 with *ok 0. */
static int64_t
parse_ymd(jy_span s, int *ok)
{
	int y, m, d;

	*ok = 0;
	if (s.n != 10 || s.p[4] != '-' || s.p[7] != '-' ||
	    (y = num(s.p, 4)) < 0 || (m = num(s.p + 5, 2)) < 0 ||
	    (d = num(s.p + 8, 2)) < 0 || !valid_ymd(y, m, d))
		return -1;
	*ok = 1;
	return jy_days_from_civil(y, (unsigned)m, (unsigned)d);
}

/* H:MM, H:MM:SS, each with an optional fraction: seconds, or -1. */
static int
parse_clock(jy_span s)
{
	const char *p = s.p, *end = s.p + s.n, *c;
	int h, m, sec = 0;

	if ((c = memchr(p, ':', s.n)) == NULL || c - p < 1 || c - p > 2 ||
	    (h = num(p, (size_t)(c - p))) < 0 || h > 23)
		return -1;
	p = c + 1;
	if (end - p < 2 || (m = num(p, 2)) < 0 || m > 59)
		return -1;
	p += 2;
	if (p < end && *p == ':') {
		if (end - p < 3 || (sec = num(p + 1, 2)) < 0 || sec > 60)
			return -1;
		p += 3;
	}
	if (p < end && *p == '.')
		for (p++; p < end && *p >= '0' && *p <= '9'; p++)
			;
	return p == end ? h * 3600 + m * 60 + sec : -1;
}

static int
hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* %XX decoded, and '+' as a space if plus (but not the '+' of a bot's
 * "(+http://" or "++http://" link), from s to d (which may be s.p: the
 * text never grows).  Returns the length written. */
static size_t
decode(char *d, jy_span s, int plus)
{
	size_t i, n = 0;
	int hi, lo;

	for (i = 0; i < s.n; i++) {
		char c = s.p[i];
		if (c == '%' && i + 2 < s.n &&
		    (hi = hexval(s.p[i + 1])) >= 0 &&
		    (lo = hexval(s.p[i + 2])) >= 0) {
			c = (char)(hi << 4 | lo);
			i += 2;
		} else if (c == '+' && plus && !(i > 0 && (s.p[i - 1] == '(' ||
		    s.p[i - 1] == '+') && s.n - i > 4 &&
		    memcmp(s.p + i + 1, "http", 4) == 0))
			c = ' ';	/* "++http://" was " +http://" */
		d[n++] = c;
	}
	return n;
}

/* Room at the end of scratch, which format.c sized for the line twice. */
static char *
room(struct jy_buf *b, size_t n)
{
	jy_buf_reserve(b, n);
	return b->p + b->n;
}

/* A value decoded into scratch if it needs it.  times is how often
 * %XX is decoded (CloudFront's User-Agent comes encoded twice). */
static jy_span
decoded(struct jy_buf *b, jy_span s, int plus, int times)
{
	jy_span d;

	if ((!plus || memchr(s.p, '+', s.n) == NULL) &&
	    memchr(s.p, '%', s.n) == NULL)
		return s;
	char *p = room(b, s.n);
	d.p = p;
	d.n = decode(p, s, plus);
	while (--times > 0 && memchr(p, '%', d.n) != NULL)
		d.n = decode(p, d, 0);
	b->n += d.n;
	return d;
}

/* A host without its port; IPv6 in brackets keeps its colons. */
static jy_span
host_only(jy_span s)
{
	const char *c;

	if (jy_span_dash(s))
		return (jy_span){ "", 0 };
	c = memchr(s.p, ':', s.n);
	if (c != NULL && (s.p[0] != '[' ||
	    (const char *)memchr(s.p, ']', s.n) < c))
		s.n = (size_t)(c - s.p);
	return s;
}

/* A URI scheme: a letter, then letters, digits, '+', '-', '.'. */
static int
is_scheme(const char *p, size_t n)
{
	size_t i;

	if (n == 0 || n > 16 || !((p[0] | 0x20) >= 'a' && (p[0] | 0x20) <= 'z'))
		return 0;
	for (i = 1; i < n; i++)
		if (!(((p[i] | 0x20) >= 'a' && (p[i] | 0x20) <= 'z') ||
		    (p[i] >= '0' && p[i] <= '9') || p[i] == '+' ||
		    p[i] == '-' || p[i] == '.'))
			return 0;
	return 1;
}

/* Does s look like a host name (or host:port) that starts a URI? */
static int
hostlike(const char *p, size_t n)
{
	size_t i;
	int dot = 0;

	if (n == 0)
		return 0;
	for (i = 0; i < n; i++) {
		char c = p[i];
		if (c == '.' || c == ':')
			dot = 1;
		else if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || c == '-' || c == '_' ||
		    c == '[' || c == ']'))
			return 0;
	}
	return dot;
}

/* A cookie's value in a Cookie header: "a=1;+b=2", "a=1; b=2". */
static jy_span
cookie(jy_span h, const char *name)
{
	const char *p = h.p, *end = h.p + h.n, *e, *eq;
	size_t n = strlen(name);

	while (p < end) {
		while (p < end && (*p == ' ' || *p == '+' || *p == ';'))
			p++;
		if (end - p >= 3 && memcmp(p, "%20", 3) == 0) {
			p += 3;
			continue;
		}
		if ((e = memchr(p, ';', (size_t)(end - p))) == NULL)
			e = end;
		eq = memchr(p, '=', (size_t)(e - p));
		if (eq != NULL && (size_t)(eq - p) == n &&
		    strncasecmp(p, name, n) == 0)
			return (jy_span){ eq + 1, (size_t)(e - eq - 1) };
		p = e;
	}
	return (jy_span){ "", 0 };
}

/* A quoted value's "" is one quote (IIS Advanced Logging, the W3C
 * draft): the value is copied into scratch without the doubling. */
static jy_span
undouble(struct jy_buf *scratch, jy_span s)
{
	const char *q = memchr(s.p, '"', s.n), *end = s.p + s.n;
	char *d, *d0;

	if (q == NULL)
		return s;
	d = d0 = room(scratch, s.n);
	for (const char *p = s.p; p < end; p++) {
		*d++ = *p;
		if (*p == '"' && p + 1 < end && p[1] == '"')
			p++;
	}
	scratch->n += (size_t)(d - d0);
	return (jy_span){ d0, (size_t)(d - d0) };
}

/* The quote that closes a value begun before q: one followed by a
 * space or the end of the line; with doubled, "" is not one. */
static const char *
closing(const char *q, const char *end, int doubled)
{
	for (;;) {
		if ((q = memchr(q, '"', (size_t)(end - q))) == NULL)
			return NULL;
		if (doubled && q + 1 < end && q[1] == '"')
			q += 2;
		else if (q + 1 == end || q[1] == ' ')
			return q;
		else
			q++;
	}
}

/* Split a data line into w->v; the number of values, or -1. */
static int
split(struct w3c *w, const char *p, const char *end, struct jy_buf *scratch,
    const char **why)
{
	int n = 0;

	if (memchr(p, '\t', (size_t)(end - p)) != NULL) {
		/* TAB-separated (CloudFront): every TAB ends a value. */
		for (;;) {
			const char *e = memchr(p, '\t', (size_t)(end - p));
			if (e == NULL)
				e = end;
			if (n == w->nf)
				return n + 1;
			jy_span s = { p, (size_t)(e - p) };
			w->vq[n] = s.n >= 2 && s.p[0] == '"' &&
			    s.p[s.n - 1] == '"';
			if (w->vq[n])
				s = undouble(scratch,
				    (jy_span){ s.p + 1, s.n - 2 });
			w->v[n++] = s;
			if (e == end)
				return n;
			p = e + 1;
		}
	}
	for (;;) {
		while (p < end && *p == ' ')
			p++;
		if (p == end)
			return n;
		if (n == w->nf)
			return n + 1;
		if (*p == '"') {
			/* The closing quote is one that ends the value; ""
			 * is a quote inside it, unless that leaves the
			 * value open (a lone quote before the closing one). */
			const char *q = closing(p + 1, end, 1);
			int doubled = q != NULL;
			if (q == NULL && (q = closing(p + 1, end, 0)) == NULL) {
				*why = "unterminated quoted field";
				return -1;
			}
			jy_span s = { p + 1, (size_t)(q - p - 1) };
			w->vq[n] = 1;
			w->v[n++] = doubled ? undouble(scratch, s) : s;
			p = q + 1;
		} else {
			const char *e = memchr(p, ' ', (size_t)(end - p));
			if (e == NULL)
				e = end;
			w->vq[n] = 0;
			w->v[n++] = (jy_span){ p, (size_t)(e - p) };
			p = e;
		}
	}
}

static int
w3c_parse(void *st, jy_span line, jy_record *r, struct jy_buf *scratch,
    const char **why)
{
	struct w3c *w = st;
	const char *p = line.p, *end = line.p + line.n, *start;
	int64_t v;
	int i, n;

	while (end > p && (end[-1] == ' ' || end[-1] == '\r'))
		end--;
	/* IIS starts a UTF-8 log with a byte order mark. */
	if (end - p >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0)
		p += 3;
	start = p;
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	if (p == end)
		return 1;		/* blank, as inside IIS headers */
	if (*p == '#') {
		if (end - p >= 8 && strncasecmp(p, "#Fields:", 8) == 0)
			fields_directive(w, p + 8, end);
		return 1;		/* #Software, #Version, #Date... */
	}
	if (!w->seen) {
		*why = "no #Fields directive yet";
		return -1;
	}
	if (w->unusable != NULL) {
		*why = w->unusable;
		return -1;
	}
	if ((n = split(w, start, end, scratch, why)) < 0)
		return -1;
	if (n != w->nf) {
		snprintf(w->why, sizeof w->why, "%s values than the %d fields "
		    "of the #Fields directive", n > w->nf ? "more" : "fewer",
		    w->nf);
		*why = w->why;
		return -1;
	}

	/* Time: date and time, in any two columns, or one datetime; a
	 * date alone (some IIS 5 logs) is that day's midnight. */
	if (w->dcol >= 0) {
		int ok, secs = w->tcol >= 0 ? parse_clock(w->v[w->tcol]) : 0;
		int64_t days = parse_ymd(w->v[w->dcol], &ok);
		if (!ok || secs < 0) {
			*why = "bad date or time (want YYYY-MM-DD and "
			    "HH:MM:SS)";
			return -1;
		}
		r->time = days * 86400 + secs;
	} else if (jy_parse_time(w->v[w->col[W_DATETIME]], &r->time) != 0) {
		*why = "bad datetime";
		return -1;
	}

	if ((i = w->col[W_STATUS]) >= 0 && w->v[i].n > 0) {
		if (jy_parse_int(w->v[i].p, w->v[i].n, &v) != 0 || v > 999) {
			*why = "bad status";
			return -1;
		}
		r->status = (int)v;
	}
	if ((i = w->col[W_BYTES]) >= 0 && w->v[i].n > 0) {
		if (jy_parse_int(w->v[i].p, w->v[i].n, &v) != 0) {
			*why = "bad byte count";
			return -1;
		}
		r->bytes = v;
	}
	if ((i = w->col[W_CLIENT]) >= 0)
		r->f[JY_F_CLIENT] = w->v[i];
	if ((i = w->col[W_USER]) >= 0)
		r->f[JY_F_USER] = w->v[i];
	if ((i = w->col[W_METHOD]) >= 0)
		r->f[JY_F_METHOD] = w->v[i];
	if ((i = w->col[W_PROTO]) >= 0)
		r->f[JY_F_PROTOCOL] = w->v[i];
	if ((i = w->col[W_XHOST]) >= 0 && !jy_span_dash(w->v[i]))
		r->f[JY_F_VHOST] = host_only(w->v[i]);
	else if ((i = w->col[W_HOST]) >= 0)
		r->f[JY_F_VHOST] = host_only(w->v[i]);

	/* The target: the stem and its query, or the URI. */
	jy_span t, q = { "", 0 };
	if ((i = w->col[W_QUERY]) >= 0 && !jy_span_dash(w->v[i]))
		q = w->v[i];
	t = w->v[w->col[W_STEM] >= 0 ? w->col[W_STEM] : w->col[W_URI]];
	const char *colon = memchr(t.p, ':', t.n);
	if (colon != NULL && is_scheme(t.p, (size_t)(colon - t.p)) &&
	    colon + 2 < t.p + t.n && colon[1] == '/' && colon[2] == '/') {
		jy_span scheme = { t.p, (size_t)(colon - t.p) };
		if (!jy_span_caseeq(scheme, "http") &&
		    !jy_span_caseeq(scheme, "https")) {
			/* CloudFront's RTMP (streaming) logs, for one. */
			snprintf(w->why, sizeof w->why, "not an HTTP request "
			    "(%.*s:// target)", (int)scheme.n, scheme.p);
			*why = w->why;
			return -1;
		}
	} else if (t.n > 0 && t.p[0] != '/' && w->col[W_STEM] < 0) {
		/* Incapsula's cs-uri is host/path without a scheme. */
		const char *s = memchr(t.p, '/', t.n);
		size_t hn = s ? (size_t)(s - t.p) : t.n;
		if (hostlike(t.p, hn)) {
			if (r->f[JY_F_VHOST].n == 0)
				r->f[JY_F_VHOST] = host_only((jy_span){ t.p,
				    hn });
			t.p += hn;
			t.n -= hn;
			if (t.n == 0)
				t = (jy_span){ "/", 1 };
		}
	}
	if (q.n > 0 && !(w->col[W_STEM] < 0 && memchr(t.p, '?', t.n))) {
		char *d = room(scratch, t.n + 1 + q.n);
		memcpy(d, t.p, t.n);
		d[t.n] = memchr(t.p, '?', t.n) != NULL ? '&' : '?';
		memcpy(d + t.n + 1, q.p, q.n);
		t = (jy_span){ d, t.n + 1 + q.n };
		scratch->n += t.n;
	}
	r->f[JY_F_TARGET] = t;
	/* An absolute URL: its path, and its host as the site's. */
	jy_target_absolute(r, scratch);

	/* IIS writes a space in a header as '+'; CloudFront %XX-encodes
	 * (the User-Agent twice, in its own example), SHOUTcast too. */
	if ((i = w->col[W_UA]) >= 0)
		r->f[JY_F_UA] = decoded(scratch, w->v[i], !w->cf &&
		    !w->vq[i], w->cf ? 2 : 1);
	if ((i = w->col[W_REF]) >= 0)
		r->f[JY_F_REFERRER] = w->cf ? decoded(scratch, w->v[i], 0, 1) :
		    w->v[i];

	for (i = 0; i < w->nslot; i++) {
		if (w->slotcol[i] >= 0)
			r->named[i] = w->v[w->slotcol[i]];
		else if (w->col[W_COOKIE] >= 0)
			r->named[i] = cookie(w->v[w->col[W_COOKIE]],
			    w->slot[i]);
	}
	return 0;
}

static void *
w3c_open(const char *name, char *err, size_t errlen)
{
	struct w3c *w = jy_xcalloc(1, sizeof *w);

	(void)err;
	(void)errlen;
	w->cloudfront = strcmp(name, "cloudfront") == 0;
	return w;
}

static unsigned
w3c_logs(void *st)
{
	struct w3c *w = st;

	return w->seen && w->unusable == NULL ? w->logs : 0;
}

/*
 * A field by its #Fields name, a request header by its name (NAME for
 * cs(NAME)), else a cookie of cs(Cookie).  Once a directive has been read
 * (detection reads the first lines), a name that is none of these is
 * unknown; before, any name is taken, as the cookie it may be.
 */
static int
w3c_named(void *st, const char *name)
{
	struct w3c *w = st;
	int i;

	for (i = 0; i < w->nslot; i++)
		if (strcasecmp(w->slot[i], name) == 0)
			return i;
	if (w->nslot == JY_MAX_NAMED || (w->seen && match_col(w, name) < 0 &&
	    w->col[W_COOKIE] < 0))
		return -1;
	w->slot[w->nslot] = jy_xstrdup(name);
	w->slotcol[w->nslot] = w->seen ? match_col(w, name) : -1;
	return w->nslot++;
}

static void
w3c_free(void *st)
{
	struct w3c *w = st;
	int i;

	if (w == NULL)
		return;
	for (i = 0; i < w->nslot; i++)
		free(w->slot[i]);
	jy_buf_free(&w->names);
	free(w);
}

static const char *const w3c_names[] = { "w3c", "cloudfront", NULL };

/* Each file states its own fields: those of the last one do not hold. */
static void
w3c_reset(void *st)
{
	struct w3c *w = st;

	w->seen = 0;
	w->nf = 0;
}

const struct jy_fmtdrv jy_drv_w3c = {
	w3c_names, 1, w3c_open, w3c_parse, w3c_logs, w3c_named, w3c_free,
	w3c_reset
};

/*
 * IIS's native format ("IIS log file format"), one line a request, no
 * directives, fields after ", ":  client IP, user, date (M/D/YY), time,
 * service, server name, server IP, time taken, bytes received, bytes
 * sent, status, Windows status, method, target, parameters, and a final
 * comma.  Times are the server's local time.
 */
#define IIS_NF	15

static int
iis_date(jy_span s, int64_t *days)
{
	const char *p = s.p, *end = s.p + s.n, *a, *b;
	int m, d, y;

	if ((a = memchr(p, '/', s.n)) == NULL ||
	    (b = memchr(a + 1, '/', (size_t)(end - a - 1))) == NULL)
		return -1;
	if ((m = num(p, (size_t)(a - p))) < 0 || a - p > 2 ||
	    (d = num(a + 1, (size_t)(b - a - 1))) < 0 || b - a - 1 > 2 ||
	    (end - b - 1 != 2 && end - b - 1 != 4) ||
	    (y = num(b + 1, (size_t)(end - b - 1))) < 0)
		return -1;
	if (end - b - 1 == 2)
		y += y < 70 ? 2000 : 1900;
	if (!valid_ymd(y, m, d))
		return -1;
	*days = jy_days_from_civil(y, (unsigned)m, (unsigned)d);
	return 0;
}

static int
iis_parse(void *st, jy_span line, jy_record *r, struct jy_buf *scratch,
    const char **why)
{
	jy_span v[IIS_NF + 1];
	const char *p = line.p, *end = line.p + line.n, *e;
	int n = 0, secs;
	int64_t days, x;

	(void)st;
	while (end > p && (end[-1] == ' ' || end[-1] == '\r'))
		end--;
	if (p == end)
		return 1;
	/* The final comma ends the last field, not another one. */
	if (end[-1] == ',')
		end--;
	/* Fields 1 to 13 from the left, parameters last: a comma in the
	 * target stays in the target. */
	while (n < 13) {
		if ((e = memchr(p, ',', (size_t)(end - p))) == NULL)
			break;
		v[n++] = (jy_span){ p, (size_t)(e - p) };
		p = e + 1;
		while (p < end && *p == ' ')
			p++;
	}
	e = end;
	while (e > p && e[-1] != ',')
		e--;
	if (n < 13 || e <= p) {
		*why = "not the IIS format (15 comma-separated fields)";
		return -1;
	}
	v[13] = (jy_span){ p, (size_t)(e - 1 - p) };
	while (e < end && *e == ' ')
		e++;
	v[14] = (jy_span){ e, (size_t)(end - e) };
	if (iis_date(v[2], &days) != 0 || (secs = parse_clock(v[3])) < 0) {
		*why = "bad date or time (want M/D/YY and H:MM:SS)";
		return -1;
	}
	r->time = days * 86400 + secs;
	if (jy_parse_int(v[10].p, v[10].n, &x) != 0 || x > 999) {
		*why = "bad status";
		return -1;
	}
	r->status = (int)x;
	if (jy_parse_int(v[9].p, v[9].n, &x) != 0) {
		*why = "bad byte count";
		return -1;
	}
	r->bytes = x;
	r->f[JY_F_CLIENT] = v[0];
	r->f[JY_F_USER] = v[1];
	r->f[JY_F_METHOD] = v[12];
	r->f[JY_F_TARGET] = v[13];
	if (!jy_span_dash(v[14])) {
		char *d = room(scratch, v[13].n + 1 + v[14].n);
		memcpy(d, v[13].p, v[13].n);
		d[v[13].n] = '?';
		memcpy(d + v[13].n + 1, v[14].p, v[14].n);
		r->f[JY_F_TARGET] = (jy_span){ d, v[13].n + 1 + v[14].n };
		scratch->n += r->f[JY_F_TARGET].n;
	}
	return 0;
}

static void *
iis_open(const char *name, char *err, size_t errlen)
{
	(void)name;
	(void)err;
	(void)errlen;
	return jy_xcalloc(1, 1);
}

static unsigned
iis_logs(void *st)
{
	(void)st;
	return 1u << JY_F_CLIENT | 1u << JY_F_USER | 1u << JY_F_METHOD |
	    1u << JY_F_TARGET;
}

static int
iis_named(void *st, const char *name)
{
	(void)st;
	(void)name;
	return -1;
}

static const char *const iis_names[] = { "iis", NULL };

const struct jy_fmtdrv jy_drv_iis = {
	iis_names, 1, iis_open, iis_parse, iis_logs, iis_named, free, NULL
};
