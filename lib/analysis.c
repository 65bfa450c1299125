/*
 * analysis.c - the one shape of every analysis, as ClickHouse's aggregate
 * function states: options by long name, a check, sessions added, then
 * either the partial state written (--partial) or the report; and a
 * report made from any number of partial states (--merge).  jfunnel,
 * jpaths and jdropoff are this with different analyses, so their mains
 * are the same loop (cmd/cli.c).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

enum { A_FUNNEL, A_PATHS, A_DROPOFF, A_RETENTION, A_REPORT };

struct aopt {
	char		*name, *arg;
};

struct jy_analysis {
	int		 kind;
	const char	*prog;
	int		 partial, merge;
	int		 nmerged;	/* partials whose header was accepted */
	uint64_t	 print;		/* fingerprint of the state's options */
	size_t		 budget;	/* 0: half of --memory (jreport's
					 * analyses share it) */
	struct aopt	*opts;		/* the options that shape the state */
	size_t		 nopts, optcap;
	const jy_config	*cfg;

	jy_funnel	*fun;
	jy_paths	*paths;
	jy_dropoff	*drop;
	jy_retention	*ret;
	jy_report	*report;	/* jreport: several analyses of its own */
	/* jfunnel's output, and jdropoff's in both modes */
	const char	*field, *by;
	int		 json, chart, ascii, expl, header;
	const char	*funnelopt;	/* jdropoff: the first funnel-only one */
	/* jdropoff: page mode's options, replayed once the mode is known */
	int		 funnel;
	const char	*pname[64], *parg[64];
	int		 np;
	const char	*pagemode, *topstr;

	/* What made it, to make it again from nothing when the input's
	 * guess fails (jy_analysis_redo): every set, the command line,
	 * and what start was given. */
	struct aopt	*calls;
	size_t		 ncalls, callcap;
	int		 cargc, cfirst;
	char		**cargv;
	jy_input	*in;
	jy_out		*out;
};

/* Options that change only how the report looks, not the state. */
static const char *const report_only[] = {
	"top", "title", "json", "chart", "ascii", "no-header", "explain", "sort",
	"exit-rate", "min-views", "min-count", NULL
};

jy_analysis *
jy_analysis_new(const char *prog)
{
	jy_analysis *a;
	int kind;

	if (strcmp(prog, "jfunnel") == 0)
		kind = A_FUNNEL;
	else if (strcmp(prog, "jpaths") == 0)
		kind = A_PATHS;
	else if (strcmp(prog, "jdropoff") == 0)
		kind = A_DROPOFF;
	else if (strcmp(prog, "jretention") == 0)
		kind = A_RETENTION;
	else if (strcmp(prog, "jreport") == 0)
		kind = A_REPORT;
	else
		return NULL;
	a = jy_xcalloc(1, sizeof *a);
	a->kind = kind;
	a->prog = kind == A_FUNNEL ? "jfunnel" : kind == A_PATHS ? "jpaths" :
	    kind == A_DROPOFF ? "jdropoff" : kind == A_REPORT ? "jreport" :
	    "jretention";
	a->field = "page";
	a->header = 1;
	if (kind == A_REPORT)
		a->report = jy_report_new();
	else if (kind == A_PATHS)
		a->paths = jy_paths_new();
	else if (kind == A_RETENTION)
		a->ret = jy_retention_new();
	else
		a->fun = jy_funnel_new();
	if (kind == A_DROPOFF)
		a->drop = jy_dropoff_new();
	return a;
}

/* A copy of (name, arg) at the end of v; arg may be NULL. */
static void
aopt_add(struct aopt **v, size_t *n, size_t *cap, const char *name,
    const char *arg)
{
	if (*n == *cap) {
		*cap = *cap ? 2 * *cap : 16;
		*v = jy_xrealloc(*v, *cap * sizeof **v);
	}
	(*v)[*n].name = jy_xstrdup(name);
	(*v)[(*n)++].arg = arg != NULL ? jy_xstrdup(arg) : NULL;
}

static void
aopt_free(struct aopt *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(v[i].name);
		free(v[i].arg);
	}
	free(v);
}

void
jy_analysis_free(jy_analysis *a)
{
	if (a == NULL)
		return;
	aopt_free(a->calls, a->ncalls);
	aopt_free(a->opts, a->nopts);
	jy_funnel_free(a->fun);
	jy_paths_free(a->paths);
	jy_dropoff_free(a->drop);
	jy_retention_free(a->ret);
	jy_report_free(a->report);
	free(a);
}

