/*
 * events.c - the event stream of DESIGN.md: one line per pageview, or one
 * per session with --summary, as #-header TSV or JSON Lines.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

enum col {
	C_SESSION, C_VISITOR, C_SEQ, C_TIME, C_EPOCH, C_PAGE, C_URL, C_METHOD,
	C_STATUS, C_BYTES, C_REFERRER, C_UA, C_HOST, C_CHANNEL, C_STAGE,
	C_DURATION, C_RETURNING, C_VISIT, C_BROWSER, C_OS, C_DEVICE, C_DCLASS,
	C_OWNER, C_N
};

static const char *const colname[C_N] = {
	"session", "visitor", "seq", "time", "epoch", "page", "url", "method",
	"status", "bytes", "referrer", "ua", "host", "channel", "stage",
	"duration", "returning", "visit_number", "browser", "os", "device",
	"device_class", "owner"
};

static const char *const summary_cols[] = {
	"session", "visitor", "start", "end", "duration_s", "pageviews",
	"channel", "entry", "exit", "path"
};

struct jy_events {
	jy_out		*o;
	int		 json, summary, header_done;
	int		 header_due;	/* written before the first line */
	int		 held_due;	/* ... as it was at jy_events_redo's hold */
	enum col	 col[C_N * 2];
	int		 ncol;
	/* TSV: a session's own columns (its ids, channel) as written,
	 * made once for all its lines. */
	struct jy_buf	 own;
	size_t		 owni[C_N * 2 + 1];
	int		 fast;		/* TSV of columns tsv_line writes */
};

jy_status
jy_events_new(jy_out *o, const char *fields, int json, int summary,
    jy_events **out, char *err, size_t errlen)
{
	jy_events *e = jy_xcalloc(1, sizeof *e);
	const char *p, *q;
	size_t n;
	int k;

	e->o = o;
	e->json = json;
	e->summary = summary;
	if (fields == NULL)
		fields = "session,visitor,seq,time,page,status,channel";
	for (p = fields; *p; p = *q ? q + 1 : q) {
		q = strchr(p, ',');
		if (q == NULL)
			q = p + strlen(p);
		n = (size_t)(q - p);
		for (k = 0; k < C_N; k++)
			if (strlen(colname[k]) == n &&
			    strncmp(colname[k], p, n) == 0)
				break;
		if (k == C_N || e->ncol == C_N * 2) {
			jy_errf(err, errlen, "bad -o/--fields \"%s\": unknown "
			    "field \"%.*s\"; fields are session, visitor, seq, "
			    "time, epoch, page, url, method, status, bytes, "
			    "referrer, ua, host, channel, stage, duration, "
			    "returning, visit_number, browser, os, device, "
			    "device_class, owner",
			    fields, (int)n, p);
			free(e);
			return JY_EUSAGE;
		}
		e->col[e->ncol++] = (enum col)k;
	}
	if (e->ncol == 0) {
		jy_errf(err, errlen, "bad -o/--fields \"\": name at least one "
		    "field");
		free(e);
		return JY_EUSAGE;
	}
	/* tsv_line writes all but the stage and C_BROWSER on. */
	e->fast = !json && !summary;
	for (k = 0; k < e->ncol; k++)
		if (e->col[k] == C_STAGE || e->col[k] >= C_BROWSER)
			e->fast = 0;
	*out = e;
	return JY_OK;
}

/* The record fields a consumer must keep for these columns. */
int
jy_events_needs(const jy_events *e, int field)
{
	static const int map[C_N] = {
		[C_URL] = JY_F_TARGET, [C_METHOD] = JY_F_METHOD,
		[C_REFERRER] = JY_F_REFERRER, [C_UA] = JY_F_UA,
		[C_HOST] = JY_F_VHOST, [C_SESSION] = -1, [C_VISITOR] = -1,
		[C_SEQ] = -1, [C_TIME] = -1, [C_EPOCH] = -1, [C_PAGE] = -1,
		[C_STATUS] = -1, [C_BYTES] = -1, [C_CHANNEL] = -1,
		[C_STAGE] = -1, [C_DURATION] = -1,
		[C_RETURNING] = JY_C_RETURNING, [C_VISIT] = JY_C_VISIT,
		[C_BROWSER] = JY_C_BROWSER, [C_OS] = JY_C_OS,
		[C_DEVICE] = JY_C_DEVICE, [C_DCLASS] = JY_C_DCLASS,
		[C_OWNER] = JY_C_OWNER,
	};
	int i;

	if (e->summary)
		return 0;
	for (i = 0; i < e->ncol; i++)
		if (map[e->col[i]] == field && field >= 0)
			return 1;
	return 0;
}

