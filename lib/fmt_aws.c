/*
 * fmt_aws.c - Amazon Web Services access logs: the Classic Load Balancer
 * (elb), the Application Load Balancer (alb) and S3 server access logs
 * (s3).  Each is a fixed list of space-separated fields, some between
 * double quotes, so one small tokenizer reads them all.  The three are
 * three drivers (jy_drv_aws is elb) so that detection tries each and -v
 * names the one it found.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

enum { AWS_ELB, AWS_ALB, AWS_S3 };

struct aws {
	int		 kind;
	int		 has_ua;	/* the last line logs a User-Agent */
};

/* Fields looked at: ALB's request_creation_time is its 22nd, S3's Host
 * header its 23rd; whatever follows is read over. */
#define AWS_MAXF	23

static const char *const elb_names[] = { "elb", NULL };
static const char *const alb_names[] = { "alb", NULL };
static const char *const s3_names[] = { "s3", NULL };

static void *
aws_open(const char *name, char *err, size_t errlen)
{
	struct aws *a = jy_xcalloc(1, sizeof *a);

	(void)err;
	(void)errlen;
	a->kind = strcmp(name, "alb") == 0 ? AWS_ALB :
	    strcmp(name, "s3") == 0 ? AWS_S3 : AWS_ELB;
	return a;
}

static void
aws_free(void *st)
{
	free(st);
}

static unsigned
aws_logs(void *st)
{
	struct aws *a = st;
	unsigned m = 1u << JY_F_CLIENT | 1u << JY_F_METHOD |
	    1u << JY_F_TARGET | 1u << JY_F_PROTOCOL | 1u << JY_F_VHOST;

	if (a->kind == AWS_S3)
		m |= 1u << JY_F_USER | 1u << JY_F_REFERRER;
	if (a->has_ua)
		m |= 1u << JY_F_UA;
	return m;
}

static int
aws_named(void *st, const char *name)
{
	(void)st;
	(void)name;
	return -1;
}

/*
 * Split the line into at most max fields, separated by single spaces.  A
 * field that starts with '"' runs to the first unescaped '"' followed by
 * a space or the end of the line, quotes dropped and escapes decoded into
 * scratch; one that starts with '[' runs to the next ']' (S3's time holds
 * a space).  Returns the number of fields, or -1 with *why; *rest is set
 * to what follows field max (the end of the line if nothing does).
 */
static int
split(jy_span line, jy_span *f, int max, struct jy_buf *scratch,
    const char **rest, const char **why)
{
	const char *p = line.p, *end = line.p + line.n, *e, *q;
	int n = 0;

	while (p < end && n < max) {
		if (*p == '"') {
			for (q = p + 1;; q++) {
				q = memchr(q, '"', (size_t)(end - q));
				if (q == NULL) {
					*why = "unterminated quoted field";
					return -1;
				}
				size_t bs = 0;
				while (q - bs > p + 1 &&
				    q[-1 - (long)bs] == '\\')
					bs++;
				if (bs % 2 == 0 && (q + 1 == end ||
				    q[1] == ' '))
					break;
			}
			f[n].p = p + 1;
			f[n].n = (size_t)(q - p - 1);
			if (memchr(f[n].p, '\\', f[n].n) != NULL) {
				char *d = scratch->p + scratch->n;
				size_t before = scratch->n;
				jy_unescape(scratch, f[n].p, f[n].n);
				f[n].p = d;
				f[n].n = scratch->n - before;
			}
			e = q + 1;
		} else {
			if (*p == '[' && (e = memchr(p, ']', (size_t)(end -
			    p))) != NULL)
				e++;
			else
				e = p;
			e = memchr(e, ' ', (size_t)(end - e));
			if (e == NULL)
				e = end;
			f[n].p = p;
			f[n].n = (size_t)(e - p);
		}
		n++;
		p = e < end ? e + 1 : end;
		if (e + 1 == end) {
			*why = "space at the end of the line";
			return -1;
		}
	}
	*rest = p;
	return n;
}

/* "address:port" without the port; "[v6]:port" without brackets too. */
static jy_span
strip_port(jy_span s)
{
	const char *c;
	size_t i;

	if (s.n > 0 && s.p[0] == '[' && (c = memchr(s.p, ']', s.n)) != NULL) {
		s.p++;
		s.n = (size_t)(c - s.p);
		return s;
	}
	for (i = s.n; i > 0 && s.p[i - 1] >= '0' && s.p[i - 1] <= '9'; i--)
		;
	if (i > 1 && i < s.n && s.p[i - 1] == ':')
		s.n = i - 1;
	return s;
}

