/*
 * fuzz_reader.c - jy_reader on the input as a plain file, as one gzip
 * member and as two concatenated members split at a point taken from the
 * data.  The lines read, each with its LF put back, must be the input
 * again, less the CR before each LF and at the very end (journey.h),
 * whether they come one at a time (jy_reader_next) or, every other
 * turn, as many whole lines as the reader holds, up to a size taken
 * from the turn (jy_reader_lines, as input.c's -j reads a log).
 *
 * Opening a gzip reader starts a thread and maps a 4 MiB ring, which
 * costs milliseconds under ASan, so a small input is read back plain and
 * then, by its first byte modulo 3, not again, as one member or as two.
 * The reader works in 256 KiB blocks and inflates into 1 MiB chunks, far
 * beyond libFuzzer's inputs; an input whose first byte is 0xff is repeated
 * to about 600 KiB or 1.1 MiB, and its two-member file is stored
 * (level 0) with a gzip FEXTRA field sized so that the second member
 * starts a few bytes either side of a 256 KiB read boundary.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include <zlib.h>

#include "journey.h"
#include "internal.h"

#define BLOCK	(256 * 1024)

static int mfd = -1;
static char path[64];
static uint8_t *gz;
static size_t gzn, gzcap;

static void
put(const void *p, size_t n)
{
	if (ftruncate(mfd, 0) != 0 || pwrite(mfd, p, n, 0) != (ssize_t)n)
		abort();
}

/* Append in[0..n) as one gzip member; with extra >= 0, an FEXTRA field. */
static size_t
member(const uint8_t *in, size_t n, int level, int extra)
{
	static unsigned char pad[65535];
	z_stream zs;
	gz_header h;
	size_t bound;

	memset(&zs, 0, sizeof zs);
	memset(&h, 0, sizeof h);
	if (deflateInit2(&zs, level, Z_DEFLATED, 31, 8,
	    Z_DEFAULT_STRATEGY) != Z_OK)
		abort();
	if (extra >= 0) {
		h.extra = pad;
		h.extra_len = (uInt)extra;
		deflateSetHeader(&zs, &h);
	}
	bound = deflateBound(&zs, n) + (size_t)(extra > 0 ? extra : 0) + 64;
	if (gzcap - gzn < bound) {
		gzcap = gzn + bound;
		gz = realloc(gz, gzcap);
	}
	zs.next_in = (unsigned char *)in;
	zs.avail_in = (uInt)n;
	zs.next_out = gz + gzn;
	zs.avail_out = (uInt)bound;
	if (deflate(&zs, Z_FINISH) != Z_STREAM_END)
		abort();
	gzn += bound - zs.avail_out;
	deflateEnd(&zs);
	return bound - zs.avail_out;
}

/* Read the file back; exact: compare with buf, else just run through. */
static void
check(const uint8_t *buf, size_t n, int exact)
{
	char err[256];
	jy_reader *r = jy_reader_open(path, err, sizeof err);
	struct jy_buf w = { NULL, 0, 0 };
	size_t pos = 0, q, len, turn = 0, i, k;
	uint64_t lines = 0;
	jy_span l;
	int rc;

	if (r == NULL)
		abort();
	for (;;) {
		w.n = 0;
		if (turn++ & 1 && jy_reader_lines(r, &w, 1 + turn * 7919 %
		    (3 * BLOCK)) > 0) {
			if (w.p[w.n - 1] != '\n')
				__builtin_trap();	/* not whole lines */
		} else if ((rc = jy_reader_next(r, &l)) > 0) {
			lines++;
			w.n = 0;
			jy_buf_add(&w, l.p, l.n);
			jy_buf_add(&w, "\r\n", 2);
		} else
			break;
		for (i = 0; exact && i < w.n; i = k + 1) {
			k = (size_t)((const char *)memchr(w.p + i, '\n',
			    w.n - i) - w.p);
			l = (jy_span){ w.p + i, k - i };
			if (l.n > 0 && l.p[l.n - 1] == '\r')
				l.n--;
			if (pos >= n)
				__builtin_trap();	/* a line too many */
			const uint8_t *e = memchr(buf + pos, '\n', n - pos);
			q = e ? (size_t)(e - buf) : n;
			len = q - pos;
			if (len > 0 && buf[q - 1] == '\r')
				len--;
			if (l.n != len || memcmp(l.p, buf + pos, len) != 0)
				__builtin_trap();	/* a wrong line */
			pos = q + 1;
		}
	}
	/* jy_reader_lineno counts the lines jy_reader_next gave. */
	if (exact && (rc != 0 || pos < n || jy_reader_lineno(r) != lines))
		__builtin_trap();	/* an error, or lines missing */
	jy_buf_free(&w);
	jy_reader_close(r);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *buf = data;
	uint8_t *rep = NULL;
	size_t n = size, k, i, s0;
	int big = size > 0 && data[0] == 0xff;
	uint8_t b1 = size > 1 ? data[1] : 0, b2 = size > 2 ? data[2] : 0;
	int level = big ? b1 & 1 : size ? data[size - 1] % 10 : 6;
	int mode = size ? data[0] % 3 : 0;	/* plain, + 1 or 2 members */

	if (mfd < 0) {
		if ((mfd = memfd_create("fuzz_reader", 0)) < 0)
			abort();
		snprintf(path, sizeof path, "/proc/self/fd/%d", mfd);
	}
	if (big) {
		n = (b1 & 2 ? 1100 : 600) * 1024 + b2 * 7u;
		rep = malloc(n);
		for (i = 0; i < n; i += k) {
			k = n - i < size ? n - i : size;
			memcpy(rep + i, data, k);
		}
		buf = rep;
	}
	put(buf, n);
	check(buf, n, !(n >= 2 && buf[0] == 0x1f && buf[1] == 0x8b));
	if (big || mode == 1) {
		gzn = 0;
		member(buf, n, level, -1);
		put(gz, gzn);
		check(buf, n, 1);
	}
	if (big || mode == 2) {
		gzn = 0;
		if (big) {
			/* Second member at BLOCK or 2 * BLOCK, -4 to +3. */
			size_t t = BLOCK * (b2 & 1 ? 2 : 1) + (b1 >> 2 & 7) - 4;
			k = t - 8192;
			s0 = member(buf, k, 0, 0);
			gzn = 0;
			member(buf, k, 0, t > s0 && t - s0 <= 65535 ?
			    (int)(t - s0) : 0);
		} else {
			k = (data[0] | (size_t)data[size - 1] << 8) % (n + 1);
			member(buf, k, level, -1);
		}
		member(buf + k, n - k, level, -1);
		put(gz, gzn);
		check(buf, n, 1);
	}
	free(rep);
	return 0;
}
