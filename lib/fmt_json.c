/*
 * fmt_json.c - JSON lines access logs, one object a line: nginx with a
 * JSON log_format (escape=json), Caddy's and Traefik's JSON access logs,
 * and "json", which tells those three apart by the keys of each line.
 *
 * A small strict scanner checks the whole line without allocating and
 * notes where the values named by the key tables are; only the values a
 * record takes are decoded, into the caller's scratch buffer, once the
 * line has been found good.  Keys are matched without regard to case,
 * nested ones by dotted paths (request.headers.User-Agent).
 */
#include <stdio.h>
#include <stdlib.h>
#include <strings.h>

#include "internal.h"

/* The flavours, in the order ties between them are broken. */
enum { FL_NGINX, FL_CADDY, FL_TRAEFIK, NFL };
#define M_N	(1u << FL_NGINX)
#define M_C	(1u << FL_CADDY)
#define M_T	(1u << FL_TRAEFIK)

/* What a key gives. */
enum {
	S_CLIENT, S_USER, S_VHOST, S_METHOD, S_TARGET, S_PROTO, S_REF, S_UA,
	S_TIME, S_STATUS, S_BYTES,
	S_REQLINE,		/* "GET /p HTTP/1.1" */
	S_URI, S_ARGS,		/* nginx $uri and $args: the target in parts */
	NSLOT
};

#define V_PORT	1		/* ip:port, the port (and IPv6 []) dropped */

/*
 * The key tables.  Within a slot a lower prio wins; S_TARGET, S_REQLINE
 * and S_URI compete for the target on one scale.  The nginx table takes
 * the names of nginx's variables, with and without http_, and the names
 * people commonly give them (and Matomo's JSON format uses).
 */
static const struct key {
	const char	*path;
	unsigned char	 slot, prio, mask, flags;
} keys[] = {
	/* nginx and the generic names */
	{ "time_iso8601", S_TIME, 1, M_N, 0 },
	{ "time_local", S_TIME, 2, M_N, 0 },
	{ "msec", S_TIME, 3, M_N, 0 },
	{ "@timestamp", S_TIME, 4, M_N, 0 },
	{ "timestamp", S_TIME, 5, M_N, 0 },
	{ "time", S_TIME, 6, M_N, 0 },
	{ "date", S_TIME, 7, M_N, 0 },
	{ "ts", S_TIME, 8, M_N, 0 },
	{ "remote_addr", S_CLIENT, 1, M_N, 0 },
	{ "realip_remote_addr", S_CLIENT, 2, M_N, 0 },
	{ "client_ip", S_CLIENT, 3, M_N, 0 },
	{ "clientip", S_CLIENT, 4, M_N, 0 },
	{ "remote_ip", S_CLIENT, 5, M_N, 0 },
	{ "ip", S_CLIENT, 6, M_N, 0 },
	{ "remote_user", S_USER, 1, M_N, 0 },
	{ "user_id", S_USER, 2, M_N, 0 },
	{ "userid", S_USER, 3, M_N, 0 },
	{ "user", S_USER, 4, M_N, 0 },
	{ "host", S_VHOST, 1, M_N, 0 },
	{ "http_host", S_VHOST, 2, M_N, 0 },
	{ "server_name", S_VHOST, 3, M_N, 0 },
	{ "vhost", S_VHOST, 4, M_N, 0 },
	{ "request_method", S_METHOD, 1, M_N, 0 },
	{ "method", S_METHOD, 2, M_N, 0 },
	{ "verb", S_METHOD, 3, M_N, 0 },
	{ "request_uri", S_TARGET, 1, M_N, 0 },
	{ "request", S_REQLINE, 2, M_N, 0 },
	{ "url", S_TARGET, 3, M_N, 0 },
	{ "path", S_TARGET, 4, M_N, 0 },
	{ "uri", S_URI, 5, M_N, 0 },
	{ "document_uri", S_URI, 6, M_N, 0 },
	{ "args", S_ARGS, 1, M_N, 0 },
	{ "query_string", S_ARGS, 2, M_N, 0 },
	{ "server_protocol", S_PROTO, 1, M_N, 0 },
	{ "protocol", S_PROTO, 2, M_N, 0 },
	{ "proto", S_PROTO, 3, M_N, 0 },
	{ "status", S_STATUS, 1, M_N | M_C, 0 },
	{ "status_code", S_STATUS, 2, M_N, 0 },
	{ "body_bytes_sent", S_BYTES, 1, M_N, 0 },
	{ "bytes_sent", S_BYTES, 2, M_N, 0 },
	{ "bytes", S_BYTES, 3, M_N, 0 },
	{ "size", S_BYTES, 4, M_N | M_C, 0 },
	{ "length", S_BYTES, 5, M_N, 0 },
	{ "http_referer", S_REF, 1, M_N, 0 },
	{ "referer", S_REF, 2, M_N, 0 },
	{ "http_referrer", S_REF, 3, M_N, 0 },
	{ "referrer", S_REF, 4, M_N, 0 },
	{ "http_user_agent", S_UA, 1, M_N, 0 },
	{ "user_agent", S_UA, 2, M_N, 0 },
	{ "useragent", S_UA, 3, M_N, 0 },
	{ "agent", S_UA, 4, M_N, 0 },
	/* Caddy */
	{ "ts", S_TIME, 1, M_C, 0 },
	{ "request.client_ip", S_CLIENT, 1, M_C, 0 },
	{ "request.remote_ip", S_CLIENT, 2, M_C, 0 },
	{ "request.remote_addr", S_CLIENT, 3, M_C, V_PORT },
	{ "user_id", S_USER, 1, M_C, 0 },
	{ "request.host", S_VHOST, 1, M_C, 0 },
	{ "request.method", S_METHOD, 1, M_C, 0 },
	{ "request.uri", S_TARGET, 1, M_C, 0 },
	{ "request.proto", S_PROTO, 1, M_C, 0 },
	{ "request.headers.Referer", S_REF, 1, M_C, 0 },
	{ "request.headers.User-Agent", S_UA, 1, M_C, 0 },
	/* Traefik */
	{ "StartUTC", S_TIME, 1, M_T, 0 },
	{ "StartLocal", S_TIME, 2, M_T, 0 },
	{ "time", S_TIME, 3, M_T, 0 },
	{ "ClientHost", S_CLIENT, 1, M_T, 0 },
	{ "ClientAddr", S_CLIENT, 2, M_T, V_PORT },
	{ "ClientUsername", S_USER, 1, M_T, 0 },
	{ "RequestHost", S_VHOST, 1, M_T, 0 },
	{ "RequestAddr", S_VHOST, 2, M_T, 0 },
	{ "RequestMethod", S_METHOD, 1, M_T, 0 },
	{ "RequestPath", S_TARGET, 1, M_T, 0 },
	{ "RequestLine", S_REQLINE, 2, M_T, 0 },
	{ "RequestProtocol", S_PROTO, 1, M_T, 0 },
	{ "DownstreamStatus", S_STATUS, 1, M_T, 0 },
	{ "DownstreamContentSize", S_BYTES, 1, M_T, 0 },
	{ "request_Referer", S_REF, 1, M_T, 0 },
	{ "request_User-Agent", S_UA, 1, M_T, 0 },
};
#define NKEY	(sizeof keys / sizeof keys[0])
#define MAXKEY	32		/* longest path in keys[], and then some */
#define MAXPATH	128		/* longest path followed */
#define MAXDEPTH 64		/* deepest nesting accepted */

