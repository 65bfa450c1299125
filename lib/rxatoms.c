/*
 * rxatoms.c - the literal strings a regex needs: a set of "atoms" such
 * that every subject the regex matches holds at least one of them (in
 * ASCII lower case), so that a subject holding none need not be tried.
 * As RE2's FilteredRE2 and the ua-parser crate's prefilter do, for
 * uap-core's 1,166 regexes: most name a brand or a token ("HTC", "Kindle",
 * "CriOS") that a given User-Agent does not hold, and skipping them saves
 * both their match and their compilation (ua.c).
 *
 * A small parser of PCRE syntax gives each part of the regex
 *   exact  the finite set of strings it matches, when it is one (a
 *          literal, [Ss], a|b, and their sequences), and
 *   req    a set of strings one of which every match contains (or none:
 *          anything may match, as for \d+, .*, x? or an empty branch).
 * A sequence takes the best req of its parts and of its exact runs, an
 * alternation the union of its branches' (none if one branch has none).
 * Everything is lowered, so case-insensitive regexes need nothing more.
 * What the parser does not know (\Q, backreferences, (?x), a byte above
 * 0x7f in \x...) gives no atoms: the regex is always tried.  A string
 * that a match could lack would skip a rule that matches and change a
 * family, so the rules above only ever drop knowledge: tests/uaconf.c
 * checks every case of uap-core's suites with and without the filter,
 * and fuzz_rxatoms checks PCRE2's matches against the sets.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define SETMAX	256	/* strings in a set; an alternation past it: none */
#define PRODMAX	16	/* strings in a sequence's exact product */
#define ATOMMAX	16	/* bytes kept of an atom */

struct lset {
	int		 n;
	int		 common;	/* ncommon's answer, or -1 */
	unsigned char	 len[SETMAX];
	char		 s[SETMAX][ATOMMAX];
};

struct info {
	int		 exact;		/* e is all this part matches */
	int		 any;		/* no req */
	struct lset	 e, r;
};

struct parser {
	const char	*p;
	int		 bad;
	int		 depth;
};

static void
set_one(struct lset *s, const char *p, size_t n)
{
	s->n = 1;
	s->common = -1;
	s->len[0] = (unsigned char)n;
	memcpy(s->s[0], p, n);
}

/* *d = *s, the strings in use only (a set is 800 bytes). */
static void
set_copy(struct lset *d, const struct lset *s)
{
	d->n = s->n;
	d->common = s->common;
	memcpy(d->len, s->len, (size_t)s->n);
	memcpy(d->s, s->s, (size_t)s->n * ATOMMAX);
}

static int
set_has(const struct lset *s, const char *p, size_t n)
{
	for (int i = 0; i < s->n; i++)
		if (s->len[i] == n && memcmp(s->s[i], p, n) == 0)
			return 1;
	return 0;
}

/* Add b's strings to a: 0 when past SETMAX. */
static int
set_union(struct lset *a, const struct lset *b)
{
	for (int i = 0; i < b->n; i++) {
		if (set_has(a, b->s[i], b->len[i]))
			continue;
		if (a->n == SETMAX)
			return 0;
		a->common = -1;
		a->len[a->n] = b->len[i];
		memcpy(a->s[a->n], b->s[i], b->len[i]);
		a->n++;
	}
	return 1;
}

/*
 * Which of two sets to keep is a guess at which is rarer in real
 * User-Agents: a string all of whose byte pairs occur in these common
 * ones counts as common (" build", ") applewebkit"), and a set without
 * one wins, then the longer shortest string, then the fewer strings.
 */
static const char common_uas[] =
    "mozilla/5.0 (windows nt 10.0; win64; x64) applewebkit/537.36 "
    "(khtml, like gecko) chrome/131.0.0.0 safari/537.36 edg/131.0.0.0\n"
    "mozilla/5.0 (linux; android 13; sm-a536b build/tp1a.220624.014; wv) "
    "applewebkit/537.36 (khtml, like gecko) version/4.0 "
    "chrome/130.0.6723.102 mobile safari/537.36\n"
    "mozilla/5.0 (iphone; cpu iphone os 17_6_1 like mac os x) "
    "applewebkit/605.1.15 (khtml, like gecko) version/17.6 "
    "mobile/15e148 safari/604.1\n"
    "mozilla/5.0 (macintosh; intel mac os x 10_15_7; rv:133.0) "
    "gecko/20100101 firefox/133.0\n"
    "mozilla/5.0 (x11; ubuntu; linux x86_64; rv:132.0) gecko/20100101 "
    "firefox/132.0\n";

