/*
 * channel.c - where a session came from, decided from its entry request
 * the way web analytics tools do: campaign parameters and click ids first
 * (they are what a marketer set), then the referrer's host.
 */
#include <stdio.h>
#include <stdlib.h>
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
	} else if (k.n > 4 && jy_caseeq(k.p, "utm_", 4))
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
	if (h.n > 4 && jy_caseeq(h.p, "www.", 4)) {
		h.p += 4;
		h.n -= 4;
	}
	return h;
}

jy_span
jy_url_host(jy_span u)
{
	return url_host(u);
}

struct utmv {
	const char	*name;
	jy_span		 v;
};

static int
utm_value(void *ctx, jy_span k, jy_span v)
{
	struct utmv *u = ctx;

	if (jy_span_caseeq(k, u->name)) {
		u->v = v;
		return 1;
	}
	return 0;
}

jy_span
jy_query_value(jy_span target, const char *name)
{
	struct utmv u = { name, { "", 0 } };

	each_param(target, utm_value, &u);
	return u.v;
}

/* host equals d or ends with ".d"; d ending in '.' means any TLD after. */
static int
domain_is(jy_span h, const char *d)
{
	size_t n = strlen(d), i;

	if (d[n - 1] == '.') {
		for (i = 0; i + n < h.n; i++)
			if ((i == 0 || h.p[i - 1] == '.') &&
			    jy_caseeq(h.p + i, d, n))
				return 1;
		return 0;
	}
	if (h.n == n)
		return jy_caseeq(h.p, d, n);
	return h.n > n && h.p[h.n - n - 1] == '.' &&
	    jy_caseeq(h.p + h.n - n, d, n);
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

/* The channel of a referrer from host h (u.fb aside). */
static int
host_channel(jy_span h, const struct jy_list *site, jy_span vhost)
{
	size_t i;

	/* The site's own pages: a session that starts there is direct
	 * (an old tab, a bookmark of a page after a timeout). */
	if (vhost.n > 0) {
		jy_span v = url_host(vhost);
		if (v.n == h.n && jy_caseeq(v.p, h.p, h.n))
			return JY_CH_DIRECT;
	}
	for (i = 0; site != NULL && i < site->n; i++)
		if (domain_is(h, site->v[i]))
			return JY_CH_DIRECT;
	if (domain_any(h, webmail))
		return JY_CH_EMAIL;
	if (domain_any(h, search))
		return JY_CH_SEARCH;
	if (domain_any(h, social))
		return JY_CH_SOCIAL;
	return JY_CH_REFERRAL;
}

/* host_channel, from m where it holds h and vhost. */
static int
host_channel_memo(jy_span h, const struct jy_list *site, jy_span vhost,
    struct jy_chmemo *m)
{
	const unsigned char *p = (const unsigned char *)h.p;
	size_t k;
	int ch;

	if (m == NULL || h.n == 0 || h.n + vhost.n > JY_CHMEMO_MAX)
		return host_channel(h, site, vhost);
	/* Its slot by length and a few bytes: hosts end alike (.com). */
	k = (h.n * 31u + p[0] * 7u + p[h.n / 2] + p[h.n - 1] * 131u) %
	    JY_CHMEMO_N;
	if (m->e[k].n == h.n && m->e[k].vn == vhost.n &&
	    memcmp(m->e[k].b, h.p, h.n) == 0 &&
	    (vhost.n == 0 || memcmp(m->e[k].b + h.n, vhost.p, vhost.n) == 0))
		return m->e[k].ch;
	ch = host_channel(h, site, vhost);
	memcpy(m->e[k].b, h.p, h.n);
	if (vhost.n > 0)
		memcpy(m->e[k].b + h.n, vhost.p, vhost.n);
	m->e[k].n = (uint16_t)h.n;
	m->e[k].vn = (uint16_t)vhost.n;
	m->e[k].ch = (int8_t)ch;
	return ch;
}

int
jy_channel_classify(jy_span ref, jy_span target,
    const struct jy_list *site, jy_span vhost, struct jy_chmemo *memo)
{
	struct utm u;
	jy_span h;
	int ch;

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
	ch = host_channel_memo(h, site, vhost, memo);
	/* A Facebook click id on a link from anywhere else. */
	return ch == JY_CH_REFERRAL && u.fb ? JY_CH_SOCIAL : ch;
}

int
jy_ref_internal(jy_span ref, const struct jy_list *site, jy_span vhost,
    struct jy_chmemo *memo)
{
	/* The hosts host_channel takes for direct are the site's. */
	if (host_channel_memo(url_host(ref), site, vhost, memo) ==
	    JY_CH_DIRECT)
		return 1;
	/* Nothing names the site: the path must say it (the caller's). */
	return vhost.n == 0 && (site == NULL || site->n == 0);
}

static int
campaign_param(void *ctx, jy_span k, jy_span v)
{
	uint64_t *h = ctx;

	if ((k.n > 4 && jy_caseeq(k.p, "utm_", 4)) ||
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

/*
 * ---- the site's own hosts, inferred ----
 *
 * A log without a vhost does not say which referrers are the site
 * itself.  They show: the site's pages refer to one another, and to
 * the assets they embed, so its host's referrer paths are pages this
 * log serves, where another site's are its own.  The root "/" is left
 * out: every site has one.  A set of (host, path) pairs and one of
 * pages is kept, as hashes, up to SI_MAX each (what comes later is not
 * looked at), and the names of up to SI_HOSTS referrer hosts.
 */
#define SI_MAX		(1u << 18)
#define SI_HOSTS	4096

struct si_pair {
	uint64_t	 host, path;
};

struct si_host {
	uint64_t	 h;
	char		*name;		/* lower case, as the referrer spells it */
	size_t		 paths, pages;	/* distinct non-root paths; pages */
};

struct jy_siteinfer {
	uint64_t	*pages;		/* open addressing; 0 is empty */
	size_t		 npages, pcap;
	struct si_pair	*pairs;
	size_t		 npairs, paircap;
	struct si_host	*hosts;
	size_t		 nhosts;
	struct jy_buf	 page, tmp;
	/* Hashes of referrers looked at lately, direct-mapped: a page's
	 * assets repeat its referrer, and adding a referrer again would
	 * change nothing (the pairs are a set). */
	uint64_t	 recent[4096];
};

struct jy_siteinfer *
jy_siteinfer_new(void)
{
	return jy_xcalloc(1, sizeof(struct jy_siteinfer));
}

void
jy_siteinfer_free(struct jy_siteinfer *si)
{
	size_t i;

	if (si == NULL)
		return;
	for (i = 0; i < si->nhosts; i++)
		free(si->hosts[i].name);
	free(si->hosts);
	free(si->pages);
	free(si->pairs);
	jy_buf_free(&si->page);
	jy_buf_free(&si->tmp);
	free(si);
}

/* Adds h (non-zero) to the set; 1 if it was new. */
static int
set_add(uint64_t **v, size_t *n, size_t *cap, uint64_t h)
{
	size_t i, mask;

	if (2 * (*n + 1) > *cap) {
		uint64_t *old = *v;
		size_t oldcap = *cap;
		if (*n >= SI_MAX)
			return 0;
		*cap = oldcap ? oldcap * 2 : 1024;
		*v = jy_xcalloc(*cap, sizeof **v);
		*n = 0;
		for (i = 0; i < oldcap; i++)
			if (old[i] != 0)
				set_add(v, n, cap, old[i]);
		free(old);
	}
	mask = *cap - 1;
	for (i = h & mask; (*v)[i] != 0; i = (i + 1) & mask)
		if ((*v)[i] == h)
			return 0;
	(*v)[i] = h;
	(*n)++;
	return 1;
}

static int
set_has(const uint64_t *v, size_t cap, uint64_t h)
{
	size_t i, mask = cap - 1;

	if (cap == 0)
		return 0;
	for (i = h & mask; v[i] != 0; i = (i + 1) & mask)
		if (v[i] == h)
			return 1;
	return 0;
}

static int
pair_add(struct jy_siteinfer *si, uint64_t host, uint64_t path)
{
	size_t i, mask;

	if (2 * (si->npairs + 1) > si->paircap) {
		struct si_pair *old = si->pairs;
		size_t oldcap = si->paircap;
		if (si->npairs >= SI_MAX)
			return 0;
		si->paircap = oldcap ? oldcap * 2 : 1024;
		si->pairs = jy_xcalloc(si->paircap, sizeof *si->pairs);
		si->npairs = 0;
		for (i = 0; i < oldcap; i++)
			if (old[i].host != 0)
				pair_add(si, old[i].host, old[i].path);
		free(old);
	}
	mask = si->paircap - 1;
	for (i = (host ^ path * 0x9e3779b97f4a7c15ULL) & mask;
	    si->pairs[i].host != 0; i = (i + 1) & mask)
		if (si->pairs[i].host == host && si->pairs[i].path == path)
			return 0;
	si->pairs[i].host = host;
	si->pairs[i].path = path;
	si->npairs++;
	return 1;
}

void
jy_siteinfer_page(struct jy_siteinfer *si, jy_span page)
{
	if (page.n > 0)
		jy_siteinfer_page_hash(si, jy_hash(page.p, page.n) | 1);
}

void
jy_siteinfer_page_hash(struct jy_siteinfer *si, uint64_t h)
{
	if (h != 0)
		set_add(&si->pages, &si->npages, &si->pcap, h);
}

/* A referrer's slot of recent (0 where it has none). */
#define RECENT(si, h)	(&(si)->recent[(h) % (sizeof (si)->recent / \
			    sizeof (si)->recent[0])])

