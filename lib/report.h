/*
 * report.h - what the files of jreport's HTML journey map share (report.c
 * runs the analyses, report_html.c writes the page, report_svg.c draws
 * the charts, sankey.c lays out the flow).  Not part of the installed
 * API: journey.h has jy_report_*.
 */
#ifndef JOURNEY_REPORT_H
#define JOURNEY_REPORT_H

#include "internal.h"

/*
 * A table as an analysis wrote it (TSV, header line left out), its cells
 * unescaped: the report shows the very numbers the programs print.
 */
struct rtab {
	size_t		 nrow, ncol;
	char		**cell;		/* nrow * ncol, "" where absent */
	char		*mem;
};

const char	*jy_rtab_get(const struct rtab *, size_t row, size_t col);
void		 jy_rtab_free(struct rtab *);

/* A time bucket's sessions and visitors (distinct per bucket). */
struct rbucket {
	char		 key[32];
	uint64_t	 sessions, visitors;
	uint64_t	 f1, f2;	/* at the funnel's first, last step */
};

/* A segment column: the table of a '*','*' funnel by it (sessions, and
 * those with a second pageview: the rest bounced) and the steps' funnel
 * by it, as jfunnel --by writes them. */
#define R_NSEG	3
struct rseg {
	const char	*name, *label;
	struct rtab	 all, conv;
};

/* A time bucket's key to its index, and the (bucket, visitor) pairs seen. */
struct bmap {
	struct rbucket	*b;
	size_t		 n, cap;
	uint32_t	*slot;		/* index + 1, 0 empty */
	size_t		 nslot;
	uint64_t	*seen;		/* hash | 1 of bucket and visitor */
	size_t		 nseen, seencap;
};

struct fopt {
	char		*name, *arg;
};

/*
 * A segment column's visits by value at the visit's start, counted here
 * in one pass, as the '*','*' funnel by it counts them (units, visits
 * with a pageview, and with a second: the rest bounced): no funnel per
 * column, whose patterns every pageview would go through.
 */
struct sval {
	char		*key;
	size_t		 n;
	uint64_t	 units, c1, c2;
	uint64_t	 f1, f2;	/* at the funnel's first, last step */
};
struct scount {
	int		 col;
	struct sval	*v;
	size_t		 nv, cap;
	size_t		 last;		/* the value found the last time */
};

/* A log a merged partial was made from, and where it was on its command
 * line: the page of the merge names the logs, not the partials. */
struct rlog {
	uint64_t	 pos;
	char		*path;
};

struct jy_report {
	/* --per session: the trend's and the segments' conversion counted
	 * here (f1, f2 of struct sval and rbucket) from the steps each
	 * visit was counted at by drop's funnel, not by four funnels more
	 * of the same steps; --per visitor has those funnels */
	int		 derive;
	const jy_config	*cfg;
	char		*title;
	int		 top;
	struct fopt	 fo[256];
	int		 nfo, nsteps, visitor;
	char		*cmdline;
	char		**files;
	size_t		 nfiles;

	/* drop: jdropoff's funnel mode, whose funnel is jfunnel's too */
	jy_analysis	*fday, *fhour, *drop, *pages, *paths;
	jy_analysis	*entries, *edges;
	struct scount	 sall[R_NSEG];
	jy_analysis	*sconv[R_NSEG];
	const char	*segname[R_NSEG];
	int		 nseg;

	jy_input	*in;
	int		 daycol, hourcol;
	struct bmap	 days, hours, people;
	uint64_t	 bounces;	/* sessions of one pageview: 0 s */
	uint64_t	 sessions, pageviews;	/* those the analyses got */
	uint64_t	*dur;		/* DUR_EXACT counters */
	int64_t		*longdur;	/* sessions of a day or more */
	size_t		 nlong, longcap;
	int64_t		 tmin, tmax;
	size_t		 ownbudget;	/* for the hash sets above */
	size_t		 seenbytes;	/* their tables' */
	char		*tmpdir;
	struct jy_spill	*spill;		/* values past the budget */
	struct jy_buf	 prevkey;
	uint64_t	 nspilled;	/* distinct values that waited there */
	size_t		 spillruns;
	uint64_t	 spillbytes;
	uint64_t	 edgesfile;	/* the flow's edges that went to disk */
	char		 err[320];
	uint64_t	 mvisitors;	/* visitors of merged partials, and
					 * those that waited in the spill */
	struct rlog	*logs;		/* the logs the partials were made from */
	size_t		 nlogs, logcap;
};

