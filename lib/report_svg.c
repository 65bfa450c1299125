/*
 * report_svg.c - jreport's pictures as inline SVG: the trend line chart
 * and the flow (laid out by sankey.c).  Coordinates are rounded to a
 * tenth of a pixel so the page is the same bytes on every machine.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"

static void
num(jy_out *o, double v)
{
	char b[32];

	snprintf(b, sizeof b, "%.1f", fabs(v) < 0.05 ? 0.0 : v);
	jy_out_str(o, b);
}

static void
attr(jy_out *o, const char *name, double v)
{
	jy_out_char(o, ' ');
	jy_out_str(o, name);
	jy_out_str(o, "=\"");
	num(o, v);
	jy_out_char(o, '"');
}

/* 1, 2 or 5 times a power of ten, at least v. */
static double
nice(double v)
{
	double p, f;

	if (v <= 0)
		return 1;
	p = pow(10, floor(log10(v)));
	f = v / p;
	return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
}

static void
polyline(jy_out *o, const double *x, const double *y, size_t n,
    const char *color, const char *dash)
{
	size_t i;

	jy_out_str(o, "<polyline fill=\"none\" stroke-width=\"2.5\" "
	    "stroke-linejoin=\"round\" stroke=\"");
	jy_out_str(o, color);
	jy_out_str(o, "\"");
	if (dash != NULL) {
		jy_out_str(o, " stroke-dasharray=\"");
		jy_out_str(o, dash);
		jy_out_str(o, "\"");
	}
	jy_out_str(o, " points=\"");
	for (i = 0; i < n; i++) {
		if (i)
			jy_out_char(o, ' ');
		num(o, x[i]);
		jy_out_char(o, ',');
		num(o, y[i]);
	}
	jy_out_str(o, "\"/>\n");
}

void
jy_svg_trend(jy_out *o, const struct rdata *d, const double *conv)
{
	const double W = 1256, H = 300, L = 60, R = conv ? 60 : 20, T = 14,
	    B = 40;
	double max = 0, cmax = 0, *x, *ys, *yv, *yc;
	size_t i, n = d->nbucket;
	char b[64];

	if (n == 0) {
		jy_out_str(o, "<p class=\"note\">No visits.</p>\n");
		return;
	}
	for (i = 0; i < n; i++) {
		if ((double)d->bucket[i].sessions > max)
			max = (double)d->bucket[i].sessions;
		if (conv != NULL && conv[i] > cmax)
			cmax = conv[i];
	}
	max = nice(max);
	cmax = nice(cmax > 0 ? cmax : 0.01);
	x = jy_xcalloc(4 * n, sizeof *x);
	ys = x + n;
	yv = ys + n;
	yc = yv + n;
	for (i = 0; i < n; i++) {
		x[i] = n > 1 ? L + (W - L - R) * (double)i / (double)(n - 1) :
		    L + (W - L - R) / 2;
		ys[i] = T + (H - T - B) * (1 - (double)d->bucket[i].sessions /
		    max);
		yv[i] = T + (H - T - B) * (1 - (double)d->bucket[i].visitors /
		    max);
		yc[i] = conv && conv[i] >= 0 ? T + (H - T - B) * (1 - conv[i] /
		    cmax) : -1;
	}
	jy_out_str(o, "<div class=\"legend\" aria-hidden=\"true\"><span><i "
	    "style=\"background:var(--accent)\"></i>Visits</span><span><i "
	    "style=\"background:var(--good)\"></i>Visitors</span>");
	if (conv != NULL)
		jy_out_str(o, "<span><i style=\"background:#e0762a\"></i>"
		    "Conversion (right scale)</span>");
	jy_out_str(o, "</div>\n<svg viewBox=\"0 0 1256 300\" role=\"img\" "
	    "aria-label=\"Visits and visitors over time; the numbers are in "
	    "the table below\">\n");
	for (i = 0; i <= 4; i++) {
		double y = T + (H - T - B) * (double)i / 4;
		jy_out_str(o, "<line class=\"ax\"");
		attr(o, "x1", L);
		attr(o, "x2", W - R);
		attr(o, "y1", y);
		attr(o, "y2", y);
		jy_out_str(o, "/><text class=\"mute\" text-anchor=\"end\"");
		attr(o, "x", L - 8);
		attr(o, "y", y + 4);
		jy_out_str(o, ">");
		jy_h_count(o, (uint64_t)llround(max * (4 - (double)i) / 4));
		jy_out_str(o, "</text>");
		if (conv != NULL) {
			jy_out_str(o, "<text class=\"mute\"");
			attr(o, "x", W - R + 8);
			attr(o, "y", y + 4);
			jy_out_str(o, ">");
			snprintf(b, sizeof b, "%g%%", 100 * cmax * (4 - (double)i)
			    / 4);
			jy_out_str(o, b);
			jy_out_str(o, "</text>");
		}
		jy_out_str(o, "\n");
	}
	/* About a dozen labels along the time axis. */
	size_t every = n > 12 ? (n + 11) / 12 : 1;
	for (i = 0; i < n; i += every) {
		const char *k = d->bucket[i].key;
		jy_out_str(o, "<text class=\"mute\" text-anchor=\"middle\"");
		attr(o, "x", x[i]);
		attr(o, "y", H - B + 20);
		jy_out_str(o, ">");
		if (d->hourly && strlen(k) >= 13) {
			jy_h_text(o, k + 11, 2);
			jy_out_str(o, ":00");
		} else
			jy_h_str(o, k);
		jy_out_str(o, "</text>\n");
	}
	polyline(o, x, yv, n, "var(--good)", NULL);
	polyline(o, x, ys, n, "var(--accent)", NULL);
	if (conv != NULL) {
		size_t m = 0;
		double *cx = jy_xcalloc(2 * n, sizeof *cx), *cy = cx + n;
		for (i = 0; i < n; i++)
			if (yc[i] >= 0) {
				cx[m] = x[i];
				cy[m++] = yc[i];
			}
		polyline(o, cx, cy, m, "#e0762a", "6 4");
		free(cx);
	}
	for (i = 0; i < n; i++) {
		jy_out_str(o, "<circle r=\"3.5\" fill=\"var(--accent)\"");
		attr(o, "cx", x[i]);
		attr(o, "cy", ys[i]);
		jy_out_str(o, "><title>");
		jy_h_str(o, d->bucket[i].key);
		jy_out_str(o, ": ");
		jy_h_count(o, d->bucket[i].sessions);
		jy_out_str(o, " visits, ");
		jy_h_count(o, d->bucket[i].visitors);
		jy_out_str(o, " visitors</title></circle>\n");
	}
	jy_out_str(o, "</svg>\n");
	free(x);
}

