/*
 * report_html.c - jreport's page: sections with a heading, a sentence a
 * non-technical reader follows, the picture and the numbers as a table.
 * No script at all; CSS inline; every string that came from the input
 * or the command line goes through jy_h_text.  Each number cell carries the
 * program's own value in data-v, so a test can read it back.
 */
#include <stdlib.h>
#include <string.h>

#include "report.h"

/* ---- escaping ---- */

/* Code points that reorder or hide text: shown as \uXXXX. */
static int
sneaky(uint32_t cp)
{
	return (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 &&
	    cp <= 0x2069) || cp == 0x2028 || cp == 0x2029 || cp == 0x200e ||
	    cp == 0x200f || cp == 0x061c || cp == 0xfeff;
}

static uint32_t
decode(const uint8_t *s, size_t k)
{
	uint32_t cp = k == 2 ? s[0] & 0x1f : k == 3 ? s[0] & 0x0f : s[0] & 7;
	size_t i;

	for (i = 1; i < k; i++)
		cp = cp << 6 | (s[i] & 0x3f);
	return cp;
}

/*
 * Text for an element or an attribute value: markup characters as
 * entities, control bytes and bytes that are not UTF-8 as the text \xHH
 * (as the TSV writers show them), C1 controls and bidi overrides as text.
 */
void
jy_h_text(jy_out *o, const char *p, size_t n)
{
	const uint8_t *s = (const uint8_t *)p;
	size_t i = 0, k;
	char esc[16];

	while (i < n) {
		uint8_t c = s[i];
		if (c >= 0x80) {
			k = jy_utf8len(s + i, n - i);
			if (k == 0) {
				snprintf(esc, sizeof esc, "\\x%02X", c);
				jy_out_str(o, esc);
				i++;
				continue;
			}
			uint32_t cp = decode(s + i, k);
			if ((cp >= 0x80 && cp < 0xa0) || sneaky(cp)) {
				snprintf(esc, sizeof esc, "\\u%04X", (unsigned)cp);
				jy_out_str(o, esc);
			} else
				jy_out_bytes(o, s + i, k);
			i += k;
			continue;
		}
		switch (c) {
		case '&': jy_out_str(o, "&amp;"); break;
		case '<': jy_out_str(o, "&lt;"); break;
		case '>': jy_out_str(o, "&gt;"); break;
		case '"': jy_out_str(o, "&quot;"); break;
		case '\'': jy_out_str(o, "&#39;"); break;
		default:
			if (c < 0x20 || c == 0x7f) {
				snprintf(esc, sizeof esc, "\\x%02X", c);
				jy_out_str(o, esc);
			} else
				jy_out_char(o, c);
		}
		i++;
	}
}

void
jy_h_str(jy_out *o, const char *s)
{
	jy_h_text(o, s, strlen(s));
}

/* At most maxchars characters, the cut marked with an ellipsis. */
void
jy_h_cut(jy_out *o, const char *s, size_t maxchars)
{
	const uint8_t *u = (const uint8_t *)s;
	size_t n = strlen(s), i = 0, chars = 0, k;

	while (i < n && chars < maxchars) {
		k = u[i] >= 0x80 ? jy_utf8len(u + i, n - i) : 1;
		i += k ? k : 1;
		chars++;
	}
	jy_h_text(o, s, i);
	if (i < n)
		jy_out_str(o, "\xe2\x80\xa6");
}

/* v with thousands separated, as people read it, into g; its digits
 * alone into d where d is not NULL. */
static void
grouped(uint64_t v, char g[48], char d[32])
{
	char t[32];
	int n, i, j = 0;

	if (d == NULL)
		d = t;
	n = snprintf(d, 32, "%llu", (unsigned long long)v);
	for (i = 0; i < n; i++) {
		if (i > 0 && (n - i) % 3 == 0)
			g[j++] = ',';
		g[j++] = d[i];
	}
	g[j] = '\0';
}

/* A count with thousands separated, as people read it. */
void
jy_h_count(jy_out *o, uint64_t v)
{
	char g[48];

	grouped(v, g, NULL);
	jy_out_str(o, g);
}

/* "visits" or "visitors", without its s for one. */
void
jy_h_unit(jy_out *o, const char *unit, uint64_t n)
{
	size_t len = strlen(unit);

	jy_out_bytes(o, unit, n == 1 && len > 1 ? len - 1 : len);
}

void
jy_h_num(jy_out *o, double v, int decimals)
{
	char b[64];

	snprintf(b, sizeof b, "%.*f", decimals, v);
	jy_out_str(o, b);
}

static void
h_pct(jy_out *o, double ratio)
{
	jy_h_num(o, 100 * ratio, ratio < 0.001 && ratio > 0 ? 2 : 1);
	jy_out_str(o, "%");
}

static void
h_dur(jy_out *o, int64_t s)
{
	char b[64];

	if (s < 0)
		snprintf(b, sizeof b, "-");
	else if (s < 60)
		snprintf(b, sizeof b, "%lld s", (long long)s);
	else if (s < 3600)
		snprintf(b, sizeof b, "%lld min %lld s", (long long)(s / 60),
		    (long long)(s % 60));
	else
		snprintf(b, sizeof b, "%lld h %lld min", (long long)(s / 3600),
		    (long long)(s / 60 % 60));
	jy_out_str(o, b);
}

static uint64_t
u64(const char *s)
{
	return strtoull(s, NULL, 10);
}

/* Palette, by index (sankey.c gives a page the same one everywhere). */
const char *
jy_h_color(int color, int kind)
{
	static const char *const pal[H_NCOLOR] = {
		"#2f6fde", "#e0762a", "#2a9d6f", "#c0437a", "#7b5bd6",
		"#1f9bb5", "#b58a1f", "#d24b4b", "#5a8f29", "#8a5a44",
	};

	if (kind == SK_EXIT)
		return "var(--exit)";
	if (kind == SK_OTHER)
		return "var(--other)";
	return pal[(unsigned)color % H_NCOLOR];
}