void
jy_siteinfer_prefetch_recent(const struct jy_siteinfer *si,
    const struct jy_siref *r)
{
	if (r->h != 0)
		__builtin_prefetch(RECENT(si, r->h));
}

/*
 * The first slot each table's probe reads: the pairs' where the
 * referrer was not looked at lately (its recent slot, fetched before,
 * says), the pages' for the page.  A table grown meanwhile is probed
 * elsewhere: a miss, no error.
 */
void
jy_siteinfer_prefetch(const struct jy_siteinfer *si,
    const struct jy_siref *r, uint64_t pageh)
{
	if (r->h != 0 && r->host != 0 && *RECENT(si, r->h) != r->h &&
	    si->paircap > 0)
		__builtin_prefetch(&si->pairs[(r->host ^ r->path *
		    0x9e3779b97f4a7c15ULL) & (si->paircap - 1)]);
	if (pageh != 0 && si->pcap > 0)
		__builtin_prefetch(&si->pages[pageh & (si->pcap - 1)]);
}

/* The host of an absolute referrer, lower case, into low: its length,
 * or 0 where it names none a site could have. */
static size_t
ref_host(jy_span ref, char low[256])
{
	const char *p, *end, *s;
	size_t n, i;

	/* Only absolute URLs: "scheme://host..." */
	end = ref.p + ref.n;
	p = memchr(ref.p, ':', ref.n);
	if (p == NULL || end - p < 4 || p[1] != '/' || p[2] != '/')
		return 0;
	p += 3;
	for (s = p; s < end && *s != '/' && *s != '?' && *s != '#'; s++)
		;
	const char *at = memchr(p, '@', (size_t)(s - p));
	if (at != NULL)
		p = at + 1;
	n = (size_t)(s - p);
	const char *colon = memchr(p, ':', n);
	if (colon != NULL)
		n = (size_t)(colon - p);
	if (n == 0 || n >= 256)
		return 0;
	/* A host name (IDNs come as xn--): anything else is no host of
	 * the site, and its name could not be shown safely. */
	for (i = 0; i < n; i++) {
		char ch = p[i];
		low[i] = ch >= 'A' && ch <= 'Z' ? (char)(ch + 32) : ch;
		if (!((low[i] >= 'a' && low[i] <= 'z') || (low[i] >= '0' &&
		    low[i] <= '9') || low[i] == '-' || low[i] == '.'))
			return 0;
	}
	low[n] = '\0';
	return n;
}