/* A number such as 0.000086, or -1 as the load balancers write it. */
static int
is_seconds(jy_span s)
{
	size_t i = s.n > 0 && s.p[0] == '-';
	int digits = 0;

	if (s.n == 2 && s.p[0] == '-' && s.p[1] == '1')
		return 1;
	for (; i < s.n; i++) {
		if (s.p[i] >= '0' && s.p[i] <= '9')
			digits++;
		else if (s.p[i] != '.')
			return 0;
	}
	return digits > 0;
}

static int
set_status(jy_record *r, jy_span s, const char **why)
{
	int64_t v;

	if (jy_parse_int(s.p, s.n, &v) != 0 || v > 999) {
		*why = "bad status";
		return -1;
	}
	r->status = (int)v;
	return 0;
}

static int
set_bytes(jy_record *r, jy_span s, const char **why)
{
	if (jy_parse_int(s.p, s.n, &r->bytes) != 0) {
		*why = "bad byte count";
		return -1;
	}
	return 0;
}

/*
 * A target in absolute form, scheme://host[:port]/path?query as the load
 * balancers (and HTTP/2 proxies) log it: the target becomes /path?query
 * and the host, without its port, the virtual host unless one is set.
 */
void
jy_target_absolute(jy_record *r, struct jy_buf *scratch)
{
	jy_span t = r->f[JY_F_TARGET], h;
	const char *p = t.p, *end = t.p + t.n, *a, *c;

	while (p < end && ((*p >= 'a' && *p <= 'z') || (*p >= 'A' &&
	    *p <= 'Z') || (p > t.p && ((*p >= '0' && *p <= '9') ||
	    *p == '+' || *p == '-' || *p == '.'))))
		p++;
	if (p == t.p || end - p < 3 || memcmp(p, "://", 3) != 0)
		return;
	a = p += 3;
	while (p < end && *p != '/' && *p != '?' && *p != '#')
		p++;
	h.p = a;
	h.n = (size_t)(p - a);
	if ((c = memrchr(h.p, '@', h.n)) != NULL) {
		h.n -= (size_t)(c + 1 - h.p);
		h.p = c + 1;
	}
	if (h.n > 0 && h.p[0] == '[') {
		if ((c = memchr(h.p, ']', h.n)) != NULL)
			h.n = (size_t)(c + 1 - h.p);
	} else if ((c = memchr(h.p, ':', h.n)) != NULL)
		h.n = (size_t)(c - h.p);
	if (r->f[JY_F_VHOST].n == 0 && h.n > 0)
		r->f[JY_F_VHOST] = h;
	if (p < end && *p == '/') {
		r->f[JY_F_TARGET].p = p;
		r->f[JY_F_TARGET].n = (size_t)(end - p);
		return;
	}
	/* No path: the root, with the query if there is one. */
	char *d = scratch->p + scratch->n;
	jy_buf_addc(scratch, '/');
	jy_buf_add(scratch, p, (size_t)(end - p));
	r->f[JY_F_TARGET].p = d;
	r->f[JY_F_TARGET].n = (size_t)(end - p) + 1;
}

/* The request field: "- - - " (a TCP listener's line, or a request the
 * balancer could not read) is no HTTP request. */
static int
set_request(jy_record *r, jy_span req, struct jy_buf *scratch,
    const char **why)
{
	if (jy_span_dash(req) || jy_span_eq(req, "- - - ") ||
	    jy_span_eq(req, "- - -")) {
		*why = "not an HTTP request";
		return -1;
	}
	jy_parse_request(r, req);
	jy_target_absolute(r, scratch);
	return 0;
}

static int
iso_time(jy_span s, int64_t *t)
{
	return s.n >= 20 && s.p[4] == '-' && jy_parse_time(s, t) == 0 ? 0 : -1;
}

/*
 * elb: timestamp elb client:port backend:port request_processing_time
 * backend_processing_time response_processing_time elb_status_code
 * backend_status_code received_bytes sent_bytes "request" "user_agent"
 * ssl_cipher ssl_protocol; logs from before 2015 end after "request".
 */
static int
parse_elb(struct aws *a, jy_span *f, int n, jy_record *r,
    struct jy_buf *scratch, const char **why)
{
	int i;

	if (n < 12) {
		*why = "too few fields";
		return -1;
	}
	if (iso_time(f[0], &r->time) != 0) {
		*why = "bad time";
		return -1;
	}
	for (i = 4; i <= 6; i++)
		if (!is_seconds(f[i])) {
			*why = "bad processing time";
			return -1;
		}
	if (set_status(r, f[7], why) != 0 || set_bytes(r, f[10], why) != 0)
		return -1;
	r->f[JY_F_CLIENT] = strip_port(f[2]);
	if (n > 12) {
		r->f[JY_F_UA] = f[12];
		a->has_ua = 1;
	}
	return set_request(r, f[11], scratch, why);
}

