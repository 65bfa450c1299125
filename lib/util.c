/*
 * util.c - memory, buffers, lists and small string helpers.
 */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "internal.h"

/*
 * Running out of memory is not an input error the tools can recover from
 * and report per line, so it ends the program with a message instead of
 * threading a status through every hot path.
 */
static void
nomem(void)
{
	fputs("out of memory\n", stderr);
	abort();
}

void *
jy_xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (p == NULL)
		nomem();
	return p;
}

/*
 * n bytes of zeros for memory probed at random and kept (the sessions'
 * slabs, the visitor table, the Bloom filter): from 2 MiB up, whole huge
 * pages at a 2 MiB boundary, asked for as such where the kernel gives
 * them on request (transparent huge pages set to madvise, Debian's
 * default).  A fault per 2 MiB instead of per 4 KiB, and a TLB entry
 * for 2 MiB of a table whose every probe misses the cache.  Less than
 * that is calloc's, where a small input leaves pages untouched.  Freed
 * with jy_hugefree and the same n.
 */
#define HUGE	((size_t)2 << 20)

static size_t
huge_len(size_t n)
{
	return (n + HUGE - 1) & ~(HUGE - 1);
}

/* The whole pages of [p, p + n) asked for as huge pages, where the
 * kernel has them. */
void
jy_advise_huge(void *p, size_t n)
{
#ifdef MADV_HUGEPAGE
	uintptr_t a = ((uintptr_t)p + 4095) & ~(uintptr_t)4095;

	if ((uintptr_t)p + n > a)
		madvise((void *)a, (uintptr_t)p + n - a, MADV_HUGEPAGE);
#else
	(void)p, (void)n;
#endif
}

void *
jy_xhuge(size_t n)
{
	size_t len = huge_len(n);
	uintptr_t p, a;
	void *m;

	if (n < HUGE)
		return jy_xcalloc(1, n);
	m = mmap(NULL, len + HUGE, PROT_READ | PROT_WRITE,
	    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (m == MAP_FAILED)
		nomem();
	/* Mapped a huge page more than asked: the ends off a boundary go. */
	p = (uintptr_t)m;
	a = (p + HUGE - 1) & ~(uintptr_t)(HUGE - 1);
	if (a > p)
		munmap(m, a - p);
	if (p + HUGE > a)
		munmap((void *)(a + len), p + HUGE - a);
	jy_advise_huge((void *)a, len);
	return (void *)a;
}

void
jy_hugefree(void *p, size_t n)
{
	if (n < HUGE)
		free(p);
	else if (p != NULL)
		munmap(p, huge_len(n));
}

void *
jy_xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (p == NULL)
		nomem();
	return p;
}

void *
jy_xcalloc(size_t a, size_t b)
{
	void *p = calloc(a ? a : 1, b ? b : 1);

	if (p == NULL)
		nomem();
	return p;
}

char *
jy_xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;

	return memcpy(jy_xmalloc(n), s, n);
}

void
jy_buf_reserve(struct jy_buf *b, size_t more)
{
	size_t cap;

	/* The first call allocates even for 0 bytes: b->p is never NULL
	 * after it, so b->p + b->n is always defined. */
	if (b->p != NULL && b->cap - b->n >= more)
		return;
	cap = b->cap ? b->cap : 32;
	while (cap - b->n < more)
		cap *= 2;
	b->p = jy_xrealloc(b->p, cap);
	b->cap = cap;
}

void
jy_buf_add(struct jy_buf *b, const void *p, size_t n)
{
	jy_buf_reserve(b, n);
	if (n)
		memcpy(b->p + b->n, p, n);
	b->n += n;
}

void
jy_buf_free(struct jy_buf *b)
{
	free(b->p);
	b->p = NULL;
	b->n = b->cap = 0;
}

void
jy_errf(char *err, size_t errlen, const char *fmt, ...)
{
	va_list ap;

	if (err == NULL || errlen == 0)
		return;
	va_start(ap, fmt);
	vsnprintf(err, errlen, fmt, ap);
	va_end(ap);
}

