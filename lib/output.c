/*
 * output.c - buffered output, the escaping DESIGN.md requires of every
 * value, and the event stream writer.
 */
#include <errno.h>
#include <fcntl.h>
#include <sys/ioctl.h>
#ifdef __linux__
#include <sys/sendfile.h>
#endif
#include <sys/stat.h>
#include <unistd.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define OUTBUF	(256 * 1024)

struct jy_out {
	FILE	*f;
	FILE	*real;		/* held (jy_out_hold): where f goes after */
	off_t	 at;		/* ... or, -1 if not, where a regular file
				 * written in place is cut back to */
	char	*buf;
	size_t	 n;
	int	 err;
};

jy_out *
jy_out_new(FILE *f)
{
	jy_out *o = jy_xcalloc(1, sizeof *o);

	o->f = f;
	o->at = -1;
	o->buf = jy_xmalloc(OUTBUF);
	return o;
}

static void
flush(jy_out *o)
{
	if (o->n > 0 && !o->err && fwrite(o->buf, 1, o->n, o->f) != o->n)
		o->err = errno ? errno : EIO;
	o->n = 0;
}

void
jy_out_bytes(jy_out *o, const void *p, size_t n)
{
	if (JY_UNLIKELY(OUTBUF - o->n < n)) {
		flush(o);
		if (n >= OUTBUF) {
			if (!o->err && fwrite(p, 1, n, o->f) != n)
				o->err = errno ? errno : EIO;
			return;
		}
	}
	memcpy(o->buf + o->n, p, n);
	o->n += n;
}

char *
jy_out_room(jy_out *o, size_t n)
{
	if (n > OUTBUF)
		return NULL;
	if (OUTBUF - o->n < n)
		flush(o);
	return o->buf + o->n;
}

void
jy_out_wrote(jy_out *o, const char *end)
{
	o->n = (size_t)(end - o->buf);
}

void
jy_out_str(jy_out *o, const char *s)
{
	jy_out_bytes(o, s, strlen(s));
}

void
jy_out_char(jy_out *o, int c)
{
	if (JY_UNLIKELY(o->n == OUTBUF))
		flush(o);
	o->buf[o->n++] = (char)c;
}

char *
jy_put_int(char *q, int64_t v)
{
	char b[24], *p = b + sizeof b;
	uint64_t u = v < 0 ? -(uint64_t)v : (uint64_t)v;
	size_t n;

	do
		*--p = (char)('0' + u % 10);
	while ((u /= 10) != 0);
	if (v < 0)
		*--p = '-';
	n = (size_t)(b + sizeof b - p);
	memcpy(q, p, n);
	return q + n;
}

void
jy_out_int(jy_out *o, int64_t v)
{
	char b[24];

	jy_out_bytes(o, b, (size_t)(jy_put_int(b, v) - b));
}

/* Bytes that need a look: controls, DEL, backslash, and 0xC2, the lead
 * byte of the C1 controls U+0080..U+009F that some terminals obey. */
static const uint8_t special[256] = {
	[0 ... 0x1f] = 1, ['\\'] = 1, ['"'] = 2, [0x7f] = 1, [0xc2] = 1,
	[0x80 ... 0xc1] = 2, [0xc3 ... 0xff] = 2,
};

static char *
hexbyte(char *q, unsigned c)
{
	static const char hx[] = "0123456789abcdef";

	q[0] = '\\';
	q[1] = 'x';
	q[2] = hx[c >> 4];
	q[3] = hx[c & 15];
	return q + 4;
}

size_t
jy_tsv_escape(char *dst, const char *s, size_t n)
{
	char *q = dst;
	size_t i = 0, run;
	unsigned c;

	while (i < n) {
		for (run = i; run < n && special[(uint8_t)s[run]] != 1; run++)
			;
		memcpy(q, s + i, run - i);
		q += run - i;
		if ((i = run) == n)
			break;
		c = (uint8_t)s[i++];
		switch (c) {
		case '\t': *q++ = '\\'; *q++ = 't'; break;
		case '\n': *q++ = '\\'; *q++ = 'n'; break;
		case '\r': *q++ = '\\'; *q++ = 'r'; break;
		case '\\': *q++ = '\\'; *q++ = '\\'; break;
		case 0xc2:
			if (i < n && (uint8_t)s[i] >= 0x80 &&
			    (uint8_t)s[i] <= 0x9f) {
				q = hexbyte(q, c);
				q = hexbyte(q, (uint8_t)s[i++]);
			} else
				*q++ = (char)c;
			break;
		default: q = hexbyte(q, c); break;
		}
	}
	return (size_t)(q - dst);
}

