/*
 * journey.h - the one public header of libjourney, the library behind
 * jsessionize, jfunnel, jpaths and jdropoff.
 *
 * Ownership, once for the whole API: an object returned by a jy_*_new or
 * jy_*_open function belongs to the caller and is released by the matching
 * jy_*_free or jy_*_close, which accepts NULL.  A jy_span never owns its
 * bytes: it points into a buffer of the object that produced it and stays
 * valid until that object's next call.  Library calls never print and never
 * exit; they return a jy_status and leave a message for the caller to fetch.
 */
#ifndef JOURNEY_H
#define JOURNEY_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* A run of bytes that is not NUL-terminated and not owned. */
typedef struct jy_span {
	const char	*p;
	size_t		 n;
} jy_span;

/* Results.  The numbers are the exit statuses main() uses for them. */
typedef enum jy_status {
	JY_OK = 0,
	JY_EDATA = 1,		/* bad or truncated input, I/O failure */
	JY_EUSAGE = 2		/* a bad option value, pattern or file */
} jy_status;

/*
 * Reader: lines from a file or stdin ("-"), plain or gzip (detected by its
 * magic bytes; concatenated members are read one after another).  Lines come
 * without their LF and without a CR before it; a missing final newline is
 * fine and a line may be of any length.  jy_reader_next returns 1 with a
 * line, 0 at the end, -1 on an error whose message jy_reader_error gives
 * (file name and byte offset included).
 */
typedef struct jy_reader jy_reader;

jy_reader	*jy_reader_open(const char *path, char *err, size_t errlen);
int		 jy_reader_next(jy_reader *, jy_span *line);
/* The line just returned was longer than JY_MAX_LINE: this is its start. */
#define JY_MAX_LINE	((size_t)64 << 20)
int		 jy_reader_cut(const jy_reader *);
const char	*jy_reader_error(const jy_reader *);
const char	*jy_reader_name(const jy_reader *);
uint64_t	 jy_reader_lineno(const jy_reader *);
void		 jy_reader_close(jy_reader *);

/*
 * One parsed log line or event row.  Every span points into the line (or,
 * for fields that needed unescaping, into the parser's scratch buffer) and
 * is empty when the format does not log the field (of named, the first
 * jy_format_nnamed are set).  time is epoch seconds,
 * UTC.  status and bytes are -1 when absent or "-".
 */
enum {
	JY_F_CLIENT, JY_F_IDENT, JY_F_USER, JY_F_VHOST, JY_F_METHOD,
	JY_F_TARGET, JY_F_PROTOCOL, JY_F_REFERRER, JY_F_UA, JY_F_VISITOR,
	JY_F_PAGE, JY_F_CHANNEL, JY_F_STAGE, JY_F_SESSION,
	JY_F_NFIXED
};
#define JY_MAX_NAMED	16

typedef struct jy_record {
	jy_span		 f[JY_F_NFIXED];
	jy_span		 named[JY_MAX_NAMED];	/* %{NAME}i, %{NAME}C, TSV */
	int64_t		 time;
	int		 status;
	int64_t		 bytes;
	unsigned	 has;			/* 1u << JY_F_x: logged */
	jy_span		 ctype;			/* response Content-Type */
} jy_record;
/* The name the response's Content-Type has among the named fields: W3C's,
 * which a LogFormat's %{Content-Type}o and nginx's
 * $sent_http_content_type take too. */
#define JY_CTYPE_NAME	"sc(Content-Type)"

/*
 * Formats.  jy_format_compile takes a format name (see jy_format_names), an
 * Apache LogFormat string or an nginx log_format string.  jy_format_detect
 * picks the format that parses
 * most of the given sample lines, or returns NULL; fits (n bytes, or NULL)
 * is set to whether each line fits any format.  jy_format_parse fills a
 * record and returns 0, or -1 with a short reason when the line does not
 * fit the format.
 */
typedef struct jy_format jy_format;

