/*
 * sankey.c - the flow of the journeys as nodes and links: column 1 is
 * the entry page (from jpaths --depth 1), column c+1 the value after the
 * c-th (jpaths --edges), the top N of each column by visits and the rest
 * as "other"; what leaves a node and goes nowhere is the visits that
 * ended there, drawn into an "(exit)" node of the next column.  The
 * layout is a plain one: nodes stacked by size, links attached in the
 * order of the nodes at their other end, so that they cross little.
 */
#include <stdlib.h>
#include <string.h>

#include "report.h"

struct item {
	int		 col;
	const char	*label;
	uint64_t	 v;
	int		 node;
};

static int
cmp_item(const void *a, const void *b)
{
	const struct item *x = a, *y = b;

	if (x->col != y->col)
		return x->col - y->col;
	return strcmp(x->label, y->label);
}

static int
cmp_rank(const void *a, const void *b)
{
	const struct item *x = a, *y = b;

	if (x->col != y->col)
		return x->col - y->col;
	if (x->v != y->v)
		return x->v < y->v ? 1 : -1;
	return strcmp(x->label, y->label);
}

static struct item *
find(struct item *it, size_t n, int col, const char *label)
{
	struct item key = { col, label, 0, 0 };

	return bsearch(&key, it, n, sizeof *it, cmp_item);
}

static int
add_node(struct sankey *s, int col, const char *label, int kind)
{
	s->node = jy_xrealloc(s->node, (s->nnode + 1) * sizeof *s->node);
	memset(&s->node[s->nnode], 0, sizeof s->node[s->nnode]);
	s->node[s->nnode].col = col;
	s->node[s->nnode].kind = kind;
	s->node[s->nnode].label = jy_xstrdup(label);
	return (int)s->nnode++;
}

/* Links by (from, to): nodes are few, so a from x to table (slot + 1). */
static void
add_link(struct sankey *s, int from, int to, uint64_t v)
{
	size_t key = (size_t)from * s->lmax + (size_t)to;

	if (s->lslot[key] != 0) {
		s->link[s->lslot[key] - 1].value += v;
		return;
	}
	s->lslot[key] = s->nlink + 1;
	s->link = jy_xrealloc(s->link, (s->nlink + 1) * sizeof *s->link);
	memset(&s->link[s->nlink], 0, sizeof s->link[s->nlink]);
	s->link[s->nlink].from = from;
	s->link[s->nlink].to = to;
	s->link[s->nlink++].value = v;
}

/* Pass 1: the visits of each (column, label), summed over its edges. */
struct sums {
	uint64_t	*v;		/* ncol * nlabel */
	size_t		 nlabel;
	int		 ncol, maxcol;
};

static void
sum_edge(void *ctx, const struct redge *e)
{
	struct sums *u = ctx;

	if (e->step < 1 || e->step >= (uint32_t)u->ncol)
		return;
	u->v[e->step * u->nlabel + e->to] += e->count;
	if ((int)e->step + 1 > u->maxcol)
		u->maxcol = (int)e->step + 1;
}

/* Pass 2: an edge between two nodes is a link. */
struct links {
	struct sankey	*s;
	struct redges	*edges;
	struct item	*it;
	size_t		 n;
	int		 ncol;
};

static void
link_edge(void *ctx, const struct redge *e)
{
	struct links *l = ctx;

	if (e->step < 1 || e->step >= (uint32_t)l->ncol)
		return;
	struct item *a = find(l->it, l->n, (int)e->step - 1,
	    l->edges->label[e->from]);
	struct item *b = find(l->it, l->n, (int)e->step,
	    l->edges->label[e->to]);
	if (a == NULL || b == NULL || a->node < 0 || b->node < 0)
		return;
	add_link(l->s, a->node, b->node, e->count);
}