void
jy_events_header(jy_events *e)
{
	e->header_due = !e->json;
}

void
jy_events_end(jy_events *e)
{
	size_t i;
	int k;

	if (!e->header_due)
		return;
	e->header_due = 0;
	jy_out_char(e->o, '#');
	if (e->summary)
		for (i = 0; i < sizeof summary_cols / sizeof *summary_cols; i++) {
			if (i)
				jy_out_char(e->o, '\t');
			jy_out_str(e->o, summary_cols[i]);
		}
	else
		for (k = 0; k < e->ncol; k++) {
			if (k)
				jy_out_char(e->o, '\t');
			jy_out_str(e->o, colname[e->col[k]]);
		}
	jy_out_char(e->o, '\n');
}

static void
key(jy_events *e, int first, const char *name)
{
	if (!e->json) {
		if (!first)
			jy_out_char(e->o, '\t');
		return;
	}
	jy_out_bytes(e->o, first ? "{\"" : ",\"", 2);
	jy_out_str(e->o, name);
	jy_out_bytes(e->o, "\":", 2);
}

static void
str(jy_events *e, const char *s, size_t n)
{
	if (e->json) {
		jy_out_char(e->o, '"');
		jy_out_json(e->o, s, n);
		jy_out_char(e->o, '"');
	} else if (n == 0)
		jy_out_char(e->o, '-');
	else
		jy_out_tsv(e->o, s, n);
}

static void
num(jy_events *e, int64_t v, int missing)
{
	if (missing)
		jy_out_str(e->o, e->json ? "null" : "-");
	else
		jy_out_int(e->o, v);
}

static void
timestr(jy_events *e, int64_t t)
{
	char b[24];
	size_t n = jy_format_time(t, b);

	if (e->json)
		jy_out_char(e->o, '"');
	jy_out_bytes(e->o, b, n);
	if (e->json)
		jy_out_char(e->o, '"');
}

static void
span(jy_events *e, jy_span s)
{
	str(e, s.p, s.n);
}

static void
summary(jy_events *e, const jy_session *s)
{
	size_t n = jy_session_len(s), i;
	int64_t t0 = jy_session_time(s, 0), t1 = jy_session_time(s, n - 1);
	const char *ch = jy_channel_name(jy_session_channel(s));

	key(e, 1, "session");
	str(e, jy_session_id(s), strlen(jy_session_id(s)));
	key(e, 0, "visitor");
	str(e, jy_session_visitor(s), strlen(jy_session_visitor(s)));
	key(e, 0, "start");
	timestr(e, t0);
	key(e, 0, "end");
	timestr(e, t1);
	key(e, 0, "duration_s");
	jy_out_int(e->o, t1 - t0);
	key(e, 0, "pageviews");
	jy_out_int(e->o, (int64_t)n);
	key(e, 0, "channel");
	str(e, ch, strlen(ch));
	key(e, 0, "entry");
	span(e, jy_session_field(s, 0, JY_F_PAGE));
	key(e, 0, "exit");
	span(e, jy_session_field(s, n - 1, JY_F_PAGE));
	key(e, 0, "path");
	if (e->json)
		jy_out_char(e->o, '[');
	for (i = 0; i < n; i++) {
		jy_span p = jy_session_field(s, i, JY_F_PAGE);
		if (e->json) {
			if (i)
				jy_out_char(e->o, ',');
			str(e, p.p, p.n);
		} else {
			if (i)
				jy_out_bytes(e->o, " > ", 3);
			jy_out_tsv(e->o, p.p, p.n);
		}
	}
	jy_out_str(e->o, e->json ? "]}\n" : "\n");
}