jy_status	 jy_format_compile(const char *spec, jy_format **,
		    char *err, size_t errlen);
jy_format	*jy_format_detect(const jy_span *lines, size_t n,
		    const char *timefmt, char *fits);
/* --time-format: how the time in %t's brackets is written (strptime). */
void		 jy_format_set_timefmt(jy_format *, const char *);
int		 jy_format_parse(jy_format *, jy_span line, jy_record *,
		    const char **reason);
const char	*jy_format_name(const jy_format *);
int		 jy_format_is_tsv(const jy_format *);
int		 jy_format_named(const jy_format *, const char *name);
/* How many of a record's named spans a parse sets (the rest are left as
 * they were): more than any index jy_format_named gave. */
int		 jy_format_nnamed(const jy_format *);
int		 jy_format_logs(const jy_format *, int field);
void		 jy_format_free(jy_format *);
const char	*jy_format_names(void);

/* Time: ISO 8601 or epoch seconds to epoch; epoch to ISO 8601 UTC. */
int		 jy_parse_time(jy_span, int64_t *);
size_t		 jy_format_time(int64_t, char out[24]);

/*
 * Patterns: "exact", a glob with * and ?, or "~REGEX" (PCRE2, JIT).
 * Matching is against a whole value for exact and glob, and unanchored
 * for regexes, as DESIGN.md's step patterns say.
 */
typedef struct jy_pattern jy_pattern;

jy_status	 jy_pattern_compile(const char *, jy_pattern **,
		    char *err, size_t errlen);
int		 jy_pattern_match(jy_pattern *, const char *, size_t);
const char	*jy_pattern_text(const jy_pattern *);
void		 jy_pattern_free(jy_pattern *);
/* An option's pattern: *pp replaced by arg compiled; a bad one is a
 * usage error that names opt ("--from"). */
jy_status	 jy_pattern_option(jy_pattern **pp, const char *opt,
		    const char *arg, char *err, size_t errlen);
/*
 * A regex match (of a pattern or a --rewrite) that fails other than by not
 * matching - PCRE2's match limit, its JIT stack - is taken as no match and
 * counted; jy_pattern_warn writes one line per such regex (nothing if
 * there were none).  jy_input_warn calls it.
 */
void		 jy_pattern_warn(FILE *, const char *prog);

/*
 * Configuration shared by every program that reads logs: input format,
 * filters, page normalisation, sessionization.  jy_config_set takes an
 * option by its long name and its argument as the user typed it; on a bad
 * value it returns JY_EUSAGE with a message that names the fix.
 * jy_config_options lists the long options it knows, for getopt_long.
 */
typedef struct jy_config jy_config;
struct option;

jy_config	*jy_config_new(void);
jy_status	 jy_config_set(jy_config *, const char *name, const char *arg,
		    char *err, size_t errlen);
const struct option *jy_config_options(void);
int		 jy_config_verbose(const jy_config *);
int		 jy_config_has_stages(const jy_config *);
/* Event TSV with a session column keeps its sessions unless this is on. */
void		 jy_config_resessionize(jy_config *, int);
void		 jy_config_free(jy_config *);
/* --print-lists: the bot, static and download lists written to out (and
 * 1 returned: the program has nothing else to do), else 0. */
typedef struct jy_out jy_out;
int		 jy_config_print_lists(const jy_config *, jy_out *);

/* Channels, in the order of their numbers. */
enum {
	JY_CH_UNKNOWN, JY_CH_DIRECT, JY_CH_SEARCH, JY_CH_SOCIAL, JY_CH_EMAIL,
	JY_CH_PAID, JY_CH_CAMPAIGN, JY_CH_REFERRAL, JY_CH_N
};
const char	*jy_channel_name(int);

/*
 * A finished session, as the sessionizer hands it to its consumer.  The
 * pointer and everything reached through it are valid only during the
 * callback.  Pageviews are in time order (equal times in input order).
 */
typedef struct jy_session jy_session;