static const char *
colname(int c, int stages, char b[32])
{
	static const char *const ord[] = { "1st", "2nd", "3rd" };

	if (c == 0)
		return stages ? "Entry stage" : "Entry page";
	if (c < 3)
		snprintf(b, 32, "%s %s", ord[c], stages ? "stage" : "page");
	else
		snprintf(b, 32, "%dth %s", c + 1, stages ? "stage" : "page");
	return b;
}

void
jy_svg_sankey(jy_out *o, const struct sankey *s, const char *unit)
{
	const double top = 30;
	size_t i;
	char b[32];
	int c;

	if (s->nnode == 0) {
		jy_out_str(o, "<p class=\"note\">No journeys.</p>\n");
		return;
	}
	jy_out_str(o, "<svg viewBox=\"0 0 ");
	num(o, s->width);
	jy_out_char(o, ' ');
	num(o, s->height + top);
	jy_out_str(o, "\" role=\"img\" aria-label=\"The flow of visits from "
	    "the entry page on; the numbers are in the table below\">\n");
	for (c = 0; c < s->ncol; c++) {
		for (i = 0; i < s->nnode && s->node[i].col != c; i++)
			;
		if (i == s->nnode)
			continue;
		jy_out_str(o, "<text font-weight=\"600\"");
		attr(o, "x", s->node[i].x);
		attr(o, "y", 14);
		jy_out_str(o, ">");
		jy_out_str(o, colname(c, s->stages, b));
		jy_out_str(o, "</text>\n");
	}
	jy_out_str(o, "<g fill=\"none\">\n");
	for (i = 0; i < s->nlink; i++) {
		const struct sk_link *l = &s->link[i];
		const struct sk_node *a = &s->node[l->from], *z = &s->node[l->to];
		double x0 = a->x + s->nodew, x1 = z->x, m = (x0 + x1) / 2;
		jy_out_str(o, "<path stroke-opacity=\"0.38\" stroke=\"");
		jy_out_str(o, z->kind == SK_EXIT ? "var(--exit)" :
		    jy_h_color(a->color, a->kind));
		jy_out_str(o, "\"");
		attr(o, "stroke-width", l->w < 1 ? 1 : l->w);
		jy_out_str(o, " d=\"M");
		num(o, x0);
		jy_out_char(o, ',');
		num(o, l->sy + top);
		jy_out_str(o, "C");
		num(o, m);
		jy_out_char(o, ',');
		num(o, l->sy + top);
		jy_out_char(o, ' ');
		num(o, m);
		jy_out_char(o, ',');
		num(o, l->ty + top);
		jy_out_char(o, ' ');
		num(o, x1);
		jy_out_char(o, ',');
		num(o, l->ty + top);
		jy_out_str(o, "\"><title>");
		jy_h_str(o, a->label);
		jy_out_str(o, " \xe2\x86\x92 ");
		jy_h_str(o, z->kind == SK_EXIT ? "left the site" : z->label);
		jy_out_str(o, ": ");
		jy_h_count(o, l->value);
		jy_out_char(o, ' ');
		jy_h_unit(o, unit, l->value);
		jy_out_str(o, "</title></path>\n");
	}
	jy_out_str(o, "</g>\n");
	for (i = 0; i < s->nnode; i++) {
		const struct sk_node *n = &s->node[i];
		jy_out_str(o, "<g><title>");
		jy_h_str(o, n->kind == SK_EXIT ? "left the site" : n->label);
		jy_out_str(o, ": ");
		jy_h_count(o, n->value);
		jy_out_char(o, ' ');
		jy_h_unit(o, unit, n->value);
		jy_out_str(o, "</title><rect rx=\"2\" fill=\"");
		jy_out_str(o, jy_h_color(n->color, n->kind));
		jy_out_str(o, "\"");
		attr(o, "x", n->x);
		attr(o, "y", n->y + top);
		attr(o, "width", s->nodew);
		attr(o, "height", n->h);
		jy_out_str(o, "/><text");
		attr(o, "x", n->x + s->nodew + 6);
		attr(o, "y", n->y + top + (n->h < 12 ? n->h / 2 + 4 : 14));
		jy_out_str(o, n->kind != SK_PAGE ? " class=\"lbl mute\"" :
		    " class=\"lbl\"");
		jy_out_str(o, ">");
		jy_h_cut(o, n->kind == SK_EXIT ? "ended the visit" : n->label, 26);
		jy_out_str(o, " <tspan class=\"mute\">");
		jy_h_count(o, n->value);
		jy_out_str(o, "</tspan></text></g>\n");
	}
	jy_out_str(o, "</svg>\n");
}