/* ---- page parts ---- */

static const char css[] =
":root{--bg:#fbfbfd;--fg:#1c1e24;--mute:#5d6472;--card:#fff;--line:#e3e6ec;"
"--accent:#2f6fde;--good:#2a9d6f;--bad:#d24b4b;--exit:#c9ccd3;--other:#9aa1ad;"
"--bar:#2f6fde;--bar2:#e9eef9;color-scheme:light dark}\n"
"@media (prefers-color-scheme:dark){:root{--bg:#15171c;--fg:#e8eaef;"
"--mute:#a0a7b4;--card:#1e2128;--line:#333844;--accent:#6d9cff;--good:#4cc38f;"
"--bad:#ff7b7b;--exit:#4a4f5a;--other:#6b7280;--bar:#6d9cff;--bar2:#2a3040}}\n"
"*{box-sizing:border-box}\n"
"body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.45 system-ui,"
"-apple-system,'Segoe UI',Roboto,'DejaVu Sans',sans-serif}\n"
"main{max-width:1320px;margin:0 auto;padding:24px 32px 40px}\n"
"header.top{padding:28px 32px 8px;max-width:1320px;margin:0 auto}\n"
"h1{font-size:30px;margin:0 0 4px;letter-spacing:-.01em}\n"
"h2{font-size:21px;margin:0 0 2px}\n"
"h3{font-size:16px;margin:18px 0 6px}\n"
".sub{color:var(--mute);margin:0}\n"
"section{background:var(--card);border:1px solid var(--line);border-radius:12px;"
"padding:20px 24px;margin:0 0 22px}\n"
"p.explain{color:var(--mute);margin:2px 0 14px}\n"
".tiles{display:grid;grid-template-columns:repeat(4,1fr);"
"gap:12px;margin:0}\n"
".tile{border:1px solid var(--line);border-radius:10px;padding:12px 14px;margin:0}\n"
".tile dt{color:var(--mute);font-size:13px}\n"
".tile dd{margin:2px 0 0;font-size:27px;font-weight:650;"
"font-variant-numeric:tabular-nums}\n"
".tile.period dd{font-size:19px}\n"
".tile dd small{display:block;font-size:12px;font-weight:400;color:var(--mute)}\n"
"table{border-collapse:collapse;width:100%;font-size:14px;"
"font-variant-numeric:tabular-nums}\n"
"caption{text-align:left;font-weight:600;padding:6px 0}\n"
"th,td{padding:5px 8px;border-bottom:1px solid var(--line);text-align:right;"
"vertical-align:top}\n"
"th:first-child,td:first-child,th.t,td.t{text-align:left}\n"
"thead th{color:var(--mute);font-weight:600;font-size:13px;"
"white-space:nowrap}\n"
"td.t{max-width:420px;overflow-wrap:anywhere}\n"
"td.bar{width:28%;min-width:120px}\n"
".b{display:block;height:14px;border-radius:3px;background:var(--bar);"
"min-width:1px}\n"
".two{display:grid;grid-template-columns:1fr 1fr;gap:24px}\n"
"@media (max-width:900px){.two{grid-template-columns:1fr}"
".tiles{grid-template-columns:repeat(2,1fr)}}\n"
"svg{max-width:100%;height:auto;display:block}\n"
"svg text{fill:var(--fg);font:12px system-ui,'DejaVu Sans',sans-serif}\n"
"svg .ax{stroke:var(--line)}\n"
"svg .mute{fill:var(--mute)}\n"
"svg .lbl{paint-order:stroke;stroke:var(--card);stroke-width:4px;"
"stroke-linejoin:round}\n"
"svg .lbl tspan{stroke:var(--card)}\n"
".fstep{display:grid;grid-template-columns:260px 1fr 220px;gap:12px;"
"align-items:center;margin:4px 0}\n"
".fname{font-weight:600;overflow-wrap:anywhere}\n"
".fbar{background:var(--bar2);border-radius:6px;height:34px;position:relative}\n"
".fbar span{display:block;height:34px;border-radius:6px;background:var(--bar)}\n"
".fnum{font-variant-numeric:tabular-nums}\n"
".fnum b{font-size:19px}\n"
".fdrop{margin:0 0 6px 272px;color:var(--mute);font-size:13px;"
"border-left:3px solid var(--bad);padding:2px 10px}\n"
".fdrop b{color:var(--bad)}\n"
".note{color:var(--mute);font-style:italic}\n"
".legend{display:flex;gap:18px;color:var(--mute);font-size:13px;margin:4px 0}\n"
".legend i{display:inline-block;width:18px;height:4px;vertical-align:middle;"
"margin-right:6px;border-radius:2px}\n"
"details{margin-top:10px}\n"
"summary{cursor:pointer;color:var(--accent)}\n"
"footer{max-width:1320px;margin:0 auto;padding:0 32px 40px;color:var(--mute);"
"font-size:13px}\n"
"footer code{overflow-wrap:anywhere;background:var(--card);padding:1px 4px;"
"border-radius:4px}\n"
"@media print{@page{size:A4;margin:12mm}\n"
"body{background:#fff;color:#000;font-size:10pt}\n"
":root{--bg:#fff;--fg:#000;--card:#fff;--mute:#444;--line:#ccc}\n"
"main,header.top,footer{padding:0;max-width:none}\n"
"section{border:0;padding:0;margin:0 0 8mm;break-inside:avoid-page}\n"
"section.long{break-inside:auto}\n"
"table{font-size:9pt}tr{break-inside:avoid}\n"
".two{grid-template-columns:1fr 1fr}\n"
"details>*{display:block}summary{display:none}\n"
".b,.fbar span{print-color-adjust:exact;-webkit-print-color-adjust:exact}}\n";