const char	*jy_session_id(const jy_session *);
const char	*jy_session_visitor(const jy_session *);
size_t		 jy_session_len(const jy_session *);
int		 jy_session_channel(const jy_session *);
int64_t		 jy_session_time(const jy_session *, size_t i);
jy_span		 jy_session_field(const jy_session *, size_t i, int field);
int		 jy_session_status(const jy_session *, size_t i);
int64_t		 jy_session_bytes(const jy_session *, size_t i);

typedef int	(*jy_session_fn)(void *ctx, const jy_session *);

/*
 * Columns by name, for -f/--field and --by: the fixed fields above, and
 * these.  A name the library does not know is a named column: an event
 * TSV column or a %{NAME}i / %{NAME}C field of a format string (empty
 * where the input has no such column).  jy_session_value gives a
 * column's value at pageview i; buf holds what has to be formatted.
 */
enum { JY_C_STATUS = JY_F_NFIXED, JY_C_HOUR, JY_C_DAY, JY_C_WEEK,
	JY_C_MONTH,
	/* From the User-Agent by uap-core (ua.c) and the entry (owner.c). */
	JY_C_BROWSER, JY_C_OS, JY_C_DEVICE, JY_C_DCLASS, JY_C_OWNER,
	JY_C_NAMED };
#define JY_MAX_XCOLS	2
/* New and returning: the visitor's sessions before this one, in the
 * input (1, 2, ...), and 0/1 for a first or a later one.  Apart from the
 * enum, so that other columns can be added to it. */
#define JY_C_VISIT	(JY_C_NAMED + JY_MAX_XCOLS)
#define JY_C_RETURNING	(JY_C_NAMED + JY_MAX_XCOLS + 1)
/* The session's visit number (asked for with jy_input_want(JY_C_VISIT)
 * or JY_C_RETURNING; 0 otherwise). */
uint32_t	 jy_session_visit(const jy_session *);

jy_span		 jy_session_value(const jy_session *, size_t i, int col,
		    char buf[32]);
/*
 * Time buckets (hour, day, week, month) are in --tz (default UTC) and
 * written as text that sorts in time order (2026-11-22T13, 2026-11-22,
 * 2026-W47, 2026-11): reports list them in that order, all of them.
 */
int		 jy_column_is_time(int col);
/* The column names jy_input_column knows, for messages. */
const char	*jy_column_names(void);
size_t		 jy_time_bucket(int64_t local, int col, char out[32]);

/*
 * Input: reads files through the configured (or detected) format, filters
 * pageviews, sessionizes, and calls fn for each session as soon as it can
 * no longer grow.  fn returns 0, or non-zero to stop with JY_EDATA.
 * jy_input_file processes one file (or "-") and jy_input_finish flushes
 * the sessions still open.
 */
typedef struct jy_input jy_input;
typedef struct jy_out jy_out;

struct jy_stats {
	uint64_t	lines, skipped, parsed, malformed;
	uint64_t	method, status, statics, bots, late;
	uint64_t	downloads;	/* --keep-downloads keeps them */
	uint64_t	embedded;	/* of statics: fetched by their page */
	uint64_t	excluded;	/* by --include-path/--exclude-path */
	uint64_t	fast, fastpv;	/* sessions over --max-rate, pageviews */
	uint64_t	capped;		/* sessions split by --max-pageviews */
	uint64_t	evicted;	/* closed early by --max-sessions */
	uint64_t	othershard;	/* pageviews of another --shard */
	uint64_t	outside;	/* sessions outside --since/--until */
	uint64_t	cutbig;		/* sessions cut at 4 GiB of strings */
	uint64_t	pageviews, sessions, visitors;
};

jy_input	*jy_input_new(jy_config *, jy_session_fn fn, void *ctx,
		    char *err, size_t errlen);