void
jy_sk_build(struct sankey *s, const struct rtab *entries, int vcol,
    int lcol, struct redges *edges, int ncol, int top)
{
	struct sums u = { NULL, edges->nlabel, ncol, 1 };
	size_t n = 0, i, j, k, nsum = 0;
	char **labels = jy_xcalloc(entries->nrow + 1, sizeof *labels);
	static const char marker[] = " > ...";

	u.v = jy_xcalloc((size_t)ncol * edges->nlabel + 1, sizeof *u.v);
	jy_re_each(edges, sum_edge, &u);
	for (i = 0; i < (size_t)ncol * edges->nlabel; i++)
		nsum += u.v[i] != 0;
	struct item *it = jy_xcalloc(entries->nrow + nsum + 1, sizeof *it);
	memset(s, 0, sizeof *s);
	s->ncol = u.maxcol;
	if (top < 1)
		top = 1;
	/* per column: the top, "other" and "(exit)" */
	s->lmax = (size_t)(top + 2) * (size_t)ncol;
	s->lslot = jy_xcalloc(s->lmax * s->lmax, sizeof *s->lslot);
	/* Column 1: the journeys cut after their first value. */
	for (i = 0; i < entries->nrow; i++) {
		const char *p = jy_rtab_get(entries, i, (size_t)lcol);
		size_t len = strlen(p), m = sizeof marker - 1;
		labels[i] = jy_xstrdup(p);
		if (len >= m && strcmp(p + len - m, marker) == 0)
			labels[i][len - m] = '\0';
		it[n].col = 0;
		it[n].label = labels[i];
		it[n++].v = strtoull(jy_rtab_get(entries, i, (size_t)vcol),
		    NULL, 10);
	}
	for (i = 0; i < (size_t)ncol * edges->nlabel; i++)
		if (u.v[i] != 0) {
			it[n].col = (int)(i / edges->nlabel);
			it[n].label = edges->label[i % edges->nlabel];
			it[n++].v = u.v[i];
		}
	free(u.v);
	/* One item per (column, value), summed. */
	qsort(it, n, sizeof *it, cmp_item);
	for (i = 0, j = 0; i < n; i++) {
		if (j > 0 && it[j - 1].col == it[i].col &&
		    strcmp(it[j - 1].label, it[i].label) == 0)
			it[j - 1].v += it[i].v;
		else
			it[j++] = it[i];
	}
	n = j;
	/* The top of each column are nodes; the rest one "other" each. */
	qsort(it, n, sizeof *it, cmp_rank);
	/* A node needs 1 visit in 200 of those that entered: below that a
	 * band is a hairline and its label clutter. */
	uint64_t total0 = 0, floor;
	for (i = 0; i < n && it[i].col == 0; i++)
		total0 += it[i].v;
	floor = total0 / 200 > 1 ? total0 / 200 : 1;
	int *other = jy_xcalloc((size_t)ncol + 1, sizeof *other);
	int *exitn = jy_xcalloc((size_t)ncol + 1, sizeof *exitn);
	for (i = 0; i < n; ) {
		int c = it[i].col, rank = 0;
		for (; i < n && it[i].col == c; i++, rank++) {
			if (it[i].v == 0) {
				/* a page no visit entered on (jdropoff's rows) */
				it[i].node = -1;
				continue;
			}
			if (rank < top && it[i].v >= floor)
				it[i].node = add_node(s, c, it[i].label, SK_PAGE);
			else {
				if (other[c] == 0)
					other[c] = add_node(s, c, "other",
					    SK_OTHER) + 1;
				it[i].node = other[c] - 1;
			}
			s->node[it[i].node].value += it[i].v;
		}
	}
	qsort(it, n, sizeof *it, cmp_item);
	struct links l = { s, edges, it, n, ncol };
	jy_re_each(edges, link_edge, &l);
	/* Colours: the pages of column 1 in their order take the palette's
	 * first colours, pages first seen later the next ones, and a page
	 * keeps its colour in every column. */
	int next = 0;
	for (k = 0; k < s->nnode; k++) {
		size_t m;
		if (s->node[k].kind != SK_PAGE)
			continue;
		for (m = 0; m < k; m++)
			if (s->node[m].kind == SK_PAGE &&
			    strcmp(s->node[m].label, s->node[k].label) == 0)
				break;
		s->node[k].color = m < k ? s->node[m].color : next++;
	}
	/* What a node does not pass on ended there. */
	size_t nn = s->nnode;
	for (k = 0; k < nn; k++) {
		uint64_t out = 0;
		if (s->node[k].col + 1 >= s->ncol)
			continue;
		for (i = 0; i < s->nlink; i++)
			if (s->link[i].from == (int)k)
				out += s->link[i].value;
		s->node[k].left = s->node[k].value > out ?
		    s->node[k].value - out : 0;
		if (s->node[k].left == 0)
			continue;
		int c = s->node[k].col + 1;
		if (exitn[c] == 0)
			exitn[c] = add_node(s, c, "(exit)", SK_EXIT) + 1;
		s->node[exitn[c] - 1].value += s->node[k].left;
		add_link(s, (int)k, exitn[c] - 1, s->node[k].left);
	}
	for (i = 0; i < entries->nrow; i++)
		free(labels[i]);
	free(labels);
	free(other);
	free(exitn);
	free(it);
}

