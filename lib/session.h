/*
 * session.h - the sessionizer's private types, shared by input.c (which
 * builds sessions) and session.c (which hands them out).
 */
#ifndef JOURNEY_SESSION_H
#define JOURNEY_SESSION_H

#include "internal.h"

/* How many seconds after its page an embedded fetch may come, and how
 * many pageviews each way are looked at for that page. */
#define JY_EMB_WINDOW	2
#define JY_EMB_LOOK	64

/* Strings a pageview may keep; the page always, the rest on demand. */
enum { S_PAGE, S_URL, S_METHOD, S_REF, S_UA, S_HOST, S_STAGE, S_X0, S_X1,
	S_UAP, S_N };
/* S_UAP / P_UAP: what uap-core made of the UA, as the device class's
 * byte, then browser, OS and device families, each a length byte and
 * its bytes (jy_uap_get). */

/*
 * A pageview: 24 bytes, its strings in the session's sb at off, as a
 * 16-bit mask of the S_x slots present, then for each in order a 32-bit
 * length and the bytes (unaligned; read with memcpy).  Open sessions are
 * what memory is spent on, so a pageview keeps only what was asked for.
 */
struct pv {
	int64_t		 t;
	int64_t		 bytes;
	uint32_t	 off;
	int16_t		 status;
	int16_t		 stage;		/* index into the stages, or -1 */
};

/*
 * What the embedded-fetch rule (input.c, drop_embedded) keeps of a
 * pageview: its URL's hash, and 32 bits of its referrer's if it may be
 * a fetch that page embeds; whether it may embed one (a document was
 * shown); its entry channel if it came at the session's first second.
 */
struct pvx {
	uint64_t	 url;
	uint32_t	 ref;
	uint8_t		 parent : 1;
	uint8_t		 drop : 1;	/* a fetch it embeds: let go */
	int8_t		 channel;	/* -1: not worked out */
	int16_t		 owner;		/* its owner, if asked for */
};
/* Beside each open pageview: a byte more (drop apart) was 8 with the
 * padding, a third of it. */
_Static_assert(sizeof(struct pvx) == 16, "pvx is two words");

struct jy_session {
	/* What a log's pageview touches comes first: the exact path
	 * fetches a session's first four cache lines ahead of its next
	 * pageview (input.c, replay_ahead). */
	struct jy_session *next;	/* free list */
	uint64_t	 hash;		/* table hash of the visitor key */
	struct jy_buf	 key;		/* visitor key, if longer than kin */
	char		 kin[48];	/* a short key, here: one cache miss */
	int64_t		 start, last, day;
	uint64_t	 ordinal;	/* creation order: ties in the heap */
	uint64_t	 gen;		/* counts closes, for dead heap entries */
	uint8_t		 inheap;	/* has a live heap entry */
	uint8_t		 owns;		/* key, vid or sid malloc's: in
					 * input.c's owners */
	uint32_t	 nsame;		/* earlier sessions with this start */
	struct pv	*pv;
	size_t		 n, cap;
	struct jy_buf	 sb;		/* bytes of the pageviews' strings */
	int		 channel;
	int		 owner;		/* jy_owner_of, if asked for */
	uint32_t	 visit;		/* visit number, when asked for */
	uint64_t	 campaign;
	const struct jy_config *cfg;
	struct pvx	*x;		/* beside pv, while embedded fetches
					 * are looked for (input.c) */
	size_t		 xcap;
	size_t		 ncand;		/* pageviews that may be such */
	/* An event stream's sessions. */
	uint32_t	 given;		/* its visit_number */
	int		 grouped;	/* id from an event stream */
	int		 vidkey;	/* the visitor id is the key itself */
	struct jy_buf	 vid;		/* visitor id of an event stream's session */
	struct jy_buf	 sid;		/* session id of an event stream's session */
	const char	*vidp, *sidp;	/* the ids, valid in the callback */
};

/*
 * A pageview ready for the sessionizer: what the filter kept of a line,
 * its page and visitor key made.  On the streaming path its spans point
 * into the line; on the exact path into the record order.c stored.
 * seq and rank place it among records of the same time and visitor
 * (order.c); cls is 0 when it came in time order from its source.
 */
enum { P_KEY, P_PAGE, P_TARGET, P_REF, P_VHOST, P_METHOD, P_UA, P_CHANNEL,
	P_STAGE, P_VISITOR, P_X0, P_X1, P_UAP, P_N };

