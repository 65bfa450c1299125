/*
 * reader.c - lines from plain or gzip input through one big buffer.
 *
 * The buffer holds the unconsumed tail of the input; lines are handed out
 * as spans into it, so there is no allocation per line.  It grows only when
 * a single line does not fit, which is what lets a line be of any length.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "internal.h"

#define BLOCK	(256 * 1024)

struct jy_reader {
	int		 fd;
	char		*name;
	int		 gz;		/* input is gzip */
	int		 zdone;		/* all members inflated */
	z_stream	 zs;
	unsigned char	*zin;
	uint64_t	 zoff;		/* compressed bytes handed to zlib */
	uint64_t	 member;	/* offset where the current member began */
	char		*buf;
	size_t		 cap, pos, end, scan;
	int		 eof;		/* no more bytes will arrive */
	int		 failed;	/* error pending, reported after data */
	uint64_t	 lineno;
	char		 err[512];
};

static ssize_t
readfull(int fd, void *p, size_t n)
{
	ssize_t r;

	do
		r = read(fd, p, n);
	while (r < 0 && errno == EINTR);
	return r;
}

jy_reader *
jy_reader_open(const char *path, char *err, size_t errlen)
{
	jy_reader *r;
	int fd;

	if (strcmp(path, "-") == 0)
		fd = 0;
	else if ((fd = open(path, O_RDONLY)) < 0) {
		jy_errf(err, errlen, "%s: %s", path, strerror(errno));
		return NULL;
	}
	r = jy_xcalloc(1, sizeof *r);
	r->fd = fd;
	r->name = jy_xstrdup(strcmp(path, "-") == 0 ? "(stdin)" : path);
	r->cap = BLOCK;
	r->buf = jy_xmalloc(r->cap);
#ifdef POSIX_FADV_SEQUENTIAL
	if (fd != 0)
		posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
#endif
	return r;
}

static void
fail(jy_reader *r, const char *what)
{
	r->failed = 1;
	r->eof = 1;
	snprintf(r->err, sizeof r->err, "%s: %s", r->name, what);
}

static void
failz(jy_reader *r, const char *what, uint64_t off)
{
	char m[256];

	snprintf(m, sizeof m, "%s at byte offset %llu", what,
	    (unsigned long long)off);
	fail(r, m);
}

/* Refill zin; returns bytes read, 0 at end of file, -1 after fail(). */
static ssize_t
zfill(jy_reader *r)
{
	ssize_t n = readfull(r->fd, r->zin, BLOCK);

	if (n < 0) {
		fail(r, strerror(errno));
		return -1;
	}
	r->zs.next_in = r->zin;
	r->zs.avail_in = (uInt)n;
	r->zoff += (uint64_t)n;
	return n;
}

/* Inflate into buf[end..cap); sets eof or failed as the stream says. */
static void
inflate_more(jy_reader *r)
{
	size_t before = r->end;
	int ret;

	while (r->end == before && !r->eof) {
		if (r->zdone) {
			/* A member ended: another may follow (cat a.gz b.gz). */
			if (r->zs.avail_in == 0 && zfill(r) <= 0) {
				if (!r->failed)
					r->eof = 1;
				return;
			}
			if (r->zs.avail_in < 2 && r->zs.next_in[0] == 0x1f) {
				/* Need the second magic byte. */
				unsigned char c = r->zs.next_in[0];
				r->zin[0] = c;
				ssize_t n = readfull(r->fd, r->zin + 1,
				    BLOCK - 1);
				if (n < 0) {
					fail(r, strerror(errno));
					return;
				}
				r->zs.next_in = r->zin;
				r->zs.avail_in = (uInt)n + 1;
				r->zoff += (uint64_t)n;
			}
			if (r->zs.avail_in < 2 || r->zs.next_in[0] != 0x1f ||
			    r->zs.next_in[1] != 0x8b) {
				failz(r, "trailing garbage after gzip data",
				    r->zoff - r->zs.avail_in);
				return;
			}
			r->member = r->zoff - r->zs.avail_in;
			inflateReset(&r->zs);
			r->zdone = 0;
		}
		if (r->zs.avail_in == 0) {
			ssize_t n = zfill(r);
			if (n < 0)
				return;
			if (n == 0) {
				failz(r, "truncated gzip stream", r->zoff);
				return;
			}
		}
		r->zs.next_out = (unsigned char *)r->buf + r->end;
		r->zs.avail_out = (uInt)(r->cap - r->end);
		ret = inflate(&r->zs, Z_NO_FLUSH);
		r->end = r->cap - r->zs.avail_out;
		if (ret == Z_STREAM_END)
			r->zdone = 1;
		else if (ret != Z_OK && ret != Z_BUF_ERROR) {
			char m[200];
			snprintf(m, sizeof m, "corrupt gzip data (%s)",
			    r->zs.msg ? r->zs.msg : "inflate failed");
			failz(r, m, r->member + r->zs.total_in);
			return;
		}
	}
}