/*
 * The exact path (not --stream) sessionizes an input past the sort's
 * memory as it reads it, on the guess that it comes in time order (most
 * logs do), and again from the sorted copy at the end when it did not.
 * A consumer that can take back what it was given says so with redo,
 * called with its ctx: JY_REDO_HOLD before the first session of the
 * guess (hold the output back, in a file in tmpdir; non-zero: do not
 * guess), JY_REDO_KEEP when it held (let it out: it is the answer),
 * JY_REDO_UNDO when it failed (forget every session since HOLD).
 * Without redo, sessions wait for the whole input.
 */
enum { JY_REDO_HOLD, JY_REDO_KEEP, JY_REDO_UNDO };
typedef int	(*jy_redo_fn)(void *ctx, int what, const char *tmpdir);
void		 jy_input_redo(jy_input *, jy_redo_fn);
void		 jy_input_want(jy_input *, int field);
/* A column by name (see jy_session_value): its number, or -1. */
int		 jy_input_column(jy_input *, const char *name, char *err,
		    size_t errlen);
jy_status	 jy_input_file(jy_input *, const char *path);
jy_status	 jy_input_finish(jy_input *);
const char	*jy_input_error(const jy_input *);
void		 jy_input_stats(const jy_input *, struct jy_stats *);
void		 jy_input_report(const jy_input *, FILE *, const char *prog);
/*
 * What every program prints on stderr, -v or not (unless --quiet): one
 * line for the input lines that were not used (malformed, or late with
 * --stream), and what the memory limits did, if anything.
 */
void		 jy_input_warn(const jy_input *, FILE *, const char *prog);
/*
 * jsessionize --map: instead of sessions, a line per pageview to out,
 * VISITOR_HASH<TAB>EPOCH<TAB>POS<TAB>LINE, for an engine's shuffle
 * (mapred.c); POS counts bytes from offset, where this input begins in
 * the whole.  Every jy_input reads such lines back, grouped by key, as a
 * reducer.
 */
void		 jy_input_map(jy_input *, jy_out *out, uint64_t offset);
/* Some input could be read: without any, a program writes no report. */
int		 jy_input_any(const jy_input *);
void		 jy_input_free(jy_input *);

/*
 * Funnels: steps in order, the units (sessions or visitors) that reach
 * each, with the rules of ClickHouse's windowFunnel, GA4 and PostHog as
 * jfunnel(1) defines them.  Steps are added with jy_funnel_step
 * ("[NAME=]PATTERN") and options with jy_funnel_set by their jfunnel long
 * names (order, per, window, step-window, open, exclude, top,
 * reuse-events, dedup, strict-increase, strict-order, allow-reentry).
 * jy_funnel_session is a jy_session_fn; jy_funnel_finish evaluates what
 * --per visitor held back; jy_funnel_write writes the table.
 */
typedef struct jy_funnel jy_funnel;
typedef struct jy_out jy_out;

#define JY_FUNNEL_MAX	64
enum { JY_ORDER_ORDERED, JY_ORDER_STRICT, JY_ORDER_ANY };
enum { JY_PER_SESSION, JY_PER_VISITOR };
enum { JY_FUNNEL_TSV, JY_FUNNEL_JSON, JY_FUNNEL_CHART, JY_FUNNEL_ASCII };

jy_funnel	*jy_funnel_new(void);
/* --per visitor keeps at most bytes of the visitors' events in memory,
 * the rest sorted in tmpdir; jy_funnel_error says if that failed. */
void		 jy_funnel_budget(jy_funnel *, size_t bytes, const char *tmpdir);
const char	*jy_funnel_error(const jy_funnel *);
jy_status	 jy_funnel_step(jy_funnel *, const char *spec, char *err,
		    size_t errlen);
jy_status	 jy_funnel_steps_file(jy_funnel *, const char *path,
		    char *err, size_t errlen);
jy_status	 jy_funnel_set(jy_funnel *, const char *name, const char *arg,
		    char *err, size_t errlen);