/* s into e->own as str writes it in TSV. */
static void
own_add(jy_events *e, const char *s, size_t n)
{
	if (n == 0) {
		jy_buf_addc(&e->own, '-');
		return;
	}
	jy_buf_reserve(&e->own, 4 * n);
	e->own.n += jy_tsv_escape(e->own.p + e->own.n, s, n);
}

/* The TSV text of column k that is the same on every line of s, from
 * e->own, or 0 if k's is not. */
static int
own(jy_events *e, int k)
{
	if (e->json || e->owni[k + 1] == e->owni[k])
		return 0;
	jy_out_bytes(e->o, e->own.p + e->owni[k], e->owni[k + 1] -
	    e->owni[k]);
	return 1;
}

/* The record field a text column writes, + 1 (0: not a text column). */
static const int textf[C_N] = {
	[C_PAGE] = JY_F_PAGE + 1, [C_URL] = JY_F_TARGET + 1,
	[C_METHOD] = JY_F_METHOD + 1, [C_REFERRER] = JY_F_REFERRER + 1,
	[C_UA] = JY_F_UA + 1, [C_HOST] = JY_F_VHOST + 1,
};

/*
 * Line i of s in TSV, as the columns' calls below write it, but into
 * the output's buffer at once: on a big log, a call and a room check
 * per column of a million lines.  0 if it would not fit in the buffer.
 */
static int
tsv_line(jy_events *e, const jy_session *s, size_t i, size_t n)
{
	enum { NUM = 24 };	/* an int64's digits, or a time's */
	size_t need = e->own.n + (size_t)e->ncol + 1;
	jy_span text[C_N * 2];
	char *q;
	int k;

	for (k = 0; k < e->ncol; k++)
		if (textf[e->col[k]] > 0) {
			text[k] = jy_session_field(s, i, textf[e->col[k]] - 1);
			need += 4 * text[k].n + 1;
		} else
			need += NUM;
	if ((q = jy_out_room(e->o, need)) == NULL)
		return 0;
	for (k = 0; k < e->ncol; k++) {
		if (k > 0)
			*q++ = '\t';
		if (e->owni[k + 1] > e->owni[k]) {
			memcpy(q, e->own.p + e->owni[k], e->owni[k + 1] -
			    e->owni[k]);
			q += e->owni[k + 1] - e->owni[k];
			continue;
		}
		if (textf[e->col[k]] > 0) {
			if (text[k].n == 0)
				*q++ = '-';
			else
				q += jy_tsv_escape(q, text[k].p, text[k].n);
			continue;
		}
		switch (e->col[k]) {
		case C_SEQ:
			q = jy_put_int(q, (int64_t)i + 1);
			break;
		case C_TIME:
			q += jy_format_time(jy_session_time(s, i), q);
			break;
		case C_EPOCH:
			q = jy_put_int(q, jy_session_time(s, i));
			break;
		case C_STATUS:
			if (jy_session_status(s, i) < 0)
				*q++ = '-';
			else
				q = jy_put_int(q, jy_session_status(s, i));
			break;
		case C_BYTES:
			if (jy_session_bytes(s, i) < 0)
				*q++ = '-';
			else
				q = jy_put_int(q, jy_session_bytes(s, i));
			break;
		case C_DURATION:
			if (i + 1 == n)
				*q++ = '-';
			else
				q = jy_put_int(q, jy_session_time(s, i + 1) -
				    jy_session_time(s, i));
			break;
		case C_RETURNING:
			*q++ = jy_session_visit(s) > 1 ? '1' : '0';
			break;
		case C_VISIT:
			q = jy_put_int(q, jy_session_visit(s));
			break;
		default:	/* not fast (jy_events_new), or own */
			break;
		}
	}
	*q++ = '\n';
	jy_out_wrote(e->o, q);
	return 1;
}

