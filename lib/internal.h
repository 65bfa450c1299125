/*
 * internal.h - what the library's files share and the programs must not
 * see.  Nothing here is part of the installed API.
 */
#ifndef JOURNEY_INTERNAL_H
#define JOURNEY_INTERNAL_H

#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <string.h>

#include "journey.h"

#define JY_LIKELY(x)	__builtin_expect(!!(x), 1)
#define JY_UNLIKELY(x)	__builtin_expect(!!(x), 0)

/* A growable byte buffer; allocation failure aborts (see xmalloc). */
struct jy_buf {
	char	*p;
	size_t	 n, cap;
};

void	*jy_xmalloc(size_t);
void	*jy_xrealloc(void *, size_t);
void	*jy_xcalloc(size_t, size_t);
void	*jy_xhuge(size_t);
void	 jy_advise_huge(void *, size_t);
void	 jy_hugefree(void *, size_t);
/* Blocks of size (jy_xhuge's) touched ahead of need by a thread that
 * runs on idle cores (prefault.c); at most ahead of them held ready.
 * take gives one, or NULL when none is ready (or pf is NULL); the
 * caller frees it with jy_hugefree. */
struct jy_prefault;
struct jy_prefault *jy_prefault_new(size_t size, int ahead);
void	*jy_prefault_take(struct jy_prefault *);
void	 jy_prefault_free(struct jy_prefault *);
char	*jy_xstrdup(const char *);
/* A nameless temporary file in dir (see util.c); NULL and err on error.
 * Closed with jy_tmpclose, which frees its buffer. */
FILE	*jy_tmpfile(const char *dir, const char *prefix, size_t bufsize,
	    char *err, size_t errlen);
int	 jy_tmpclose(FILE *);
void	 jy_buf_reserve(struct jy_buf *, size_t more);
void	 jy_buf_add(struct jy_buf *, const void *, size_t);
void	 jy_buf_free(struct jy_buf *);

static inline void
jy_buf_addc(struct jy_buf *b, char c)
{
	if (JY_UNLIKELY(b->n == b->cap))
		jy_buf_reserve(b, 1);
	b->p[b->n++] = c;
}

void	 jy_errf(char *err, size_t errlen, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));

static inline jy_span
jy_span_str(const char *s)
{
	jy_span sp = { s, strlen(s) };
	return sp;
}

static inline int
jy_span_eq(jy_span a, const char *s)
{
	size_t n = strlen(s);
	return a.n == n && memcmp(a.p, s, n) == 0;
}

int	 jy_span_caseeq(jy_span, const char *);

/* The eight bytes at p as a number, the first in the low bits on any
 * machine (SipHash's order; format.c's scans find the first byte by the
 * lowest bit). */
static inline uint64_t
jy_load64(const void *p)
{
	uint64_t v;

	memcpy(&v, p, 8);
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	v = __builtin_bswap64(v);
#endif
	return v;
}

/*
 * The n (at most 8) bytes at p as jy_load64 has them, the rest 0: by
 * loads that overlap, not a memcpy of n into a number, whose byte-wise
 * stores the 8-byte load after it waits out (a stall on every line).
 */
static inline uint64_t
jy_loadn(const void *p, size_t n)
{
	const unsigned char *b = p;
	uint64_t lo, hi;
	uint32_t x, y;

	if (n >= 4) {
		memcpy(&x, b, 4);
		memcpy(&y, b + n - 4, 4);
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
		x = __builtin_bswap32(x);
		y = __builtin_bswap32(y);
#endif
		lo = x;
		hi = y;
		return lo | hi << (8 * (n - 4));
	}
	if (n == 0)
		return 0;
	return (uint64_t)b[0] | (uint64_t)b[n / 2] << (8 * (n / 2)) |
	    (uint64_t)b[n - 1] << (8 * (n - 1));
}

/*
 * strncasecmp(a, b, n) == 0 without the call, for the short compares
 * of every line (schemes, hosts, domains): the programs run in the C
 * locale, where it folds ASCII letters only, and it stops at a NUL.
 */