static const char *const names[] = {
	"json", "nginx_json", "caddy", "traefik", NULL
};

/* A value as the scanner found it. */
struct jval {
	const char	*p;	/* a string's bytes inside its quotes, or the
				 * text of a number or literal */
	size_t		 n;
	char		 type;	/* s string, n number, b true/false, z null,
				 * o object, a array */
	char		 esc;	/* a string with a backslash in it */
};

struct cand {
	const struct key *k;	/* NULL: no such key */
	struct jval	 v;
};

struct jstate {
	unsigned	 mask;		/* the flavours this name reads */
	unsigned	 logs;		/* of the last line */
	/* keys[] of this mask by path length */
	unsigned char	 bylen[MAXKEY + 1][24];
	unsigned char	 nbylen[MAXKEY + 1];
	/* the line */
	struct cand	 c[NFL][NSLOT];
	int		 hits[NFL];
	int		 headers[NFL];	/* the line logs request headers */
	/* named fields, by index */
	char		*name[JY_MAX_NAMED];
	size_t		 namen[JY_MAX_NAMED];
	int		 nname;
	struct jval	 nval[JY_MAX_NAMED];
	int		 nprio[JY_MAX_NAMED];
	/* the scanner */
	const char	*p, *start, *end;
	const char	*err, *errat;
	char		*w, *wend;	/* decoding into scratch */
	struct {
		const char	*src;
		jy_span		 out;
	}		 done[NSLOT + JY_MAX_NAMED];	/* decoded, by source */
	int		 ndone;
	char		 path[MAXPATH];
	char		 why[160];
};

static void *
json_open(const char *name, char *err, size_t errlen)
{
	struct jstate *st;
	size_t i, n;
	unsigned mask = M_N | M_C | M_T;

	(void)err;
	(void)errlen;
	if (strcmp(name, "nginx_json") == 0)
		mask = M_N;
	else if (strcmp(name, "caddy") == 0)
		mask = M_C;
	else if (strcmp(name, "traefik") == 0)
		mask = M_T;
	st = jy_xcalloc(1, sizeof *st);
	st->mask = mask;
	for (i = 0; i < NKEY; i++) {
		if (!(keys[i].mask & mask))
			continue;
		n = strlen(keys[i].path);
		if (n > MAXKEY || st->nbylen[n] == sizeof st->bylen[n])
			abort();	/* the tables outgrew these arrays */
		st->bylen[n][st->nbylen[n]++] = (unsigned char)i;
	}
	return st;
}

