/*
 * channel.c - where a session came from, decided from its entry request
 * the way web analytics tools do: campaign parameters and click ids first
 * (they are what a marketer set), then the referrer's host.
 */
#include <string.h>
#include <strings.h>

#include "internal.h"

static const char *const chnames[JY_CH_N] = {
	"-", "direct", "search", "social", "email", "paid", "campaign",
	"referral"
};

const char *
jy_channel_name(int c)
{
	return c >= 0 && c < JY_CH_N ? chnames[c] : "-";
}

/* Calls fn for each name=value of the query string of target. */
static int
each_param(jy_span target, int (*fn)(void *, jy_span, jy_span), void *ctx)
{
	const char *q = memchr(target.p, '?', target.n), *end, *amp, *eq;
	int r;

	if (q == NULL)
		return 0;
	end = target.p + target.n;
	const char *hash = memchr(q, '#', (size_t)(end - q));
	if (hash != NULL)
		end = hash;
	for (q++; q < end; q = amp + 1) {
		amp = memchr(q, '&', (size_t)(end - q));
		if (amp == NULL)
			amp = end;
		eq = memchr(q, '=', (size_t)(amp - q));
		jy_span k = { q, (size_t)((eq ? eq : amp) - q) };
		jy_span v = { eq ? eq + 1 : amp, eq ? (size_t)(amp - eq - 1) : 0 };
		if ((r = fn(ctx, k, v)) != 0)
			return r;
	}
	return 0;
}

static int
in_list(jy_span v, const char *const *list)
{
	for (; *list; list++)
		if (jy_span_caseeq(v, *list))
			return 1;
	return 0;
}

static const char *const paid_ids[] = {
	"gclid", "gbraid", "wbraid", "dclid", "msclkid", "twclid", "ttclid",
	"li_fat_id", "yclid", NULL
};
static const char *const paid_media[] = {
	"cpc", "ppc", "paid", "paidsearch", "paid_search", "paid-search",
	"cpm", "cpv", "cpa", "display", "banner", "paid_social", "paidsocial",
	"paid-social", "retargeting", "affiliate", NULL
};
static const char *const email_media[] = {
	"email", "e-mail", "e_mail", "newsletter", "mail", NULL
};
static const char *const social_media[] = {
	"social", "social-network", "social_network", "social-media",
	"social_media", "sm", "organic_social", NULL
};

struct utm {
	int	 paid, email, social, campaign, search, referral, fb;
};

static int
utm_param(void *ctx, jy_span k, jy_span v)
{
	struct utm *u = ctx;

	if (in_list(k, paid_ids))
		u->paid = 1;
	else if (jy_span_caseeq(k, "fbclid"))
		u->fb = 1;
	else if (jy_span_caseeq(k, "mc_cid") || jy_span_caseeq(k, "mc_eid"))
		u->email = 1;
	else if (jy_span_caseeq(k, "utm_medium")) {
		u->campaign = 1;
		if (in_list(v, paid_media))
			u->paid = 1;
		else if (in_list(v, email_media))
			u->email = 1;
		else if (in_list(v, social_media))
			u->social = 1;
		else if (jy_span_caseeq(v, "organic"))
			u->search = 1;
		else if (jy_span_caseeq(v, "referral"))
			u->referral = 1;
	} else if (k.n > 4 && strncasecmp(k.p, "utm_", 4) == 0)
		u->campaign = 1;
	return 0;
}

/* Host of a URL: after "//" up to '/', ':', '?' or '#'; "www." dropped. */
static jy_span
url_host(jy_span u)
{
	const char *p = u.p, *end = u.p + u.n, *s;
	jy_span h;

	s = memchr(p, '/', u.n);
	if (s != NULL && s + 1 < end && s[1] == '/' && s > p && s[-1] == ':')
		p = s + 2;
	else if (s == p && u.n > 1 && p[1] == '/')
		p += 2;
	for (s = p; s < end && *s != '/' && *s != ':' && *s != '?' &&
	    *s != '#'; s++)
		;
	/* user:pass@host */
	const char *at = memchr(p, '@', (size_t)(s - p));
	if (at != NULL)
		p = at + 1;
	h.p = p;
	h.n = (size_t)(s - p);
	if (h.n > 4 && strncasecmp(h.p, "www.", 4) == 0) {
		h.p += 4;
		h.n -= 4;
	}
	return h;
}