static void
remember(jy_analysis *a, const char *name, const char *arg)
{
	size_t i;

	for (i = 0; report_only[i] != NULL; i++)
		if (strcmp(name, report_only[i]) == 0)
			return;
	aopt_add(&a->opts, &a->nopts, &a->optcap, name, arg ? arg : "");
}

/* A keep of jdropoff's page-mode options, for the replay. */
static jy_status
keep_page(jy_analysis *a, const char *name, const char *arg, char *err,
    size_t errlen)
{
	if (a->np == 64) {
		jy_errf(err, errlen, "too many page-mode options");
		return JY_EUSAGE;
	}
	a->pname[a->np] = name;
	a->parg[a->np++] = arg;
	return JY_OK;
}

/* The outputs both jfunnel and jdropoff know. */
static int
output_opt(jy_analysis *a, const char *name, const char *arg)
{
	if (strcmp(name, "json") == 0)
		a->json = 1;
	else if (strcmp(name, "chart") == 0)
		a->chart = 1;
	else if (strcmp(name, "ascii") == 0)
		a->ascii = 1;
	else if (strcmp(name, "no-header") == 0)
		a->header = 0;
	else if (strcmp(name, "by") == 0)
		a->by = arg;
	else
		return 0;
	return 1;
}

static jy_status
funnel_set(jy_analysis *a, const char *name, const char *arg, char *err,
    size_t errlen)
{
	if (strcmp(name, "step") == 0)
		return jy_funnel_step(a->fun, arg, err, errlen);
	if (strcmp(name, "steps") == 0)
		return jy_funnel_steps_file(a->fun, arg, err, errlen);
	if (strcmp(name, "field") == 0) {
		a->field = arg;
		return JY_OK;
	}
	if (strcmp(name, "explain") == 0) {
		a->expl = 1;
		return JY_OK;
	}
	if (output_opt(a, name, arg))
		return JY_OK;
	return jy_funnel_set(a->fun, name, arg ? arg : "", err, errlen);
}

static jy_status
dropoff_set(jy_analysis *a, const char *name, const char *arg, char *err,
    size_t errlen)
{
	if (strcmp(name, "top") == 0) {
		a->topstr = arg;	/* checked once the mode is known */
		return keep_page(a, name, arg, err, errlen);
	}
	if (strcmp(name, "step") == 0 || strcmp(name, "steps") == 0) {
		a->funnel = 1;
		return funnel_set(a, name, arg, err, errlen);
	}
	if (strcmp(name, "field") == 0) {
		a->field = arg;
		return JY_OK;
	}
	if (output_opt(a, name, arg))
		return keep_page(a, name, arg, err, errlen);
	if (strcmp(name, "sort") == 0 || strcmp(name, "exit-rate") == 0 ||
	    strcmp(name, "min-views") == 0) {
		a->pagemode = name;
		return keep_page(a, name, arg, err, errlen);
	}
	if (a->funnelopt == NULL)
		a->funnelopt = name;
	return jy_funnel_set(a->fun, name, arg ? arg : "", err, errlen);
}

jy_status
jy_analysis_set(jy_analysis *a, const char *name, const char *arg,
    char *err, size_t errlen)
{
	aopt_add(&a->calls, &a->ncalls, &a->callcap, name, arg);
	if (strcmp(name, "partial") == 0) {
		a->partial = 1;
		return JY_OK;
	}
	if (strcmp(name, "merge") == 0) {
		a->merge = 1;
		return JY_OK;
	}
	remember(a, name, arg);
	switch (a->kind) {
	case A_FUNNEL:
		return funnel_set(a, name, arg, err, errlen);
	case A_PATHS:
		return jy_paths_set(a->paths, name, arg, err, errlen);
	case A_RETENTION:
		if (strcmp(name, "field") == 0) {
			a->field = arg;
			return JY_OK;
		}
		return jy_retention_set(a->ret, name, arg, err, errlen);
	case A_REPORT:
		return jy_report_set(a->report, name, arg, err, errlen);
	default:
		return dropoff_set(a, name, arg, err, errlen);
	}
}

int
jy_analysis_merging(const jy_analysis *a)
{
	return a->merge;
}

int
jy_analysis_merged(const jy_analysis *a)
{
	return a->nmerged;
}

static int
optcmp(const void *x, const void *y)
{
	const struct aopt *p = x, *q = y;
	int c = strcmp(p->name, q->name);

	/* Equal names keep their order (steps): compare addresses. */
	if (c == 0)
		c = (p > q) - (p < q);
	return c;
}