int
jy_events_session(void *arg, const jy_session *s)
{
	jy_events *e = arg;
	size_t n = jy_session_len(s), i;
	const char *ch = jy_channel_name(jy_session_channel(s));
	int k;

	jy_events_end(e);
	if (e->summary) {
		summary(e, s);
		return jy_out_failed(e->o);
	}
	e->own.n = 0;
	for (k = 0; k < e->ncol; k++) {
		e->owni[k] = e->own.n;
		if (e->json)
			continue;
		if (e->col[k] == C_SESSION)
			own_add(e, jy_session_id(s), strlen(jy_session_id(s)));
		else if (e->col[k] == C_VISITOR)
			own_add(e, jy_session_visitor(s),
			    strlen(jy_session_visitor(s)));
		else if (e->col[k] == C_CHANNEL)
			own_add(e, ch, strlen(ch));
	}
	e->owni[k] = e->own.n;
	for (i = 0; i < n; i++) {
		if (e->fast && tsv_line(e, s, i, n))
			continue;
		for (k = 0; k < e->ncol; k++) {
			enum col c = e->col[k];
			key(e, k == 0, colname[c]);
			if (own(e, k))
				continue;
			switch (c) {
			case C_SESSION:
				str(e, jy_session_id(s),
				    strlen(jy_session_id(s)));
				break;
			case C_VISITOR:
				str(e, jy_session_visitor(s),
				    strlen(jy_session_visitor(s)));
				break;
			case C_SEQ:
				jy_out_int(e->o, (int64_t)i + 1);
				break;
			case C_TIME:
				timestr(e, jy_session_time(s, i));
				break;
			case C_EPOCH:
				jy_out_int(e->o, jy_session_time(s, i));
				break;
			case C_PAGE:
				span(e, jy_session_field(s, i, JY_F_PAGE));
				break;
			case C_URL:
				span(e, jy_session_field(s, i, JY_F_TARGET));
				break;
			case C_METHOD:
				span(e, jy_session_field(s, i, JY_F_METHOD));
				break;
			case C_STATUS:
				num(e, jy_session_status(s, i),
				    jy_session_status(s, i) < 0);
				break;
			case C_BYTES:
				num(e, jy_session_bytes(s, i),
				    jy_session_bytes(s, i) < 0);
				break;
			case C_REFERRER:
				span(e, jy_session_field(s, i,
				    JY_F_REFERRER));
				break;
			case C_UA:
				span(e, jy_session_field(s, i, JY_F_UA));
				break;
			case C_HOST:
				span(e, jy_session_field(s, i, JY_F_VHOST));
				break;
			case C_CHANNEL:
				str(e, ch, strlen(ch));
				break;
			case C_STAGE:
				span(e, jy_session_field(s, i, JY_F_STAGE));
				break;
			case C_DURATION:
				num(e, i + 1 < n ? jy_session_time(s, i + 1) -
				    jy_session_time(s, i) : 0, i + 1 == n);
				break;
			case C_RETURNING:
				jy_out_char(e->o, jy_session_visit(s) > 1 ?
				    '1' : '0');
				break;
			case C_VISIT:
				jy_out_int(e->o, jy_session_visit(s));
				break;
			case C_BROWSER:
			case C_OS:
			case C_DEVICE:
			case C_DCLASS:
			case C_OWNER:
				{
					char b[32];
					span(e, jy_session_value(s, i, JY_C_BROWSER +
					    (int)(c - C_BROWSER), b));
				}
				break;
			case C_N:
				break;
			}
		}
		jy_out_str(e->o, e->json ? "}\n" : "\n");
	}
	return jy_out_failed(e->o);
}

int
jy_events_redo(void *ctx, int what, const char *tmpdir)
{
	jy_events *e = ctx;

	switch (what) {
	case JY_REDO_HOLD:
		e->held_due = e->header_due;
		return jy_out_hold(e->o, tmpdir);
	case JY_REDO_UNDO:
		jy_out_release(e->o, 0);
		e->header_due = e->held_due;
		return 0;
	default:
		jy_out_release(e->o, 1);
		return 0;
	}
}

void
jy_events_free(jy_events *e)
{
	if (e == NULL)
		return;
	jy_buf_free(&e->own);
	free(e);
}