void
jy_siteinfer_ref_pair(const struct jy_config *c, jy_span ref, struct jy_siref *o,
    struct jy_buf *page, struct jy_buf *tmp)
{
	char low[256];
	size_t n;

	o->host = o->path = 0;
	if ((n = ref_host(ref, low)) == 0)
		return;
	/* The referrer's path, made a page as the log's pages are. */
	jy_page(c, ref, page, tmp);
	if (page->n <= 1)
		return;		/* "/" */
	o->host = jy_hash(low, n) | 1;
	o->path = jy_hash(page->p, page->n) | 1;
}

void
jy_siteinfer_ref_add(struct jy_siteinfer *si, const struct jy_siref *r,
    jy_span ref)
{
	char low[256];
	size_t i;

	if (r->h == 0)
		return;
	uint64_t *slot = RECENT(si, r->h);
	if (*slot == r->h)
		return;
	*slot = r->h;
	if (r->host == 0 || !pair_add(si, r->host, r->path))
		return;
	for (i = 0; i < si->nhosts; i++)
		if (si->hosts[i].h == r->host)
			return;
	if (si->nhosts < SI_HOSTS) {
		if (si->nhosts % 64 == 0)
			si->hosts = jy_xrealloc(si->hosts, (si->nhosts + 64) *
			    sizeof *si->hosts);
		ref_host(ref, low);
		si->hosts[si->nhosts].h = r->host;
		si->hosts[si->nhosts].name = jy_xstrdup(low);
		si->nhosts++;
	}
}