static void
section(jy_out *o, const char *id, const char *title, const char *explain)
{
	jy_out_str(o, "<section id=\"");
	jy_out_str(o, id);
	jy_out_str(o, "\" aria-labelledby=\"h-");
	jy_out_str(o, id);
	jy_out_str(o, "\"><h2 id=\"h-");
	jy_out_str(o, id);
	jy_out_str(o, "\">");
	jy_out_str(o, title);
	jy_out_str(o, "</h2><p class=\"explain\">");
	jy_out_str(o, explain);
	jy_out_str(o, "</p>\n");
}

/* A number cell: the program's value in data-v, shown for people. */
static void
td_count(jy_out *o, const char *v)
{
	jy_out_str(o, "<td data-v=\"");
	jy_h_str(o, v);
	jy_out_str(o, "\">");
	jy_h_count(o, u64(v));
	jy_out_str(o, "</td>");
}

static void
td_rate(jy_out *o, const char *v)
{
	jy_out_str(o, "<td data-v=\"");
	jy_h_str(o, v);
	jy_out_str(o, "\">");
	if (*v == '\0' || *v == '-')
		jy_out_str(o, "\xe2\x80\x93");
	else
		h_pct(o, strtod(v, NULL));
	jy_out_str(o, "</td>");
}

static void
td_ratio(jy_out *o, double num, double den)
{
	char b[32];

	if (den <= 0) {
		jy_out_str(o, "<td data-v=\"-\">\xe2\x80\x93</td>");
		return;
	}
	snprintf(b, sizeof b, "%.4f", num / den);
	td_rate(o, b);
}

static void
td_secs(jy_out *o, const char *v)
{
	jy_out_str(o, "<td data-v=\"");
	jy_h_str(o, v);
	jy_out_str(o, "\">");
	if (*v == '\0' || *v == '-')
		jy_out_str(o, "\xe2\x80\x93");
	else
		h_dur(o, strtoll(v, NULL, 10));
	jy_out_str(o, "</td>");
}

static void
td_text(jy_out *o, const char *v, size_t cut)
{
	jy_out_str(o, "<td class=\"t\"");
	if (strlen(v) > cut) {
		jy_out_str(o, " title=\"");
		jy_h_str(o, v);
		jy_out_str(o, "\"");
	}
	jy_out_str(o, ">");
	jy_h_cut(o, v, cut);
	jy_out_str(o, "</td>");
}

static void
td_bar(jy_out *o, double v, double max)
{
	char b[64];

	snprintf(b, sizeof b, "%.1f", max > 0 ? 100 * v / max : 0);
	jy_out_str(o, "<td class=\"bar\" aria-hidden=\"true\"><span class=\"b\" "
	    "style=\"width:");
	jy_out_str(o, b);
	jy_out_str(o, "%\"></span></td>");
}

static void
thead(jy_out *o, const char *caption, const char *const *cols)
{
	int i;

	jy_out_str(o, "<table><caption>");
	jy_out_str(o, caption);
	jy_out_str(o, "</caption><thead><tr>");
	/* A name that starts with ~ is of a text column: left-aligned. */
	for (i = 0; cols[i] != NULL; i++) {
		int text = *cols[i] == '~';
		jy_out_str(o, text ? "<th scope=\"col\" class=\"t\"" :
		    "<th scope=\"col\"");
		if (*cols[i] == '\0')
			jy_out_str(o, " aria-hidden=\"true\"");
		jy_out_str(o, ">");
		jy_out_str(o, cols[i] + text);
		jy_out_str(o, "</th>");
	}
	jy_out_str(o, "</tr></thead><tbody>\n");
}

/* A tile; user (if any) is the user's text, escaped after the hint. */
static void
tile_user(jy_out *o, const char *metric, const char *label, const char *v,
    const char *shown, const char *hint, const char *user)
{
	jy_out_str(o, strcmp(metric, "period") == 0 ?
	    "<div class=\"tile period\"><dt>" : "<div class=\"tile\"><dt>");
	jy_out_str(o, label);
	jy_out_str(o, "</dt><dd data-metric=\"");
	jy_out_str(o, metric);
	jy_out_str(o, "\" data-v=\"");
	jy_h_str(o, v);
	jy_out_str(o, "\">");
	jy_out_str(o, shown);
	if (hint != NULL) {
		jy_out_str(o, "<small>");
		jy_out_str(o, hint);
		if (user != NULL)
			jy_h_cut(o, user, 40);
		jy_out_str(o, "</small>");
	}
	jy_out_str(o, "</dd></div>\n");
}

static void
tile(jy_out *o, const char *metric, const char *label, const char *v,
    const char *shown, const char *hint)
{
	tile_user(o, metric, label, v, shown, hint, NULL);
}

static void
when(char out[40], int64_t t)
{
	char iso[24];

	jy_format_time(t, iso);
	/* 2026-11-02T06:00:00Z -> 2026-11-02 06:00 UTC */
	snprintf(out, 40, "%.10s %.5s UTC", iso, iso + 11);
}

/* The funnel's last step: the share of entrants that converted. */
static const char *
last_rate(const struct rtab *f, int keyed, const char *key, const char **cnt,
    const char **first)
{
	size_t i, c = keyed ? 1 : 0;
	const char *rate = NULL;

	for (i = 0; i < f->nrow; i++) {
		if (keyed && strcmp(jy_rtab_get(f, i, 0), key) != 0)
			continue;
		if (strcmp(jy_rtab_get(f, i, c), "1") == 0 && first != NULL)
			*first = jy_rtab_get(f, i, c + 2);
		rate = jy_rtab_get(f, i, c + 3);
		if (cnt != NULL)
			*cnt = jy_rtab_get(f, i, c + 2);
	}
	return rate;
}

