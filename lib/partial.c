/*
 * partial.c - the partial-state format every analysis writes and merges
 * (--partial, --merge), as ClickHouse's -State and -Merge aggregates.
 *
 * A partial is TSV: a "#partial" line that names the program, the format
 * version and a fingerprint of the analysis options, a "#" line naming
 * the columns, then lines of key fields and a count last.  Lines whose
 * key fields are equal add their counts, so any split of the input gives
 * the same sums.  Lines are sorted bytewise (as LC_ALL=C sort(1) does), so
 * partials merge with sort -m and a reducer sees a key's lines together.
 * Fields are escaped as the event stream's are, and a first field that
 * would begin with '#' begins with \x23, so that no data line reads as a
 * header.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

void
jy_pw_begin(struct jy_pw *w)
{
	memset(w, 0, sizeof *w);
	w->mem = open_memstream(&w->buf, &w->len);
	if (w->mem == NULL)
		abort();	/* out of memory, as jy_xmalloc */
	w->o = jy_out_new(w->mem);
}

void
jy_pw_key(jy_out *o, const char *p, size_t n)
{
	if (n > 0 && p[0] == '#') {
		jy_out_str(o, "\\x23");
		p++;
		n--;
	}
	jy_out_tsv(o, p, n);
}

void
jy_pw_count(jy_out *o, uint64_t n)
{
	char b[24];

	jy_out_char(o, '\t');
	jy_out_bytes(o, b, (size_t)snprintf(b, sizeof b, "%llu",
	    (unsigned long long)n));
	jy_out_char(o, '\n');
}

static int
linecmp(const void *a, const void *b)
{
	const jy_span *x = a, *y = b;
	size_t n = x->n < y->n ? x->n : y->n;
	int c = n ? memcmp(x->p, y->p, n) : 0;

	if (c != 0)
		return c;
	return (x->n > y->n) - (x->n < y->n);
}

void
jy_pw_end(struct jy_pw *w, jy_out *o, const char *prog, uint64_t print,
    const char *columns)
{
	jy_span *v = NULL;
	size_t n = 0, cap = 0, i;
	const char *p, *end, *nl;
	char b[64];

	jy_out_close(w->o);
	fclose(w->mem);
	for (p = w->buf, end = w->buf + w->len; p < end; p = nl + 1) {
		nl = memchr(p, '\n', (size_t)(end - p));
		if (n == cap) {
			cap = cap ? 2 * cap : 256;
			v = jy_xrealloc(v, cap * sizeof *v);
		}
		v[n].p = p;
		v[n++].n = (size_t)(nl - p) + 1;
	}
	if (n > 0)
		qsort(v, n, sizeof *v, linecmp);
	jy_out_str(o, "#partial\t");
	jy_out_str(o, prog);
	snprintf(b, sizeof b, "\t%d\t%016llx\n", JY_PARTIAL_VERSION,
	    (unsigned long long)print);
	jy_out_str(o, b);
	jy_out_char(o, '#');
	jy_out_str(o, columns);
	jy_out_char(o, '\n');
	for (i = 0; i < n; i++)
		jy_out_bytes(o, v[i].p, v[i].n);
	free(v);
	free(w->buf);
}

/* A count field: digits only. */
int
jy_pr_count(jy_span s, uint64_t *out)
{
	uint64_t v = 0;
	size_t i;

	if (s.n == 0 || s.n > 19)
		return -1;
	for (i = 0; i < s.n; i++) {
		if (s.p[i] < '0' || s.p[i] > '9')
			return -1;
		v = v * 10 + (uint64_t)(s.p[i] - '0');
	}
	*out = v;
	return 0;
}

jy_status
jy_pr_read(const char *path, const char *prog, uint64_t print,
    jy_pr_fn fn, void *ctx, int *nread, char *err, size_t errlen)
{
	jy_reader *rd;
	jy_span line, *f = NULL;
	size_t nf, i, cap = 0;
	struct jy_buf b = { NULL, 0, 0 };
	char want[128], e[256];
	const char *p, *end, *tab;
	int r, seen = 0;
	jy_status st = JY_OK;

	if ((rd = jy_reader_open(path, err, errlen)) == NULL)
		return JY_EUSAGE;
	snprintf(want, sizeof want, "#partial\t%s\t%d\t%016llx", prog,
	    JY_PARTIAL_VERSION, (unsigned long long)print);
	while ((r = jy_reader_next(rd, &line)) == 1) {
		if (line.n > 0 && line.p[0] == '#') {
			if (line.n < 9 || memcmp(line.p, "#partial\t", 9) != 0)
				continue;	/* the column names */
			if (line.n != strlen(want) ||
			    memcmp(line.p, want, line.n) != 0) {
				jy_errf(err, errlen, "%s:%llu: a partial of "
				    "another program or of other options: give "
				    "--merge the options the partials were made "
				    "with (the analysis options, and --owners, "
				    "--bot-list, --static-list, --ua-regexes by "
				    "their files' contents, --no-ua-bots)",
				    jy_reader_name(rd),
				    (unsigned long long)jy_reader_lineno(rd));
				st = JY_EUSAGE;
				break;
			}
			if (!seen)
				(*nread)++;
			seen = 1;
			continue;
		}
		if (!seen) {
			jy_errf(err, errlen, "%s:%llu: not a partial (no "
			    "#partial line before the data): make it with %s "
			    "--partial", jy_reader_name(rd),
			    (unsigned long long)jy_reader_lineno(rd), prog);
			st = JY_EDATA;
			break;
		}
		b.n = 0;
		nf = 0;
		for (p = line.p, end = line.p + line.n; ; p = tab + 1) {
			tab = memchr(p, '\t', (size_t)(end - p));
			if (tab == NULL)
				tab = end;
			if (nf == cap) {
				cap = cap ? 2 * cap : 64;
				f = jy_xrealloc(f, cap * sizeof *f);
			}
			/* Offsets for now: b may move as it grows. */
			f[nf].p = (const char *)(uintptr_t)b.n;
			jy_unescape(&b, p, (size_t)(tab - p));
			f[nf].n = b.n - (size_t)(uintptr_t)f[nf].p;
			nf++;
			if (tab == end)
				break;
		}
		for (i = 0; i < nf; i++)
			f[i].p = b.p + (size_t)(uintptr_t)f[i].p;
		e[0] = '\0';
		if (fn(ctx, f, nf, e, sizeof e) != 0) {
			jy_errf(err, errlen, "%s:%llu: bad partial line: %s",
			    jy_reader_name(rd),
			    (unsigned long long)jy_reader_lineno(rd),
			    e[0] ? e : "fields missing or not counts");
			st = JY_EDATA;
			break;
		}
	}
	if (r < 0) {
		jy_errf(err, errlen, "%s", jy_reader_error(rd));
		st = JY_EDATA;
	} else if (st == JY_OK && !seen) {
		jy_errf(err, errlen, "%s: not a partial (no #partial line): "
		    "make it with %s --partial", jy_reader_name(rd), prog);
		st = JY_EDATA;
	}
	free(f);
	jy_buf_free(&b);
	jy_reader_close(rd);
	return st;
}