static const struct sankey *sorting;

static int
cmp_out(const void *a, const void *b)
{
	const struct sk_link *x = a, *y = b;

	if (x->from != y->from)
		return x->from - y->from;
	return (sorting->node[x->to].y > sorting->node[y->to].y) -
	    (sorting->node[x->to].y < sorting->node[y->to].y);
}

void
jy_sk_layout(struct sankey *s, double width, double height)
{
	double pad = 14, total0 = 0, scale;
	size_t i, maxn = 0;
	int c;

	s->width = width;
	s->nodew = 14;
	for (c = 0; c < s->ncol; c++) {
		size_t cnt = 0;
		for (i = 0; i < s->nnode; i++)
			if (s->node[i].col == c) {
				cnt++;
				if (c == 0)
					total0 += (double)s->node[i].value;
			}
		if (cnt > maxn)
			maxn = cnt;
	}
	if (height <= 0)
		height = 80 + 46.0 * (double)maxn;
	if (height < 320)
		height = 320;
	s->height = height;
	scale = total0 > 0 ? (height - pad * (double)(maxn ? maxn - 1 : 0)) /
	    total0 : 0;
	for (c = 0; c < s->ncol; c++) {
		double y = 0;
		double x = s->ncol > 1 ? c * (width - s->nodew - 220) /
		    (s->ncol - 1) : 0;
		for (i = 0; i < s->nnode; i++) {
			struct sk_node *n = &s->node[i];
			if (n->col != c)
				continue;
			n->x = x;
			n->y = y;
			n->h = (double)n->value * scale;
			if (n->h < 1.5)
				n->h = 1.5;
			y += n->h + pad;
		}
	}
	for (i = 0; i < s->nlink; i++)
		s->link[i].w = (double)s->link[i].value * scale;
	/* Out-going links in the order of their targets, in-coming in the
	 * order of their sources (nodes are in order within a column). */
	sorting = s;
	if (s->nlink > 1)
		qsort(s->link, s->nlink, sizeof *s->link, cmp_out);
	for (i = 0; i < s->nlink; i++) {
		struct sk_node *a = &s->node[s->link[i].from];
		s->link[i].sy = a->y + a->outoff + s->link[i].w / 2;
		a->outoff += s->link[i].w;
	}
	for (size_t t = 0; t < s->nnode; t++)
		for (i = 0; i < s->nlink; i++)
			if (s->link[i].to == (int)t) {
				/* links come sorted by source: in order */
				struct sk_node *b = &s->node[t];
				s->link[i].ty = b->y + b->inoff +
				    s->link[i].w / 2;
				b->inoff += s->link[i].w;
			}
}

void
jy_sk_free(struct sankey *s)
{
	size_t i;

	for (i = 0; i < s->nnode; i++)
		free(s->node[i].label);
	free(s->node);
	free(s->link);
	free(s->lslot);
	memset(s, 0, sizeof *s);
}