static void
dur_text(char *b, size_t n, int64_t s)
{
	if (s < 0)
		snprintf(b, n, "\xe2\x80\x93");
	else if (s < 60)
		snprintf(b, n, "%lld s", (long long)s);
	else if (s < 3600)
		snprintf(b, n, "%lld min %lld s", (long long)(s / 60),
		    (long long)(s % 60));
	else
		snprintf(b, n, "%lld h %lld min", (long long)(s / 3600),
		    (long long)(s / 60 % 60));
}

static void
count_tile(jy_out *o, const char *metric, const char *label, uint64_t val,
    const char *hint)
{
	char v[32], shown[48];

	grouped(val, shown, v);
	tile(o, metric, label, v, shown, hint);
}

static void
overview(jy_out *o, const struct rdata *d)
{
	char v[64], s[64], hint[320], b[64], b2[64];
	uint64_t ent = 0, bnc = 0;
	size_t i;

	section(o, "overview", "At a glance", "Who came, how much they looked "
	    "at, and how many left after one page. A visit ends after 30 "
	    "minutes without a click (or the -t given).");
	jy_out_str(o, "<dl class=\"tiles\">\n");
	count_tile(o, "visitors", "Visitors", d->visitors,
	    "people, told apart by address and browser");
	count_tile(o, "sessions", "Visits", d->st.sessions, "sessions");
	count_tile(o, "pageviews", "Pageviews", d->st.pageviews,
	    "pages seen, images and the like left out");
	snprintf(v, sizeof v, "%.2f", d->st.sessions ?
	    (double)d->st.pageviews / d->st.sessions : 0);
	tile(o, "pages_per_session", "Pages per visit", v, v, NULL);
	/* Over all visits the median is 0 s wherever most visits bounce:
	 * the tile leads with the visits that had a second page. */
	char m1[24];
	if (d->median2 < 0)
		snprintf(v, sizeof v, "-");
	else
		snprintf(v, sizeof v, "%lld", (long long)d->median2);
	if (d->median < 0)
		snprintf(m1, sizeof m1, "-");
	else
		snprintf(m1, sizeof m1, "%lld", (long long)d->median);
	dur_text(b, sizeof b, d->median2);
	dur_text(b2, sizeof b2, d->median);
	snprintf(hint, sizeof hint, "half the visits of 2+ pages were shorter; "
	    "over all visits <span data-metric=\"median_time_s\" data-v=\""
	    "%s\">%s</span> (one page counts 0 s)", m1, b2);
	tile(o, "median_time_2_s", "Median visit length", v, b, hint);
	for (i = 0; i < d->pages.nrow; i++) {
		ent += u64(jy_rtab_get(&d->pages, i, 3));
		bnc += u64(jy_rtab_get(&d->pages, i, 6));
	}
	if (ent > 0) {
		snprintf(v, sizeof v, "%.4f", (double)bnc / ent);
		snprintf(s, sizeof s, "%.1f%%", 100.0 * bnc / ent);
		tile(o, "bounce_rate", "Bounce rate", v, s,
		    "visits that left after one page");
	}
	if (d->nsteps > 0) {
		const char *first = NULL, *cnt = NULL, *lastname = "";
		const char *rate = last_rate(&d->funnel, 0, NULL, &cnt, &first);
		if (d->funnel.nrow > 0)
			lastname = jy_rtab_get(&d->funnel, d->funnel.nrow - 1, 1);
		if (rate != NULL && *rate != '-') {
			snprintf(s, sizeof s, "%.1f%%", 100 * strtod(rate, NULL));
			snprintf(hint, sizeof hint, "%s of the %s %s that started "
			    "the funnel reached ", cnt, first ? first : "?",
			    d->unit);
			tile_user(o, "conversion_rate", "Conversion rate", rate,
			    s, hint, lastname);
		} else
			tile(o, "conversion_rate", "Conversion rate", "-",
			    "\xe2\x80\x93", "no visit started the funnel");
	}
	if (d->tmin >= 0) {
		char t0[40], t1[40], iso0[24], iso1[24], both[64], sh[64];
		when(t0, d->tmin);
		when(t1, d->tmax);
		jy_format_time(d->tmin, iso0);
		jy_format_time(d->tmax, iso1);
		snprintf(both, sizeof both, "%s/%s", iso0, iso1);
		if (strncmp(t0, t1, 10) != 0) {
			long long days = (d->tmax / 86400) - (d->tmin / 86400) +
			    1;
			/* Of one year, the second date without it: one line. */
			snprintf(sh, sizeof sh, "%.10s \xe2\x80\x93 %.*s", t0,
			    strncmp(t0, t1, 4) == 0 ? 5 : 10,
			    strncmp(t0, t1, 4) == 0 ? t1 + 5 : t1);
			snprintf(hint, sizeof hint, "%lld days (UTC), from %.5s on "
			    "the first to %.5s on the last", days, t0 + 11,
			    t1 + 11);
		} else {
			snprintf(sh, sizeof sh, "%.10s", t0);
			snprintf(hint, sizeof hint, "%.5s to %.5s UTC", t0 + 11,
			    t1 + 11);
		}
		tile(o, "period", "Period covered", both, sh, hint);
	}
	jy_out_str(o, "</dl></section>\n");
}