static inline int
jy_caseeq(const char *a, const char *b, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned x = (unsigned char)a[i], y = (unsigned char)b[i];
		x += x - 'A' < 26 ? 32 : 0;
		y += y - 'A' < 26 ? 32 : 0;
		if (x != y)
			return 0;
		if (x == 0)
			break;
	}
	return 1;
}
/* Empty or "-": inline, being asked of fields on every line. */
static inline int
jy_span_dash(jy_span a)
{
	return a.n == 0 || (a.n == 1 && a.p[0] == '-');
}
/* The order of --by groups: integers by value first, then bytewise. */
int	 jy_group_cmp(jy_span, jy_span);

/* Fast keyed hashing for tables (random key per process). */
uint64_t jy_hash(const void *, size_t);
/* SipHash-1-3 under a key of the caller's (jy_hash's, under a random
 * one). */
uint64_t jy_siphash13(const uint8_t key[16], const void *, size_t);
/* wyhash, final version 4, under its default secret: the same in every
 * run, for what is neither keyed nor written out (hash.c). */
uint64_t jy_wyhash(const void *, size_t, uint64_t seed);
void	 jy_hash_seed(void);

/* Unescape backslash escapes (\" \\ \xHH \t \n \r) of a quoted log field
 * or a TSV value, appending to buf. */
void	 jy_unescape(struct jy_buf *, const char *, size_t);

/* Time helpers.  Times are kept to what ISO 8601's four-digit years
 * write: 0000-01-01T00:00:00Z to 9999-12-31T23:59:59Z. */
#define JY_TIME_MIN	(-62167219200LL)
#define JY_TIME_MAX	253402300799LL
int64_t	 jy_days_from_civil(int64_t y, unsigned m, unsigned d);
int	 jy_parse_duration(const char *, int64_t *);
int	 jy_parse_clf_time(const char *, size_t, int64_t *);
/* strptime-style: bytes used, or -1 (see time.c for the directives). */
int	 jy_strptime(const char *fmt, const char *, size_t, int64_t *);
/* --since/--until values (time.c says which); 0 or -1. */
int	 jy_parse_when(const char *, int64_t now, int utc, int64_t *);

/* Lists of strings loaded from an option or a file. */
struct jy_list {
	char	**v;
	size_t	  n;
};
void	 jy_list_add(struct jy_list *, const char *, size_t);
void	 jy_list_clear(struct jy_list *);
jy_status jy_list_load(struct jy_list *, const char *path, char *, size_t);

/*
 * A format driver: a family of log formats with a parser of its own (W3C
 * extended, cloud load balancers, JSON lines...), beside the LogFormat
 * interpreter and TSV that format.c does itself.  A driver is found by
 * one of its names (-F NAME) or by detection; format.c owns the jy_format
 * and keeps the driver's state in it.  Drivers are listed in drivers.c.
 *
 * parse fills r (format.c has set every span empty, status and bytes to
 * -1 and time to 0) and returns 0; 1 for a line that is not a record (a
 * directive such as W3C's #Fields, a comment); -1 with *why for a line
 * that does not fit.  Spans point into the line or into scratch, which
 * has room for twice the line (unescaped text never grows).  logs says
 * which fields the format (as its directives have defined it so far)
 * logs; named maps a field name to r->named[] or -1; reset, if there is
 * one, is called as each file starts (before its lines, the first ones
 * included, which detection has parsed already).
 */
struct jy_fmtdrv {
	const char *const *names;	/* NULL-terminated; the first is its own */
	int		 detect;	/* tried by detection */
	void		*(*open)(const char *name, char *err, size_t errlen);
	int		 (*parse)(void *st, jy_span line, jy_record *r,
			    struct jy_buf *scratch, const char **why);
	unsigned	 (*logs)(void *st);
	int		 (*named)(void *st, const char *name);
	void		 (*free)(void *st);
	/* A new file begins (may be NULL): forget what directives said. */
	void		 (*reset)(void *st);
};
void	 jy_format_reset(jy_format *);
jy_format *jy_format_clone(const jy_format *);
/* Is the format read by format.c's fast path (Apache's common and
 * combined shapes)?  Off, the interpreter reads every line: the tests
 * hold the two to each other. */
