/*
 * reader.c - lines from plain or gzip input through one big buffer.
 *
 * The buffer holds the unconsumed tail of the input; lines are handed out
 * as spans into it, so there is no allocation per line.  It grows only when
 * a single line does not fit, which is what lets a line be of any length.
 */
#include <errno.h>
#include <sys/stat.h>

#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "internal.h"

#define BLOCK	(256 * 1024)

/*
 * gzip input is inflated on its own thread into a ring of chunks, so that
 * decompression and parsing run on separate cores; the reader copies each
 * chunk after the unconsumed tail of its line buffer (a memcpy costs far
 * less than inflating the bytes did).
 */
#define CHUNK	(1024 * 1024)
#define NCHUNK	4

struct chunk {
	char	*p;
	size_t	 n;
	int	 end;		/* no chunk follows: end of data or error */
	int	 failed;
	char	 err[256];
};

struct inflater {
	pthread_t	 thread;
	pthread_mutex_t	 mu;
	pthread_cond_t	 cv;
	struct chunk	 ring[NCHUNK];
	size_t		 head, count;	/* head: next chunk to consume */
	int		 stop;
	int		 fd;
	z_stream	 zs;
	unsigned char	*zin;
	uint64_t	 zoff;		/* compressed bytes read */
	uint64_t	 member;	/* offset where the current member began */
	int		 zdone;		/* the current member has ended */
};

struct jy_reader {
	int		 fd;
	char		*name;
	struct inflater	*inf;		/* gzip input, else NULL */
	int		 started;
	char		*buf;
	size_t		 cap, pos, end, scan;
	int		 eof;		/* no more bytes will arrive */
	int		 failed;	/* error pending, reported after data */
	int		 cut;		/* the last line was cut at JY_MAX_LINE */
	int		 skipping;	/* dropping the rest of a cut line */
	uint64_t	 lineno;
	uint64_t	 nread;		/* bytes read by fill(), for progress */
	char		 err[512];
};

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