void
jy_out_tsv(jy_out *o, const char *s, size_t n)
{
	size_t k;

	/* Escaped straight into the buffer, in pieces it has room for; a
	 * 0xc2 is not the last of a piece, as it may go with the next. */
	while (n > 0) {
		k = n < OUTBUF / 4 ? n : OUTBUF / 4;
		if (k < n && (uint8_t)s[k - 1] == 0xc2)
			k--;
		if (OUTBUF - o->n < 4 * k)
			flush(o);
		o->n += jy_tsv_escape(o->buf + o->n, s, k);
		s += k;
		n -= k;
	}
}

/* Length of a valid UTF-8 sequence at s, or 0. */
size_t
jy_utf8len(const uint8_t *s, size_t n)
{
	size_t k, i;
	uint32_t cp;

	if (s[0] < 0xc2 || s[0] > 0xf4)
		return 0;
	k = s[0] < 0xe0 ? 2 : s[0] < 0xf0 ? 3 : 4;
	if (n < k)
		return 0;
	cp = s[0] & (0x7f >> k);
	for (i = 1; i < k; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = cp << 6 | (s[i] & 0x3f);
	}
	if ((k == 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) ||
	    (k == 4 && (cp < 0x10000 || cp > 0x10ffff)))
		return 0;
	return k;
}

/*
 * A JSON string body.  Controls (C0, DEL, C1) become \u00XX, so the output
 * is plain ASCII where they were and cannot drive a terminal; bytes that
 * are not UTF-8 become the text \xHH, as in TSV, since JSON cannot carry
 * them.
 */
void
jy_out_json(jy_out *o, const char *s, size_t n)
{
	static const char hx[] = "0123456789abcdef";
	const uint8_t *u = (const uint8_t *)s;
	size_t i = 0, run, k;

	while (i < n) {
		for (run = i; run < n && !special[u[run]]; run++)
			;
		jy_out_bytes(o, s + i, run - i);
		if ((i = run) == n)
			break;
		unsigned c = u[i];
		if (c >= 0x80) {
			k = jy_utf8len(u + i, n - i);
			if (k == 0) {
				jy_out_bytes(o, "\\\\x", 3);
				jy_out_char(o, hx[c >> 4]);
				jy_out_char(o, hx[c & 15]);
				i++;
			} else if (c == 0xc2 && u[i + 1] <= 0x9f) {
				char b[6] = { '\\', 'u', '0', '0',
				    hx[u[i + 1] >> 4], hx[u[i + 1] & 15] };
				jy_out_bytes(o, b, 6);
				i += 2;
			} else {
				jy_out_bytes(o, s + i, k);
				i += k;
			}
			continue;
		}
		i++;
		switch (c) {
		case '"': jy_out_bytes(o, "\\\"", 2); break;
		case '\\': jy_out_bytes(o, "\\\\", 2); break;
		case '\t': jy_out_bytes(o, "\\t", 2); break;
		case '\n': jy_out_bytes(o, "\\n", 2); break;
		case '\r': jy_out_bytes(o, "\\r", 2); break;
		default: {
			char b[6] = { '\\', 'u', '0', '0', hx[c >> 4],
			    hx[c & 15] };
			jy_out_bytes(o, b, 6);
		}
		}
	}
}

int
jy_out_failed(const jy_out *o)
{
	return o->err != 0;
}