static void
trend(jy_out *o, const struct rdata *d)
{
	double *conv = NULL;
	size_t i, k;
	int last = 0;

	section(o, "trend", d->hourly ? "Visits by hour" : "Visits by day",
	    d->hourly ? "How many visits and visitors each hour (UTC unless "
	    "--tz says otherwise); the input covers one day." :
	    "How many visits and visitors each day, so that a campaign or an "
	    "outage shows up as a bump or a dip.");
	if (d->nsteps > 0) {
		conv = jy_xcalloc(d->nbucket + 1, sizeof *conv);
		for (i = 0; i < d->fday.nrow; i++)
			if (atoi(jy_rtab_get(&d->fday, i, 1)) > last)
				last = atoi(jy_rtab_get(&d->fday, i, 1));
		for (k = 0; k < d->nbucket; k++) {
			conv[k] = -1;
			for (i = 0; i < d->fday.nrow; i++)
				if (atoi(jy_rtab_get(&d->fday, i, 1)) == last &&
				    strcmp(jy_rtab_get(&d->fday, i, 0),
				    d->bucket[k].key) == 0 &&
				    *jy_rtab_get(&d->fday, i, 4) != '-')
					conv[k] = strtod(jy_rtab_get(&d->fday, i,
					    4), NULL);
		}
	}
	if (d->nbucket == 1) {
		jy_out_str(o, "<p class=\"note\">All the visits fall in one "
		    "hour: the trend needs a longer log.</p>");
	} else
		jy_svg_trend(o, d, conv);
	jy_out_str(o, "<details><summary>The numbers</summary>");
	static const char *const c1[] = { "Day", "Visits", "Visitors", NULL };
	static const char *const c2[] = { "Day", "Visits", "Visitors",
	    "Conversion", NULL };
	static const char *const h1[] = { "Hour", "Visits", "Visitors", NULL };
	static const char *const h2[] = { "Hour", "Visits", "Visitors",
	    "Conversion", NULL };
	thead(o, d->hourly ? "Visits and visitors by hour" :
	    "Visits and visitors by day", conv ? (d->hourly ? h2 : c2) :
	    (d->hourly ? h1 : c1));
	for (k = 0; k < d->nbucket; k++) {
		char a[32], b[32];
		jy_out_str(o, "<tr data-bucket=\"");
		jy_h_str(o, d->bucket[k].key);
		jy_out_str(o, "\"><th scope=\"row\">");
		jy_h_str(o, d->bucket[k].key);
		jy_out_str(o, "</th>");
		snprintf(a, sizeof a, "%llu",
		    (unsigned long long)d->bucket[k].sessions);
		snprintf(b, sizeof b, "%llu",
		    (unsigned long long)d->bucket[k].visitors);
		td_count(o, a);
		td_count(o, b);
		if (conv != NULL) {
			if (conv[k] < 0)
				td_rate(o, "-");
			else {
				snprintf(a, sizeof a, "%.4f", conv[k]);
				td_rate(o, a);
			}
		}
		jy_out_str(o, "</tr>\n");
	}
	jy_out_str(o, "</tbody></table></details></section>\n");
	free(conv);
}

/* Sessions, bounce and conversion per value of a column. */
static void
segment(jy_out *o, const struct rseg *g, const struct rdata *d)
{
	uint64_t max = 0, total = 0;
	size_t i;

	for (i = 0; i < g->all.nrow; i++)
		if (strcmp(jy_rtab_get(&g->all, i, 1), "1") == 0) {
			uint64_t c = u64(jy_rtab_get(&g->all, i, 3));
			total += c;
			if (c > max)
				max = c;
		}
	const char *cols[] = { g->label, "Visits", "", "Share", "Bounce rate",
	    d->nsteps ? "Entered funnel" : NULL, "Converted", "Conversion",
	    NULL };
	jy_out_str(o, "<table data-segment=\"");
	jy_h_str(o, g->name);
	jy_out_str(o, "\">");
	{
		/* thead without its own <table> */
		int k;
		/* "Visits by channel", "Visits by new or returning" */
		jy_out_str(o, "<caption>Visits by ");
		jy_out_char(o, g->label[0] | 0x20);
		jy_out_str(o, g->label + 1);
		jy_out_str(o, "</caption><thead><tr>");
		for (k = 0; cols[k] != NULL; k++) {
			jy_out_str(o, "<th scope=\"col\"");
			if (*cols[k] == '\0')
				jy_out_str(o, " aria-hidden=\"true\"");
			jy_out_str(o, ">");
			jy_out_str(o, cols[k]);
			jy_out_str(o, "</th>");
		}
		jy_out_str(o, "</tr></thead><tbody>\n");
	}
	for (i = 0; i < g->all.nrow; i++) {
		if (strcmp(jy_rtab_get(&g->all, i, 1), "1") != 0)
			continue;
		const char *key = jy_rtab_get(&g->all, i, 0);
		uint64_t c1 = u64(jy_rtab_get(&g->all, i, 3));
		uint64_t c2 = u64(jy_rtab_get(&g->all, i + 1, 3));
		char b[32];
		jy_out_str(o, "<tr data-key=\"");
		jy_h_str(o, key);
		jy_out_str(o, "\"><th scope=\"row\" class=\"t\">");
		/* returning is 0 or 1 in the TSV; people read words */
		if (strcmp(g->name, "returning") == 0 && strcmp(key, "0") == 0)
			jy_out_str(o, "new");
		else if (strcmp(g->name, "returning") == 0 &&
		    strcmp(key, "1") == 0)
			jy_out_str(o, "returning");
		else if (*key == '\0')
			jy_out_str(o, "(unknown)");
		else
			jy_h_cut(o, key, 40);
		jy_out_str(o, "</th>");
		td_count(o, jy_rtab_get(&g->all, i, 3));
		td_bar(o, (double)c1, (double)max);
		td_ratio(o, (double)c1, (double)total);
		/* The '*','*' funnel's second step is the visits with a
		 * second pageview: the others bounced. */
		snprintf(b, sizeof b, "%llu", (unsigned long long)(c1 - c2));
		td_ratio(o, (double)(c1 - c2), (double)c1);
		if (d->nsteps) {
			const char *first = "0", *cnt = "0";
			const char *rate = last_rate(&g->conv, 1, key, &cnt,
			    &first);
			td_count(o, first);
			td_count(o, cnt);
			td_rate(o, rate ? rate : "-");
		}
		jy_out_str(o, "</tr>\n");
	}
	jy_out_str(o, "</tbody></table>\n");
}