/* The column steps match (jy_input_column), and --by's, or -1. */
void		 jy_funnel_columns(jy_funnel *, int col, int bycol);
jy_status	 jy_funnel_ready(jy_funnel *, char *err, size_t errlen);
int		 jy_funnel_nsteps(const jy_funnel *);
const char	*jy_funnel_step_name(const jy_funnel *, int);
/* Write a line per unit that entered, with its steps and why it stopped. */
void		 jy_funnel_explain(jy_funnel *, jy_out *, int header);
int		 jy_funnel_session(void *funnel, const jy_session *);
void		 jy_funnel_finish(jy_funnel *);
void		 jy_funnel_write(jy_funnel *, jy_out *, int how, int header,
		    const char *byname);
void		 jy_funnel_report(const jy_funnel *, FILE *, const char *prog);
/*
 * jdropoff's funnel mode: jy_funnel_dropoff (before any input) makes the
 * funnel note, for units that stop at a step, the page that came next in
 * that session ("(exit)" if none) and the session's last page;
 * jy_funnel_write_dropoff writes per step the rows reached, continued,
 * dropped, then the top next and exit pages (top 0: all).
 */
void		 jy_funnel_dropoff(jy_funnel *, int top);
void		 jy_funnel_write_dropoff(jy_funnel *, jy_out *, int how,
		    int header, const char *byname);
void		 jy_funnel_free(jy_funnel *);

/*
 * Output: a buffered writer on a stdio stream with TSV and JSON helpers
 * that escape what DESIGN.md says must be escaped.  Errors are sticky and
 * reported by jy_out_close.
 */
typedef struct jy_out jy_out;

jy_out		*jy_out_new(FILE *);
void		 jy_out_bytes(jy_out *, const void *, size_t);
void		 jy_out_str(jy_out *, const char *);
void		 jy_out_char(jy_out *, int);
void		 jy_out_int(jy_out *, int64_t);
void		 jy_out_tsv(jy_out *, const char *, size_t);
void		 jy_out_json(jy_out *, const char *, size_t);
int		 jy_out_failed(const jy_out *);
int		 jy_out_close(jy_out *);	/* 0, or errno */
/*
 * What is written from hold on goes to a temporary file in tmpdir
 * (non-zero: it could not be made; nothing changes), or straight on
 * where the output is a regular file written at its end; release(keep)
 * writes it out where the output goes, or throws it away (cuts the
 * file back), and the output goes there directly again.  For
 * jy_input_redo.
 */
int		 jy_out_hold(jy_out *, const char *tmpdir);
void		 jy_out_release(jy_out *, int keep);

/*
 * Messages: "prog: msg" and a newline, with what could drive a terminal
 * in msg (control bytes, bytes that are not UTF-8: file names, options
 * and lines quoted in it) written as the text \xHH.  jy_option_error
 * does the same for what getopt_long returned as '?' or ':' (give it
 * opterr = 0 and an optstring that starts with ':'), arg being
 * argv[optind - 1] and longopts what getopt_long was given.
 */
void		 jy_message(FILE *, const char *prog, const char *msg);
void		 jy_option_error(FILE *, const char *prog, int c, int optopt,
		    const char *arg, const struct option *longopts);

/*
 * Event stream writer: the columns of -o/--fields, TSV or JSON Lines, one
 * line per pageview, or one line per session with jy_events_summary.
 */
typedef struct jy_events jy_events;

jy_status	 jy_events_new(jy_out *, const char *fields, int json,
		    int summary, jy_events **, char *err, size_t errlen);
int		 jy_events_needs(const jy_events *, int field);
/* The header is due: written before the first session, or by
 * jy_events_end when there is none (and not at all without input). */
void		 jy_events_header(jy_events *);
void		 jy_events_end(jy_events *);
int		 jy_events_session(void *events, const jy_session *);
int		 jy_events_redo(void *events, int what, const char *tmpdir);
void		 jy_events_free(jy_events *);

