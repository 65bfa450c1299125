/*
 * genlog - write a realistic Apache/nginx "combined" access log for
 * benchmarks and test samples.
 *
 * usage: genlog [-s SEED] [-m MEGABYTES] [-n LINES]
 *
 * A pool of NVIS visitors (address + User-Agent) walks a shop: entry from a
 * channel (direct, search, paid, social, email, referral, campaign), product
 * and category pages, search, cart, checkout, order.  Think times run from
 * seconds to minutes, some gaps pass 30 minutes, visitors leave and new ones
 * arrive, and some come back for a second session later.  Each page pulls
 * static assets, about 10% of lines are bots, 0.1% are a few seconds late,
 * 0.5% carry a non-UTC offset and about 1 in 100,000 is malformed.
 *
 * Output is a pure function of the arguments (own PRNG, no clock, no
 * locale, no TZ), so a benchmark or a test can name a log by its seed.
 * Lines are formatted by hand into a big buffer: snprintf per field would
 * make the generator slower than the programs it is meant to feed.
 * A megabyte is 10^6 bytes; output stops at the first line boundary at or
 * past the limit.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define NVIS	50000		/* visitors in the pool at any time */
#define NEL(a)	(sizeof(a) / sizeof((a)[0]))
#define SITE	"https://shop.example.com"
#define T0	1793599200LL	/* 2026-11-02T06:00:00Z */