static void
json_free(void *v)
{
	struct jstate *st = v;
	int i;

	if (st == NULL)
		return;
	for (i = 0; i < st->nname; i++)
		free(st->name[i]);
	free(st);
}

static unsigned
json_logs(void *v)
{
	return ((struct jstate *)v)->logs;
}

/*
 * Any name is a field: lines are looked at one at a time, so a key that
 * no line has yet may come.  An index, once given, stays the name's.
 */
static int
json_named(void *v, const char *name)
{
	struct jstate *st = v;
	size_t n = strlen(name);
	int i;

	for (i = 0; i < st->nname; i++)
		if (st->namen[i] == n && strcasecmp(st->name[i], name) == 0)
			return i;
	if (st->nname == JY_MAX_NAMED || n == 0)
		return -1;
	st->name[st->nname] = jy_xstrdup(name);
	st->namen[st->nname] = n;
	return st->nname++;
}

/* ---- the scanner ---- */

static int
fail(struct jstate *st, const char *what)
{
	if (st->err == NULL) {
		st->err = what;
		st->errat = st->p;
	}
	return -1;
}

static void
ws(struct jstate *st)
{
	while (st->p < st->end && (*st->p == ' ' || *st->p == '\t' ||
	    *st->p == '\n' || *st->p == '\r'))
		st->p++;
}

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c |= 0x20;
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

/* Four hex digits at p (end bounds them): the value, or -1. */
static long
hex4(const char *p, const char *end)
{
	long u = 0;
	int i, h;

	if (end - p < 4)
		return -1;
	for (i = 0; i < 4; i++) {
		if ((h = hexval((unsigned char)p[i])) < 0)
			return -1;
		u = u << 4 | h;
	}
	return u;
}

/*
 * A string, st->p on its opening quote.  JSON's escapes, \uXXXX with
 * UTF-16 surrogates in pairs, and nginx's \xHH (what nginx writes without
 * escape=json).  Control characters must be escaped; other bytes,
 * invalid UTF-8 included, are taken as they are, as nginx writes them.
 */
static int
scan_string(struct jstate *st, struct jval *v)
{
	const char *b = st->p + 1, *p = b, *e = st->end;
	long u, lo;

	v->esc = 0;
	for (;;) {
		while (p < e && *p != '"' && *p != '\\' &&
		    (unsigned char)*p >= 0x20)
			p++;
		if (p == e) {
			st->p = p;
			return fail(st, "unterminated string");
		}
		if (*p == '"')
			break;
		if (*p != '\\') {
			st->p = p;
			return fail(st, "control character in a string");
		}
		v->esc = 1;
		st->p = p;
		if (p + 1 == e)
			return fail(st, "unterminated string");
		switch (p[1]) {
		case '"': case '\\': case '/': case 'b': case 'f': case 'n':
		case 'r': case 't':
			p += 2;
			break;
		case 'x':
			if (e - p < 4 || hexval((unsigned char)p[2]) < 0 ||
			    hexval((unsigned char)p[3]) < 0)
				return fail(st, "bad \\x escape");
			p += 4;
			break;
		case 'u':
			if ((u = hex4(p + 2, e)) < 0)
				return fail(st, "bad \\u escape");
			p += 6;
			if (u >= 0xdc00 && u <= 0xdfff)
				return fail(st, "lone UTF-16 surrogate in a "
				    "\\u escape");
			if (u >= 0xd800 && u <= 0xdbff) {
				if (e - p < 6 || p[0] != '\\' || p[1] != 'u' ||
				    (lo = hex4(p + 2, e)) < 0xdc00 ||
				    lo > 0xdfff)
					return fail(st, "lone UTF-16 surrogate "
					    "in a \\u escape");
				p += 6;
			}
			break;
		default:
			return fail(st, "bad escape");
		}
	}
	v->type = 's';
	v->p = b;
	v->n = (size_t)(p - b);
	st->p = p + 1;
	return 0;
}

#define DIGIT(c)	((unsigned)((unsigned char)(c) - '0') < 10)

static int
scan_number(struct jstate *st, struct jval *v)
{
	const char *p = st->p, *e = st->end;

	if (p < e && *p == '-')
		p++;
	if (p == e || !DIGIT(*p))
		return fail(st, "bad number");
	if (*p == '0')
		p++;
	else
		while (p < e && DIGIT(*p))
			p++;
	if (p < e && *p == '.') {
		if (++p == e || !DIGIT(*p)) {
			st->p = p;
			return fail(st, "bad number");
		}
		while (p < e && DIGIT(*p))
			p++;
	}
	if (p < e && (*p == 'e' || *p == 'E')) {
		p++;
		if (p < e && (*p == '+' || *p == '-'))
			p++;
		if (p == e || !DIGIT(*p)) {
			st->p = p;
			return fail(st, "bad number");
		}
		while (p < e && DIGIT(*p))
			p++;
	}
	v->type = 'n';
	v->esc = 0;
	v->p = st->p;
	v->n = (size_t)(p - st->p);
	st->p = p;
	return 0;
}