/*
 * Paths (jpaths): the journeys of sessions or visitors, counted.  Options
 * go in by their long names as jpaths(1) documents them (top, depth,
 * no-collapse, from, to, field, next, prev, edges, dot, min-count, by,
 * json, no-header, per); a bad value gives JY_EUSAGE and a message.
 * jy_paths_start checks the combination and asks the input for the
 * columns it needs.  Give jy_paths_session to jy_input_new as the
 * callback; jy_paths_write sorts and writes the report once the input is
 * finished.  Memory grows with the distinct keys counted, and with
 * --per visitor with every visitor's pageviews until the end.
 */
typedef struct jy_paths jy_paths;

jy_paths	*jy_paths_new(void);
/* --per visitor keeps at most bytes of the visitors' values in memory,
 * the rest sorted in tmpdir; jy_paths_error says if that failed. */
void		 jy_paths_budget(jy_paths *, size_t bytes, const char *tmpdir);
const char	*jy_paths_error(const jy_paths *);
void		 jy_paths_report(const jy_paths *, FILE *, const char *prog);
jy_status	 jy_paths_set(jy_paths *, const char *name, const char *arg,
		    char *err, size_t errlen);
jy_status	 jy_paths_start(jy_paths *, jy_input *, const jy_config *,
		    char *err, size_t errlen);
int		 jy_paths_session(void *paths, const jy_session *);
jy_status	 jy_paths_write(jy_paths *, jy_out *);
void		 jy_paths_free(jy_paths *);

/*
 * Analyses: the one shape of jfunnel, jpaths and jdropoff, as
 * ClickHouse's aggregate function states (-State, -Merge).  An analysis
 * is made for a program ("jfunnel", "jpaths", "jdropoff"; NULL for
 * another name) and takes that program's options by their long names,
 * including "partial" and "merge".  jy_analysis_ready checks them (and
 * against the input configuration); jy_analysis_start, once the input
 * exists, asks it for the columns needed (out is where --explain goes).
 * Sessions go in through jy_analysis_session, a jy_session_fn; or,
 * with merge, partial states through jy_analysis_merge, a file (or "-")
 * at a time: JY_EUSAGE for a file that cannot be opened or was made with
 * other analysis options, JY_EDATA for one that is not a partial.
 * jy_analysis_write writes the partial state (with partial) or the
 * report; a merge of the partials of any split of the input by visitor
 * writes the same bytes as one run over all of it.
 */
typedef struct jy_analysis jy_analysis;

jy_analysis	*jy_analysis_new(const char *prog);
jy_status	 jy_analysis_set(jy_analysis *, const char *name,
		    const char *arg, char *err, size_t errlen);
jy_status	 jy_analysis_ready(jy_analysis *, const jy_config *,
		    char *err, size_t errlen);
jy_status	 jy_analysis_start(jy_analysis *, jy_input *, jy_out *out,
		    char *err, size_t errlen);
int		 jy_analysis_merging(const jy_analysis *);
/* With merge, the partials read so far: with none, write no report. */
int		 jy_analysis_merged(const jy_analysis *);
int		 jy_analysis_session(void *analysis, const jy_session *);
/* jy_input_redo's: made again from nothing when the guess fails. */
int		 jy_analysis_redo(void *analysis, int what, const char *tmpdir);
jy_status	 jy_analysis_merge(jy_analysis *, const char *path,
		    char *err, size_t errlen);
void		 jy_analysis_write(jy_analysis *, jy_out *);
/* What stopped an analysis (jretention past --memory, a temporary file
 * that failed), or NULL. */
const char	*jy_analysis_error(const jy_analysis *);
void		 jy_analysis_report(const jy_analysis *, FILE *,
		    const char *prog);
void		 jy_analysis_free(jy_analysis *);
/* The command line (argv[first] on are the input files), for a report
 * that shows it; the other analyses ignore it. */
void		 jy_analysis_command(jy_analysis *, int argc, char **argv,
		    int first);

/*
 * jreport: one HTML page (no script, no network) from several of the
 * analyses above fed in one pass, as jreport(1) describes it.  Options
 * by long name: title, top and jfunnel's steps and rules; the shape of
 * jy_analysis otherwise (jy_analysis_new("jreport") wraps it).
 */
