/*
 * fmt_haproxy.c - HAProxy's HTTP log format (option httplog), with or
 * without the syslog prefix a log server puts before it:
 *
 *   Feb  6 12:14:14 localhost haproxy[14389]: 10.0.1.2:33317
 *   [06/Feb/2009:12:14:14.655] http-in static/srv1 10/0/30/69/109 200 2750
 *   - - ---- 1/1/1/1/0 0/0 {1wt.eu} {} "GET /index.html HTTP/1.1"
 *
 * (one line).  The client address:port and the [accept date] are found
 * first; what stands before them is the prefix and is not read.  The
 * captured request headers ({...}, '|' between them) are in the order of
 * the "capture request header" lines of the configuration, which the log
 * does not repeat, so each value is taken by its look: see capture().
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

struct haproxy {
	unsigned	 logs;		/* of the last line */
};

static const char *const hap_names[] = { "haproxy", NULL };

static void *
hap_open(const char *name, char *err, size_t errlen)
{
	(void)name;
	(void)err;
	(void)errlen;
	return jy_xcalloc(1, sizeof(struct haproxy));
}

static void
hap_free(void *st)
{
	free(st);
}

static unsigned
hap_logs(void *st)
{
	return ((struct haproxy *)st)->logs;
}

/* The captured request cookie ("capture cookie NAME len N") can be the
 * visitor: --visitor captured_request_cookie. */
static int
hap_named(void *st, const char *name)
{
	(void)st;
	return strcasecmp(name, "captured_request_cookie") == 0 ? 0 : -1;
}

/* [dd/Mon/yyyy:HH:MM:SS.mmm], in HAProxy's local time, taken as UTC. */
static int
accept_date(const char *p, const char *end, int64_t *t)
{
	char clf[26];
	size_t i;

	if (end - p < 26 || p[0] != '[' || p[21] != '.')
		return -1;
	for (i = 22; i < 25; i++)
		if (p[i] < '0' || p[i] > '9')
			return -1;
	if (p[25] != ']')
		return -1;
	memcpy(clf, p + 1, 20);
	memcpy(clf + 20, " +0000", 6);
	return jy_parse_clf_time(clf, sizeof clf, t);
}

/* The next space-separated word at *pp. */
static int
word(const char **pp, const char *end, jy_span *w)
{
	const char *p = *pp, *e;

	if (p >= end || *p == ' ')
		return -1;
	e = memchr(p, ' ', (size_t)(end - p));
	if (e == NULL)
		e = end;
	w->p = p;
	w->n = (size_t)(e - p);
	*pp = e < end ? e + 1 : end;
	return 0;
}

static size_t
count(jy_span s, char c)
{
	size_t i, k = 0;

	for (i = 0; i < s.n; i++)
		k += s.p[i] == c;
	return k;
}

/* Digits, with a leading '+' (option logasap) or '-' (-1) allowed. */
static int
number(jy_span s, int64_t *v)
{
	int neg = 0;

	if (s.n > 1 && (s.p[0] == '+' || s.p[0] == '-')) {
		neg = s.p[0] == '-';
		s.p++;
		s.n--;
	}
	if ((s.n == 1 && s.p[0] == '-') || jy_parse_int(s.p, s.n, v) != 0)
		return -1;
	if (neg)
		*v = -*v;
	return 0;
}

/* A host name with a dot, or localhost; a port may follow.  An address
 * is not taken: it is more likely X-Forwarded-For than Host. */
static int
is_host(jy_span v)
{
	size_t i, hn, dots = 0, alpha = 0;

	for (i = 0; i < v.n && v.p[i] != ':'; i++) {
		char c = v.p[i];
		if (c == '.')
			dots++;
		else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
			alpha++;
		else if (!(c >= '0' && c <= '9') && c != '-' && c != '_')
			return 0;
	}
	hn = i;
	if (i < v.n && i + 1 == v.n)
		return 0;		/* "host:" */
	for (i++; i < v.n; i++)
		if (v.p[i] < '0' || v.p[i] > '9')
			return 0;
	return alpha > 0 && (dots > 0 || (hn == 9 &&
	    strncasecmp(v.p, "localhost", 9) == 0));
}

/*
 * One captured request header: a URL (http:// or https://) is the
 * Referer; a value that starts with a product token (Mozilla/5.0,
 * curl/8.5.0) the User-Agent; a host name, with a port or not, the Host.
 * Anything else (an address list, a language...) is not used.  The first
 * value of each kind counts.
 */
static void
capture(struct haproxy *h, jy_record *r, jy_span v)
{
	size_t i;

	if (v.n == 0)
		return;
	if ((v.n > 7 && strncasecmp(v.p, "http://", 7) == 0) ||
	    (v.n > 8 && strncasecmp(v.p, "https://", 8) == 0)) {
		if (!(h->logs & 1u << JY_F_REFERRER)) {
			r->f[JY_F_REFERRER] = v;
			h->logs |= 1u << JY_F_REFERRER;
		}
		return;
	}
	for (i = 0; i < v.n && v.p[i] != '/' && v.p[i] != ' '; i++)
		;
	if (i > 0 && i + 1 < v.n && v.p[i] == '/' && v.p[i + 1] >= '0' &&
	    v.p[i + 1] <= '9') {
		if (!(h->logs & 1u << JY_F_UA)) {
			r->f[JY_F_UA] = v;
			h->logs |= 1u << JY_F_UA;
		}
		return;
	}
	if (is_host(v) && r->f[JY_F_VHOST].n == 0) {
		const char *c = memchr(v.p, ':', v.n);
		if (c != NULL)
			v.n = (size_t)(c - v.p);
		r->f[JY_F_VHOST] = v;
	}
}