#define CPAIR(a, b)	(((unsigned)(unsigned char)(a) * 131u + \
			    (unsigned char)(b)) & 4095u)

static int
common(const char *s, size_t n)
{
	static uint64_t pairs[64], bytes[4];
	static int ready;
	size_t i;

	if (!ready) {
		for (i = 0; common_uas[i]; i++) {
			unsigned c = (unsigned char)common_uas[i], h;
			bytes[c >> 6] |= 1ull << (c & 63);
			if (i > 0) {
				h = CPAIR(common_uas[i - 1], c);
				pairs[h >> 6] |= 1ull << (h & 63);
			}
		}
		ready = 1;
	}
	if (n == 1)
		return bytes[(unsigned char)s[0] >> 6] >>
		    ((unsigned char)s[0] & 63) & 1;
	for (i = 1; i < n; i++) {
		unsigned h = CPAIR(s[i - 1], s[i]);
		if (!(pairs[h >> 6] >> (h & 63) & 1))
			return 0;
	}
	return 1;
}

/* A set one of whose strings is common passes on common UAs. */
static int
ncommon(struct lset *s)
{
	if (s->common < 0) {
		s->common = 0;
		for (int i = 0; i < s->n && !s->common; i++)
			s->common = common(s->s[i], s->len[i]);
	}
	return s->common;
}

static int
minlen(const struct lset *s)
{
	int m = ATOMMAX + 1;

	for (int i = 0; i < s->n; i++)
		if (s->len[i] < m)
			m = s->len[i];
	return m;
}

/* Take s as the req of x if it is one (no empty string) and better:
 * its shortest string longer, or as long and fewer strings. */
static void
consider(struct info *x, struct lset *s)
{
	int m = minlen(s);

	if (s->n == 0 || m == 0)
		return;
	if (!x->any) {
		int o = minlen(&x->r), c = ncommon(s), oc = ncommon(&x->r);
		if (c > oc || (c == oc && (m < o || (m == o &&
		    s->n >= x->r.n))))
			return;
	}
	set_copy(&x->r, s);
	x->any = 0;
}

static void
empty(struct info *x)
{
	x->exact = 1;
	x->any = 1;
	x->e.n = 1;
	x->e.common = -1;
	x->e.len[0] = 0;
}

static void
anything(struct info *x)
{
	x->exact = 0;
	x->any = 1;
}

/* a := a followed by b, if the product is small and short enough. */
static int
product(struct lset *a, const struct lset *b)
{
	struct lset o;

	if (a->n * b->n > PRODMAX)
		return 0;
	o.n = 0;
	o.common = -1;
	for (int i = 0; i < a->n; i++)
		for (int j = 0; j < b->n; j++) {
			size_t n = (size_t)a->len[i] + b->len[j];
			if (n > ATOMMAX)
				return 0;
			o.len[o.n] = (unsigned char)n;
			memcpy(o.s[o.n], a->s[i], a->len[i]);
			memcpy(o.s[o.n] + a->len[i], b->s[j], b->len[j]);
			if (!set_has(&o, o.s[o.n], n))
				o.n++;
		}
	set_copy(a, &o);
	return 1;
}

