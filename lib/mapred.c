/*
 * mapred.c - the Hadoop Streaming contract: jsessionize --map writes a
 * line per pageview, KEY<TAB>EPOCH<TAB>POS<TAB>LINE, where KEY is the
 * visitor's keyed hash (16 hex digits, the same on every machine), EPOCH
 * its time in 12 digits, POS where the line began in the input (15
 * digits: bytes, from --map-offset) and LINE the log line as it came,
 * escaped as TSV values are.  An engine partitions these by KEY and sorts
 * them; a reducer gets each key's lines together.  POS keeps the input's
 * order among a visitor's pageviews of the same second (a form's POST and
 * the GET after its redirect), as one run over the whole input has it.
 *
 * Reading such input (any program), a key's lines are held, sorted
 * bytewise - by time, then position, as LC_ALL=C sort(1) would, so the
 * engine need not sort within a key - and handed on as the log lines
 * they were, the start of each key's lines flagged so that the input
 * closes the sessions of the key before.  Memory is one key's lines.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define KEYLEN	16
#define EPOCHLEN 12
#define POSLEN	15
#define HEADLEN	(KEYLEN + EPOCHLEN + POSLEN + 3)

struct jy_mapin {
	int		 state;		/* 0 not known yet, 1 map, 2 plain */
	struct jy_buf	 b;		/* the key's lines, as read */
	size_t		*off, *len, n, cap, next;
	struct jy_buf	 ahead;		/* the first line of the next key */
	int		 have_ahead, eof;
	struct jy_buf	 raw;		/* the line unescaped */
};

int
jy_map_line(jy_span l)
{
	size_t i;

	if (l.n < HEADLEN || l.p[KEYLEN] != '\t' ||
	    l.p[KEYLEN + 1 + EPOCHLEN] != '\t' || l.p[HEADLEN - 1] != '\t')
		return 0;
	for (i = 0; i < KEYLEN; i++)
		if (!((l.p[i] >= '0' && l.p[i] <= '9') ||
		    (l.p[i] >= 'a' && l.p[i] <= 'f')))
			return 0;
	for (i = KEYLEN + 1; i < HEADLEN - 1; i++)
		if ((l.p[i] < '0' || l.p[i] > '9') &&
		    i != KEYLEN + 1 + EPOCHLEN)
			return 0;
	return 1;
}

void
jy_map_write(jy_out *o, uint64_t key, int64_t t, uint64_t pos, jy_span line)
{
	char b[64];

	snprintf(b, sizeof b, "%016llx\t%012lld\t%015llu\t",
	    (unsigned long long)key, (long long)(t < 0 ? 0 : t),
	    (unsigned long long)pos);
	jy_out_str(o, b);
	jy_out_tsv(o, line.p, line.n);
	jy_out_char(o, '\n');
}

struct jy_mapin *
jy_mapin_new(void)
{
	return jy_xcalloc(1, sizeof(struct jy_mapin));
}

void
jy_mapin_free(struct jy_mapin *m)
{
	if (m == NULL)
		return;
	jy_buf_free(&m->b);
	jy_buf_free(&m->ahead);
	jy_buf_free(&m->raw);
	free(m->off);
	free(m->len);
	free(m);
}

static const struct jy_mapin *sortm;

static int
cmp_line(const void *x, const void *y)
{
	size_t a = *(const size_t *)x, b = *(const size_t *)y;
	size_t an = sortm->len[a], bn = sortm->len[b];
	int c = memcmp(sortm->b.p + sortm->off[a], sortm->b.p + sortm->off[b],
	    an < bn ? an : bn);

	if (c != 0)
		return c;
	if (an != bn)
		return an < bn ? -1 : 1;
	return (a > b) - (a < b);
}

static void
hold(struct jy_mapin *m, const char *p, size_t n)
{
	if (m->n == m->cap) {
		m->cap = m->cap ? 2 * m->cap : 64;
		m->off = jy_xrealloc(m->off, m->cap * sizeof *m->off);
		m->len = jy_xrealloc(m->len, m->cap * sizeof *m->len);
	}
	m->off[m->n] = m->b.n;
	m->len[m->n++] = n;
	jy_buf_add(&m->b, p, n);
}