/*
 * The analyses the page is made of, each with the name of its lines in
 * a partial (NULL where not made: no steps, no --stages); the number.
 */
#define R_NINNER	(7 + R_NSEG)
size_t		 jy_r_inner(jy_report *, jy_analysis **, const char **name);
void		 jy_r_settle(jy_report *);
struct rbucket	*jy_r_bucket(struct bmap *, jy_span key);
struct sval	*jy_r_sval(struct scount *, jy_span key);

/* Nodes and links of the flow, as sankey.c lays them out. */
enum { SK_PAGE, SK_OTHER, SK_EXIT };
struct sk_node {
	char		*label;
	int		 col, kind, color;	/* color: palette index */
	uint64_t	 value, left;	/* left: sessions that ended here */
	double		 x, y, h;
	double		 inoff, outoff;	/* where the next link attaches */
};
struct sk_link {
	int		 from, to;
	uint64_t	 value;
	double		 sy, ty, w;
};
struct sankey {
	struct sk_node	*node;
	size_t		 nnode;
	struct sk_link	*link;
	size_t		 nlink;
	size_t		*lslot, lmax;	/* link of (from, to), + 1; node bound */
	int		 ncol, stages;
	double		 width, height, nodew;
};

/*
 * The flow's edges (jpaths --edges), each value once as a label and an
 * edge as 24 bytes: in memory up to max of them, the rest in a temporary
 * file, read back as often as the flow needs (twice).
 */
struct redge {
	uint32_t	 step, from, to;	/* from, to: labels */
	uint64_t	 count;
};
struct redges {
	char		**label;
	size_t		 nlabel, labcap;
	uint32_t	*slot;		/* label + 1, 0 empty */
	size_t		 nslot;
	struct redge	*e;
	size_t		 n, max;
	FILE		*f;		/* the edges past max */
	uint64_t	 nfile;
	const char	*tmpdir;
	char		 err[320];
};

void		 jy_re_add(void *, uint32_t step, jy_span from, jy_span to,
		    uint64_t count);
int		 jy_re_each(struct redges *, void (*)(void *,
		    const struct redge *), void *);
void		 jy_re_free(struct redges *);

/* entries: a table with the visits of column 1 in column vcol and the
 * value in lcol (as jpaths writes a journey cut: " > ..." at its end). */
void		 jy_sk_build(struct sankey *, const struct rtab *entries,
		    int vcol, int lcol, struct redges *edges, int ncol,
		    int top);
void		 jy_sk_layout(struct sankey *, double width, double height);
void		 jy_sk_free(struct sankey *);

/* Everything the page is made of, once the input is read. */
struct rdata {
	const char	*title, *cmdline;
	const char	*const *files;
	size_t		 nfiles;
	int		 top, nsteps, stages;
	const char	*unit;		/* "sessions" or "visitors" (--per) */
	struct jy_stats	 st;
	int64_t		 tmin, tmax;	/* -1: no pageview */
	int64_t		 median;	/* time on site, s; -1: none */
	int64_t		 median2;	/* the same of visits of 2+ pages */
	uint64_t	 visitors;	/* distinct visitor ids */
	struct rbucket	*bucket;	/* by day, or by hour for one day */
	size_t		 nbucket;
	int		 hourly;
	struct rtab	 funnel, fday, dropoff, pages, paths, entries;
	struct redges	*edges;		/* the flow's, read by jy_sk_build */
	struct rseg	 seg[R_NSEG];
	size_t		 nseg;
};

void		 jy_report_html(const struct rdata *, jy_out *);

/* HTML helpers (report_html.c), for the SVG of report_svg.c too. */
void		 jy_h_text(jy_out *, const char *, size_t);
void		 jy_h_str(jy_out *, const char *);
void		 jy_h_cut(jy_out *, const char *, size_t maxchars);
void		 jy_h_num(jy_out *, double, int decimals);
void		 jy_h_count(jy_out *, uint64_t);
void		 jy_h_unit(jy_out *, const char *unit, uint64_t n);
const char	*jy_h_color(int color, int kind);
#define H_NCOLOR	10

void		 jy_svg_trend(jy_out *, const struct rdata *, const double *conv);
void		 jy_svg_sankey(jy_out *, const struct sankey *, const char *unit);

#endif