/* Make room after end and read more; the first call detects gzip. */
static void
fill(jy_reader *r)
{
	ssize_t n;

	if (r->pos > 0 && (r->cap - r->end < BLOCK / 2 || r->pos == r->end)) {
		memmove(r->buf, r->buf + r->pos, r->end - r->pos);
		r->end -= r->pos;
		r->scan -= r->pos;
		r->pos = 0;
	}
	if (r->cap - r->end < BLOCK / 2) {
		r->cap *= 2;
		r->buf = jy_xrealloc(r->buf, r->cap);
	}
	if (r->gz) {
		inflate_more(r);
		return;
	}
	n = readfull(r->fd, r->buf + r->end, r->cap - r->end);
	/* A pipe may deliver the two magic bytes in separate reads. */
	while (r->lineno == 0 && r->end == 0 && n == 1 &&
	    (unsigned char)r->buf[0] == 0x1f) {
		ssize_t m = readfull(r->fd, r->buf + 1, r->cap - 1);
		if (m <= 0)
			break;
		n += m;
	}
	if (n < 0) {
		fail(r, strerror(errno));
		return;
	}
	if (n == 0) {
		r->eof = 1;
		return;
	}
	if (r->lineno == 0 && r->end == 0 && n >= 2 &&
	    (unsigned char)r->buf[0] == 0x1f &&
	    (unsigned char)r->buf[1] == 0x8b) {
		/* gzip magic: what was read becomes zlib's first input. */
		r->gz = 1;
		r->zin = jy_xmalloc(BLOCK);
		memcpy(r->zin, r->buf, (size_t)n);
		r->zoff = (uint64_t)n;
		if (inflateInit2(&r->zs, 15 + 16) != Z_OK) {
			fail(r, "cannot initialise zlib");
			return;
		}
		r->zs.next_in = r->zin;
		r->zs.avail_in = (uInt)n;
		inflate_more(r);
		return;
	}
	r->end += (size_t)n;
}

int
jy_reader_next(jy_reader *r, jy_span *line)
{
	char *nl;
	size_t n;

	for (;;) {
		nl = memchr(r->buf + r->scan, '\n', r->end - r->scan);
		if (nl != NULL)
			break;
		r->scan = r->end;
		if (r->eof) {
			if (r->pos == r->end)
				return r->failed ? -1 : 0;
			/* Last line without a newline. */
			line->p = r->buf + r->pos;
			line->n = r->end - r->pos;
			if (line->n && line->p[line->n - 1] == '\r')
				line->n--;
			r->pos = r->scan = r->end;
			r->lineno++;
			return 1;
		}
		fill(r);
	}
	n = (size_t)(nl - (r->buf + r->pos));
	line->p = r->buf + r->pos;
	line->n = n && nl[-1] == '\r' ? n - 1 : n;
	r->pos = r->scan = (size_t)(nl - r->buf) + 1;
	r->lineno++;
	return 1;
}

const char *
jy_reader_error(const jy_reader *r)
{
	return r->err;
}

const char *
jy_reader_name(const jy_reader *r)
{
	return r->name;
}

uint64_t
jy_reader_lineno(const jy_reader *r)
{
	return r->lineno;
}

void
jy_reader_close(jy_reader *r)
{
	if (r == NULL)
		return;
	if (r->gz)
		inflateEnd(&r->zs);
	if (r->fd > 0)
		close(r->fd);
	free(r->zin);
	free(r->buf);
	free(r->name);
	free(r);
}