/* Read the next key's lines; 0 when there are none, -1 on an error. */
static int
fill(struct jy_mapin *m, jy_reader *rd)
{
	jy_span l;
	size_t *ord, i;
	int rc = 0;

	m->b.n = m->n = m->next = 0;
	if (m->have_ahead) {
		hold(m, m->ahead.p, m->ahead.n);
		m->have_ahead = 0;
	}
	while (!m->eof && (rc = jy_reader_next(rd, &l)) > 0) {
		if (l.n > 0 && l.p[0] == '#')
			continue;	/* a mapper's header, shuffled in */
		if (!jy_map_line(l)) {
			/* Not from a mapper: handed on as it is, alone. */
			if (m->n > 0) {
				m->ahead.n = 0;
				jy_buf_add(&m->ahead, l.p, l.n);
				m->have_ahead = 1;
				break;
			}
			hold(m, l.p, l.n);
			break;
		}
		if (m->n > 0 && (!jy_map_line((jy_span){ m->b.p, m->len[0] })
		    || memcmp(m->b.p, l.p, KEYLEN) != 0)) {
			m->ahead.n = 0;
			jy_buf_add(&m->ahead, l.p, l.n);
			m->have_ahead = 1;
			break;
		}
		hold(m, l.p, l.n);
	}
	if (rc < 0)
		return -1;
	if (rc == 0)
		m->eof = 1;
	if (m->n > 1) {
		/* Sort a permutation, then lay the lines out in its order. */
		ord = jy_xmalloc(m->n * sizeof *ord);
		for (i = 0; i < m->n; i++)
			ord[i] = i;
		sortm = m;
		qsort(ord, m->n, sizeof *ord, cmp_line);
		size_t *no = jy_xmalloc(m->n * sizeof *no);
		size_t *nl = jy_xmalloc(m->n * sizeof *nl);
		for (i = 0; i < m->n; i++) {
			no[i] = m->off[ord[i]];
			nl[i] = m->len[ord[i]];
		}
		free(m->off);
		free(m->len);
		m->off = no;
		m->len = nl;
		m->cap = m->n;
		free(ord);
	}
	return m->n > 0;
}

int
jy_mapin_next(struct jy_mapin *m, jy_reader *rd, jy_span *line,
    int *newkey)
{
	jy_span l;
	int rc;

	*newkey = 0;
	if (m->state == 0) {
		/* The first line tells: a mapper's output, or not. */
		while ((rc = jy_reader_next(rd, &l)) > 0 && l.n > 0 &&
		    l.p[0] == '#' && l.n > 4 && memcmp(l.p, "#map", 4) == 0)
			;
		if (rc <= 0)
			return rc;
		if (!jy_map_line(l)) {
			m->state = 2;
			*line = l;
			return 1;
		}
		m->state = 1;
		m->ahead.n = 0;
		jy_buf_add(&m->ahead, l.p, l.n);
		m->have_ahead = 1;
		m->n = 0;
	}
	if (m->state == 2)
		return jy_reader_next(rd, line);
	if (m->next == m->n) {
		if ((rc = fill(m, rd)) <= 0)
			return rc;
		*newkey = 1;
	}
	l.p = m->b.p + m->off[m->next];
	l.n = m->len[m->next++];
	if (!jy_map_line(l)) {
		*line = l;
		return 1;
	}
	m->raw.n = 0;
	jy_unescape(&m->raw, l.p + HEADLEN, l.n - HEADLEN);
	line->p = m->raw.p ? m->raw.p : "";
	line->n = m->raw.n;
	return 1;
}

/* The reader's cut flag belongs to the line only when lines pass as
 * they are read. */
int
jy_mapin_cut(const struct jy_mapin *m, const jy_reader *rd)
{
	return m->state == 2 ? jy_reader_cut(rd) : 0;
}

int
jy_mapin_plain(const struct jy_mapin *m)
{
	return m->state == 2;
}

/* A new file: it may be a mapper's output or not. */
void
jy_mapin_reset(struct jy_mapin *m)
{
	m->state = 0;
	m->b.n = m->n = m->next = 0;
	m->have_ahead = m->eof = 0;
}