/*
 * alb: type time elb client:port target:port request_processing_time
 * target_processing_time response_processing_time elb_status_code
 * target_status_code received_bytes sent_bytes "request" "user_agent"
 * ssl_cipher ssl_protocol target_group_arn "trace_id" "domain_name"
 * "chosen_cert_arn" matched_rule_priority request_creation_time ... (AWS
 * adds fields at the end now and then).
 */
static int
parse_alb(struct aws *a, jy_span *f, int n, jy_record *r,
    struct jy_buf *scratch, const char **why)
{
	size_t k;
	int i;

	if (n < 16) {
		*why = "too few fields";
		return -1;
	}
	for (k = 0; k < f[0].n && f[0].p[k] >= 'a' && f[0].p[k] <= 'z'; k++)
		;
	for (; k < f[0].n && f[0].p[k] >= '0' && f[0].p[k] <= '9'; k++)
		;
	if (f[0].n == 0 || f[0].n > 8 || k < f[0].n) {
		*why = "bad request type (http, https, h2, grpcs, ws, wss...)";
		return -1;
	}
	if (iso_time(f[1], &r->time) != 0) {
		*why = "bad time";
		return -1;
	}
	for (i = 5; i <= 7; i++)
		if (!is_seconds(f[i])) {
			*why = "bad processing time";
			return -1;
		}
	if (set_status(r, f[8], why) != 0 || set_bytes(r, f[11], why) != 0)
		return -1;
	/* The time the request came in, where logged, rather than the time
	 * of the response (a WebSocket's is when it closed). */
	if (n > 21 && !jy_span_dash(f[21]))
		(void)iso_time(f[21], &r->time);
	r->f[JY_F_CLIENT] = strip_port(f[3]);
	r->f[JY_F_UA] = f[13];
	a->has_ua = 1;
	return set_request(r, f[12], scratch, why);
}

/*
 * s3: bucket_owner bucket [time] remote_ip requester request_id operation
 * key "request_uri" http_status error_code bytes_sent object_size
 * total_time turn_around_time "referer" "user_agent" version_id host_id
 * signature_version cipher_suite authentication_type host_header ...
 */
static int
parse_s3(struct aws *a, jy_span *f, int n, jy_record *r,
    struct jy_buf *scratch, const char **why)
{
	if (n < 17) {
		*why = "too few fields";
		return -1;
	}
	if (f[2].n < 2 || f[2].p[0] != '[' || f[2].p[f[2].n - 1] != ']' ||
	    jy_parse_clf_time(f[2].p + 1, f[2].n - 2, &r->time) != 0) {
		*why = "bad or missing [time]";
		return -1;
	}
	if (set_status(r, f[9], why) != 0 || set_bytes(r, f[11], why) != 0)
		return -1;
	if (r->bytes < 0)
		r->bytes = 0;		/* "-" is S3's zero */
	r->f[JY_F_CLIENT] = f[3];
	r->f[JY_F_USER] = f[4];
	r->f[JY_F_REFERRER] = f[15];
	r->f[JY_F_UA] = f[16];
	a->has_ua = 1;
	/* The Host header the client sent, else the bucket (a website
	 * bucket is named after its host). */
	r->f[JY_F_VHOST] = n > 22 && !jy_span_dash(f[22]) ? f[22] : f[1];
	return set_request(r, f[8], scratch, why);
}

static int
aws_parse(void *st, jy_span line, jy_record *r, struct jy_buf *scratch,
    const char **why)
{
	struct aws *a = st;
	jy_span f[AWS_MAXF];
	const char *rest;
	int n;

	a->has_ua = 0;
	if (line.n > 0 && line.p[0] == '#')
		return 1;	/* a comment, as in hand-made samples */
	n = split(line, f, a->kind == AWS_ELB ? 15 : AWS_MAXF, scratch, &rest,
	    why);
	if (n < 0)
		return -1;
	switch (a->kind) {
	case AWS_ELB:
		if (rest < line.p + line.n) {
			*why = "unexpected text after the last field";
			return -1;
		}
		return parse_elb(a, f, n, r, scratch, why);
	case AWS_ALB:
		return parse_alb(a, f, n, r, scratch, why);
	default:
		return parse_s3(a, f, n, r, scratch, why);
	}
}

const struct jy_fmtdrv jy_drv_aws = {
	elb_names, 1, aws_open, aws_parse, aws_logs, aws_named, aws_free, NULL
};
const struct jy_fmtdrv jy_drv_aws_alb = {
	alb_names, 1, aws_open, aws_parse, aws_logs, aws_named, aws_free, NULL
};
const struct jy_fmtdrv jy_drv_aws_s3 = {
	s3_names, 1, aws_open, aws_parse, aws_logs, aws_named, aws_free, NULL
};