void
jy_siteinfer_referrer(struct jy_siteinfer *si, const struct jy_config *c,
    jy_span ref)
{
	struct jy_siref r;

	if (jy_span_dash(ref))
		return;
	r.h = jy_hash(ref.p, ref.n) | 1;
	/* Seen lately: the pair is in already, and its page not made. */
	if (si->recent[r.h % (sizeof si->recent / sizeof si->recent[0])] ==
	    r.h)
		return;
	jy_siteinfer_ref_pair(c, ref, &r, &si->page, &si->tmp);
	jy_siteinfer_ref_add(si, &r, ref);
}

static const char *
no_www(const char *h)
{
	return strncmp(h, "www.", 4) == 0 && h[4] != '\0' ? h + 4 : h;
}

static int
host_cmp(const void *a, const void *b)
{
	const struct si_host *x = a, *y = b;
	int r = strcmp(no_www(x->name), no_www(y->name));

	return r != 0 ? r : strcmp(x->name, y->name);
}

static int
hash_cmp(const void *a, const void *b)
{
	const struct si_host *x = a, *y = b;

	return x->h < y->h ? -1 : x->h > y->h;
}

/* The end of the group of hosts that starts at i: the same name without
 * "www."; its paths and pages summed. */
static size_t
group(const struct jy_siteinfer *si, size_t i, size_t *paths, size_t *pages)
{
	size_t j;

	*paths = *pages = 0;
	for (j = i; j < si->nhosts && strcmp(no_www(si->hosts[j].name),
	    no_www(si->hosts[i].name)) == 0; j++) {
		*paths += si->hosts[j].paths;
		*pages += si->hosts[j].pages;
	}
	return j;
}

/*
 * The hosts of a site are grouped by their name without "www.".  The
 * group whose paths are most often pages of this log is the site's if
 * at least 2 of its paths are, and a quarter of them; another group
 * also is if half of its paths are pages, and it has at least a tenth
 * of the first one's pages.
 */
size_t
jy_siteinfer_decide(struct jy_siteinfer *si, struct jy_list *site, char *msg,
    size_t msglen)
{
	size_t i, j, k, best = 0, bestpages = 0, added = 0, off = 0;
	size_t paths, pages, tpaths = 0, tpages = 0;
	struct si_host key, *hp;

	if (msglen > 0)
		msg[0] = '\0';
	if (si->nhosts == 0)
		return 0;	/* no referrer: msg stays "" */
	qsort(si->hosts, si->nhosts, sizeof *si->hosts, hash_cmp);
	for (i = 0; i < si->nhosts; i++)
		si->hosts[i].paths = si->hosts[i].pages = 0;
	for (i = 0; i < si->paircap; i++) {
		if (si->pairs[i].host == 0)
			continue;
		key.h = si->pairs[i].host;
		if ((hp = bsearch(&key, si->hosts, si->nhosts,
		    sizeof *si->hosts, hash_cmp)) == NULL)
			continue;
		hp->paths++;
		hp->pages += set_has(si->pages, si->pcap, si->pairs[i].path);
	}
	qsort(si->hosts, si->nhosts, sizeof *si->hosts, host_cmp);
	for (i = 0; i < si->nhosts; i = j)
		if ((j = group(si, i, &paths, &pages)), pages > bestpages) {
			bestpages = pages;
			best = i;
		}
	for (i = 0; i < si->nhosts && bestpages > 0; i = j) {
		j = group(si, i, &paths, &pages);
		if (pages < 2 || (i == best ? 4 * pages < paths :
		    2 * pages < paths || 10 * pages < bestpages))
			continue;
		jy_list_add(site, no_www(si->hosts[i].name),
		    strlen(no_www(si->hosts[i].name)));
		added++;
		tpaths += paths;
		tpages += pages;
		for (k = i; k < j; k++)
			if (off < msglen)
				off += (size_t)snprintf(msg + off, msglen - off,
				    "%s%s", off ? ", " : "", si->hosts[k].name);
	}
	if (added > 0 && off < msglen)
		snprintf(msg + off, msglen - off, " (%zu of their %zu referrer "
		    "paths are pages of this log)", tpages, tpaths);
	else if (added == 0 && si->nhosts > 0)
		snprintf(msg, msglen, "none of the %zu referrer hosts refers "
		    "from pages of this log", si->nhosts);
	return added;
}