int	 jy_format_fast(const jy_format *);
void	 jy_format_fast_off(jy_format *);
/* Did the last line parsed take a quote inside a field for its text? */
int	 jy_format_lenient(const jy_format *);
/* Does an event stream's header name the column (past the names kept
 * too: those read as empty)? */
int	 jy_format_tsv_has(const jy_format *, const char *name);
extern const struct jy_fmtdrv *const jy_fmtdrvs[];	/* NULL-terminated */

/* Shared parsing helpers for drivers (format.c). */
int	 jy_parse_request(jy_record *, jy_span request);
int	 jy_parse_int(const char *, size_t, int64_t *);	/* "-" is -1 */
/* A target in absolute form (scheme://host[:port]/path): the path, and
 * the host as the vhost if none is set (fmt_aws.c). */
void	 jy_target_absolute(jy_record *, struct jy_buf *scratch);

/* Page normalisation and channels, used by the input pipeline. */
struct jy_config_impl;
/*
 * What a referrer's host says of a session's channel (and so whether it
 * is the site's), remembered by host and vhost for the requests after
 * it: a site's referrers come from a few hosts, its own most of all,
 * and each was tried against some fifty domains.  Zeroed to begin, and
 * again whenever the site's hosts change.
 */
#define JY_CHMEMO_N	64
#define JY_CHMEMO_MAX	128
struct jy_chmemo {
	struct {
		uint16_t	 n, vn;		/* 0: empty */
		int8_t		 ch;
		char		 b[JY_CHMEMO_MAX];	/* host, then vhost */
	}	 e[JY_CHMEMO_N];
};
int	 jy_channel_classify(jy_span referrer, jy_span target,
	    const struct jy_list *site_hosts, jy_span vhost,
	    struct jy_chmemo *memo);
uint64_t jy_campaign_key(jy_span target);
/* A URL's host, "www." dropped; a query parameter's raw value, or "". */
jy_span	 jy_url_host(jy_span url);
jy_span	 jy_query_value(jy_span target, const char *name);

/*
 * Is the referrer's host the site's (its vhost, or a --site-host or
 * inferred one)?  1 also when nothing names the site.
 */
int	 jy_ref_internal(jy_span ref, const struct jy_list *site_hosts,
	    jy_span vhost, struct jy_chmemo *memo);

/*
 * -v's advice for sites whose query string is the page (qadvice.c): a
 * fixed sample of 4096 pageviews (page, query), and a line when one page
 * is more than half of them and has query strings.
 */
struct jy_qadvice;
struct jy_qadvice *jy_qadvice_new(void);
void	 jy_qadvice_add(struct jy_qadvice *, jy_span page, jy_span target);
void	 jy_qadvice_report(const struct jy_qadvice *, FILE *, const char *prog);
void	 jy_qadvice_free(struct jy_qadvice *);

/*
 * Documents (embedded.c): every URL that a request names as referrer
 * (but for itself), in a fixed-size Bloom filter of 4 MiB.  A false
 * positive takes a fetch for a document: it stays a pageview.
 */
struct jy_docset;
struct jy_docset *jy_docset_new(void);
uint64_t jy_docset_ref_hash(jy_span ref, jy_span target);
/* The same in two steps, the first of the referrer alone (rp: its
 * path and query, in ref or static; h: 0 if it is not absolute). */
uint64_t jy_docset_ref_part(jy_span ref, jy_span *rp);
uint64_t jy_docset_ref_fin(uint64_t h, jy_span rp, jy_span target);
void	 jy_docset_add(struct jy_docset *, uint64_t);
/* Brings in what jy_docset_add of this hash will write, ahead of it:
 * the slot that says whether it was added lately, then (that slot in
 * the cache, some lines later) the filter's words if it was not. */
void	 jy_docset_prefetch_recent(const struct jy_docset *, uint64_t);
void	 jy_docset_prefetch(const struct jy_docset *, uint64_t);
int	 jy_docset_has(const struct jy_docset *, uint64_t urlhash);
void	 jy_docset_free(struct jy_docset *);
/* An http(s):// URL?  Its path and query (no fragment; "/" if none);
 * their hash (a fixed key: the same on every machine). */