/* Find "ADDRESS:PORT [accept date] ": returns the client's start, with
 * the date's '[' in *br, or NULL. */
static const char *
find_client(jy_span line, const char **br, int64_t *t)
{
	const char *p = line.p, *end = line.p + line.n, *c;

	while ((p = memchr(p, '[', (size_t)(end - p))) != NULL) {
		if (p > line.p + 2 && p[-1] == ' ' && p[-2] != ' ' &&
		    accept_date(p, end, t) == 0 && p + 26 < end &&
		    p[26] == ' ') {
			for (c = p - 1; c > line.p && c[-1] != ' '; c--)
				;
			*br = p;
			return c;
		}
		p++;
	}
	return NULL;
}

static int
hap_parse(void *st, jy_span line, jy_record *r, struct jy_buf *scratch,
    const char **why)
{
	struct haproxy *h = st;
	const char *p, *end = line.p + line.n, *br, *q;
	jy_span w, client;
	int64_t v;

	h->logs = 1u << JY_F_CLIENT | 1u << JY_F_METHOD | 1u << JY_F_TARGET |
	    1u << JY_F_PROTOCOL;
	p = find_client(line, &br, &r->time);
	if (p == NULL) {
		*why = "no client address:port and [accept date]";
		return -1;
	}
	client.p = p;
	client.n = (size_t)(br - 1 - p);
	q = memrchr(client.p, ':', client.n);
	if (q == NULL || q == client.p || q + 1 == br - 1) {
		*why = "no client address:port and [accept date]";
		return -1;
	}
	r->f[JY_F_CLIENT].p = client.p;
	r->f[JY_F_CLIENT].n = (size_t)(q - client.p);
	p = br + 27;
	/* frontend backend/server Tq/Tw/Tc/Tr/Tt status bytes */
	if (word(&p, end, &w) != 0 || word(&p, end, &w) != 0 ||
	    count(w, '/') != 1 || word(&p, end, &w) != 0) {
		*why = "does not match the format";
		return -1;
	}
	if (count(w, '/') != 4 || p >= end) {
		/* The TCP log format has three timers and no request. */
		*why = "not an HTTP request";
		return -1;
	}
	if (word(&p, end, &w) != 0 || number(w, &v) != 0 || v > 999 ||
	    v < -1) {
		*why = "bad status";
		return -1;
	}
	r->status = (int)v;
	if (word(&p, end, &w) != 0 || number(w, &v) != 0 || v < 0) {
		*why = "bad byte count";
		return -1;
	}
	r->bytes = v;
	/* cookies, termination state, connections, queues */
	if (word(&p, end, &w) != 0) {
		*why = "does not match the format";
		return -1;
	}
	if (!jy_span_dash(w))
		r->named[0] = w;
	if (word(&p, end, &w) != 0 || word(&p, end, &w) != 0 ||
	    word(&p, end, &w) != 0 || count(w, '/') != 4 ||
	    word(&p, end, &w) != 0 || count(w, '/') != 1) {
		*why = "does not match the format";
		return -1;
	}
	/* Captured headers: request, then response; with one block only,
	 * it is taken as the request's. */
	if (p < end && *p == '{') {
		const char *e = memchr(p, '}', (size_t)(end - p)), *s, *bar;
		if (e == NULL) {
			*why = "unterminated {captured headers}";
			return -1;
		}
		for (s = p + 1; s <= e; s = bar + 1) {
			bar = memchr(s, '|', (size_t)(e - s));
			if (bar == NULL)
				bar = e;
			capture(h, r, (jy_span){ s, (size_t)(bar - s) });
		}
		p = e + 1;
		if (p < end && *p == ' ')
			p++;
		if (p < end && *p == '{') {
			e = memchr(p, '}', (size_t)(end - p));
			if (e == NULL) {
				*why = "unterminated {captured headers}";
				return -1;
			}
			p = e + 1;
			if (p < end && *p == ' ')
				p++;
		}
	}
	if (r->f[JY_F_VHOST].n > 0)
		h->logs |= 1u << JY_F_VHOST;
	/* "request": a long one is cut short by HAProxy, closing quote and
	 * all; option httpslog adds fields after it. */
	if (p >= end || *p != '"') {
		*why = "no \"request\"";
		return -1;
	}
	p++;
	q = memrchr(p, '"', (size_t)(end - p));
	if (q != NULL && q + 1 < end && q[1] != ' ')
		q = NULL;
	jy_span req = { p, (size_t)((q != NULL ? q : end) - p) };
	if (req.n == 0 || jy_span_eq(req, "<BADREQ>") || jy_span_dash(req)) {
		*why = "not an HTTP request";
		return -1;
	}
	jy_parse_request(r, req);
	jy_target_absolute(r, scratch);
	if (r->f[JY_F_VHOST].n > 0)
		h->logs |= 1u << JY_F_VHOST;
	return 0;
}

const struct jy_fmtdrv jy_drv_haproxy = {
	hap_names, 1, hap_open, hap_parse, hap_logs, hap_named, hap_free, NULL
};