typedef struct jy_report jy_report;

jy_report	*jy_report_new(void);
jy_status	 jy_report_set(jy_report *, const char *name, const char *arg,
		    char *err, size_t errlen);
jy_status	 jy_report_ready(jy_report *, const jy_config *, char *err,
		    size_t errlen);
jy_status	 jy_report_start(jy_report *, jy_input *, char *err,
		    size_t errlen);
void		 jy_report_command(jy_report *, int argc, char **argv,
		    int first);
int		 jy_report_session(void *report, const jy_session *);
void		 jy_report_write(jy_report *, jy_out *);
void		 jy_report_report(const jy_report *, FILE *, const char *prog);
/* What stopped one of its analyses, or NULL. */
const char	*jy_report_error(const jy_report *);
void		 jy_report_free(jy_report *);

/*
 * Retention (jretention): visitors by the period of their first session
 * (or first --start event), and the share that comes back in each later
 * period.  Options by their jretention long names (cohort, periods,
 * start, return, json, chart, no-header); jy_retention_session is a
 * jy_session_fn; jy_retention_write writes the table.
 */
typedef struct jy_retention jy_retention;

jy_retention	*jy_retention_new(void);
/* The visitors' state in at most bytes of memory (and a quarter more as
 * it is written out), the rest in sorted runs in tmpdir, exact;
 * jy_retention_error says if that failed. */
void		 jy_retention_budget(jy_retention *, size_t bytes,
		    const char *tmpdir);
jy_status	 jy_retention_set(jy_retention *, const char *name,
		    const char *arg, char *err, size_t errlen);
jy_status	 jy_retention_ready(jy_retention *, const jy_config *,
		    char *err, size_t errlen);
int		 jy_retention_session(void *retention, const jy_session *);
void		 jy_retention_write(jy_retention *, jy_out *);
void		 jy_retention_report(const jy_retention *, FILE *,
		    const char *prog);
void		 jy_retention_free(jy_retention *);

/* SipHash-2-4 of a message under a 128-bit key (known-answer tested). */
uint64_t	 jy_siphash(const uint8_t key[16], const void *, size_t);

/*
 * ---- jdropoff: where the journey loses sessions ----
 *
 * Page mode: per page, its pageviews, the sessions that viewed it, entered
 * on it, left from it and bounced on it, optionally broken down by the
 * session's channel, the page's stage or the session's day.  Set options
 * by their long name with jy_dropoff_set (a bad value gives JY_EUSAGE and
 * a message naming the fix), check them against the input configuration
 * with jy_dropoff_start, feed sessions with jy_dropoff_session (a
 * jy_session_fn) and write the table with jy_dropoff_write.  Pages are
 * interned once: a pageview of a known page allocates nothing.
 * jy_dropoff_report writes the totals (sessions = entries = exits) for -v.
 * Funnel mode is not here: it is built on the funnel engine and added
 * separately.
 */
typedef struct jy_dropoff jy_dropoff;

jy_dropoff	*jy_dropoff_new(void);
jy_status	 jy_dropoff_set(jy_dropoff *, const char *name, const char *arg,
		    char *err, size_t errlen);
/* --by a column of the input's (any but channel, stage and the time
 * buckets): found with jy_input_column, JY_EUSAGE if it cannot be. */
jy_status	 jy_dropoff_columns(jy_dropoff *, jy_input *, char *, size_t);
jy_status	 jy_dropoff_start(jy_dropoff *, const jy_config *,
		    char *err, size_t errlen);
int		 jy_dropoff_session(void *dropoff, const jy_session *);
void		 jy_dropoff_write(jy_dropoff *, jy_out *);
/* A temporary file of the rows failed: what, or NULL. */
const char	*jy_dropoff_error(const jy_dropoff *);
void		 jy_dropoff_report(const jy_dropoff *, FILE *,
		    const char *prog);
void		 jy_dropoff_free(jy_dropoff *);

#endif