static void
channels(jy_out *o, const struct rdata *d)
{
	size_t i;

	for (i = 0; i < d->nseg; i++)
		if (strcmp(d->seg[i].name, "channel") == 0)
			break;
	if (i == d->nseg)
		return;
	section(o, "channels", "Where visits come from", "Each visit's channel, "
	    "from the page that sent it (search engines, social media, e-mail, "
	    "ads, campaigns, other sites) or none (direct). Bounce rate: the "
	    "share that left after one page.");
	segment(o, &d->seg[i], d);
	jy_out_str(o, "</section>\n");
}

static void
funnel(jy_out *o, const struct rdata *d)
{
	const struct rtab *f = &d->funnel, *x = &d->dropoff;
	uint64_t first = 0;
	size_t i, j;
	char b[64];

	section(o, "funnel", "The funnel", "How many visits go through the "
	    "steps in order, and where those that stop at a step go instead.");
	if (d->nsteps == 0) {
		jy_out_str(o, "<p class=\"note\">No steps were given. Name them "
		    "with -s, e.g. <code>jreport -s / -s '/product/*' -s /cart "
		    "access.log</code>.</p></section>\n");
		return;
	}
	if (f->nrow > 0)
		first = u64(jy_rtab_get(f, 0, 2));
	for (i = 0; i < f->nrow; i++) {
		uint64_t c = u64(jy_rtab_get(f, i, 2));
		jy_out_str(o, "<div class=\"fstep\"><div class=\"fname\">");
		jy_h_str(o, jy_rtab_get(f, i, 0));
		jy_out_str(o, ". ");
		jy_h_cut(o, jy_rtab_get(f, i, 1), 60);
		jy_out_str(o, "</div><div class=\"fbar\" aria-hidden=\"true\">"
		    "<span style=\"width:");
		snprintf(b, sizeof b, "%.1f", first ? 100.0 * c / first : 0);
		jy_out_str(o, b);
		jy_out_str(o, "%\"></span></div><div class=\"fnum\"><b>");
		jy_h_count(o, c);
		jy_out_str(o, "</b> ");
		jy_h_unit(o, d->unit, c);
		jy_out_str(o, " \xc2\xb7 ");
		const char *r = jy_rtab_get(f, i, 3);
		if (*r != '-')
			h_pct(o, strtod(r, NULL));
		else
			jy_out_str(o, "\xe2\x80\x93");
		jy_out_str(o, "</div></div>\n");
		uint64_t drop = u64(jy_rtab_get(f, i, 5));
		if (i + 1 < f->nrow || drop > 0) {
			jy_out_str(o, "<div class=\"fdrop\"><b>");
			jy_h_count(o, drop);
			jy_out_str(o, " dropped</b>");
			if (c > 0) {
				jy_out_str(o, " (");
				h_pct(o, (double)drop / c);
				jy_out_str(o, ")");
			}
			int nn = 0;
			for (j = 0; j < x->nrow; j++)
				if (strcmp(jy_rtab_get(x, j, 0), jy_rtab_get(f, i, 0))
				    == 0 && strcmp(jy_rtab_get(x, j, 2), "next") ==
				    0) {
					jy_out_str(o, nn++ ? ", " :
					    " \xc2\xb7 went next to: ");
					jy_h_cut(o, jy_rtab_get(x, j, 3), 40);
					jy_out_str(o, " ");
					jy_h_count(o, u64(jy_rtab_get(x, j, 4)));
				}
			if (i + 1 < f->nrow && *jy_rtab_get(f, i + 1, 6) != '-') {
				jy_out_str(o, " \xc2\xb7 median time to the next "
				    "step: ");
				h_dur(o, strtoll(jy_rtab_get(f, i + 1, 6), NULL,
				    10));
			}
			jy_out_str(o, "</div>\n");
		}
	}
	static const char *const cols[] = { "Step", "~Name", "Reached",
	    "Of entrants", "Of step before", "Dropped", "Median time",
	    "90% within", NULL };
	jy_out_str(o, "<details open><summary>The numbers</summary>");
	thead(o, "Funnel steps", cols);
	/* the step table is open; the long list of places below is not */
	for (i = 0; i < f->nrow; i++) {
		jy_out_str(o, "<tr data-step=\"");
		jy_h_str(o, jy_rtab_get(f, i, 0));
		jy_out_str(o, "\"><td data-v=\"");
		jy_h_str(o, jy_rtab_get(f, i, 0));
		jy_out_str(o, "\">");
		jy_h_str(o, jy_rtab_get(f, i, 0));
		jy_out_str(o, "</td>");
		td_text(o, jy_rtab_get(f, i, 1), 60);
		td_count(o, jy_rtab_get(f, i, 2));
		td_rate(o, jy_rtab_get(f, i, 3));
		td_rate(o, jy_rtab_get(f, i, 4));
		td_count(o, jy_rtab_get(f, i, 5));
		td_secs(o, jy_rtab_get(f, i, 6));
		td_secs(o, jy_rtab_get(f, i, 7));
		jy_out_str(o, "</tr>\n");
	}
	jy_out_str(o, "</tbody></table></details>\n<details><summary>Where "
	    "each step's drop-outs went</summary>");
	static const char *const dc[] = { "Step", "~Where", "~Page", "Visits",
	    "Share of dropped", NULL };
	thead(o, "Where the visits that stopped at each step went: the next "
	    "page, and the page they left from", dc);
	for (j = 0; j < x->nrow; j++) {
		const char *k = jy_rtab_get(x, j, 2);
		int next = strcmp(k, "next") == 0;
		if (!next && strcmp(k, "exit") != 0)
			continue;
		jy_out_str(o, "<tr data-drop=\"");
		jy_out_str(o, next ? "next" : "exit");
		jy_out_str(o, "\"><td data-v=\"");
		jy_h_str(o, jy_rtab_get(x, j, 0));
		jy_out_str(o, "\">");
		jy_h_str(o, jy_rtab_get(x, j, 0));
		jy_out_str(o, next ? "</td><td class=\"t\">went next to</td>" :
		    "</td><td class=\"t\">left from</td>");
		td_text(o, jy_rtab_get(x, j, 3), 60);
		td_count(o, jy_rtab_get(x, j, 4));
		td_rate(o, jy_rtab_get(x, j, 5));
		jy_out_str(o, "</tr>\n");
	}
	jy_out_str(o, "</tbody></table></details></section>\n");
}