int	 jy_url_absolute(jy_span);
jy_span	 jy_url_pathq(jy_span);
uint64_t jy_url_hash(jy_span pathq);

/*
 * The site's own hosts, inferred where the log has no vhost and no
 * --site-host is given.  Feed jy_siteinfer_page the page of every
 * pageview and jy_siteinfer_referrer the referrer of every parsed
 * request (static ones say most: a page's assets have it as referrer),
 * in any order; then jy_siteinfer_decide, before the first session's
 * channel is decided, adds the hosts whose referrer paths are pages of
 * this log to site (c->site_hosts) and returns how many it added, with a line
 * for -v in msg ("host, host (N of their M referrer paths are pages of
 * this log)", or "none of the N referrer hosts ..." if there were
referrers but none of the site's, or "" if there were none).  Memory: at most 2^18 pages and 2^18 (host, path) pairs,
 * as 8- and 16-byte hashes (a few MB), and 4096 host names.
 */
struct jy_siteinfer;
struct jy_config;
struct jy_siteinfer *jy_siteinfer_new(void);
void	 jy_siteinfer_page(struct jy_siteinfer *, jy_span page);
void	 jy_siteinfer_referrer(struct jy_siteinfer *, const struct jy_config *,
	    jy_span referrer);
/*
 * jy_siteinfer_referrer in two: the referrer's own part, which a worker
 * thread can work out (-j): h, the hash of a referrer not "-" or empty
 * (jy_hash | 1), then jy_siteinfer_ref_pair sets its host's and page's
 * hashes, or 0 where it cannot be the site's (page and tmp: scratch);
 * and the part that adds it, given the same referrer, in input order.
 */
struct jy_siref {
	uint64_t	 h, host, path;
};
void	 jy_siteinfer_ref_pair(const struct jy_config *, jy_span referrer,
	    struct jy_siref *, struct jy_buf *page, struct jy_buf *tmp);
void	 jy_siteinfer_ref_add(struct jy_siteinfer *, const struct jy_siref *,
	    jy_span referrer);
/* jy_siteinfer_page by the page's hash (jy_hash | 1; 0 for no page),
 * which a worker can make. */
void	 jy_siteinfer_page_hash(struct jy_siteinfer *, uint64_t);
/* What jy_siteinfer_ref_add and jy_siteinfer_page_hash will read and
 * write, fetched lines ahead as jy_docset_prefetch*'s. */
void	 jy_siteinfer_prefetch_recent(const struct jy_siteinfer *,
	    const struct jy_siref *);
void	 jy_siteinfer_prefetch(const struct jy_siteinfer *,
	    const struct jy_siref *, uint64_t pageh);
size_t	 jy_siteinfer_decide(struct jy_siteinfer *, struct jy_list *site,
	    char *msg, size_t msglen);
void	 jy_siteinfer_free(struct jy_siteinfer *);


/* The match context every regex uses (a pcre2_match_context *), and a
 * match that failed other than by not matching, counted under the
 * pattern's text for jy_pattern_warn (pattern.c). */
void	*jy_rx_context(void);
void	 jy_rx_failed(const char *text, int rc);
/* A thread other than the main one ends: its context goes. */
void	 jy_rx_thread_end(void);
/* gzip input: was this reader's, and the decoder built in (reader.c). */
int	 jy_reader_gzip(const jy_reader *);
const char *jy_gzip_backend(void);
/* Length of a valid UTF-8 sequence at s (n > 0), or 0 (output.c). */
size_t	 jy_utf8len(const uint8_t *s, size_t n);
/* s escaped as jy_out_tsv writes it, into dst, which has room for 4n
 * bytes: the bytes written. */
size_t	 jy_tsv_escape(char *dst, const char *s, size_t n);
/* Room for n bytes at the end of o's buffer, for a line written there
 * at once: where it begins (NULL if n is more than the buffer holds);
 * jy_out_wrote then says where it ended. */