static int scan_object(struct jstate *, int depth, size_t plen);

/*
 * A value of any kind.  Of an array, *v is its first element when that
 * is not an object or array (Caddy logs each header as an array of its
 * values), else the array itself.
 */
static int
scan_value(struct jstate *st, struct jval *v, int depth)
{
	static const char *const lit[] = { "true", "false", "null" };
	struct jval x;
	size_t i, n;

	if (st->p == st->end)
		return fail(st, "expected a value");
	switch (*st->p) {
	case '"':
		return scan_string(st, v);
	case '{':
		v->type = 'o';
		v->esc = 0;
		v->p = st->p;
		v->n = 0;
		return scan_object(st, depth + 1, 0);
	case '[':
		if (depth + 1 > MAXDEPTH)
			return fail(st, "nested too deep");
		v->type = 'a';
		v->esc = 0;
		v->p = st->p;
		v->n = 0;
		st->p++;
		ws(st);
		if (st->p < st->end && *st->p == ']') {
			st->p++;
			return 0;
		}
		for (i = 0;; i++) {
			ws(st);
			if (scan_value(st, &x, depth + 1) != 0)
				return -1;
			if (i == 0 && x.type != 'o' && x.type != 'a')
				*v = x;
			ws(st);
			if (st->p < st->end && *st->p == ',') {
				st->p++;
				continue;
			}
			if (st->p < st->end && *st->p == ']') {
				st->p++;
				return 0;
			}
			return fail(st, "expected ',' or ']'");
		}
	case '-': case '0': case '1': case '2': case '3': case '4': case '5':
	case '6': case '7': case '8': case '9':
		return scan_number(st, v);
	}
	for (i = 0; i < 3; i++) {
		n = strlen(lit[i]);
		if ((size_t)(st->end - st->p) >= n &&
		    memcmp(st->p, lit[i], n) == 0) {
			v->type = i < 2 ? 'b' : 'z';
			v->esc = 0;
			v->p = st->p;
			v->n = i < 2 ? n : 0;
			st->p += n;
			return 0;
		}
	}
	return fail(st, "expected a value");
}

/* The key of v appended to the path at plen: the new length, or 0 when
 * the path grows too long to be one the tables know. */
static size_t
key_path(struct jstate *st, size_t plen, const struct jval *k)
{
	char *d = st->path + plen, *end = st->path + sizeof st->path;
	const char *p = k->p, *e = k->p + k->n;

	if (plen > 0) {
		if (d == end)
			return 0;
		*d++ = '.';
	}
	while (p < e) {
		if (d == end)
			return 0;
		if (*p != '\\') {
			*d++ = *p++;
			continue;
		}
		/* The few escapes a key the tables know could hold. */
		switch (p[1]) {
		case 'u': {
			long u = hex4(p + 2, e);
			if (u >= 0x80)
				return 0;
			*d++ = (char)u;
			p += 6;
			break;
		}
		case 'x':
			*d++ = (char)(hexval((unsigned char)p[2]) << 4 |
			    hexval((unsigned char)p[3]));
			p += 4;
			break;
		default:
			*d++ = p[1] == 'b' ? '\b' : p[1] == 'f' ? '\f' :
			    p[1] == 'n' ? '\n' : p[1] == 'r' ? '\r' :
			    p[1] == 't' ? '\t' : p[1];
			p += 2;
			break;
		}
	}
	return (size_t)(d - st->path);
}

/* Is the object at path[0, n) one whose members the tables name? */
static int
wanted_object(const struct jstate *st, size_t n)
{
	size_t i, kn;

	for (i = 0; i < NKEY; i++) {
		if (!(keys[i].mask & st->mask))
			continue;
		kn = strlen(keys[i].path);
		if (kn > n && keys[i].path[n] == '.' &&
		    strncasecmp(keys[i].path, st->path, n) == 0)
			return 1;
	}
	return 0;
}