int
jy_span_caseeq(jy_span a, const char *s)
{
	size_t n = strlen(s);

	return a.n == n && jy_caseeq(a.p, s, n);
}

/* An integer's sign (-1 or 1; zero is 1) and its digits without leading
 * zeros, or 0 when s is not [-]digits. */
static int
integer(const char *s, size_t n, const char **dig, size_t *dn)
{
	int neg = n > 0 && s[0] == '-';
	size_t i = (size_t)neg;

	if (i == n)
		return 0;
	for (; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	for (i = (size_t)neg; i + 1 < n && s[i] == '0'; i++)
		;
	*dig = s + i;
	*dn = n - i;
	return neg && !(*dn == 1 && **dig == '0') ? -1 : 1;
}

/* The order of --by groups in every program, so that visit_number 10
 * comes after 2: integers first, by value (of any length); then every
 * other value (time buckets, "-", names) bytewise, which for the time
 * buckets is time order.  Values equal as numbers ("01", "1") fall back
 * to bytes, so the order is total and 0 means the same bytes. */
int
jy_group_cmp(jy_span a, jy_span b)
{
	const char *ad = NULL, *bd = NULL;
	size_t an = 0, bn = 0, n;
	int as = integer(a.p, a.n, &ad, &an);
	int bs = integer(b.p, b.n, &bd, &bn);
	int c;

	if ((as != 0) != (bs != 0))
		return as != 0 ? -1 : 1;
	if (as != 0) {
		if (as != bs)
			return as < bs ? -1 : 1;
		c = an != bn ? (an < bn ? -1 : 1) : memcmp(ad, bd, an);
		if (c != 0)
			return as * (c < 0 ? -1 : 1);
	}
	n = a.n < b.n ? a.n : b.n;
	if (n > 0 && (c = memcmp(a.p, b.p, n)) != 0)
		return c;
	return (a.n > b.n) - (a.n < b.n);
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

void
jy_unescape(struct jy_buf *b, const char *s, size_t n)
{
	size_t i;
	int hi, lo;

	jy_buf_reserve(b, n);
	for (i = 0; i < n; i++) {
		char c = s[i];

		if (c != '\\' || i + 1 == n) {
			b->p[b->n++] = c;
			continue;
		}
		c = s[++i];
		switch (c) {
		case 't': c = '\t'; break;
		case 'n': c = '\n'; break;
		case 'r': c = '\r'; break;
		case 'x':
			if (i + 2 < n && (hi = hexval(s[i + 1])) >= 0 &&
			    (lo = hexval(s[i + 2])) >= 0) {
				c = (char)(hi << 4 | lo);
				i += 2;
			} else {
				/* Not an escape after all: keep it as is. */
				b->p[b->n++] = '\\';
			}
			break;
		case '\\': case '"': break;
		default:
			b->p[b->n++] = '\\';
			break;
		}
		b->p[b->n++] = c;
	}
}

void
jy_list_add(struct jy_list *l, const char *s, size_t n)
{
	char *c = jy_xmalloc(n + 1);

	memcpy(c, s, n);
	c[n] = '\0';
	l->v = jy_xrealloc(l->v, (l->n + 1) * sizeof *l->v);
	l->v[l->n++] = c;
}

void
jy_list_clear(struct jy_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

/* One entry a line; blank lines and lines starting with # are skipped. */
jy_status
jy_list_load(struct jy_list *l, const char *path, char *err, size_t errlen)
{
	FILE *f = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;

	if (f == NULL) {
		jy_errf(err, errlen, "%s: %s", path, strerror(errno));
		return JY_EUSAGE;
	}
	jy_list_clear(l);
	while ((n = getline(&line, &cap, f)) > 0) {
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r' ||
		    line[n - 1] == ' ' || line[n - 1] == '\t'))
			n--;
		if (n == 0 || line[0] == '#')
			continue;
		jy_list_add(l, line, (size_t)n);
	}
	free(line);
	fclose(f);
	return JY_OK;
}

/*
 * Durations: a number of seconds, or numbers with units d, h, m, s in a
 * row ("1h30m", "90s", "30m").  Zero and negative values are refused by
 * the caller where they make no sense.
 */
int
jy_parse_duration(const char *s, int64_t *out)
{
	int64_t total = 0, v;
	int any = 0;

	if (*s == '\0')
		return -1;
	while (*s) {
		if (!isdigit((unsigned char)*s))
			return -1;
		v = 0;
		while (isdigit((unsigned char)*s)) {
			if (v > 100000000)
				return -1;
			v = v * 10 + (*s++ - '0');
		}
		switch (*s) {
		case 'd': v *= 86400; s++; break;
		case 'h': v *= 3600; s++; break;
		case 'm': v *= 60; s++; break;
		case 's': s++; break;
		case '\0':
			if (any)
				return -1;	/* "1h30" is ambiguous */
			break;
		default:
			return -1;
		}
		total += v;
		any = 1;
	}
	*out = total;
	return 0;
}

/*
 * setvbuf with no buffer of its own keeps glibc's default, st_blksize
 * (4 KiB), whatever size it is asked for: a run written in 4 KiB
 * write(2)s, each at an offset a flush left unaligned, has ext4 zero
 * the part of two blocks it does not cover, which cost as much as the
 * copy.  So a temporary file's buffer is ours, and jy_tmpclose finds it
 * again here (there are a few such files at a time).
 */
struct tmpbuf {
	FILE		*f;
	char		*buf;
	struct tmpbuf	*next;
};
static struct tmpbuf *tmpbufs;
static pthread_mutex_t tmplock = PTHREAD_MUTEX_INITIALIZER;

/*
 * A temporary file in dir that has no name: O_TMPFILE where the system
 * has it, else mkstemp and an unlink at once.  Nothing is left behind
 * however the program ends, and with O_TMPFILE not even for the moment
 * between the two calls (a signal there, or ls(1) in a test).  Closed
 * with jy_tmpclose.
 */
FILE *
jy_tmpfile(const char *dir, const char *prefix, size_t bufsize, char *err,
    size_t errlen)
{
	char path[4096];
	struct tmpbuf *t;
	FILE *f;
	int fd = -1;

#ifdef O_TMPFILE
	fd = open(dir, O_TMPFILE | O_RDWR | O_EXCL | O_CLOEXEC, 0600);
#endif
	if (fd < 0) {
		if (snprintf(path, sizeof path, "%s/%sXXXXXX", dir, prefix) >=
		    (int)sizeof path) {
			snprintf(err, errlen, "-T %s: name too long", dir);
			return NULL;
		}
		if ((fd = mkstemp(path)) < 0) {
			snprintf(err, errlen, "cannot make a temporary file "
			    "in %s: %s (set -T DIR or TMPDIR, or raise "
			    "--memory)", dir, strerror(errno));
			return NULL;
		}
		unlink(path);
	}
	if ((f = fdopen(fd, "w+")) == NULL) {
		close(fd);
		snprintf(err, errlen, "%s: %s", dir, strerror(errno));
		return NULL;
	}
	t = jy_xmalloc(sizeof *t);
	t->f = f;
	t->buf = jy_xmalloc(bufsize);
	setvbuf(f, t->buf, _IOFBF, bufsize);
	pthread_mutex_lock(&tmplock);
	t->next = tmpbufs;
	tmpbufs = t;
	pthread_mutex_unlock(&tmplock);
	return f;
}

/* fclose of a jy_tmpfile, and its buffer freed. */
int
jy_tmpclose(FILE *f)
{
	struct tmpbuf **pp, *t = NULL;
	int rc = fclose(f);

	pthread_mutex_lock(&tmplock);
	for (pp = &tmpbufs; *pp != NULL; pp = &(*pp)->next)
		if ((*pp)->f == f) {
			t = *pp;
			*pp = t->next;
			break;
		}
	pthread_mutex_unlock(&tmplock);
	if (t != NULL) {
		free(t->buf);
		free(t);
	}
	return rc;
}