static const char *const uas[] = {	/* the first 8 are the common ones */
	"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
	"Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
	"Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
	"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
	"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
	"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
	"Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
	"Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
	"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
	"Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
	"Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0",
	"Mozilla/5.0 (Macintosh; Intel Mac OS X 14.7; rv:133.0) Gecko/20100101 Firefox/133.0",
	"Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
	"Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36",
	"Mozilla/5.0 (Linux; Android 14; Pixel 8 Pro) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.107 Mobile Safari/537.36",
	"Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1",
	"Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/132.0 Mobile/15E148 Safari/605.1.15",
	"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 OPR/115.0.0.0",
	"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 YaBrowser/24.10.0.0 Safari/537.36",
	"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36",
	"Mozilla/5.0 (Windows NT 6.1; Win64; x64; rv:115.0) Gecko/20100101 Firefox/115.0",
	"Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/22B83 [FBAN/FBIOS;FBAV/489.0.0.40.109;FBBV/672391234;FBDV/iPhone15,3;FBMD/iPhone;FBSN/iOS;FBSV/18.1;FBSS/3;FBLC/en_US]",
	"Mozilla/5.0 (Linux; Android 13; SM-A536B Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/130.0.6723.102 Mobile Safari/537.36 Instagram 354.0.0.36.99 Android",
	"Mozilla/5.0 (Linux; Android 12; moto g(30)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Mobile Safari/537.36",
	"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15",
	"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Vivaldi/7.0.3495.18",
	"Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
	"Mozilla/5.0 (Linux; Android 14; 23021RAAEG) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.39 Mobile Safari/537.36",
	"Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0",
	"Mozilla/5.0 (iPad; CPU OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1",
};
static const struct bot {
	const char	*ua, *net;	/* the UA, the /24 it crawls from */
} bots[] = {
	{ "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "66.249.66." },
	{ "Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.69 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "66.249.68." },
	{ "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)", "157.55.39." },
	{ "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)", "54.36.148." },
	{ "Mozilla/5.0 (compatible; SemrushBot/7~bl; +http://www.semrush.com/bot.html)", "185.191.171." },
	{ "Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)", "5.255.231." },
	{ "curl/7.81.0", "3.91.12." },
	{ "curl/8.5.0", "203.0.113." },
	{ "python-requests/2.31.0", "45.148.10." },
	{ "Wget/1.21.2", "198.51.100." },
	{ "-", "185.220.101." },
	{ "", "193.32.162." },
};
static const char *const words[] = { "shoes", "bags", "hats", "coats",
	"sale", "new-in", "accessories", "kids" };
static const char *const slugs[] = { "how-to-choose-running-shoes",
	"winter-style-guide-2026", "caring-for-leather", "black-friday-deals",
	"our-sustainability-promise", "gift-guide", "red+shoes", "leather+bag",
	"winter+coat", "gift+ideas", "%C3%A9t%C3%A9", "size+42" };
static const struct asset {
	const char	*path;
	uint32_t	 size;
} assets[] = {
	{ "/static/css/main.3f2a1c.css", 48213 },
	{ "/static/js/app.9b7e4d.js", 183422 },
	{ "/static/js/vendor.1c8f0a.js", 402117 },
	{ "/static/img/logo.png", 7342 },
	{ "/static/fonts/inter-var.woff2", 98112 },
	{ "/favicon.ico", 1150 },
	{ "/static/img/hero.jpg", 152004 },
	{ "/static/img/icons.svg", 12877 },
};

/* Pages; ADDCART, PAY and OLD are a redirect followed by a page. */
enum { HOME, PROD, CAT, SEARCH, BLOG, CART, CHECKOUT, SHIP, ORDER, ACCOUNT,
	REVIEWS, HELP, ADDCART, PAY, OLD, SALE };
/* Where a visitor goes next, by where it is: cumulative percent, page. */
enum { BROWSE, PRODUCT, INCART, PAYING, BOUGHT };
static const unsigned char walk[][10][2] = {
	[BROWSE] = { { 45, PROD }, { 60, CAT }, { 70, SEARCH }, { 76, CART },
	    { 80, REVIEWS }, { 84, BLOG }, { 87, ACCOUNT }, { 88, HELP },
	    { 90, OLD }, { 100, HOME } },
	[PRODUCT] = { { 20, ADDCART }, { 50, PROD }, { 62, CAT },
	    { 70, SEARCH }, { 75, CART }, { 80, REVIEWS }, { 84, HELP },
	    { 86, OLD }, { 100, HOME } },
	[INCART] = { { 50, CHECKOUT }, { 75, PROD }, { 85, CAT },
	    { 100, HOME } },
	[PAYING] = { { 55, PAY }, { 70, SHIP }, { 85, CART }, { 100, HOME } },
	[BOUGHT] = { { 50, ACCOUNT }, { 100, HOME } },
};
/*
 * How sessions start: cumulative percent, landing page, referrer and a
 * query (a printf format: a click id takes a number).
 */
static const struct chan {
	unsigned char	 upto, land;
	const char	*ref, *query;
} chans[] = {
	{ 20, HOME, "-", "" },
	{ 30, PROD, "-", "" },
	{ 44, PROD, "https://www.google.com/", "" },
	{ 50, CAT, "https://www.google.de/", "" },
	{ 54, BLOG, "https://www.bing.com/", "" },
	{ 58, PROD, "https://duckduckgo.com/", "" },
	{ 66, PROD, "https://www.google.com/", "?gclid=Cj0KCQiA%u" },
	{ 71, PROD, "https://l.facebook.com/",
	    "?utm_source=facebook&utm_medium=social&utm_campaign=winter26" },
	{ 74, BLOG, "https://t.co/Xk3Pq9ZrT2", "" },
	{ 76, PROD, "https://www.instagram.com/", "" },
	{ 80, HOME, "-",
	    "?utm_source=newsletter&utm_medium=email&utm_campaign=nov-sale" },
	{ 84, SALE, "https://mail.google.com/",
	    "?utm_source=newsletter&utm_medium=email&utm_campaign=nov-sale" },
	{ 92, PROD, "https://blog.example.org/best-running-shoes-2026", "" },
	{ 100, SALE, "-",
	    "?utm_source=display&utm_medium=cpc&utm_campaign=bf2026" },
};

struct vis {
	int64_t	 next;		/* time of its next pageview */
	uint8_t	 ua, h2, state, cold;
	int	 left;		/* pageviews left in the session; 0: new one */
	char	 ip[40];
	char	 prev[160];	/* its last page: the next one's referrer */
};

static struct vis vis[NVIS];
static uint32_t heap[NVIS];	/* min-heap of visitors by next */
static uint64_t rs;		/* PRNG state */
static char obuf[1 << 20];
static size_t on, ls;		/* bytes in obuf, start of this line */
static uint64_t written, nlines, maxbytes, maxlines;
static int done;

static uint64_t
rnd(void)
{
	/* splitmix64: tiny, fast, and the same sequence everywhere. */
	uint64_t z = (rs += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static uint32_t
pick(uint32_t n)
{
	/* Multiply-shift rather than %: no division, bias negligible. */
	return (uint32_t)(((rnd() >> 32) * n) >> 32);
}

static void
put(const char *s, size_t n)
{
	memcpy(obuf + on, s, n);
	on += n;
}

#define PUTS(s)	put((s), strlen(s))

static void
putu(uint64_t u)
{
	char t[24];
	int i = 24;

	do
		t[--i] = (char)('0' + u % 10);
	while ((u /= 10) != 0);
	put(t + i, (size_t)(24 - i));
}

static void
puttime(int64_t t)
{
	/* Cached per second: strftime per line would dominate the cost. */
	static int64_t ct = -1;
	static int coff;
	static char cb[40];
	static size_t cn;
	struct tm tm;
	time_t lt;
	int off = 0;

	if (pick(200) == 0)	/* a second server in another zone */
		off = pick(2) ? 60 : -300;
	if (t != ct || off != coff) {
		lt = (time_t)(t + off * 60);
		gmtime_r(&lt, &tm);
		cn = strftime(cb, sizeof cb, "[%d/%b/%Y:%H:%M:%S ", &tm);
		cn += (size_t)sprintf(cb + cn, "%c%02d%02d]", off < 0 ? '-' : '+',
		    abs(off) / 60, abs(off) % 60);
		ct = t;
		coff = off;
	}
	put(cb, cn);
}

/* Damage the line just written as a crash, a bad disk or a fuzzer would. */
static void
mangle(void)
{
	size_t len = on - ls, i, at;
	char *q;

	switch (pick(3)) {
	case 0:		/* truncated */
		on = ls + 1 + pick((uint32_t)len - 1);
		break;
	case 1:		/* raw garbage bytes, anything but a newline */
		at = ls + pick((uint32_t)len / 2);
		for (i = 0; i < 24; i++)
			if ((obuf[at + i] = (char)pick(256)) == '\n')
				obuf[at + i] = '\x7f';
		break;
	default:	/* the request's closing quote lost */
		if ((q = memchr(obuf + ls, '"', len)) != NULL &&
		    (q = memchr(q + 1, '"', len - (size_t)(q + 1 - (obuf + ls)))) != NULL) {
			memmove(q, q + 1, (size_t)(obuf + on - q - 1));
			on--;
		}
	}
}

static void
logline(const char *ip, int64_t t, const char *meth, const char *path,
    int h2, int status, uint32_t bytes, const char *ref1, const char *ref2,
    const char *ua)
{
	if (done || (maxlines && nlines >= maxlines) ||
	    (maxbytes && written + on >= maxbytes)) {
		done = 1;
		return;
	}
	if (on > sizeof obuf - 4096) {	/* a line is < 1 KiB */
		fwrite(obuf, 1, on, stdout);
		written += on;
		on = 0;
	}
	ls = on;
	nlines++;
	if (pick(1000) == 0)	/* late: merged from a slower server */
		t -= 1 + pick(8);
	PUTS(ip);
	put(" - - ", 5);
	puttime(t);
	put(" \"", 2);
	PUTS(meth);
	put(" ", 1);
	PUTS(path);
	PUTS(h2 ? " HTTP/2.0\" " : " HTTP/1.1\" ");
	putu((uint64_t)status);
	put(" ", 1);
	if (bytes)
		putu(bytes);
	else
		put("-", 1);
	put(" \"", 2);
	PUTS(ref1);
	PUTS(ref2);
	put("\" \"", 3);
	PUTS(ua);
	put("\"", 1);
	if (pick(100000) == 0)
		mangle();
	put("\n", 1);
}

static void
newvis(struct vis *v, int64_t now)
{
	unsigned r = pick(100), k, a[8];

	/* One pick() per statement: argument order differs between compilers. */
	for (k = 0; k < 8; k++)
		a[k] = pick(65536);
	if (r < 5 && vis[k = pick(NVIS)].ip[0] != '\0')
		/* NAT: an address shared with another browser */
		memmove(v->ip, vis[k].ip, sizeof v->ip);
	else if (r < 15)
		snprintf(v->ip, sizeof v->ip, "2a02:%x:%x:%x:%x:%x:%x:%x",
		    0x8100 + a[0] % 256, a[1], a[2], a[3], a[4], a[5], a[6]);
	else
		snprintf(v->ip, sizeof v->ip, "%u.%u.%u.%u", 11 + a[0] % 212,
		    a[1] % 256, a[2] % 256, 1 + a[3] % 254);
	v->ua = (uint8_t)(pick(2) ? pick(8) : pick(NEL(uas)));
	v->h2 = (uint8_t)pick(2);
	v->left = 0;
	v->cold = 1;
	v->next = now + pick(120);
}

static unsigned
prodid(void)
{
	/* Popular products first, a rough Zipf shape; a few are gone (404). */
	return pick(200) ? 1 + pick(1 + pick(2000)) : 99000 + pick(999);
}

/* Format page kind k for product id, return its length. */
static int
page(char *p, int k, unsigned id)
{
	const char *w = words[pick(NEL(words))], *s = slugs[pick(NEL(slugs))];

	switch (k) {
	case PROD:	return sprintf(p, "/product/%u", id);
	case CAT:	return sprintf(p, "/category/%s", w);
	case SALE:	return sprintf(p, "/category/sale");
	case SEARCH:	return sprintf(p, "/search?q=%s", s);
	case BLOG:	return sprintf(p, "/blog/%s", s);
	case CART:	return sprintf(p, "/cart");
	case CHECKOUT:	return sprintf(p, "/checkout");
	case SHIP:	return sprintf(p, "/checkout/shipping");
	case ORDER:	return sprintf(p, "/order/complete");
	case ACCOUNT:	return sprintf(p, pick(2) ? "/account/orders" : "/account/login");
	case REVIEWS:	return sprintf(p, "/reviews?id=%u", id);
	case HELP:	return sprintf(p, "/help/returns");
	default:	return sprintf(p, "/");
	}
}

/* Write one pageview of v at now, with the redirect and assets it brings. */
static void
pageview(struct vis *v, int64_t now)
{
	static const unsigned char state[SALE + 1] = { [PROD] = PRODUCT,
	    [CART] = INCART, [CHECKOUT] = PAYING, [SHIP] = PAYING,
	    [ORDER] = BOUGHT };
	const char *ref1 = SITE, *ref2 = v->prev, *ua = uas[v->ua], *meth;
	const struct chan *c;
	char p[160], q[40];
	unsigned r = pick(100), id = prodid(), i;
	int k, n, st = 200;

	if (v->left == 0) {		/* a new session: which channel */
		v->left = pick(100) < 35 ? 1 : 2 + (int)pick(1 + pick(29));
		for (c = chans; c->upto <= r; c++)
			;
		n = page(p, c->land, id);
		n += sprintf(p + n, c->query, pick(1000000000));
		ref1 = c->ref;
		ref2 = "";
		k = c->land;
	} else {
		for (i = 0; walk[v->state][i][0] <= r; i++)
			;
		k = walk[v->state][i][1];
		/* A form POST or an old URL: the redirect, then its page. */
		if (k == ADDCART || k == PAY || k == OLD) {
			meth = k == OLD ? "GET" : "POST";
			if (k == OLD)
				sprintf(q, "/product.php?id=%u", id);
			st = k == OLD ? 301 : k == PAY && pick(100) == 0 ? 500 : 302;
			logline(v->ip, now, meth, k == ADDCART ? "/cart/add" :
			    k == PAY ? "/checkout" : q, v->h2, st,
			    st == 500 ? 1733 : 162, ref1, ref2, ua);
			k = k == ADDCART ? CART : k == PAY ? ORDER : PROD;
			if (st == 500)
				k = CHECKOUT;
			st = 200;
		}
		n = page(p, k, id);
	}
	v->state = state[k];
	if (k == ORDER && v->left > 2)	/* bought: leave soon */
		v->left = 2;
	if (k == PROD && id >= 99000)
		st = 404;
	else if (k == SEARCH && pick(500) == 0)
		st = 500;
	meth = pick(300) ? "GET" : "HEAD";	/* link checkers, previews */
	logline(v->ip, now, meth, p, v->h2, st,
	    meth[0] == 'H' ? 0 : 8000 + pick(60000), ref1, ref2, ua);
	memcpy(v->prev, p, (size_t)n + 1);

	/* Static files after the page: all of them on a cold cache. */
	n = v->cold ? (int)NEL(assets) - 2 : (int)pick(3);
	for (i = 0; i < (unsigned)n; i++) {
		const struct asset *a = &assets[v->cold ? i : pick(NEL(assets))];

		st = v->cold || pick(4) == 0 ? 200 : 304;
		logline(v->ip, now, "GET", a->path, v->h2, st,
		    st == 200 ? a->size : 0, SITE, v->prev, ua);
	}
	if (k == PROD && id < 99000) {
		sprintf(q, "/img/p/%u-600.webp", id);
		logline(v->ip, now, "GET", q, v->h2, 200, 20000 + pick(40000),
		    SITE, v->prev, ua);
	}
	v->cold = 0;
	v->left--;
}

static void
bot(int64_t now)
{
	static const char *const odd[] = { "/robots.txt", "/sitemap.xml",
	    "/?id=%u", "/product/%u/", "/wp-login.php", "/.env", "/xmlrpc.php" };
	const struct bot *b = &bots[pick(NEL(bots))];
	const char *meth = "GET";
	char ip[40], p[200];
	unsigned r = pick(100), id = prodid();
	int st = 200;

	sprintf(ip, "%s%u", b->net, 1 + pick(254));
	if (r < 70)
		page(p, r < 40 ? PROD : r < 55 ? CAT : r < 65 ? BLOG : HOME, id);
	else {
		r = pick(NEL(odd));
		sprintf(p, odd[r], id);
		st = r == 3 ? 301 : r > 3 ? 404 : 200;
		if (r == 6)
			meth = "POST";
	}
	if (p[1] == 'p' && id >= 99000)
		st = 404;
	if (b->ua[0] != 'M' && st == 200 && pick(3) == 0)
		meth = "HEAD";		/* uptime checks and scripts */
	logline(ip, now, meth, p, 0, st, st == 200 && meth[0] != 'H' ?
	    5000 + pick(50000) : 0, "-", "", b->ua);
}

static void
siftdown(uint32_t i)
{
	uint32_t x = heap[i], c;
	int64_t k = vis[x].next;

	while ((c = 2 * i + 1) < NVIS) {
		if (c + 1 < NVIS && vis[heap[c + 1]].next < vis[heap[c]].next)
			c++;
		if (k <= vis[heap[c]].next)
			break;
		heap[i] = heap[c];
		i = c;
	}
	heap[i] = x;
}

int
main(int argc, char **argv)
{
	uint64_t seed = 1;
	int64_t now = T0;
	struct vis *v;
	unsigned r;
	int c, i;

	while ((c = getopt(argc, argv, "s:m:n:")) != -1) {
		switch (c) {
		case 's': seed = strtoull(optarg, NULL, 10); break;
		case 'm': maxbytes = strtoull(optarg, NULL, 10) * 1000000ULL; break;
		case 'n': maxlines = strtoull(optarg, NULL, 10); break;
		default:
			fputs("usage: genlog [-s SEED] [-m MEGABYTES] [-n LINES]\n",
			    stderr);
			return 2;
		}
	}
	if (maxbytes == 0 && maxlines == 0)
		maxlines = 1000;
	rs = seed * 0xd1342543de82ef95ULL + 1;
	for (i = 0; i < NVIS; i++) {
		newvis(&vis[i], now);
		vis[i].next = now + pick(900);	/* a site already busy */
		heap[i] = (uint32_t)i;
	}
	for (i = NVIS / 2 - 1; i >= 0; i--)
		siftdown((uint32_t)i);
	while (!done) {
		v = &vis[heap[0]];
		if (v->next > now)
			now = v->next;
		while (pick(100) < 28)	/* about 10% of lines */
			bot(now);
		pageview(v, now);
		if (v->left > 0) {	/* think time: mostly seconds, some long */
			r = pick(100);
			v->next = now + (r < 60 ? 3 + pick(40) : r < 90 ?
			    30 + pick(270) : r < 98 ? 300 + pick(900) :
			    1200 + pick(1200));
		} else if (pick(10) < 3)	/* back later: a new session */
			v->next = now + 1860 + pick(12600);
		else
			newvis(v, now);
		siftdown(0);
	}
	fwrite(obuf, 1, on, stdout);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		perror("genlog: stdout");
		return 1;
	}
	return 0;
}