/* The options that shape the state, in a canonical order (by name, then
 * as given), under a fixed key: the same on every machine. */
static uint64_t
fingerprint(jy_analysis *a, const jy_config *cfg)
{
	static const uint8_t key[16] = "journey-partial";
	struct jy_buf b = { NULL, 0, 0 };
	uint64_t h;
	size_t i;

	if (a->nopts > 1)
		qsort(a->opts, a->nopts, sizeof *a->opts, optcmp);
	jy_buf_add(&b, a->prog, strlen(a->prog) + 1);
	for (i = 0; i < a->nopts; i++) {
		jy_buf_add(&b, a->opts[i].name, strlen(a->opts[i].name) + 1);
		jy_buf_add(&b, a->opts[i].arg, strlen(a->opts[i].arg) + 1);
	}
	jy_config_key(cfg, &b);
	h = jy_siphash(key, b.p, b.n);
	jy_buf_free(&b);
	return h;
}

static int
how(const jy_analysis *a)
{
	return a->json ? JY_FUNNEL_JSON : a->chart ? (a->ascii ?
	    JY_FUNNEL_ASCII : JY_FUNNEL_CHART) : JY_FUNNEL_TSV;
}

static jy_status
dropoff_ready(jy_analysis *a, const jy_config *cfg, char *err,
    size_t errlen)
{
	int i;

	if (!a->funnel) {
		if (strcmp(a->field, "page") != 0) {
			jy_errf(err, errlen, "-f is for funnel mode: give steps "
			    "with -s");
			return JY_EUSAGE;
		}
		if (a->funnelopt != NULL) {
			/* Page mode counts each session's pages: a funnel
			 * option would be taken and do nothing. */
			int w = strcmp(a->funnelopt, "window") == 0;
			if (!w)
				jy_errf(err, errlen, "--%s is for funnel mode: "
				    "give steps with -s (page mode counts the "
				    "pages of every session)", a->funnelopt);
			else
				jy_errf(err, errlen, "-w/--window is for funnel "
				    "mode: give steps with -s (page mode counts "
				    "the pages of every session)");
			return JY_EUSAGE;
		}
		for (i = 0; i < a->np; i++)
			if (jy_dropoff_set(a->drop, a->pname[i], a->parg[i],
			    err, errlen) != JY_OK)
				return JY_EUSAGE;
		if (jy_dropoff_start(a->drop, cfg, err, errlen) != JY_OK)
			return JY_EUSAGE;
		if (a->budget > 0)
			jy_dropoff_budget(a->drop, a->budget);
		return JY_OK;
	}
	if (a->pagemode != NULL) {
		jy_errf(err, errlen, "--%s is for page mode; in funnel mode "
		    "(-s) the report is per step", a->pagemode);
		return JY_EUSAGE;
	}
	if (a->json + a->chart > 1) {
		jy_errf(err, errlen, "--chart and --json are different "
		    "outputs: give one");
		return JY_EUSAGE;
	}
	if (a->ascii && !a->chart) {
		jy_errf(err, errlen, "--ascii is a style of --chart: add "
		    "--chart");
		return JY_EUSAGE;
	}
	long top = 5;
	if (a->topstr != NULL) {
		char *end;
		errno = 0;
		top = strtol(a->topstr, &end, 10);
		if (*a->topstr == '\0' || *end != '\0' || errno != 0 ||
		    top < 0 || top > 1000000) {
			jy_errf(err, errlen, "bad -n/--top \"%s\": give a whole "
			    "number of pages (0 for all)", a->topstr);
			return JY_EUSAGE;
		}
	}
	if (jy_funnel_ready(a->fun, err, errlen) != JY_OK)
		return JY_EUSAGE;
	jy_funnel_dropoff(a->fun, (int)top);
	return JY_OK;
}