char	*jy_out_room(jy_out *, size_t n);
void	 jy_out_wrote(jy_out *, const char *end);
/* v in decimal at q (room for 20 bytes): the end. */
char	*jy_put_int(char *q, int64_t v);
/* A string with control bytes written as \xHH, for messages. */
void	 jy_fputs_safe(FILE *, const char *);
/* The same into d (dn bytes, NUL included; cut at a whole byte's escape). */
void	 jy_escape_str(char *d, size_t dn, const char *s);

/*
 * Terminal charts (output.c): the columns a value takes as jy_out_tsv
 * writes it (a UTF-8 character one, an escape its length); the
 * terminal's width (COLUMNS, else the width of a terminal on standard
 * output, else 80); and the cells a bar gets when the rest of its line
 * takes fixed columns: what is left, from 10 to most.
 */
size_t	 jy_tsv_width(const char *, size_t);
int	 jy_term_width(void);
int	 jy_chart_cells(size_t fixed, int most);

/*
 * Records grouped by key in at most budget bytes, the rest in sorted runs
 * in tmpdir (spill.c).  jy_spill_finish hands every record to fn in key
 * order, those of one key in the order added; -1 with jy_spill_error
 * when a temporary file fails.
 */
struct jy_spill;
struct jy_spill	*jy_spill_new(size_t budget, const char *tmpdir);
int	 jy_spill_add(struct jy_spill *, const void *key, size_t keyn,
	    const void *data, size_t n);
int	 jy_spill_finish(struct jy_spill *, int (*fn)(void *, jy_span key,
	    jy_span data), void *ctx);
/* The same for records that are one uint64_t count each: fn once a key,
 * with the sum of its counts. */
int	 jy_spill_sums(struct jy_spill *, int (*fn)(void *, jy_span key,
	    uint64_t n), void *ctx);
const char *jy_spill_error(const struct jy_spill *);
void	 jy_spill_stats(const struct jy_spill *, uint64_t *records,
	    size_t *runs, uint64_t *bytes);
void	 jy_spill_free(struct jy_spill *);

/* A --rewrite rule: s#REGEX#REPLACEMENT#[gi]. */
struct jy_rewrite;
struct jy_rewrite *jy_rewrite_compile(const char *, char *, size_t);
int	 jy_rewrite_apply(struct jy_rewrite *, struct jy_buf *in,
	    struct jy_buf *tmp);
void	 jy_rewrite_free(struct jy_rewrite *);

enum { JY_VIS_IPUA, JY_VIS_IP, JY_VIS_FIELD };

/*
 * User-Agent parsing with uap-core's regexes.yaml (ua.c): the browser,
 * OS and device families, cached per distinct UA by its hash h (the
 * salted one of jy_ua_hash), and what they make of the UA.
 */
enum { JY_UA_BROWSER, JY_UA_OS, JY_UA_DEVICE, JY_UA_N };
enum { JY_DC_DESKTOP, JY_DC_MOBILE, JY_DC_TABLET, JY_DC_BOT, JY_DC_OTHER };
#define JY_UA_DEFAULT	"/usr/share/uap-core/regexes.yaml"
struct jy_ua;
struct jy_ua *jy_ua_open(const char *path, char *err, size_t errlen);
void	 jy_ua_parse(struct jy_ua *, jy_span ua, uint64_t h, unsigned want,
	    jy_span out[JY_UA_N]);
int	 jy_ua_parse_class(struct jy_ua *, jy_span ua, uint64_t h,
	    jy_span out[JY_UA_N]);
int	 jy_ua_isbot(const jy_span fam[JY_UA_N]);
int	 jy_ua_class(jy_span ua, const jy_span fam[JY_UA_N]);
const char *jy_ua_class_name(int);
const char *jy_ua_path(const struct jy_ua *);
void	 jy_ua_key(const struct jy_ua *, struct jy_buf *);
/* Off: every rule tried (tests/uaconf.c compares both ways). */
void	 jy_ua_filter(struct jy_ua *, int on);
/* Sets of lower-case strings such that every match of rx holds one
 * string of each set, into out (each string a length byte and its
 * bytes, each set ended by a 0 byte); the number of sets, 0 when none
 * is known (rxatoms.c). */