int
jy_out_hold(jy_out *o, const char *tmpdir)
{
	char err[512];
	FILE *t;

	struct stat sb;
	int fl;

	if (o->real != NULL || o->at >= 0 || o->err)
		return -1;
	flush(o);
	/* A regular file (> out.tsv) is written as it goes, and cut back
	 * if the output is taken back: no copy.  Not one opened to append
	 * to (>>), which another writer may share, nor one with bytes past
	 * where it is written (1<>), which the cut would take. */
	if (fflush(o->f) == 0 && fstat(fileno(o->f), &sb) == 0 &&
	    S_ISREG(sb.st_mode) && (fl = fcntl(fileno(o->f), F_GETFL)) >= 0 &&
	    !(fl & O_APPEND) && (o->at = ftello(o->f)) == sb.st_size)
		return 0;
	o->at = -1;
	if ((t = jy_tmpfile(tmpdir, "jyhold", 1 << 16, err, sizeof err)) ==
	    NULL)
		return -1;
	o->real = o->f;
	o->f = t;
	return 0;
}

/*
 * The held file t (rewound) to f by sendfile(2): the kernel copies it
 * from the page cache to a pipe or a file without bringing it through
 * a buffer here.  0 when all of it went, or nothing did and t is left
 * rewound for the copy through the buffer (a system or an output
 * sendfile does not take); else the errno.
 */
static int
sent(FILE *t, FILE *f)
{
#ifdef __linux__
	struct stat sb;
	off_t off = 0;
	ssize_t k;

	if (fflush(f) != 0)
		return errno ? errno : EIO;
	if (fstat(fileno(t), &sb) != 0)
		return 0;
	while (off < sb.st_size) {
		k = sendfile(fileno(f), fileno(t), &off, (size_t)(sb.st_size -
		    off));
		if (k < 0 && errno == EINTR)
			continue;
		if (k < 0 && off == 0 && (errno == EINVAL || errno == ENOSYS))
			return 0;
		if (k <= 0)
			return k < 0 && errno ? errno : EIO;
	}
	if (fseeko(t, off, SEEK_SET) != 0)
		return errno ? errno : EIO;
#else
	(void)t, (void)f;
#endif
	return 0;
}

void
jy_out_release(jy_out *o, int keep)
{
	FILE *t = o->f;
	size_t n;

	if (o->at >= 0) {
		if (!keep) {
			o->n = 0;
			o->err = 0;
			if (fflush(o->f) != 0 || ftruncate(fileno(o->f),
			    o->at) != 0 || fseeko(o->f, o->at, SEEK_SET) != 0)
				o->err = errno ? errno : EIO;
		}
		o->at = -1;
		return;
	}
	if (o->real == NULL)
		return;
	if (keep)
		flush(o);
	o->n = 0;
	o->f = o->real;
	o->real = NULL;
	if (keep && !o->err && (fflush(t) != 0 || fseek(t, 0, SEEK_SET) != 0))
		o->err = errno ? errno : EIO;
	if (!keep)
		o->err = 0;	/* the held file's, if any */
	if (keep && !o->err)
		o->err = sent(t, o->f);
	while (keep && !o->err && (n = fread(o->buf, 1, OUTBUF, t)) > 0)
		if (fwrite(o->buf, 1, n, o->f) != n)
			o->err = errno ? errno : EIO;
	if (keep && !o->err && ferror(t))
		o->err = errno ? errno : EIO;
	jy_tmpclose(t);
}

int
jy_out_close(jy_out *o)
{
	int e;

	jy_out_release(o, 1);
	flush(o);
	if (!o->err && fflush(o->f) != 0)
		o->err = errno ? errno : EIO;
	if (!o->err && ferror(o->f))
		o->err = EIO;
	e = o->err;
	free(o->buf);
	free(o);
	return e;
}

/*
 * Messages on stderr quote file names, options and lines a user (or an
 * attacker) chose.  What could drive a terminal - C0 controls, DEL, C1
 * controls, bytes that are not UTF-8 - is written as the text \xHH, as
 * JSON output shows it; the rest (a backslash in a regex) is left as it
 * was typed.
 */
static size_t
safe_run(const uint8_t *u, size_t n, int *esc)
{
	size_t k = u[0] < 0x80 ? 1 : jy_utf8len(u, n);

	*esc = k == 0 || u[0] < 0x20 || u[0] == 0x7f ||
	    (u[0] == 0xc2 && u[1] <= 0x9f);
	return k ? k : 1;
}