jy_status
jy_analysis_ready(jy_analysis *a, const jy_config *cfg, char *err,
    size_t errlen)
{
	jy_status st = JY_OK;

	a->cfg = cfg;
	if (a->kind == A_REPORT) {
		if (a->partial && a->merge) {
			jy_errf(err, errlen, "--partial and --merge do not go "
			    "together: a merge writes the report");
			return JY_EUSAGE;
		}
		if (jy_report_ready(a->report, cfg, err, errlen) != JY_OK)
			return JY_EUSAGE;
		/* Its options, and those of the analyses it is made of
		 * (--stages makes the flow's of stages). */
		a->print = fingerprint(a, cfg) ^ jy_report_fingerprint(a->report);
		return JY_OK;
	}
	/* The order of the pageviews has --memory; the visitors' events
	 * wait in half as much more (LIMITS). */
	size_t budget = a->budget ? a->budget : (size_t)(cfg->memory / 2);
	const char *dir = cfg->tmpdir;
	if (dir == NULL && (dir = getenv("TMPDIR")) == NULL)
		dir = "/tmp";
	if (a->fun != NULL)
		jy_funnel_budget(a->fun, budget, dir);
	if (a->paths != NULL) {
		/* A 32nd: the table grows with the distinct journeys,
		 * which keep coming as long as the input does (issue 18's
		 * 200 MB at 5 GB of log); past it, exact runs on disk.
		 * jreport's journeys take at most that of their share. */
		size_t pb = (size_t)(cfg->memory / 32);
		jy_paths_budget(a->paths, a->budget && a->budget < pb ?
		    a->budget : pb, dir);
	}
	if (a->kind == A_FUNNEL) {
		if (a->json + a->chart + a->expl > 1) {
			jy_errf(err, errlen, "--json, --chart and --explain "
			    "are different outputs: give one");
			return JY_EUSAGE;
		}
		if (a->ascii && !a->chart) {
			jy_errf(err, errlen, "--ascii is a style of --chart: "
			    "add --chart");
			return JY_EUSAGE;
		}
		st = jy_funnel_ready(a->fun, err, errlen);
		if (st == JY_OK && jy_funnel_attribution(a->fun) &&
		    (a->by != NULL || a->chart || a->expl)) {
			jy_errf(err, errlen, "--attribution writes one table, "
			    "per channel: leave out --%s", a->by != NULL ?
			    "by" : a->chart ? "chart" : "explain");
			return JY_EUSAGE;
		}
	} else if (a->kind == A_DROPOFF)
		st = dropoff_ready(a, cfg, err, errlen);
	else if (a->kind == A_RETENTION) {
		/* A 16th: the visitors keep coming as long as the input
		 * does (issue 18's 200 MB at 5 GB of log); past it, exact
		 * runs on disk. */
		jy_retention_budget(a->ret, (size_t)(cfg->memory / 16), dir);
		st = jy_retention_ready(a->ret, cfg, err, errlen);
	}
	if (st != JY_OK)
		return st;
	if (a->partial && a->merge) {
		jy_errf(err, errlen, "--partial and --merge do not go "
		    "together: a merge writes the report");
		return JY_EUSAGE;
	}
	if (a->expl && (a->partial || a->merge)) {
		jy_errf(err, errlen, "--explain writes a line per unit and has "
		    "no partial state: leave out --%s", a->partial ? "partial" :
		    "merge");
		return JY_EUSAGE;
	}
	a->print = fingerprint(a, cfg);
	return JY_OK;
}

static jy_status start(jy_analysis *, jy_input *, jy_out *, int, char *,
    size_t);

jy_status
jy_analysis_start(jy_analysis *a, jy_input *in, jy_out *out, char *err,
    size_t errlen)
{
	a->in = in;
	a->out = out;
	return start(a, in, out, 1, err, errlen);
}

/*
 * The guess failed: a with nothing in it, made again as it was made -
 * the same sets, command line and start, but for the explain header,
 * which is out already - and in place, since the input holds it.
 */
static void
remake(jy_analysis *a)
{
	jy_analysis *b = jy_analysis_new(a->prog);
	struct aopt *calls = a->calls;
	size_t i, ncalls = a->ncalls;
	char err[1024];

	for (i = 0; i < ncalls; i++)
		(void)jy_analysis_set(b, calls[i].name, calls[i].arg, err,
		    sizeof err);
	jy_analysis_command(b, a->cargc, a->cargv, a->cfirst);
	b->budget = a->budget;
	/* They went through once: they do again. */
	(void)jy_analysis_ready(b, a->cfg, err, sizeof err);
	b->in = a->in;
	b->out = a->out;
	(void)start(b, a->in, a->out, 0, err, sizeof err);
	/* b's copies of the sets go; a's stay: b's strings are theirs. */
	aopt_free(b->calls, b->ncalls);
	b->calls = calls;
	b->ncalls = ncalls;
	b->callcap = a->callcap;
	a->calls = NULL;
	a->ncalls = 0;
	/* What a had goes with b's shell; a gets what b has. */
	struct jy_analysis old = *a;
	*a = *b;
	*b = old;
	jy_analysis_free(b);
}