int	 jy_rx_atoms(const char *rx, struct jy_buf *out);
/* The input options a partial's fingerprint holds (config.c). */
struct jy_config;
void	 jy_config_key(const struct jy_config *, struct jy_buf *);
void	 jy_ua_stats(const struct jy_ua *, uint64_t *parsed, uint64_t *bad);
void	 jy_ua_free(struct jy_ua *);
struct jy_config;
/* The config's parser, opened the first time it is asked for (NULL if
 * the file cannot be read: *err says why). */
struct jy_ua *jy_config_ua(struct jy_config *, char *err, size_t errlen);
/* A --bot-list substring is in the UA (cached by h like the verdict). */
int	 jy_bot_listed(const struct jy_config *, jy_span ua, uint64_t h);
/* Held around the config's parser (opening it, parsing, reading what a
 * parse returned): input.c parses on several threads (-j). */
extern pthread_mutex_t jy_ua_lock;

/*
 * Touchpoint owners (owner.c): brand, partner, social, external, or the
 * owners of an --owners file, from a session's channel and its entry's
 * referrer host and campaign.
 */
struct jy_owners;
struct jy_owners *jy_owners_load(const char *path, char *err, size_t errlen);
int	 jy_owner_of(const struct jy_owners *, int channel, jy_span referrer,
	    jy_span target);
const char *jy_owner_name(const struct jy_owners *, int);
void	 jy_owners_free(struct jy_owners *);
void	 jy_owners_key(const struct jy_owners *, struct jy_buf *);

#define JY_MAX_STAGES	32767	/* struct pv's int16_t stage */

struct jy_stage {
	jy_pattern	*pat;
	char		*name;
};

/* -j N: N threads parse (input.c); without -j, the cores, at most
 * JY_JOBS_AUTO. */
#define JY_MAX_JOBS	64
#define JY_JOBS_AUTO	4

struct jy_config {
	char		*format_spec;		/* NULL: detect */
	int64_t		 timeout, slack, max_pageviews, max_sessions;
	int64_t		 max_rate;		/* pageviews a minute, 0 off */
	int		 strict;
	char		*time_format;
	int		 visitor;
	char		*visitor_field;
	int		 split_midnight, split_campaign;
	char		*tz;
	int		 all, keep_bots, keep_static, keep_downloads;
	int		 no_embedded;		/* --no-embedded */
	int		 status_set;
	uint8_t		 status_ok[1000];
	struct jy_list	 methods, statics, downloads, bots;
	uint64_t	*method_pk, *static_pk, *download_pk;	/* packed */
	jy_pattern	**static_pats;		/* --static-pattern */
	size_t		 nstatic_pats;
	struct jy_pathrule *paths;		/* --include/--exclude-path */
	size_t		 npaths;
	int		 nincludes;
	int		 raw_pages;		/* no percent-decoding */
	int		 keep_query;		/* 0 no, 1 all, 2 named */
	struct jy_list	 query_names;
	struct jy_rewrite **rewrites;
	size_t		 nrewrites;
	struct jy_list	 site_hosts;
	struct jy_stage	*stages;
	size_t		 nstages;
	uint8_t		 salt[16];
	char		*rejects_path;
	int		 verbose;
	int		 resessionize;		/* TSV input is sessionized anew */
	uint32_t	 shard_k, shard_n;	/* --shard K/N: K-1 and N; N 0 */
	int		 stream;		/* --stream: the watermark path */
	int		 quiet;
	int		 progress;		/* JY_PROGRESS_* */
	uint64_t	 memory;		/* --memory budget, bytes */
	int		 jobs;			/* -j: 0 the cores, at most
						 * JY_JOBS_AUTO */
	char		*tmpdir;		/* -T, else $TMPDIR, else /tmp */
	char		*since, *until;
	char		*ua_path;		/* --ua-regexes, else NULL */
	struct jy_ua	*ua;			/* opened when first needed */
	int		 ua_tried;		/* ... once */
	int		 no_ua_bots;		/* --no-ua-bots */
	struct jy_owners *owners;		/* --owners, else NULL */
	char		 ua_err[512];		/* why ua is NULL */
	int		 print_lists;
};