static int
lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* Is key (k, kn) the name (n, nn), ignoring case, and with dash also
 * taking '_' for '-' (nginx's $http_x_forwarded_for)? */
static int
same_name(const char *k, size_t kn, const char *n, size_t nn, int dash)
{
	size_t i;
	int a, b;

	if (kn != nn)
		return 0;
	for (i = 0; i < kn; i++) {
		a = lower((unsigned char)k[i]);
		b = lower((unsigned char)n[i]);
		if (dash && a == '_')
			a = '-';
		if (dash && b == '_')
			b = '-';
		if (a != b)
			return 0;
	}
	return 1;
}

static int
prefix(const char *p, size_t n, const char *pre)
{
	size_t k = strlen(pre);

	return n >= k && strncasecmp(p, pre, k) == 0;
}

/* A named field's value, if the member at path[0, n) is one. */
static void
member_named(struct jstate *st, size_t n, const struct jval *v)
{
	const char *k = st->path;
	size_t kn = n;
	int i, prio, hdr = 0;

	if (memchr(k, '.', kn) != NULL) {
		/* Caddy's request headers by their names. */
		if (!prefix(k, kn, "request.headers.") ||
		    memchr(k + 16, '.', kn - 16) != NULL)
			return;
		k += 16;
		kn -= 16;
		hdr = 1;
	}
	for (i = 0; i < st->nname; i++) {
		const char *nm = st->name[i];
		size_t nn = st->namen[i];
		if (same_name(k, kn, nm, nn, 0))
			prio = hdr ? 3 : 0;
		else if (hdr)
			continue;
		else if (prefix(k, kn, "http_") &&
		    same_name(k + 5, kn - 5, nm, nn, 1))
			prio = 1;	/* nginx: $http_x_forwarded_for */
		else if (prefix(k, kn, "cookie_") &&
		    same_name(k + 7, kn - 7, nm, nn, 0))
			prio = 1;	/* nginx: $cookie_NAME */
		else if (prefix(k, kn, "request_") &&
		    same_name(k + 8, kn - 8, nm, nn, 0))
			prio = 2;	/* Traefik: request_X-Forwarded-For */
		else
			continue;
		if (prio <= st->nprio[i]) {
			st->nprio[i] = prio;
			st->nval[i] = *v;
		}
	}
}

/* The member at path[0, n) with value v: what the tables make of it. */
static void
member(struct jstate *st, size_t n, const struct jval *v)
{
	size_t i;
	int f;

	if (st->nname > 0 && (v->type != 'o' && v->type != 'a'))
		member_named(st, n, v);
	if (n == 15 && strncasecmp(st->path, "request.headers", 15) == 0 &&
	    v->type == 'o')
		st->headers[FL_CADDY] = 1;
	if (prefix(st->path, n, "request_") && memchr(st->path, '.', n) ==
	    NULL)
		st->headers[FL_TRAEFIK] = 1;
	if (n > MAXKEY || v->type == 'o' || v->type == 'a')
		return;
	for (i = 0; i < st->nbylen[n]; i++) {
		const struct key *k = &keys[st->bylen[n][i]];
		if (strncasecmp(k->path, st->path, n) != 0)
			continue;
		/* true and false are nothing the tables want; a request
		 * line is a string. */
		if (v->type == 'b' || (k->slot == S_REQLINE &&
		    v->type != 's'))
			continue;
		for (f = 0; f < NFL; f++) {
			struct cand *c = &st->c[f][k->slot];
			if (!(k->mask & st->mask & (1u << f)))
				continue;
			st->hits[f]++;
			if (c->k == NULL || k->prio <= c->k->prio) {
				c->k = k;
				c->v = *v;
			}
		}
	}
}

/* An object, st->p on its '{'.  Members are matched against the tables
 * when plen says where in path the object's own path ends (0 for the
 * top level) and the object is wanted; else only checked. */
static int
scan_object(struct jstate *st, int depth, size_t plen)
{
	struct jval k, v;
	size_t n;
	int match = plen > 0 || depth == 0;

	if (depth > MAXDEPTH)
		return fail(st, "nested too deep");
	st->p++;
	ws(st);
	if (st->p < st->end && *st->p == '}') {
		st->p++;
		return 0;
	}
	for (;;) {
		ws(st);
		if (st->p == st->end || *st->p != '"')
			return fail(st, "expected a string key");
		if (scan_string(st, &k) != 0)
			return -1;
		ws(st);
		if (st->p == st->end || *st->p != ':')
			return fail(st, "expected ':' after a key");
		st->p++;
		ws(st);
		n = match ? key_path(st, plen, &k) : 0;
		if (n > 0 && st->p < st->end && *st->p == '{' &&
		    wanted_object(st, n)) {
			v.type = 'o';
			v.esc = 0;
			v.p = st->p;
			v.n = 0;
			if (scan_object(st, depth + 1, n) != 0)
				return -1;
		} else if (scan_value(st, &v, depth) != 0)
			return -1;
		if (n > 0)
			member(st, n, &v);
		ws(st);
		if (st->p < st->end && *st->p == ',') {
			st->p++;
			continue;
		}
		if (st->p < st->end && *st->p == '}') {
			st->p++;
			return 0;
		}
		return fail(st, "expected ',' or '}'");
	}
}

/* ---- values ---- */

static char *
utf8(char *d, unsigned long u)
{
	if (u < 0x80)
		*d++ = (char)u;
	else if (u < 0x800) {
		*d++ = (char)(0xc0 | u >> 6);
		*d++ = (char)(0x80 | (u & 0x3f));
	} else if (u < 0x10000) {
		*d++ = (char)(0xe0 | u >> 12);
		*d++ = (char)(0x80 | (u >> 6 & 0x3f));
		*d++ = (char)(0x80 | (u & 0x3f));
	} else {
		*d++ = (char)(0xf0 | u >> 18);
		*d++ = (char)(0x80 | (u >> 12 & 0x3f));
		*d++ = (char)(0x80 | (u >> 6 & 0x3f));
		*d++ = (char)(0x80 | (u & 0x3f));
	}
	return d;
}

/*
 * The text of a value: a string as it is, or unescaped into scratch if
 * it has escapes; a number or true/false as written; null as empty.
 * Unescaped text is never longer than its source, which the scanner has
 * checked, and each string is decoded once however many fields take it,
 * so the line's length in scratch is room enough.
 */
static jy_span
text(struct jstate *st, const struct jval *v)
{
	jy_span s = { "", 0 };
	const char *p = v->p, *e = v->p + v->n;
	char *d = st->w;
	int i;

	if (v->type == 'z' || v->type == 'o' || v->type == 'a')
		return s;
	if (!v->esc || (size_t)(st->wend - st->w) < v->n) {
		s.p = v->p;
		s.n = v->n;
		return s;
	}
	for (i = 0; i < st->ndone; i++)
		if (st->done[i].src == v->p)
			return st->done[i].out;
	while (p < e) {
		const char *bs = memchr(p, '\\', (size_t)(e - p));
		if (bs == NULL)
			bs = e;
		memcpy(d, p, (size_t)(bs - p));
		d += bs - p;
		if ((p = bs) == e)
			break;
		switch (p[1]) {
		case 'b': *d++ = '\b'; p += 2; break;
		case 'f': *d++ = '\f'; p += 2; break;
		case 'n': *d++ = '\n'; p += 2; break;
		case 'r': *d++ = '\r'; p += 2; break;
		case 't': *d++ = '\t'; p += 2; break;
		case 'x':
			*d++ = (char)(hexval((unsigned char)p[2]) << 4 |
			    hexval((unsigned char)p[3]));
			p += 4;
			break;
		case 'u': {
			unsigned long u = (unsigned long)hex4(p + 2, e);
			p += 6;
			if (u >= 0xd800 && u <= 0xdbff) {
				u = 0x10000 + ((u - 0xd800) << 10) +
				    ((unsigned long)hex4(p + 2, e) - 0xdc00);
				p += 6;
			}
			d = utf8(d, u);
			break;
		}
		default:
			*d++ = p[1];
			p += 2;
			break;
		}
	}
	s.p = st->w;
	s.n = (size_t)(d - st->w);
	st->w = d;
	if (st->ndone < (int)(sizeof st->done / sizeof st->done[0])) {
		st->done[st->ndone].src = v->p;
		st->done[st->ndone++].out = s;
	}
	return s;
}

/*
 * Epoch time as a decimal number, any fraction and exponent, without
 * floating point.  Its size tells the unit: up to 11 integer digits are
 * seconds, 12-14 milliseconds, 15-17 microseconds, 18-20 nanoseconds
 * (Caddy's time_format options write all of them).
 */
static int
epoch(const char *p, size_t n, int64_t *out)
{
	char dig[24];
	size_t i = 0;
	int nd = 0, any = 0, point = 0, lead = 1, neg = 0, k, j;
	long intd = 0, ex = 0;
	int64_t v = 0;

	if (i < n && p[i] == '-') {
		neg = 1;
		i++;
	}
	for (; i < n; i++) {
		char c = p[i];
		if (DIGIT(c)) {
			any = 1;
			if (lead && c == '0') {
				if (point)
					intd--;
				continue;
			}
			lead = 0;
			if (nd < (int)sizeof dig)
				dig[nd++] = c;
			if (!point)
				intd++;
		} else if (c == '.' && !point)
			point = 1;
		else if ((c == 'e' || c == 'E') && any) {
			int eneg = 0, edig = 0;
			if (++i < n && (p[i] == '+' || p[i] == '-'))
				eneg = p[i++] == '-';
			for (; i < n && DIGIT(p[i]); i++, edig = 1)
				if (ex < 1000)
					ex = ex * 10 + (p[i] - '0');
			if (!edig || i < n)
				return -1;
			if (eneg)
				ex = -ex;
			break;
		} else
			return -1;
	}
	if (!any)
		return -1;
	intd += ex;
	if (intd > 20)
		return -1;
	k = (int)(intd <= 11 ? intd : intd <= 14 ? intd - 3 : intd <= 17 ?
	    intd - 6 : intd - 9);
	for (j = 0; j < k; j++)
		v = v * 10 + (j < nd ? dig[j] - '0' : 0);
	*out = neg ? -v : v;
	return 0;
}

/* Every time a JSON access log writes: ISO 8601 / RFC 3339, CLF (with or
 * without its brackets), Caddy's wall clock, epoch numbers or strings. */
static int
json_time(const struct jval *v, jy_span s, int64_t *out)
{
	char buf[40];
	size_t i;

	if (v->type == 'n')
		return epoch(s.p, s.n, out);
	if (v->type != 's' || s.n == 0)
		return -1;
	if (s.n >= 2 && s.p[0] == '[' && s.p[s.n - 1] == ']') {
		s.p++;
		s.n -= 2;
	}
	if (s.n == 26 && s.p[2] == '/')
		return jy_parse_clf_time(s.p, s.n, out);
	if (s.n >= 19 && s.n < sizeof buf && s.p[4] == '/' &&
	    s.p[7] == '/') {
		/* Caddy's "wall": 2006/01/02 15:04:05.000 */
		memcpy(buf, s.p, s.n);
		buf[4] = buf[7] = '-';
		s.p = buf;
	}
	for (i = 0; i < s.n; i++)
		if (!DIGIT(s.p[i]) && s.p[i] != '.' && !(i == 0 &&
		    s.p[i] == '-'))
			break;
	if (i == s.n)
		return epoch(s.p, s.n, out);
	if (s.n < 19)
		return -1;
	return jy_parse_time(s, out);
}

/* Status and byte counts: a number, or one in a string; "-" is -1. */
static int
json_int(const struct jval *v, jy_span s, int64_t *out)
{
	if (v->type == 'z' || s.n == 0) {
		*out = -1;
		return 0;
	}
	if (v->type != 'n' && v->type != 's')
		return -1;
	return jy_parse_int(s.p, s.n, out);
}

/* host:port to host; IPv6 keeps its brackets, as %v does. */
static jy_span
host_only(jy_span s)
{
	const char *c = s.n ? memchr(s.p, ':', s.n) : NULL;

	if (s.n > 0 && s.p[0] == '[') {
		const char *b = memchr(s.p, ']', s.n);
		if (b != NULL)
			s.n = (size_t)(b + 1 - s.p);
	} else if (c != NULL && memchr(c + 1, ':', s.n - (size_t)(c + 1 -
	    s.p)) == NULL)
		s.n = (size_t)(c - s.p);
	return s;
}

/* ip:port or [ipv6]:port to the address. */
static jy_span
addr_only(jy_span s)
{
	s = host_only(s);
	if (s.n >= 2 && s.p[0] == '[' && s.p[s.n - 1] == ']') {
		s.p++;
		s.n -= 2;
	}
	return s;
}

/* "no time (time_iso8601, time_local, ...)": the keys of a slot. */
static const char *
missing(struct jstate *st, int f, int slot, int slot2, int slot3,
    const char *what)
{
	size_t i, n;
	int prio, first = 1;

	n = (size_t)snprintf(st->why, sizeof st->why, "no %s (", what);
	for (prio = 0; prio < 16; prio++)
		for (i = 0; i < NKEY; i++) {
			const struct key *k = &keys[i];
			if (k->prio != prio || !(k->mask & (1u << f)) ||
			    (k->slot != slot && k->slot != slot2 &&
			    k->slot != slot3))
				continue;
			if (n + strlen(k->path) + 8 >= sizeof st->why) {
				snprintf(st->why + n, sizeof st->why - n,
				    ", ...)");
				return st->why;
			}
			n += (size_t)snprintf(st->why + n, sizeof st->why - n,
			    "%s%s", first ? "" : ", ", k->path);
			first = 0;
		}
	snprintf(st->why + n, sizeof st->why - n, ")");
	return st->why;
}

static const char *
bad_value(struct jstate *st, const char *what, const struct key *k)
{
	snprintf(st->why, sizeof st->why, "bad %s in \"%s\"", what, k->path);
	return st->why;
}

static int
complete(const struct jstate *st, int f)
{
	const struct cand *c = st->c[f];

	return c[S_TIME].k != NULL && (c[S_TARGET].k != NULL ||
	    c[S_REQLINE].k != NULL || c[S_URI].k != NULL);
}

/* The record from the values of flavour f. */
static int
fill(struct jstate *st, int f, jy_record *r, const char **why)
{
	static const unsigned char field[] = {
		[S_CLIENT] = JY_F_CLIENT, [S_USER] = JY_F_USER,
		[S_VHOST] = JY_F_VHOST, [S_METHOD] = JY_F_METHOD,
		[S_TARGET] = JY_F_TARGET, [S_PROTO] = JY_F_PROTOCOL,
		[S_REF] = JY_F_REFERRER, [S_UA] = JY_F_UA,
	};
	struct cand *c = st->c[f];
	jy_record req;
	jy_span s;
	int64_t v;
	int slot, best, i;
	unsigned logs = 1u << JY_F_TARGET;

	if (!complete(st, f)) {
		*why = c[S_TIME].k == NULL ? missing(st, f, S_TIME, S_TIME,
		    S_TIME, "time") : missing(st, f, S_TARGET, S_REQLINE,
		    S_URI, "request target");
		return -1;
	}
	s = text(st, &c[S_TIME].v);
	if (json_time(&c[S_TIME].v, s, &r->time) != 0) {
		*why = bad_value(st, "time", c[S_TIME].k);
		return -1;
	}
	if (c[S_STATUS].k != NULL) {
		s = text(st, &c[S_STATUS].v);
		if (json_int(&c[S_STATUS].v, s, &v) != 0 || v > 999) {
			*why = bad_value(st, "status", c[S_STATUS].k);
			return -1;
		}
		r->status = (int)v;
	}
	if (c[S_BYTES].k != NULL) {
		s = text(st, &c[S_BYTES].v);
		if (json_int(&c[S_BYTES].v, s, &v) != 0) {
			*why = bad_value(st, "byte count", c[S_BYTES].k);
			return -1;
		}
		r->bytes = v;
	}
	for (slot = 0; slot < (int)sizeof field; slot++) {
		if (c[slot].k == NULL)
			continue;
		s = text(st, &c[slot].v);
		if (slot == S_VHOST)
			s = host_only(s);
		else if (c[slot].k->flags & V_PORT)
			s = addr_only(s);
		r->f[field[slot]] = s;
		logs |= 1u << field[slot];
	}
	/* The target from the best of a target, a request line and $uri. */
	best = S_TARGET;
	if (c[S_REQLINE].k != NULL && (c[best].k == NULL ||
	    c[S_REQLINE].k->prio < c[best].k->prio))
		best = S_REQLINE;
	if (c[S_URI].k != NULL && (c[best].k == NULL ||
	    c[S_URI].k->prio < c[best].k->prio))
		best = S_URI;
	if (c[S_REQLINE].k != NULL) {
		/* Method and protocol from the request line, where no key
		 * of their own gave them. */
		static const int part[] = { JY_F_METHOD, JY_F_PROTOCOL };
		memset(&req, 0, sizeof req);
		jy_parse_request(&req, text(st, &c[S_REQLINE].v));
		if (best == S_REQLINE && req.f[JY_F_TARGET].p != NULL)
			r->f[JY_F_TARGET] = req.f[JY_F_TARGET];
		for (i = 0; i < 2; i++)
			if (r->f[part[i]].n == 0 && req.f[part[i]].p != NULL) {
				r->f[part[i]] = req.f[part[i]];
				logs |= 1u << part[i];
			}
	}
	if (best == S_URI) {
		s = text(st, &c[S_URI].v);
		r->f[JY_F_TARGET] = s;
		if (c[S_ARGS].k != NULL) {
			jy_span a = text(st, &c[S_ARGS].v);
			if (a.n > 0 && !jy_span_dash(a) &&
			    (size_t)(st->wend - st->w) >= s.n + 1 + a.n) {
				memmove(st->w, s.p, s.n);
				st->w[s.n] = '?';
				memmove(st->w + s.n + 1, a.p, a.n);
				r->f[JY_F_TARGET].p = st->w;
				r->f[JY_F_TARGET].n = s.n + 1 + a.n;
				st->w += s.n + 1 + a.n;
			}
		}
	}
	/* Where the log has the request headers, a header that is not
	 * there was not sent: an empty User-Agent. */
	if (st->headers[f])
		logs |= 1u << JY_F_UA | 1u << JY_F_REFERRER;
	for (i = 0; i < st->nname; i++)
		if (st->nprio[i] < 99)
			r->named[i] = text(st, &st->nval[i]);
	st->logs = logs;
	return 0;
}

static int
json_parse(void *vst, jy_span line, jy_record *r, struct jy_buf *scratch,
    const char **why)
{
	struct jstate *st = vst;
	int f, best, i;

	st->start = st->p = line.p;
	st->end = line.p + line.n;
	st->err = NULL;
	st->w = scratch->p + scratch->n;
	st->wend = scratch->p + scratch->cap;
	st->ndone = 0;
	memset(st->c, 0, sizeof st->c);
	memset(st->hits, 0, sizeof st->hits);
	memset(st->headers, 0, sizeof st->headers);
	for (i = 0; i < st->nname; i++)
		st->nprio[i] = 99;
	st->logs = 0;
	ws(st);
	if (st->p == st->end || *st->p != '{') {
		*why = "not a JSON object";
		return -1;
	}
	if (scan_object(st, 0, 0) == 0) {
		ws(st);
		if (st->p != st->end)
			fail(st, "text after the object");
	}
	if (st->err != NULL) {
		if (st->errat == st->end)
			snprintf(st->why, sizeof st->why, "bad JSON: the line "
			    "ends inside the object (%s)", st->err);
		else
			snprintf(st->why, sizeof st->why, "bad JSON at offset "
			    "%zu: %s", (size_t)(st->errat - st->start),
			    st->err);
		*why = st->why;
		return -1;
	}
	/* The flavour: of those with a time and a target, the one more
	 * keys name; with none, the one whose complaint is likeliest. */
	best = -1;
	for (f = 0; f < NFL; f++) {
		if (!(st->mask & (1u << f)))
			continue;
		if (best < 0 || (complete(st, f) && !complete(st, best)) ||
		    (complete(st, f) == complete(st, best) &&
		    st->hits[f] > st->hits[best]))
			best = f;
	}
	i = fill(st, best, r, why);
	scratch->n = (size_t)(st->w - scratch->p);
	return i;
}

const struct jy_fmtdrv jy_drv_json = {
	names, 1, json_open, json_parse, json_logs, json_named, json_free,
	NULL
};
