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
#ifdef JY_ISAL
#include <isa-l/igzip_lib.h>
#endif

#include "internal.h"

#define BLOCK	(256 * 1024)

/*
 * gzip input is inflated on its own thread into a ring of chunks, so that
 * decompression and parsing run on separate cores; the reader copies
 * from them what a plain file's read would give (inflater_read), into its
 * line buffer or straight into a batch (a memcpy costs far less than
 * inflating the bytes did).
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
	int		 held;		/* head is being taken, ... */
	size_t		 coff;		/* ... up to here */
	int		 stop;
	int		 fd;
	/* Input read and not yet taken by the decoder: in zin. */
	unsigned char	*next;
	size_t		 avail;
#ifdef JY_ISAL
	struct inflate_state is;
#else
	z_stream	 zs;
#endif
	unsigned char	*zin;
	uint64_t	 zoff;		/* compressed bytes read */
	uint64_t	 member;	/* offset where the current member began */
	int		 zdone;		/* the current member has ended */
};

/*
 * The decoder, zlib's or ISA-L's (chosen at build time, see the
 * Makefile), inflates one gzip member at a time; the members, zero
 * padding and trailing garbage between them are this file's business,
 * so both decoders behave alike there.  dec_run inflates from next/avail
 * into out (n bytes) and says how much it wrote: 0 while the member
 * goes on, 1 at its end (the input after it left in next/avail), -1 on
 * corrupt data with a message and the offset of the input it had taken.
 */
#ifdef JY_ISAL
const char *
jy_gzip_backend(void)
{
	return "ISA-L igzip";
}

static int
dec_init(struct inflater *z)
{
	isal_inflate_init(&z->is);
	z->is.crc_flag = ISAL_GZIP;
	return 0;
}

static void
dec_reset(struct inflater *z)
{
	isal_inflate_reset(&z->is);
	z->is.crc_flag = ISAL_GZIP;
}

static void
dec_end(struct inflater *z)
{
	(void)z;
}

static const char *
isal_why(int ret)
{
	switch (ret) {
	case ISAL_INVALID_BLOCK: return "invalid block";
	case ISAL_INVALID_SYMBOL: return "invalid symbol";
	case ISAL_INVALID_LOOKBACK: return "invalid distance too far back";
	case ISAL_INVALID_WRAPPER: return "incorrect header";
	case ISAL_UNSUPPORTED_METHOD: return "unknown compression method";
	case ISAL_INCORRECT_CHECKSUM: return "incorrect data check";
	default: return "inflate failed";
	}
}

static int
dec_run(struct inflater *z, unsigned char *out, size_t n, size_t *got,
    char *msg, size_t msglen, uint64_t *erroff)
{
	int ret;

	/* ISA-L passes over reserved header flags; zlib, like gzip(1),
	 * refuses them. */
	if (z->zoff - z->avail == z->member && z->avail >= 4 &&
	    z->next[2] == 8 && (z->next[3] & 0xe0) != 0) {
		snprintf(msg, msglen, "unknown header flags set");
		*erroff = z->member + 4;
		*got = 0;
		return -1;
	}
	z->is.next_in = z->next;
	z->is.avail_in = (uint32_t)z->avail;
	z->is.next_out = out;
	z->is.avail_out = (uint32_t)n;
	ret = isal_inflate(&z->is);
	z->next = z->is.next_in;
	z->avail = z->is.avail_in;
	*got = n - z->is.avail_out;
	if (ret < 0 || ret == ISAL_NEED_DICT) {
		snprintf(msg, msglen, "%s", isal_why(ret));
		*erroff = z->zoff - z->avail;
		/* Said and placed as zlib does: the method in the header's
		 * fourth byte; the CRC-32 wrong after its field, the length
		 * after its own (ISA-L takes the 8-byte trailer at once). */
		if (ret == ISAL_UNSUPPORTED_METHOD)
			*erroff = z->member + 4;
		else if (ret == ISAL_INCORRECT_CHECKSUM &&
		    z->next - z->zin >= 8) {
			const unsigned char *t = z->next - 8;
			uint32_t crc = (uint32_t)t[0] | (uint32_t)t[1] << 8 |
			    (uint32_t)t[2] << 16 | (uint32_t)t[3] << 24;
			if (crc != z->is.crc)
				*erroff -= 4;
			else
				snprintf(msg, msglen, "incorrect length check");
		}
		return -1;
	}
	if (z->is.block_state != ISAL_BLOCK_FINISH)
		return 0;
	/*
	 * The member's end: ISA-L reads ahead a word at a time, and the
	 * bytes after the trailer it holds as bits go back to the input,
	 * before what is left in zin (which has room for them).
	 */
	size_t k = (size_t)z->is.read_in_length / 8, i;
	unsigned char held[8];
	for (i = 0; i < k && i < sizeof held; i++)
		held[i] = (unsigned char)(z->is.read_in >> (8 * i));
	k = i;
	if ((size_t)(z->next - z->zin) >= k &&
	    memcmp(z->next - k, held, k) == 0) {
		z->next -= k;
	} else {
		memmove(z->zin + k, z->next, z->avail);
		memcpy(z->zin, held, k);
		z->next = z->zin;
	}
	z->avail += k;
	z->is.read_in = 0;
	z->is.read_in_length = 0;
	return 1;
}
#else
const char *
jy_gzip_backend(void)
{
	static char name[64];

	snprintf(name, sizeof name, "zlib %s", zlibVersion());
	return name;
}