/* ASCII lower case, as ua.c lowers the User-Agent (whatever the locale). */
static unsigned char
lc(int c)
{
	c &= 0xff;
	return (unsigned char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
}

static int
hexdig(int c)
{
	return isdigit(c) ? c - '0' : isxdigit(c) ? (tolower(c) - 'a' + 10) :
	    -1;
}

/*
 * One escape after the backslash: a byte into *c (1), a class or an
 * assertion (2 anything, 3 empty), or not known (0).
 */
static int
escape(struct parser *ps, int *c)
{
	int ch = (unsigned char)*ps->p, h, l;

	if (ch == '\0')
		return 0;
	ps->p++;
	switch (ch) {
	case 'd': case 'D': case 'w': case 'W': case 's': case 'S':
	case 'h': case 'H': case 'v': case 'V': case 'N': case 'R':
	case 'X': case 'C':
		return 2;
	case 'b': case 'B': case 'A': case 'z': case 'Z': case 'G':
		return 3;
	case 'n': *c = '\n'; return 1;
	case 't': *c = '\t'; return 1;
	case 'r': *c = '\r'; return 1;
	case 'f': *c = '\f'; return 1;
	case 'e': *c = 27; return 1;
	case 'a': *c = 7; return 1;
	case 'x':
		if ((h = hexdig((unsigned char)ps->p[0])) < 0 ||
		    (l = hexdig((unsigned char)ps->p[1])) < 0)
			return 0;
		ps->p += 2;
		*c = h * 16 + l;
		return *c > 0 && *c < 0x80 ? 1 : 0;
	default:
		if (isalnum(ch))
			return 0;	/* \Q, \p, backreferences... */
		*c = ch;
		return 1;
	}
}

/* [...] after the '[': up to four bytes (lowered) as an exact set. */
static void
klass(struct parser *ps, struct info *x)
{
	unsigned char in[256] = { 0 };
	int neg = 0, first = 1, prev = -1, n = 0, c;

	if (*ps->p == '^') {
		neg = 1;
		ps->p++;
	}
	for (;;) {
		int ch = (unsigned char)*ps->p;
		if (ch == '\0') {
			ps->bad = 1;
			return;
		}
		ps->p++;
		if (ch == ']' && !first)
			break;
		first = 0;
		if (ch == '[' && *ps->p == ':') {
			ps->bad = 1;	/* [:alpha:]: not worth knowing */
			return;
		}
		if (ch == '-' && prev >= 0 && *ps->p != ']' && *ps->p) {
			int hi = (unsigned char)*ps->p++;
			if (hi == '\\') {
				if (escape(ps, &hi) != 1) {
					ps->bad = 1;
					return;
				}
			}
			if (hi < prev) {
				ps->bad = 1;
				return;
			}
			for (c = prev; c <= hi; c++)
				in[lc(c)] = 1;
			prev = -1;
			continue;
		}
		if (ch == '\\') {
			int k = escape(ps, &c);
			if (k == 2) {
				memset(in, 1, sizeof in);
				prev = -1;
				continue;
			}
			if (k != 1) {
				ps->bad = 1;
				return;
			}
			ch = c;
		}
		in[lc(ch)] = 1;
		prev = ch;
	}
	anything(x);
	if (neg)
		return;
	x->e.n = 0;
	x->e.common = -1;
	for (c = 0; c < 256; c++)
		if (in[c]) {
			if (++n > 4)
				return;
			x->e.len[x->e.n] = 1;
			x->e.s[x->e.n++][0] = (char)c;
		}
	if (n > 0) {
		x->exact = 1;
		consider(x, &x->e);
	}
}

static void alternation(struct parser *, struct info *);

/* (...) after the '(': a group, a lookaround (empty), inline flags. */
static void
group(struct parser *ps, struct info *x)
{
	int look = 0;

	if (*ps->p == '?') {
		ps->p++;
		if (*ps->p == ':' || *ps->p == '>')
			ps->p++;
		else if (*ps->p == '=' || *ps->p == '!') {
			ps->p++;
			look = 1;
		} else if (ps->p[0] == '<' && (ps->p[1] == '=' ||
		    ps->p[1] == '!')) {
			ps->p += 2;
			look = 1;
		} else if (*ps->p == 'P' || *ps->p == '<' || *ps->p == '\'') {
			const char *q = ps->p + (*ps->p == 'P');
			int close = *q == '\'' ? '\'' : '>';
			if (*q != '<' && *q != '\'') {
				ps->bad = 1;
				return;
			}
			while (*++q && *q != close)
				if (!isalnum((unsigned char)*q) && *q != '_') {
					ps->bad = 1;
					return;
				}
			if (*q != close) {
				ps->bad = 1;
				return;
			}
			ps->p = q + 1;
		} else {
			/* (?i) or (?i:...): case is lowered anyway; (?x)
			 * would change what the regex means. */
			while (*ps->p && strchr("imsUJn-", *ps->p))
				ps->p++;
			if (*ps->p == ')') {
				ps->p++;
				empty(x);
				return;
			}
			if (*ps->p != ':') {
				ps->bad = 1;
				return;
			}
			ps->p++;
		}
	}
	if (++ps->depth > 16) {
		ps->bad = 1;
		return;
	}
	alternation(ps, x);
	ps->depth--;
	if (*ps->p != ')') {
		ps->bad = 1;
		return;
	}
	ps->p++;
	if (look)
		empty(x);
}

/* One item without its quantifier. */
static void
item(struct parser *ps, struct info *x)
{
	int ch = (unsigned char)*ps->p++, c;
	char b;

	switch (ch) {
	case '(':
		group(ps, x);
		return;
	case '[':
		klass(ps, x);
		return;
	case '.':
		anything(x);
		return;
	case '^':
	case '$':
		empty(x);
		return;
	case '*': case '+': case '?':
		ps->bad = 1;
		return;
	case '\\':
		switch (escape(ps, &c)) {
		case 1:
			ch = c;
			break;
		case 2:
			anything(x);
			return;
		case 3:
			empty(x);
			return;
		default:
			ps->bad = 1;
			return;
		}
		break;
	default:
		break;
	}
	b = (char)lc(ch);
	x->exact = 1;
	x->any = 1;
	set_one(&x->e, &b, 1);
	consider(x, &x->e);
}

/* A quantifier after an item: its minimum (-1 none, -2 bad). */
static int
quantifier(struct parser *ps, int *max1)
{
	const char *q = ps->p;
	long lo, hi;
	char *end;

	*max1 = 0;
	switch (*q) {
	case '*': ps->p++; lo = 0; hi = 2; break;
	case '+': ps->p++; lo = 1; hi = 2; break;
	case '?': ps->p++; lo = 0; hi = 1; break;
	case '{':
		if (!isdigit((unsigned char)q[1])) {
			if (q[1] == ',')
				return -2;	/* {,m}: PCRE2 versions differ */
			return -1;		/* a literal '{' */
		}
		lo = strtol(q + 1, &end, 10);
		hi = lo;
		if (*end == ',') {
			if (isdigit((unsigned char)end[1]))
				hi = strtol(end + 1, &end, 10);
			else {
				hi = lo < 65536 ? lo + 1 : lo;
				end++;
			}
		}
		if (*end != '}')
			return -1;		/* a literal '{' */
		/* PCRE2 refuses a count past 65535: not ours to judge. */
		if (lo > 65535 || hi > 65535)
			return -2;
		ps->p = end + 1;
		break;
	default:
		return -1;
	}
	if (*ps->p == '?' || *ps->p == '+')
		ps->p++;
	*max1 = lo == 1 && hi == 1;
	return (int)(lo > 0 ? 1 : 0);
}

/* Up to NALL sets all required at once: the top level's parts. */
#define NALL	4
struct conj {
	int		 n;
	struct lset	 s[NALL];
};

/* Better (1), worse (-1) or as good: fewer common, longer, fewer. */
static int
setcmp(struct lset *a, struct lset *b)
{
	int ca = ncommon(a), cb = ncommon(b), ma = minlen(a), mb = minlen(b);

	if (ca != cb)
		return ca < cb ? 1 : -1;
	if (ma != mb)
		return ma > mb ? 1 : -1;
	return (a->n < b->n) - (a->n > b->n);
}

static void
collect(struct conj *all, struct lset *s)
{
	int i, worst = 0;

	if (all == NULL || s->n == 0 || minlen(s) == 0)
		return;
	if (all->n < NALL) {
		set_copy(&all->s[all->n++], s);
		return;
	}
	for (i = 1; i < NALL; i++)
		if (setcmp(&all->s[i], &all->s[worst]) < 0)
			worst = i;
	if (setcmp(s, &all->s[worst]) > 0)
		set_copy(&all->s[worst], s);
}

/* A byte that stands for itself, not followed by a quantifier. */
static int
plain(const char *p)
{
	unsigned char c = (unsigned char)p[0];

	switch (c) {
	case '\0': case '\\': case '[': case ']': case '(': case ')':
	case '{': case '}': case '|': case '.': case '^': case '$':
	case '*': case '+': case '?':
		return 0;
	default:
		break;
	}
	switch (p[1]) {
	case '*': case '+': case '?': case '{':
		return 0;
	default:
		return 1;
	}
}

/* A branch: items in sequence, up to '|', ')' or the end; every part's
 * requirement into all too, if given. */
static void
sequence(struct parser *ps, struct info *x, struct conj *all)
{
	struct lset cur;
	int exact = 1;

	anything(x);
	cur.n = 1;
	cur.common = -1;
	cur.len[0] = 0;
	while (*ps->p && *ps->p != '|' && *ps->p != ')' && !ps->bad) {
		struct info it;
		int max1, q;

		/* The common case, a literal run, without the sets. */
		if (cur.n == 1 && cur.len[0] < ATOMMAX && plain(ps->p)) {
			cur.s[0][cur.len[0]++] = (char)lc(*ps->p++);
			cur.common = -1;
			continue;
		}
		item(ps, &it);
		if (ps->bad)
			return;
		if ((q = quantifier(ps, &max1)) == -2 || (q >= 0 &&
		    ps->p[0] == '{' && isdigit((unsigned char)ps->p[1]))) {
			ps->bad = 1;	/* {,m}, {65536}, or a{2}{3} */
			return;
		}
		if (q == 0)
			anything(&it);	/* it may match nothing */
		else if (q == 1 && !max1)
			it.exact = 0;	/* req stays: it matches once at least */
		if (it.exact && product(&cur, &it.e))
			continue;
		exact = 0;
		consider(x, &cur);
		collect(all, &cur);
		if (!it.any && !it.exact) {
			/* (Exact, it starts the next run, which says more.) */
			consider(x, &it.r);
			collect(all, &it.r);
		}
		if (it.exact)
			set_copy(&cur, &it.e);
		else {
			cur.n = 1;
			cur.common = -1;
			cur.len[0] = 0;
		}
	}
	consider(x, &cur);
	collect(all, &cur);
	x->exact = exact;
	if (exact)
		set_copy(&x->e, &cur);
}

static void
alternation(struct parser *ps, struct info *x)
{
	struct info br;
	int exact, any;

	sequence(ps, x, NULL);
	exact = x->exact;
	any = x->any;
	while (!ps->bad && *ps->p == '|') {
		ps->p++;
		sequence(ps, &br, NULL);
		if (ps->bad)
			return;
		if (exact && (!br.exact || !set_union(&x->e, &br.e)))
			exact = 0;
		if (!any && (br.any || !set_union(&x->r, &br.r)))
			any = 1;
	}
	x->exact = exact;
	x->any = any;
	if (exact)
		consider(x, &x->e);
}

static void
put(struct jy_buf *out, const struct lset *s)
{
	for (int i = 0; i < s->n; i++) {
		jy_buf_addc(out, (char)s->len[i]);
		jy_buf_add(out, s->s[i], s->len[i]);
	}
	jy_buf_addc(out, '\0');		/* the end of a set */
}

/*
 * The sets of rx: each string as its length (a byte) and its bytes, and
 * a 0 byte after each set; every match holds a string of every set.  A regex that is
 * one branch gives the best NALL of its parts' (an alternation
 * of branches, the union of theirs), rarest first.
 */
int
jy_rx_atoms(const char *rx, struct jy_buf *out)
{
	struct parser ps = { rx, 0, 0 };
	struct info *x = malloc(sizeof *x);
	struct conj *all = malloc(sizeof *all);
	int n = 0, i, j;

	if (x == NULL || all == NULL) {
		free(x);
		free(all);
		return 0;
	}
	all->n = 0;
	sequence(&ps, x, all);
	if (!ps.bad && *ps.p == '|') {
		ps.p = rx;
		all->n = 0;
		alternation(&ps, x);
	}
	if (ps.bad || *ps.p != '\0')
		n = 0;
	else if (all->n > 0) {
		/* Rarest first: most UAs fail on the first set. */
		for (i = 1; i < all->n; i++)
			for (j = i; j > 0 && setcmp(&all->s[j], &all->s[j - 1])
			    > 0; j--) {
				struct lset t;
				set_copy(&t, &all->s[j]);
				set_copy(&all->s[j], &all->s[j - 1]);
				set_copy(&all->s[j - 1], &t);
			}
		for (n = 0; n < all->n; n++)
			put(out, &all->s[n]);
	} else if (!x->any) {
		put(out, &x->r);
		n = 1;
	}
	free(all);
	free(x);
	return n;
}