/* PF_X0 << k: column k kept; PF_GROUPED: a row of an event stream's
 * session, ordered by session id, then time (order.c); PF_EMB: a log's
 * request, which the embedded-fetch rule looks at; PF_TYPED: its
 * Content-Type was logged, and says whether it is a page. */
enum { PF_LOGS_REF = 1, PF_X0 = 2, PF_GROUPED = 8, PF_EMB = 16,
	PF_TYPED = 32 };

struct prec {
	int64_t		 t, bytes;
	uint64_t	 seq, rank, camp;
	uint64_t	 kh;		/* jy_hash of the key, or 0: not made */
	int32_t		 status;
	uint8_t		 cls;
	uint8_t		 flags;		/* PF_x */
	jy_span		 s[P_N];
};

struct jy_order;
struct jy_order	*jy_order_new(size_t budget, const char *tmpdir);
/* Copies the record; -1 with jy_order_error when a spill fails. */
int		 jy_order_add(struct jy_order *, const struct prec *);
/* Hands every record to fn in order; fn's non-zero result stops it.
 * ahead, if not NULL, may see a record's key, kh and flags (nothing
 * else is set) JY_ORDER_AHEAD records before fn does (not every record:
 * none from merged runs), to prefetch what fn will need; the key's
 * bytes stay where they are until fn has had the record. */
#define JY_ORDER_AHEAD	16
int		 jy_order_finish(struct jy_order *,
		    int (*fn)(void *, const struct prec *),
		    void (*ahead)(void *, const struct prec *), void *);
/*
 * The guess that the input is in time order: from the first spill on
 * (when begin(ctx) is called first, on the calling thread, and may say
 * no with a non-zero result), fn (and ahead) get the records as they are written out, in the order
 * jy_order_finish gives them, while the input is still read; when a
 * record comes that sorts before those, fail(ctx) is called once and
 * the guess is off.  If it held to the end, jy_order_finish gives fn
 * only the records it had not had, and jy_order_speculated says so;
 * jy_order_replay then gives all of them again, from the first.  Input
 * that fits in the arena is never spilled, so never guessed at.
 * Threaded, fn and ahead are called on a thread of their own, which
 * reads the run back as it is written, and has ended by the time fail
 * is called or jy_order_finish returns; a non-zero result of fn then
 * stops that thread only.
 */
void		 jy_order_speculate(struct jy_order *,
		    int (*fn)(void *, const struct prec *),
		    void (*ahead)(void *, const struct prec *),
		    int (*begin)(void *), void (*fail)(void *), void *ctx,
		    int threaded);
/* The guess off, from outside: its thread has ended when this returns. */
void		 jy_order_unguess(struct jy_order *);
/* Threaded: on, the thread is held between batches, so that main may
 * read what fn writes (a copy of the whole jy_input); off lets it go. */
void		 jy_order_pause(struct jy_order *, int on);
int		 jy_order_speculated(const struct jy_order *);
/*
 * Raw, from before the first record on (-1 after it): records are kept
 * in the order they come, unsorted, for a caller that guesses it will
 * not need them (the stream guess).  jy_order_cook (which
 * jy_order_finish calls) puts them through the sort as if they had come
 * without it; jy_order_free lets them go.
 */
int		 jy_order_raw(struct jy_order *);
int		 jy_order_cook(struct jy_order *);
int		 jy_order_replay(struct jy_order *,
		    int (*fn)(void *, const struct prec *),
		    void (*ahead)(void *, const struct prec *), void *);
/* The sorted runs will not be read again (the guess held): closed on
 * a thread of their own, which jy_order_free waits for. */
void		 jy_order_release(struct jy_order *);
const char	*jy_order_error(const struct jy_order *);
void		 jy_order_stats(const struct jy_order *, uint64_t *records,
		    size_t *runs, uint64_t *spilled);
void		 jy_order_free(struct jy_order *);
int		 jy_prec_cmp(const struct prec *, const struct prec *);

/* Column col (JY_C_BROWSER...JY_C_DCLASS) of an S_UAP slot's bytes. */
jy_span	jy_uap_get(jy_span slot, int col);

/* The most pageviews of s within any span of window seconds. */
size_t	jy_session_peak(const jy_session *, int64_t window);

#define KEYP(s)	((s)->key.n <= sizeof (s)->kin ? (s)->kin : (s)->key.p)

/* Slot k of pageview p: its bytes, or an empty span. */
jy_span	jy_pv_slot(const jy_session *, const struct pv *, int k);

#endif