static void
flow(jy_out *o, const struct rdata *d)
{
	struct sankey sk;
	size_t i;

	section(o, "flow", d->stages ? "The journey, stage by stage" :
	    "The journey, page by page", d->stages ? "Each band is visits "
	    "moving from one stage to the next, entry on the left; grey bands "
	    "end the visit." : "Each band is visits moving from one page to "
	    "the next, from the page they entered on (left); grey bands are "
	    "visits that ended. Less common pages are grouped as \xe2\x80\x9cother\xe2\x80\x9d.");
	if (d->stages)
		jy_sk_build(&sk, &d->entries, 0, 2, d->edges, 5,
		    d->top > 8 ? 8 : d->top);
	else
		jy_sk_build(&sk, &d->pages, 3, 0, d->edges, 5,
		    d->top > 8 ? 8 : d->top);
	/* jpaths writes a page without a stage as "-". */
	for (i = 0; d->stages && i < sk.nnode; i++)
		if (strcmp(sk.node[i].label, "-") == 0) {
			free(sk.node[i].label);
			sk.node[i].label = jy_xstrdup("(no stage)");
		}
	sk.stages = d->stages;
	jy_sk_layout(&sk, 1256, 0);
	jy_svg_sankey(o, &sk, d->unit);
	jy_out_str(o, "<details><summary>The numbers</summary>");
	static const char *const cols[] = { "Column", "~Page", "Visits",
	    "Ended here", NULL };
	static const char *const scols[] = { "Column", "~Stage", "Visits",
	    "Ended here", NULL };
	thead(o, "Visits at each position of the journey", d->stages ? scols :
	    cols);
	for (i = 0; i < sk.nnode; i++) {
		const struct sk_node *n = &sk.node[i];
		char b[32];
		if (n->kind == SK_EXIT)
			continue;
		jy_out_str(o, "<tr data-node=\"\"><td data-v=\"");
		snprintf(b, sizeof b, "%d", n->col + 1);
		jy_out_str(o, b);
		jy_out_str(o, "\">");
		snprintf(b, sizeof b, "%d", n->col + 1);
		jy_out_str(o, b);
		jy_out_str(o, "</td>");
		td_text(o, n->label, 60);
		snprintf(b, sizeof b, "%llu", (unsigned long long)n->value);
		td_count(o, b);
		snprintf(b, sizeof b, "%llu", (unsigned long long)n->left);
		if (n->col + 1 < sk.ncol)
			td_count(o, b);
		else
			jy_out_str(o, "<td data-v=\"-\">\xe2\x80\x93</td>");
		jy_out_str(o, "</tr>\n");
	}
	jy_out_str(o, "</tbody></table></details></section>\n");
	jy_sk_free(&sk);
}

struct prow {
	size_t	 i;
	uint64_t entries;
};

static int
cmp_entries(const void *a, const void *b)
{
	const struct prow *x = a, *y = b;

	if (x->entries != y->entries)
		return x->entries < y->entries ? 1 : -1;
	return x->i < y->i ? -1 : x->i > y->i;
}