static int
dec_init(struct inflater *z)
{
	/* 15 + 16: the largest window, a gzip header. */
	return inflateInit2(&z->zs, 15 + 16) == Z_OK ? 0 : -1;
}

static void
dec_reset(struct inflater *z)
{
	inflateReset(&z->zs);
}

static void
dec_end(struct inflater *z)
{
	inflateEnd(&z->zs);
}

static int
dec_run(struct inflater *z, unsigned char *out, size_t n, size_t *got,
    char *msg, size_t msglen, uint64_t *erroff)
{
	int ret;

	z->zs.next_in = z->next;
	z->zs.avail_in = (uInt)z->avail;
	z->zs.next_out = out;
	z->zs.avail_out = (uInt)n;
	ret = inflate(&z->zs, Z_NO_FLUSH);
	z->next = z->zs.next_in;
	z->avail = z->zs.avail_in;
	*got = n - z->zs.avail_out;
	if (ret == Z_STREAM_END)
		return 1;
	if (ret != Z_OK && ret != Z_BUF_ERROR) {
		snprintf(msg, msglen, "%s", z->zs.msg ? z->zs.msg :
		    "inflate failed");
		*erroff = z->member + z->zs.total_in;
		return -1;
	}
	return 0;
}
#endif

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
	uint64_t	 nread;		/* plain bytes read, for progress */
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
	z->next = z->zin;
	z->avail = (size_t)n;
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
		while (z->avail > 0 && z->next[0] == 0) {
			z->next++;
			z->avail--;
		}
		if (z->avail > 0)
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
			if (z->avail == 0 && zfill(z, c) <= 0) {
				c->end = 1;
				return;
			}
			if (z->avail < 2 && z->next[0] == 0x1f) {
				/* Need the second magic byte. */
				z->zin[0] = 0x1f;
				ssize_t n = readfull(z->fd, z->zin + 1,
				    BLOCK - 1);
				if (n > 0)
					z->zoff += (uint64_t)n;
				z->next = z->zin;
				z->avail = (size_t)(n > 0 ? n : 0) + 1;
			}
			if (z->next[0] == 0) {
				/* Zero padding (tar, dd, some rotators): to the
				 * end of the file it is nothing, as gzip(1)
				 * takes it; anything after it is garbage. */
				uint64_t at = z->zoff - z->avail;
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
			if (z->avail < 2 || z->next[0] != 0x1f ||
			    z->next[1] != 0x8b) {
				zfail(c, "trailing garbage after gzip data",
				    z->zoff - z->avail);
				return;
			}
			z->member = z->zoff - z->avail;
			dec_reset(z);
			z->zdone = 0;
		}
		if (z->avail == 0) {
			ssize_t n = zfill(z, c);
			if (n < 0)
				return;
			if (n == 0) {
				zfail(c, "truncated gzip stream", z->zoff);
				return;
			}
		}
		size_t got;
		char why[160], m[200];
		uint64_t at;
		ret = dec_run(z, (unsigned char *)c->p + c->n, CHUNK - c->n,
		    &got, why, sizeof why, &at);
		c->n += got;
		if (ret > 0)
			z->zdone = 1;
		else if (ret < 0) {
			snprintf(m, sizeof m, "corrupt gzip data (%s)", why);
			zfail(c, m, at);
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
	/* 8 bytes more than a read: what ISA-L read ahead of a member's
	 * end may have to go back before a read's worth (dec_run). */
	z->zin = jy_xmalloc(BLOCK + 8);
	memcpy(z->zin, p, n);
	z->zoff = n;
	if (dec_init(z) != 0) {
		free(z->zin);
		free(z);
		return -1;
	}
	z->next = z->zin;
	z->avail = n;
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

/*
 * Up to n bytes of inflated data into p, as read(2) would give them:
 * from the chunk at the ring's head, which goes back to the inflater
 * once all of it is taken.  0 only at the data's end, with eof (or the
 * error) set as the last chunk is taken.
 */
static size_t
inflater_read(jy_reader *r, char *p, size_t n)
{
	struct inflater *z = r->inf;
	struct chunk *c;
	size_t k;

	if (!z->held) {
		if (z->stop == -1) {
			c = &z->ring[0];
			c->end = c->failed = 0;
			inflate_chunk(z, c);
		} else {
			pthread_mutex_lock(&z->mu);
			while (z->count == 0)
				pthread_cond_wait(&z->cv, &z->mu);
			pthread_mutex_unlock(&z->mu);
		}
		z->held = 1;
		z->coff = 0;
	}
	c = &z->ring[z->stop == -1 ? 0 : z->head];
	k = c->n - z->coff < n ? c->n - z->coff : n;
	memcpy(p, c->p + z->coff, k);
	z->coff += k;
	if (z->coff < c->n)
		return k;
	if (c->failed)
		fail(r, c->err);
	else if (c->end)
		r->eof = 1;
	z->held = 0;
	if (z->stop != -1) {
		pthread_mutex_lock(&z->mu);
		z->head = (z->head + 1) % NCHUNK;
		z->count--;
		pthread_cond_broadcast(&z->cv);
		pthread_mutex_unlock(&z->mu);
	}
	return k;
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
	dec_end(z);
	for (i = 0; i < NCHUNK; i++)
		free(z->ring[i].p);
	free(z->zin);
	free(z);
}

/* The buffer made to hold n bytes at least, doubled as need be. */
static void
grow(jy_reader *r, size_t n)
{
	while (r->cap < n)
		r->cap *= 2;
	r->buf = jy_xrealloc(r->buf, r->cap);
}

/* Make room after end and read more; the first call detects gzip. */
static void
fill(jy_reader *r)
{
	ssize_t n;

	/* Room for half a block: compact first, grow only for a line
	 * that needs it. */
	size_t need = BLOCK / 2;

	if (r->pos > 0 && (r->cap - r->end < need || r->pos == r->end)) {
		memmove(r->buf, r->buf + r->pos, r->end - r->pos);
		r->end -= r->pos;
		r->scan -= r->pos;
		r->pos = 0;
	}
	if (r->cap - r->end < need)
		grow(r, r->end + need);
	if (r->inf != NULL) {
		r->end += inflater_read(r, r->buf + r->end, r->cap - r->end);
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
				fail(r, "cannot initialise the gzip decoder");
			else
				r->end += inflater_read(r, r->buf + r->end,
				    r->cap - r->end);
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

/*
 * Input past its first read, with no more to come from the buffer than
 * a line's start: jy_reader_lines can read (or copy gzip's inflated
 * chunk) into the caller's buffer itself.
 */
int
jy_reader_direct(const jy_reader *r)
{
	return r->started && !r->eof && !r->skipping;
}

/*
 * The buffer's line start and a read after it, straight into dst (max
 * bytes at most), up to the last '\n': the bytes taken; what follows
 * it goes back to the buffer.  A read is copied once, not into the
 * buffer and again out of it (a copy of every byte, on main, which the
 * workers wait for); gzip's chunks likewise.  0 where no line ends in
 * what was read (a line longer than max, or the input's last line): it
 * is all the buffer's again, for jy_reader_next.
 */
static size_t
direct(jy_reader *r, struct jy_buf *dst, size_t max)
{
	size_t part = r->end - r->pos, got, take;
	const char *nl;
	char *p;
	ssize_t n;

	if (part >= max / 2)
		return 0;
	jy_buf_reserve(dst, max);
	p = dst->p + dst->n;
	memcpy(p, r->buf + r->pos, part);
	if (r->inf != NULL)
		n = (ssize_t)inflater_read(r, p + part, max - part);
	else if ((n = readfull(r->fd, p + part, max - part)) < 0) {
		fail(r, strerror(errno));
		return 0;
	} else
		r->nread += (uint64_t)n;
	if (n == 0) {
		r->eof = 1;
		return 0;
	}
	got = part + (size_t)n;
	nl = memrchr(p, '\n', got);
	take = nl != NULL ? (size_t)(nl - p) + 1 : 0;
	if (r->cap < got - take)
		grow(r, got - take);
	memcpy(r->buf, p + take, got - take);
	r->pos = r->scan = 0;
	r->end = got - take;
	dst->n += take;
	return take;
}

/*
 * The whole lines read and not yet taken, up to max bytes, appended to
 * dst as they are (each to its '\n', a '\r' before it kept): the bytes
 * taken, or 0 where no whole line of at most max bytes is there, when
 * jy_reader_next reads on (and cuts, skips or ends a last line as it
 * does).  With none in the buffer, an empty dst and jy_reader_direct,
 * they are read into dst (direct).  One copy for many lines, which the
 * caller splits (input.c's workers); they are not counted by
 * jy_reader_lineno.
 */
size_t
jy_reader_lines(jy_reader *r, struct jy_buf *dst, size_t max)
{
	size_t take = r->end - r->pos < max ? r->end - r->pos : max;
	const char *nl;

	if (r->skipping)
		return 0;
	if (take == 0 || (nl = memrchr(r->buf + r->pos, '\n', take)) == NULL)
		return dst->n == 0 && jy_reader_direct(r) ?
		    direct(r, dst, max) : 0;
	take = (size_t)(nl - (r->buf + r->pos)) + 1;
	jy_buf_add(dst, r->buf + r->pos, take);
	r->pos = r->scan = r->pos + take;
	return take;
}

int
jy_reader_gzip(const jy_reader *r)
{
	return r->inf != NULL;
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
 * with that thread; a pipe has no offset and counts the bytes it read.
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