/* --include-path and --exclude-path, in the order given. */
struct jy_pathrule {
	jy_pattern	*pat;
	int		 include;
};
/*
 * --shard: does the visitor of this key belong to the shard?  The bucket
 * is the salted SipHash of the visitor key (the visitor id's hash, so the
 * same on every machine) modulo N.
 */
static inline int
jy_shard_keep(const struct jy_config *c, const char *key, size_t n)
{
	return c->shard_n <= 1 ||
	    jy_siphash(c->salt, key, n) % c->shard_n == c->shard_k;
}

/* The filter's verdict on a record: 0 keep, else the reason. */
enum { JY_KEEP, JY_DROP_METHOD, JY_DROP_STATUS, JY_DROP_STATIC, JY_DROP_BOT,
	JY_DROP_DOWNLOAD, JY_DROP_PATH };
/* The salted SipHash of a line's UA, made when first needed (by the bot
 * check, then the visitor key) and only once. */
struct jy_uahash {
	uint64_t	h;
	int		have;
};

static inline uint64_t
jy_ua_hash(const struct jy_config *c, jy_span ua, struct jy_uahash *u)
{
	if (!u->have) {
		u->h = jy_siphash(c->salt, ua.p, ua.n);
		u->have = 1;
	}
	return u->h;
}

int	 jy_filter(const struct jy_config *, const jy_record *, int logs_ua,
	    struct jy_uahash *);
void	 jy_filter_prepare(struct jy_config *);
void	 jy_filter_defaults(struct jy_config *);
void	 jy_page(const struct jy_config *, jy_span target, struct jy_buf *out,
	    struct jy_buf *tmp);
/* The page of a record into out (its page column, or from its target),
 * then --include-path/--exclude-path: JY_KEEP or JY_DROP_PATH. */
int	 jy_page_of(const struct jy_config *, const jy_record *,
	    struct jy_buf *out, struct jy_buf *tmp);
/* Percent-decoding of a page name where that is safe (filter.c). */
void	 jy_page_decode(struct jy_buf *, struct jy_buf *tmp);

/*
 * Partial states (partial.c).  A writer collects an analysis's lines
 * (key fields, then a count; jy_pw_key writes the first field) and
 * jy_pw_end writes them sorted under the two header lines.  jy_pr_read
 * checks the header of each partial against prog and the options'
 * fingerprint, counts in *nread the files that had one, and hands every
 * data line to fn as unescaped fields; fn returns 0, or -1 with a reason
 * in err.
 */
#define JY_PARTIAL_VERSION	1
struct jy_pw {
	FILE		*mem;
	char		*buf;
	size_t		 len;
	jy_out		*o;
};
void	 jy_pw_begin(struct jy_pw *);
void	 jy_pw_key(jy_out *, const char *, size_t);
void	 jy_pw_count(jy_out *, uint64_t);
void	 jy_pw_end(struct jy_pw *, jy_out *, const char *prog,
	    uint64_t print, const char *columns);
typedef int (*jy_pr_fn)(void *ctx, const jy_span *f, size_t nf, char *err,
	    size_t errlen);
int	 jy_pr_count(jy_span, uint64_t *);
jy_status jy_pr_read(const char *path, const char *prog, uint64_t print,
	    jy_pr_fn fn, void *ctx, int *nread, char *err, size_t errlen);

/*
 * Map output (mapred.c).  jy_map_write writes a pageview's map line;
 * jy_mapin_next reads a file's lines, passing plain input as it is and
 * turning a mapper's output back into log lines, a key's lines in time
 * order, with *newkey set at the first line of each key.
 */
struct jy_mapin;
int	 jy_map_line(jy_span);
void	 jy_map_write(jy_out *, uint64_t key, int64_t t, uint64_t pos,
	    jy_span line);