static void
pages(jy_out *o, const struct rdata *d)
{
	const struct rtab *p = &d->pages;
	struct prow *rows = jy_xcalloc(p->nrow + 1, sizeof *rows);
	uint64_t max = 0;
	size_t i, n;

	section(o, "pages", "Where visits start and end", "Entry pages are the "
	    "first page of a visit (the landing page); exit pages the last. "
	    "Bounce rate: visits that saw only that page. Exit rate: the share "
	    "of the page's views that were the last of a visit.");
	jy_out_str(o, "<div class=\"two\"><div>");
	for (i = 0; i < p->nrow; i++) {
		rows[i].i = i;
		rows[i].entries = u64(jy_rtab_get(p, i, 3));
	}
	qsort(rows, p->nrow, sizeof *rows, cmp_entries);
	static const char *const ec[] = { "Entry page", "Entries", "",
	    "Bounce rate", NULL };
	thead(o, "Top entry pages", ec);
	for (n = 0; n < p->nrow && n < (size_t)d->top && rows[n].entries > 0;
	    n++)
		if (rows[n].entries > max)
			max = rows[n].entries;
	for (i = 0; i < n; i++) {
		size_t r = rows[i].i;
		jy_out_str(o, "<tr data-entry=\"\">");
		td_text(o, jy_rtab_get(p, r, 0), 48);
		td_count(o, jy_rtab_get(p, r, 3));
		td_bar(o, (double)rows[i].entries, (double)max);
		td_rate(o, jy_rtab_get(p, r, 7));
		jy_out_str(o, "</tr>\n");
	}
	jy_out_str(o, "</tbody></table></div><div>");
	static const char *const xc[] = { "Exit page", "Exits", "",
	    "Exit rate", NULL };
	thead(o, "Top exit pages", xc);
	max = p->nrow ? u64(jy_rtab_get(p, 0, 4)) : 0;
	for (i = 0; i < p->nrow && i < (size_t)d->top; i++) {
		if (u64(jy_rtab_get(p, i, 4)) == 0)
			break;
		jy_out_str(o, "<tr data-exit=\"\">");
		td_text(o, jy_rtab_get(p, i, 0), 48);
		td_count(o, jy_rtab_get(p, i, 4));
		td_bar(o, (double)u64(jy_rtab_get(p, i, 4)), (double)max);
		td_rate(o, jy_rtab_get(p, i, 5));
		jy_out_str(o, "</tr>\n");
	}
	jy_out_str(o, "</tbody></table></div></div>\n");
	free(rows);
	static const char *const jc[] = { "Journey", "Visits", "", "Share",
	    NULL };
	jy_out_str(o, "<h3>The most common journeys</h3>");
	thead(o, "Whole visits, page by page (repeats of a page in a row "
	    "counted once)", jc);
	max = d->paths.nrow ? u64(jy_rtab_get(&d->paths, 0, 0)) : 0;
	for (i = 0; i < d->paths.nrow; i++) {
		jy_out_str(o, "<tr data-path=\"\">");
		td_text(o, jy_rtab_get(&d->paths, i, 2), 110);
		td_count(o, jy_rtab_get(&d->paths, i, 0));
		td_bar(o, (double)u64(jy_rtab_get(&d->paths, i, 0)), (double)max);
		td_rate(o, jy_rtab_get(&d->paths, i, 1));
		jy_out_str(o, "</tr>\n");
	}
	jy_out_str(o, "</tbody></table></section>\n");
}

/* A segment of values at all: not only empty (no User-Agent logged). */
static int
has_values(const struct rseg *g)
{
	size_t i;

	for (i = 0; i < g->all.nrow; i++)
		if (*jy_rtab_get(&g->all, i, 0) != '\0' &&
		    strcmp(jy_rtab_get(&g->all, i, 0), "-") != 0)
			return 1;
	return 0;
}

static void
segments(jy_out *o, const struct rdata *d)
{
	size_t i, n = 0;

	for (i = 0; i < d->nseg; i++)
		n += strcmp(d->seg[i].name, "channel") != 0 &&
		    has_values(&d->seg[i]);
	if (n == 0)
		return;
	section(o, "segments", "Segments", "The same visits split by whether "
	    "the visitor had been here before and by the kind of device, where "
	    "the log tells them apart.");
	for (i = 0; i < d->nseg; i++)
		if (strcmp(d->seg[i].name, "channel") != 0 &&
		    has_values(&d->seg[i]))
			segment(o, &d->seg[i], d);
	jy_out_str(o, "</section>\n");
}

void
jy_report_html(const struct rdata *d, jy_out *o)
{
	size_t i;
	char t0[40], t1[40];

	jy_out_str(o, "<!DOCTYPE html>\n<html lang=\"en\"><head>"
	    "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\""
	    "width=device-width,initial-scale=1\">\n<meta name=\"generator\" "
	    "content=\"jreport 0.1\">\n<meta http-equiv=\""
	    "Content-Security-Policy\" content=\"default-src 'none'; "
	    "style-src 'unsafe-inline'; img-src data:\">\n<title>");
	jy_h_str(o, d->title);
	jy_out_str(o, "</title>\n<style>\n");
	jy_out_str(o, css);
	jy_out_str(o, "</style></head>\n<body>\n<header class=\"top\"><h1>");
	jy_h_str(o, d->title);
	jy_out_str(o, "</h1><p class=\"sub\">");
	if (d->tmin >= 0) {
		when(t0, d->tmin);
		when(t1, d->tmax);
		jy_out_str(o, t0);
		jy_out_str(o, " \xe2\x80\x93 ");
		jy_out_str(o, t1);
		jy_out_str(o, " \xc2\xb7 ");
	}
	jy_h_count(o, d->st.sessions);
	jy_out_str(o, " visits from ");
	for (i = 0; i < d->nfiles && i < 3; i++) {
		if (i)
			jy_out_str(o, ", ");
		const char *base = strrchr(d->files[i], '/');
		jy_h_cut(o, strcmp(d->files[i], "-") == 0 ? "standard input" :
		    base != NULL && base[1] != '\0' ? base + 1 : d->files[i],
		    60);
	}
	if (d->nfiles > 3)
		jy_out_str(o, " and more");
	jy_out_str(o, "</p></header>\n<main>\n");
	overview(o, d);
	trend(o, d);
	channels(o, d);
	funnel(o, d);
	flow(o, d);
	pages(o, d);
	segments(o, d);
	jy_out_str(o, "</main>\n<footer><p>Made by jreport 0.1 from the "
	    "web server's access log: no tracking script, no cookies. Visitors "
	    "are counted by address and browser");
	jy_out_str(o, ".</p><p>Command line: <code>");
	jy_h_str(o, d->cmdline);
	jy_out_str(o, "</code></p><p>Input: ");
	for (i = 0; i < d->nfiles; i++) {
		if (i)
			jy_out_str(o, ", ");
		jy_out_str(o, "<code>");
		jy_h_str(o, strcmp(d->files[i], "-") ? d->files[i] :
		    "(standard input)");
		jy_out_str(o, "</code>");
	}
	jy_out_str(o, "</p></footer>\n</body></html>\n");
}