/* host equals d or ends with ".d"; d ending in '.' means any TLD after. */
static int
domain_is(jy_span h, const char *d)
{
	size_t n = strlen(d), i;

	if (d[n - 1] == '.') {
		for (i = 0; i + n < h.n; i++)
			if ((i == 0 || h.p[i - 1] == '.') &&
			    strncasecmp(h.p + i, d, n) == 0)
				return 1;
		return 0;
	}
	if (h.n == n)
		return strncasecmp(h.p, d, n) == 0;
	return h.n > n && h.p[h.n - n - 1] == '.' &&
	    strncasecmp(h.p + h.n - n, d, n) == 0;
}

static int
domain_any(jy_span h, const char *const *list)
{
	for (; *list; list++)
		if (domain_is(h, *list))
			return 1;
	return 0;
}

static const char *const webmail[] = {
	"mail.google.com", "outlook.live.com", "outlook.office.com",
	"outlook.office365.com", "mail.yahoo.com", "mail.aol.com",
	"mail.proton.me", "webmail.", "mail.yandex.ru", NULL
};
static const char *const search[] = {
	"google.", "bing.com", "duckduckgo.com", "search.yahoo.com",
	"yandex.", "baidu.com", "ecosia.org", "ask.com", "qwant.com",
	"startpage.com", "search.brave.com", "naver.com", "seznam.cz",
	"sogou.com", "so.com", "search.aol.com", "kagi.com", NULL
};
static const char *const social[] = {
	"facebook.com", "fb.com", "fb.me", "t.co", "twitter.com", "x.com",
	"linkedin.com", "lnkd.in", "reddit.com", "instagram.com", "pinterest.",
	"youtube.com", "youtu.be", "tiktok.com", "news.ycombinator.com",
	"vk.com", "tumblr.com", "quora.com", "threads.net", "bsky.app",
	"mastodon.social", "whatsapp.com", "t.me", "weibo.com", NULL
};

int
jy_channel_classify(jy_span ref, jy_span target,
    const struct jy_list *site, jy_span vhost)
{
	struct utm u;
	jy_span h;
	size_t i;

	memset(&u, 0, sizeof u);
	each_param(target, utm_param, &u);
	if (u.paid)
		return JY_CH_PAID;
	if (u.email)
		return JY_CH_EMAIL;
	if (u.social)
		return JY_CH_SOCIAL;
	if (u.search)
		return JY_CH_SEARCH;
	if (u.referral)
		return JY_CH_REFERRAL;
	if (u.campaign)
		return JY_CH_CAMPAIGN;
	if (jy_span_dash(ref))
		return u.fb ? JY_CH_SOCIAL : JY_CH_DIRECT;
	h = url_host(ref);
	if (h.n == 0)
		return JY_CH_DIRECT;
	/* The site's own pages: a session that starts there is direct
	 * (an old tab, a bookmark of a page after a timeout). */
	if (vhost.n > 0) {
		jy_span v = url_host(vhost);
		if (v.n == h.n && strncasecmp(v.p, h.p, h.n) == 0)
			return JY_CH_DIRECT;
	}
	for (i = 0; site != NULL && i < site->n; i++)
		if (domain_is(h, site->v[i]))
			return JY_CH_DIRECT;
	if (domain_any(h, webmail))
		return JY_CH_EMAIL;
	if (domain_any(h, search))
		return JY_CH_SEARCH;
	if (u.fb || domain_any(h, social))
		return JY_CH_SOCIAL;
	return JY_CH_REFERRAL;
}

static int
campaign_param(void *ctx, jy_span k, jy_span v)
{
	uint64_t *h = ctx;

	if ((k.n > 4 && strncasecmp(k.p, "utm_", 4) == 0) ||
	    in_list(k, paid_ids)) {
		*h ^= jy_hash(k.p, k.n) * 31 + jy_hash(v.p, v.n);
		*h |= 1;
	}
	return 0;
}

/* A key for a landing request's campaign parameters; 0 when it has none. */
uint64_t
jy_campaign_key(jy_span target)
{
	uint64_t h = 0;

	each_param(target, campaign_param, &h);
	return h;
}