static ssize_t
readfull(int fd, void *p, size_t n)
{
	ssize_t r;

	do
		r = read(fd, p, n);
	while (r < 0 && errno == EINTR);
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
zfail(struct chunk *c, const char *what, uint64_t off)
{
	c->failed = 1;
	c->end = 1;
	snprintf(c->err, sizeof c->err, "%s at byte offset %llu", what,
	    (unsigned long long)off);
}

/* Refill zin; returns bytes read, 0 at end of file, -1 after zfail(). */
static ssize_t
zfill(struct inflater *z, struct chunk *c)
{
	ssize_t n = readfull(z->fd, z->zin, BLOCK);

	if (n < 0) {
		c->failed = c->end = 1;
		snprintf(c->err, sizeof c->err, "%s", strerror(errno));
		return -1;
	}
	z->zs.next_in = z->zin;
	z->zs.avail_in = (uInt)n;
	z->zoff += (uint64_t)n;
	return n;
}

/* Skip zero bytes: 0 at the end of the file, 1 at a byte that is not
 * zero, -1 after zfail(). */
static int
skip_zeros(struct inflater *z, struct chunk *c)
{
	ssize_t n;

	for (;;) {
		while (z->zs.avail_in > 0 && z->zs.next_in[0] == 0) {
			z->zs.next_in++;
			z->zs.avail_in--;
		}
		if (z->zs.avail_in > 0)
			return 1;
		if ((n = zfill(z, c)) <= 0)
			return (int)n;
	}
}

/* Inflate into c until it is full or the data ends. */
static void
inflate_chunk(struct inflater *z, struct chunk *c)
{
	int ret;

	c->n = 0;
	while (c->n < CHUNK && !c->end) {
		if (z->zdone) {
			/* A member ended: another may follow (cat a.gz b.gz). */
			if (z->zs.avail_in == 0 && zfill(z, c) <= 0) {
				c->end = 1;
				return;
			}
			if (z->zs.avail_in < 2 && z->zs.next_in[0] == 0x1f) {
				/* Need the second magic byte. */
				z->zin[0] = 0x1f;
				ssize_t n = readfull(z->fd, z->zin + 1,
				    BLOCK - 1);
				if (n > 0)
					z->zoff += (uint64_t)n;
				z->zs.next_in = z->zin;
				z->zs.avail_in = (uInt)(n > 0 ? n : 0) + 1;
			}
			if (z->zs.next_in[0] == 0) {
				/* Zero padding (tar, dd, some rotators): to the
				 * end of the file it is nothing, as gzip(1)
				 * takes it; anything after it is garbage. */
				uint64_t at = z->zoff - z->zs.avail_in;
				int more = skip_zeros(z, c);
				if (more < 0)
					return;
				if (more == 0) {
					c->end = 1;
					return;
				}
				zfail(c, "trailing garbage after gzip data "
				    "(after zero padding)", at);
				return;
			}
			if (z->zs.avail_in < 2 || z->zs.next_in[0] != 0x1f ||
			    z->zs.next_in[1] != 0x8b) {
				zfail(c, "trailing garbage after gzip data",
				    z->zoff - z->zs.avail_in);
				return;
			}
			z->member = z->zoff - z->zs.avail_in;
			inflateReset(&z->zs);
			z->zdone = 0;
		}
		if (z->zs.avail_in == 0) {
			ssize_t n = zfill(z, c);
			if (n < 0)
				return;
			if (n == 0) {
				zfail(c, "truncated gzip stream", z->zoff);
				return;
			}
		}
		z->zs.next_out = (unsigned char *)c->p + c->n;
		z->zs.avail_out = (uInt)(CHUNK - c->n);
		ret = inflate(&z->zs, Z_NO_FLUSH);
		c->n = CHUNK - z->zs.avail_out;
		if (ret == Z_STREAM_END)
			z->zdone = 1;
		else if (ret != Z_OK && ret != Z_BUF_ERROR) {
			char m[200];
			snprintf(m, sizeof m, "corrupt gzip data (%s)",
			    z->zs.msg ? z->zs.msg : "inflate failed");
			zfail(c, m, z->member + z->zs.total_in);
			return;
		}
	}
}

static void *
inflater_main(void *arg)
{
	struct inflater *z = arg;
	struct chunk *c;
	int end;

	do {
		pthread_mutex_lock(&z->mu);
		while (z->count == NCHUNK && !z->stop)
			pthread_cond_wait(&z->cv, &z->mu);
		if (z->stop) {
			pthread_mutex_unlock(&z->mu);
			break;
		}
		c = &z->ring[(z->head + z->count) % NCHUNK];
		pthread_mutex_unlock(&z->mu);
		c->end = c->failed = 0;
		inflate_chunk(z, c);
		end = c->end;
		pthread_mutex_lock(&z->mu);
		z->count++;
		pthread_cond_broadcast(&z->cv);
		pthread_mutex_unlock(&z->mu);
	} while (!end);
	return NULL;
}

/* Start inflating on a thread; the n bytes at p were read already. */
static int
inflater_start(jy_reader *r, const char *p, size_t n)
{
	struct inflater *z = jy_xcalloc(1, sizeof *z);
	int i;

	z->fd = r->fd;
	z->zin = jy_xmalloc(BLOCK);
	memcpy(z->zin, p, n);
	z->zoff = n;
	if (inflateInit2(&z->zs, 15 + 16) != Z_OK) {
		free(z->zin);
		free(z);
		return -1;
	}
	z->zs.next_in = z->zin;
	z->zs.avail_in = (uInt)n;
	for (i = 0; i < NCHUNK; i++)
		z->ring[i].p = jy_xmalloc(CHUNK);
	pthread_mutex_init(&z->mu, NULL);
	pthread_cond_init(&z->cv, NULL);
	if (pthread_create(&z->thread, NULL, inflater_main, z) != 0) {
		/* No thread: inflate everything here, chunk by chunk. */
		z->stop = -1;
	}
	r->inf = z;
	return 0;
}

/* Append the next inflated chunk to buf[end..]. */
static void
inflater_take(jy_reader *r)
{
	struct inflater *z = r->inf;
	struct chunk *c;

	if (z->stop == -1) {
		c = &z->ring[0];
		c->end = c->failed = 0;
		inflate_chunk(z, c);
	} else {
		pthread_mutex_lock(&z->mu);
		while (z->count == 0)
			pthread_cond_wait(&z->cv, &z->mu);
		c = &z->ring[z->head];
		pthread_mutex_unlock(&z->mu);
	}
	if (r->cap - r->end < c->n) {
		while (r->cap - r->end < c->n)
			r->cap *= 2;
		r->buf = jy_xrealloc(r->buf, r->cap);
	}
	memcpy(r->buf + r->end, c->p, c->n);
	r->end += c->n;
	if (c->failed)
		fail(r, c->err);
	else if (c->end)
		r->eof = 1;
	if (z->stop != -1) {
		pthread_mutex_lock(&z->mu);
		z->head = (z->head + 1) % NCHUNK;
		z->count--;
		pthread_cond_broadcast(&z->cv);
		pthread_mutex_unlock(&z->mu);
	}
}

static void
inflater_free(struct inflater *z)
{
	int i;

	if (z == NULL)
		return;
	if (z->stop != -1) {
		pthread_mutex_lock(&z->mu);
		z->stop = 1;
		pthread_cond_broadcast(&z->cv);
		pthread_mutex_unlock(&z->mu);
		pthread_join(z->thread, NULL);
	}
	pthread_mutex_destroy(&z->mu);
	pthread_cond_destroy(&z->cv);
	inflateEnd(&z->zs);
	for (i = 0; i < NCHUNK; i++)
		free(z->ring[i].p);
	free(z->zin);
	free(z);
}

/* Make room after end and read more; the first call detects gzip. */
static void
fill(jy_reader *r)
{
	ssize_t n;

	/* Room for a whole chunk of inflated data, or half a block of
	 * plain reads: compact first, grow only for a line that needs it. */
	size_t need = r->inf != NULL ? CHUNK : BLOCK / 2;

	if (r->pos > 0 && (r->cap - r->end < need || r->pos == r->end)) {
		memmove(r->buf, r->buf + r->pos, r->end - r->pos);
		r->end -= r->pos;
		r->scan -= r->pos;
		r->pos = 0;
	}
	while (r->cap - r->end < need) {
		r->cap *= 2;
		r->buf = jy_xrealloc(r->buf, r->cap);
	}
	if (r->inf != NULL) {
		inflater_take(r);
		return;
	}
	n = readfull(r->fd, r->buf + r->end, r->cap - r->end);
	if (!r->started) {
		/* A pipe may deliver the two magic bytes in separate reads. */
		while (n == 1 && (unsigned char)r->buf[0] == 0x1f) {
			ssize_t m = readfull(r->fd, r->buf + 1, r->cap - 1);
			if (m <= 0)
				break;
			n += m;
		}
		r->started = 1;
		if (n >= 2 && (unsigned char)r->buf[0] == 0x1f &&
		    (unsigned char)r->buf[1] == 0x8b) {
			/* gzip: what was read becomes zlib's first input. */
			if (inflater_start(r, r->buf, (size_t)n) != 0)
				fail(r, "cannot initialise zlib");
			else
				inflater_take(r);
			return;
		}
	}
	if (n < 0) {
		fail(r, strerror(errno));
		return;
	}
	if (n == 0) {
		r->eof = 1;
		return;
	}
	r->end += (size_t)n;
	r->nread += (uint64_t)n;
}

int
jy_reader_next(jy_reader *r, jy_span *line)
{
	char *nl;
	size_t n;

	r->cut = 0;
	for (;;) {
		nl = memchr(r->buf + r->scan, '\n', r->end - r->scan);
		if (nl != NULL && r->skipping) {
			/* The rest of a line that was too long: gone. */
			r->pos = r->scan = (size_t)(nl - r->buf) + 1;
			r->skipping = 0;
			continue;
		}
		if (nl != NULL)
			break;
		r->scan = r->end;
		if (r->skipping) {
			r->pos = r->end;
		} else if (r->end - r->pos > JY_MAX_LINE) {
			/* A line this long is no log line (a gzip bomb of
			 * zeros, say): hand on its start, marked cut, and
			 * drop the rest, so memory stays bounded. */
			line->p = r->buf + r->pos;
			line->n = JY_MAX_LINE;
			r->pos = r->scan = r->end;
			r->skipping = 1;
			r->cut = 1;
			r->lineno++;
			return 1;
		}
		if (r->eof) {
			if (r->pos == r->end)
				return r->failed ? -1 : 0;
			/* Last line without a newline (never longer than
			 * JY_MAX_LINE: the test above cut it). */
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
	if (JY_UNLIKELY(n > JY_MAX_LINE)) {
		/* One big read (a plain file) can bring a long line and its
		 * newline at once: cut it as a pipe's small reads would. */
		line->n = JY_MAX_LINE;
		r->cut = 1;
	}
	return 1;
}

int
jy_reader_cut(const jy_reader *r)
{
	return r->cut;
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
	inflater_free(r->inf);
	if (r->fd > 0)
		close(r->fd);
	free(r->buf);
	free(r->name);
	free(r);
}

/*
 * For progress: the bytes of the file read so far and its size (0 when
 * not known).  The file offset counts what the inflater thread read too,
 * so gzip input is measured by compressed bytes without sharing memory
 * with that thread; a pipe has no offset and counts what fill() read.
 */
void
jy_reader_progress(const jy_reader *r, uint64_t *done, uint64_t *total)
{
	struct stat sb;
	off_t at;

	*done = r->inf == NULL ? r->nread : 0;
	*total = 0;
	if (fstat(r->fd, &sb) == 0 && S_ISREG(sb.st_mode) &&
	    (at = lseek(r->fd, 0, SEEK_CUR)) >= 0) {
		*done = (uint64_t)at;
		*total = (uint64_t)sb.st_size;
	}
}
