/*
 * session.c - read access to a finished session for its consumers.
 */
#include <time.h>

#include "session.h"

jy_span
jy_pv_slot(const jy_session *s, const struct pv *p, int k)
{
	const char *q = s->sb.p + p->off;
	jy_span sp = { "", 0 };
	uint16_t mask;
	uint32_t n;
	int i;

	memcpy(&mask, q, sizeof mask);
	if (!(mask >> k & 1))
		return sp;
	q += sizeof mask;
	for (i = 0; i < k; i++)
		if (mask >> i & 1) {
			memcpy(&n, q, sizeof n);
			q += sizeof n + n;
		}
	memcpy(&n, q, sizeof n);
	sp.p = q + sizeof n;
	sp.n = n;
	return sp;
}

const char *
jy_session_id(const jy_session *s)
{
	return s->sidp;
}

const char *
jy_session_visitor(const jy_session *s)
{
	return s->vidp;
}

size_t
jy_session_len(const jy_session *s)
{
	return s->n;
}

uint32_t
jy_session_visit(const jy_session *s)
{
	return s->visit;
}

int
jy_session_channel(const jy_session *s)
{
	return s->channel;
}

int64_t
jy_session_time(const jy_session *s, size_t i)
{
	return s->pv[i].t;
}

int
jy_session_status(const jy_session *s, size_t i)
{
	return s->pv[i].status;
}

int64_t
jy_session_bytes(const jy_session *s, size_t i)
{
	return s->pv[i].bytes;
}

jy_span
jy_session_field(const jy_session *s, size_t i, int field)
{
	static const signed char map[JY_F_NFIXED] = {
		[JY_F_CLIENT] = -1, [JY_F_IDENT] = -1, [JY_F_USER] = -1,
		[JY_F_VHOST] = S_HOST, [JY_F_METHOD] = S_METHOD,
		[JY_F_TARGET] = S_URL, [JY_F_PROTOCOL] = -1,
		[JY_F_REFERRER] = S_REF, [JY_F_UA] = S_UA,
		[JY_F_VISITOR] = -1, [JY_F_PAGE] = S_PAGE,
		[JY_F_CHANNEL] = -1, [JY_F_STAGE] = -1, [JY_F_SESSION] = -1,
	};
	const struct pv *p = &s->pv[i];
	jy_span sp = { "", 0 };
	int k;

	if (field == JY_F_STAGE) {
		if (p->stage >= 0)
			sp = jy_span_str(s->cfg->stages[p->stage].name);
		else
			sp = jy_pv_slot(s, p, S_STAGE);
		return sp;
	}
	if (field < 0 || field >= JY_F_NFIXED || (k = map[field]) < 0)
		return sp;
	return jy_pv_slot(s, p, k);
}

size_t
jy_session_peak(const jy_session *s, int64_t window)
{
	size_t i = 0, j, best = 0;

	/* Pageviews are in time order: a window slides over them. */
	for (j = 0; j < s->n; j++) {
		while (s->pv[j].t - s->pv[i].t >= window)
			i++;
		if (j - i + 1 > best)
			best = j - i + 1;
	}
	return best;
}

int
jy_column_is_time(int col)
{
	return col >= JY_C_HOUR && col <= JY_C_MONTH;
}

/* The offset of --tz from UTC at t (0 without --tz, whatever TZ says);
 * offsets change on quarter hours at most, so it is cached per one. */
static int64_t
tz_offset(const struct jy_config *c, int64_t t)
{
	static int64_t cache_q = INT64_MIN, cache_off;
	struct tm tm;
	time_t tt = (time_t)t;

	if (c == NULL || c->tz == NULL)
		return 0;
	if (t / 900 != cache_q) {
		localtime_r(&tt, &tm);
		cache_off = tm.tm_gmtoff;
		cache_q = t / 900;
	}
	return cache_off;
}

int64_t
jy_tz_offset(const struct jy_config *c, int64_t t)
{
	return tz_offset(c, t);
}

jy_span
jy_uap_get(jy_span slot, int col)
{
	const uint8_t *q = (const uint8_t *)slot.p, *end = q + slot.n;
	jy_span sp = { "", 0 };
	int k;

	if (slot.n == 0)
		return sp;
	if (col == JY_C_DCLASS)
		return q[0] == 255 ? sp : jy_span_str(jy_ua_class_name(q[0]));
	q++;
	for (k = JY_C_BROWSER; k <= JY_C_DEVICE && q < end; k++) {
		size_t n = *q++;
		if (k == col) {
			sp.p = (const char *)q;
			sp.n = n;
			break;
		}
		q += n;
	}
	return sp;
}

jy_span
jy_session_value(const jy_session *s, size_t i, int col, char buf[32])
{
	const struct pv *p = &s->pv[i];
	jy_span sp = { buf, 0 };

	switch (col) {
	case JY_F_CHANNEL:
		return jy_span_str(jy_channel_name(s->channel));
	case JY_F_VISITOR:
		return jy_span_str(s->vidp);
	case JY_F_SESSION:
		return jy_span_str(s->sidp);
	case JY_C_OWNER:
		return jy_span_str(jy_owner_name(s->cfg->owners, s->owner));
	case JY_C_BROWSER:
	case JY_C_OS:
	case JY_C_DEVICE:
	case JY_C_DCLASS:
		return jy_uap_get(jy_pv_slot(s, p, S_UAP), col);
	case JY_C_VISIT:
		sp.n = (size_t)snprintf(buf, 32, "%u", s->visit);
		return sp;
	case JY_C_RETURNING:
		return jy_span_str(s->visit > 1 ? "1" : "0");
	case JY_C_STATUS:
		if (p->status >= 0)
			sp.n = (size_t)snprintf(buf, 32, "%d", p->status);
		return sp;
	case JY_C_HOUR:
	case JY_C_DAY:
	case JY_C_WEEK:
	case JY_C_MONTH:
		sp.n = jy_time_bucket(p->t + tz_offset(s->cfg, p->t), col, buf);
		return sp;
	}
	if (col >= JY_C_NAMED && col < JY_C_NAMED + JY_MAX_XCOLS) {
		return jy_pv_slot(s, p, S_X0 + (col - JY_C_NAMED));
	}
	return jy_session_field(s, i, col);
}