void
jy_fputs_safe(FILE *f, const char *s)
{
	static const char hx[] = "0123456789abcdef";
	const uint8_t *u = (const uint8_t *)s;
	size_t n = strlen(s), i = 0, k;
	int esc;

	while (i < n) {
		k = safe_run(u + i, n - i, &esc);
		if (esc)
			for (; k > 0; k--, i++)
				fprintf(f, "\\x%c%c", hx[u[i] >> 4],
				    hx[u[i] & 15]);
		else {
			fwrite(s + i, 1, k, f);
			i += k;
		}
	}
}

void
jy_escape_str(char *d, size_t dn, const char *s)
{
	static const char hx[] = "0123456789abcdef";
	const uint8_t *u = (const uint8_t *)s;
	size_t n = strlen(s), i = 0, o = 0, k;
	int esc;

	while (i < n) {
		k = safe_run(u + i, n - i, &esc);
		if (o + (esc ? 4 * k : k) >= dn)
			break;
		for (; k > 0; k--, i++)
			if (esc) {
				d[o++] = '\\';
				d[o++] = 'x';
				d[o++] = hx[u[i] >> 4];
				d[o++] = hx[u[i] & 15];
			} else
				d[o++] = (char)u[i];
	}
	if (dn > 0)
		d[o] = '\0';
}

void
jy_message(FILE *f, const char *prog, const char *msg)
{
	fprintf(f, "%s: ", prog);
	jy_fputs_safe(f, msg);
	fputc('\n', f);
}

/* getopt_long's own messages echo the argument raw: these escape it. */
void
jy_option_error(FILE *f, const char *prog, int c, int opt,
    const char *arg, const struct option *lo)
{
	char m[64];
	const char *what;
	size_t n = 0, i, hits = 0, hit = 0;
	int islong = arg != NULL && arg[0] == '-' && arg[1] == '-';

	if (islong) {
		n = strcspn(arg + 2, "=");
		for (i = 0; lo[i].name != NULL; i++)
			if (strncmp(lo[i].name, arg + 2, n) == 0) {
				hit = i;
				if (lo[i].name[n] == '\0') {
					hits = 1;
					break;
				}
				hits++;
			}
		/* A bad letter inside "-xv" leaves optind on it, so arg
		 * may be the argument before: only a long option whose
		 * value is optopt (or none) is the one at fault. */
		islong = opt == 0 || (hits == 1 && lo[hit].val == opt);
	}
	fprintf(f, "%s: ", prog);
	if (!islong) {
		snprintf(m, sizeof m, c == ':' ? "option requires an argument "
		    "-- '%c'" : "invalid option -- '%c'", opt);
		jy_fputs_safe(f, m);
		fputc('\n', f);
		return;
	}
	what = c == ':' ? "' requires an argument" : hits > 1 ?
	    "' is ambiguous" : hits == 0 ? NULL : arg[2 + n] == '=' ?
	    "' doesn't allow an argument" : "' is not valid here";
	fputs(what == NULL ? "unrecognized option '" : "option '", f);
	if (hits == 1)
		fprintf(f, "--%s", lo[hit].name);	/* ours: as getopt names it */
	else
		jy_fputs_safe(f, arg);
	fprintf(f, "%s\n", what != NULL ? what : "'");
}

size_t
jy_tsv_width(const char *s, size_t n)
{
	size_t w = 0, i;
	unsigned char c;

	for (i = 0; i < n; i++) {
		c = (unsigned char)s[i];
		if (c == '\t' || c == '\n' || c == '\r' || c == '\\')
			w += 2;
		else if (c < 0x20 || c == 0x7f)
			w += 4;
		else
			w += (c & 0xc0) != 0x80;
	}
	return w;
}

int
jy_term_width(void)
{
	const char *e = getenv("COLUMNS");
	struct winsize ws;
	char *end;
	long v;

	if (e != NULL && *e != '\0') {
		errno = 0;
		v = strtol(e, &end, 10);
		if (errno == 0 && *end == '\0' && v > 0)
			return v > 10000 ? 10000 : (int)v;
	}
	if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ,
	    &ws) == 0 && ws.ws_col > 0)
		return ws.ws_col;
	return 80;
}

int
jy_chart_cells(size_t fixed, int most)
{
	int w = jy_term_width() - (int)(fixed > 10000 ? 10000 : fixed);

	return w < 10 ? 10 : w > most ? most : w;
}