int
jy_analysis_redo(void *ctx, int what, const char *tmpdir)
{
	jy_analysis *a = ctx;

	switch (what) {
	case JY_REDO_HOLD:
		/* --explain's lines, the only output before the end. */
		return a->out != NULL && a->expl ? jy_out_hold(a->out,
		    tmpdir) : 0;
	case JY_REDO_KEEP:
		if (a->out != NULL)
			jy_out_release(a->out, 1);
		return 0;
	default:
		if (a->out != NULL)
			jy_out_release(a->out, 0);
		remake(a);
		return 0;
	}
}

static jy_status
start(jy_analysis *a, jy_input *in, jy_out *out, int first, char *err,
    size_t errlen)
{
	int col, bycol = -1;

	if (a->kind == A_REPORT)
		return jy_report_start(a->report, in, err, errlen);
	if (a->kind == A_PATHS)
		return jy_paths_start(a->paths, in, a->cfg, err, errlen);
	if (a->kind == A_RETENTION) {
		if ((col = jy_input_column(in, a->field, err, errlen)) < 0)
			return JY_EUSAGE;
		jy_retention_column(a->ret, col);
		return JY_OK;
	}
	if (a->kind == A_DROPOFF && !a->funnel) {
		/* Page mode reads the session's columns itself; these the
		 * input counts only when asked. */
		if (a->by != NULL && (strcmp(a->by, "returning") == 0 ||
		    strcmp(a->by, "visit_number") == 0))
			jy_input_want(in, JY_C_VISIT);
		if (jy_dropoff_want(a->drop, in, err, errlen) != JY_OK)
			return JY_EUSAGE;
		return jy_dropoff_columns(a->drop, in, err, errlen);
	}
	if ((col = jy_input_column(in, a->field, err, errlen)) < 0)
		return JY_EUSAGE;
	if (a->by != NULL && (bycol = jy_input_column(in, a->by, err,
	    errlen)) < 0)
		return JY_EUSAGE;
	jy_funnel_columns(a->fun, col, bycol);
	if (a->expl)
		jy_funnel_explain(a->fun, out, a->header && first);
	return JY_OK;
}

int
jy_analysis_session(void *ctx, const jy_session *s)
{
	jy_analysis *a = ctx;

	if (a->kind == A_REPORT)
		return jy_report_session(a->report, s);
	if (a->kind == A_PATHS)
		return jy_paths_session(a->paths, s);
	if (a->kind == A_RETENTION)
		return jy_retention_session(a->ret, s);
	if (a->kind == A_DROPOFF && !a->funnel)
		return jy_dropoff_session(a->drop, s);
	return jy_funnel_session(a->fun, s);
}

jy_status
jy_analysis_merge(jy_analysis *a, const char *path, char *err,
    size_t errlen)
{
	if (a->kind == A_REPORT)
		return jy_pr_read(path, a->prog, a->print, jy_report_merge_line,
		    a->report, &a->nmerged, err, errlen);
	if (a->kind == A_PATHS)
		return jy_pr_read(path, a->prog, a->print, jy_paths_merge_line,
		    a->paths, &a->nmerged, err, errlen);
	if (a->kind == A_RETENTION)
		return jy_pr_read(path, a->prog, a->print,
		    jy_retention_merge_line, a->ret, &a->nmerged, err, errlen);
	if (a->kind == A_DROPOFF && !a->funnel)
		return jy_pr_read(path, a->prog, a->print,
		    jy_dropoff_merge_line, a->drop, &a->nmerged, err, errlen);
	return jy_pr_read(path, a->prog, a->print, jy_funnel_merge_line,
	    a->fun, &a->nmerged, err, errlen);
}

/* The analysis's partial lines, unsorted, without the header lines;
 * the names of their columns. */
static const char *
partial_lines(jy_analysis *a, jy_out *o)
{
	if (a->kind == A_PATHS) {
		jy_paths_partial(a->paths, o);
		return "group\twhat\tvalue...\tcount";
	}
	if (a->kind == A_RETENTION) {
		jy_retention_partial(a->ret, o);
		return "what\tperiod\tafter\tcount";
	}
	if (a->kind == A_DROPOFF && !a->funnel) {
		jy_dropoff_partial(a->drop, o);
		return "group\tpage\twhat\tcount";
	}
	jy_funnel_partial(a->fun, o);
	return "group\twhat\tstep\tvalue\tcount";
}