struct jy_mapin *jy_mapin_new(void);
int	 jy_mapin_next(struct jy_mapin *, jy_reader *, jy_span *line,
	    int *newkey);
int	 jy_mapin_cut(const struct jy_mapin *, const jy_reader *);
/* Lines pass as they are read (this file is no mapper's output). */
int	 jy_mapin_plain(const struct jy_mapin *);
void	 jy_mapin_reset(struct jy_mapin *);
void	 jy_mapin_free(struct jy_mapin *);

/* The offset of --tz from UTC at t, in seconds (0 without --tz). */
int64_t	 jy_tz_offset(const struct jy_config *, int64_t t);
/* jretention's column for its patterns; its error past --memory. */
void	 jy_retention_column(jy_retention *, int col);
const char *jy_retention_error(const jy_retention *);

/* Each analysis's partial lines, and one line merged (a jy_pr_fn). */
void	 jy_funnel_partial(jy_funnel *, jy_out *);
int	 jy_funnel_attribution(const jy_funnel *);	/* --attribution */
/* --attribution's state past the bytes given stops the run (the error). */
int	 jy_funnel_merge_line(void *, const jy_span *, size_t, char *, size_t);
void	 jy_paths_partial(jy_paths *, jy_out *);
int	 jy_paths_merge_line(void *, const jy_span *, size_t, char *, size_t);
void	 jy_dropoff_partial(jy_dropoff *, jy_out *);
jy_status jy_dropoff_want(jy_dropoff *, jy_input *, char *, size_t);
int	 jy_dropoff_merge_line(void *, const jy_span *, size_t, char *, size_t);
/* jreport's: every analysis it is made of under one header, each line
 * after the name of its analysis (report_partial.c); analysis.c's
 * helpers for it: an analysis's lines with no header, one merged, the
 * fingerprint of its options, a budget of its own (not half of
 * --memory), and jdropoff's funnel mode written as jfunnel's TSV. */
void	 jy_report_partial(jy_report *, jy_out *, uint64_t print);
int	 jy_report_merge_line(void *, const jy_span *, size_t, char *, size_t);
uint64_t jy_report_fingerprint(const jy_report *);
void	 jy_analysis_partial_lines(jy_analysis *, jy_out *);
int	 jy_analysis_merge_line(void *, const jy_span *, size_t, char *,
	    size_t);
uint64_t jy_analysis_fingerprint(const jy_analysis *);
void	 jy_analysis_budget(jy_analysis *, size_t bytes);
void	 jy_analysis_write_funnel(jy_analysis *, jy_out *);
uint64_t jy_analysis_last_steps(const jy_analysis *);
/* An edge of jpaths --edges: its step, from and to values, its count. */
typedef void	 jy_edge_fn(void *, uint32_t step, jy_span from, jy_span to,
		    uint64_t count);
int	 jy_analysis_each_edge(jy_analysis *, jy_edge_fn *, void *);
int	 jy_paths_each_edge(jy_paths *, jy_edge_fn *, void *);
uint64_t jy_funnel_last_steps(const jy_funnel *);
void	 jy_dropoff_budget(jy_dropoff *, size_t bytes);
void	 jy_retention_partial(jy_retention *, jy_out *);
int	 jy_retention_merge_line(void *, const jy_span *, size_t, char *,
	    size_t);

/* Progress on stderr (progress.c): auto shows it on a terminal once a
 * run has taken a second; --progress always; --no-progress never. */
enum { JY_PROGRESS_AUTO, JY_PROGRESS_ON, JY_PROGRESS_OFF };
struct jy_progress;
struct jy_progress *jy_progress_new(int mode);
void	 jy_progress_tick(struct jy_progress *, const jy_reader *,
	    uint64_t lines, int final);
void	 jy_progress_clear(struct jy_progress *);
void	 jy_progress_free(struct jy_progress *);
void	 jy_reader_progress(const jy_reader *, uint64_t *done,
	    uint64_t *total);
size_t	 jy_reader_lines(jy_reader *, struct jy_buf *, size_t max);
int	 jy_reader_direct(const jy_reader *);

#endif