static void
write_partial(jy_analysis *a, jy_out *out)
{
	struct jy_pw w;
	const char *cols;

	jy_pw_begin(&w);
	cols = partial_lines(a, w.o);
	jy_pw_end(&w, out, a->prog, a->print, cols);
}

/* jreport's analyses inside its own partial (report_partial.c). */
void
jy_analysis_partial_lines(jy_analysis *a, jy_out *o)
{
	if (a->fun != NULL)
		jy_funnel_finish(a->fun);
	(void)partial_lines(a, o);
}

int
jy_analysis_merge_line(void *ctx, const jy_span *v, size_t nf, char *err,
    size_t errlen)
{
	jy_analysis *a = ctx;

	if (a->kind == A_PATHS)
		return jy_paths_merge_line(a->paths, v, nf, err, errlen);
	if (a->kind == A_RETENTION)
		return jy_retention_merge_line(a->ret, v, nf, err, errlen);
	if (a->kind == A_DROPOFF && !a->funnel)
		return jy_dropoff_merge_line(a->drop, v, nf, err, errlen);
	return jy_funnel_merge_line(a->fun, v, nf, err, errlen);
}

uint64_t
jy_analysis_fingerprint(const jy_analysis *a)
{
	return a->print;
}

void
jy_analysis_budget(jy_analysis *a, size_t bytes)
{
	a->budget = bytes ? bytes : 1;
}

/* The steps the last session was counted at (--per session). */
uint64_t
jy_analysis_last_steps(const jy_analysis *a)
{
	return a->fun != NULL ? jy_funnel_last_steps(a->fun) : 0;
}

int
jy_analysis_each_edge(jy_analysis *a, jy_edge_fn *fn, void *ctx)
{
	return a->paths != NULL ? jy_paths_each_edge(a->paths, fn, ctx) : -1;
}

/* jdropoff's funnel mode as jfunnel writes it: the same engine, the same
 * counts, so jreport needs no second funnel of the same steps. */
void
jy_analysis_write_funnel(jy_analysis *a, jy_out *out)
{
	if (a->fun == NULL)
		return;
	jy_funnel_finish(a->fun);
	jy_funnel_write(a->fun, out, JY_FUNNEL_TSV, 1, NULL);
}

void
jy_analysis_write(jy_analysis *a, jy_out *out)
{
	if (a->kind == A_REPORT) {
		if (a->partial)
			jy_report_partial(a->report, out, a->print);
		else
			jy_report_write(a->report, out);
		return;
	}
	if (a->fun != NULL)
		jy_funnel_finish(a->fun);
	if (a->partial) {
		write_partial(a, out);
		return;
	}
	switch (a->kind) {
	case A_FUNNEL:
		if (!a->expl)
			jy_funnel_write(a->fun, out, how(a), a->header, a->by);
		break;
	case A_PATHS:
		jy_paths_write(a->paths, out);
		break;
	case A_RETENTION:
		jy_retention_write(a->ret, out);
		break;
	default:
		if (a->funnel)
			jy_funnel_write_dropoff(a->fun, out, how(a), a->header,
			    a->by);
		else
			jy_dropoff_write(a->drop, out);
		break;
	}
}

const char *
jy_analysis_error(const jy_analysis *a)
{
	if (a->kind == A_RETENTION)
		return jy_retention_error(a->ret);
	if (a->kind == A_REPORT)
		return jy_report_error(a->report);
	if (a->paths != NULL)
		return jy_paths_error(a->paths);
	if (a->drop != NULL && !a->funnel)
		return jy_dropoff_error(a->drop);
	return a->fun != NULL ? jy_funnel_error(a->fun) : NULL;
}

void
jy_analysis_report(const jy_analysis *a, FILE *f, const char *prog)
{
	if (a->kind == A_REPORT)
		jy_report_report(a->report, f, prog);
	else if (a->kind == A_DROPOFF && !a->funnel)
		jy_dropoff_report(a->drop, f, prog);
	else if (a->kind == A_RETENTION)
		jy_retention_report(a->ret, f, prog);
	else if (a->kind != A_PATHS)
		jy_funnel_report(a->fun, f, prog);
	else
		jy_paths_report(a->paths, f, prog);
}

void
jy_analysis_command(jy_analysis *a, int argc, char **argv, int first)
{
	a->cargc = argc;
	a->cargv = argv;
	a->cfirst = first;
	if (a->kind == A_REPORT)
		jy_report_command(a->report, argc, argv, first);
}
