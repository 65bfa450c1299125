/*
 * session.h - the sessionizer's private types, shared by input.c (which
 * builds sessions) and session.c (which hands them out).
 */
#ifndef JOURNEY_SESSION_H
#define JOURNEY_SESSION_H

#include "internal.h"

/* Strings a pageview may keep; the page always, the rest on demand. */
enum { S_PAGE, S_URL, S_METHOD, S_REF, S_UA, S_HOST, S_STAGE, S_X0, S_X1,
	S_N };

struct pv {
	int64_t		 t;
	int64_t		 bytes;
	uint32_t	 off[S_N], len[S_N];
	int		 status;
	int		 stage;		/* index into the stages, or -1 */
};

struct jy_session {
	struct jy_session *next;	/* free list */
	uint64_t	 hash;		/* table hash of the visitor key */
	struct jy_buf	 key;		/* visitor key */
	struct jy_buf	 vid;		/* visitor id as written */
	struct jy_buf	 sid;		/* session id as written */
	int64_t		 start, last, day;
	uint64_t	 ordinal;	/* creation order: ties in the heap */
	size_t		 heapi;
	uint32_t	 nsame;		/* earlier sessions with this start */
	struct pv	*pv;
	size_t		 n, cap;
	struct jy_buf	 sb;		/* bytes of the pageviews' strings */
	int		 channel;
	int		 grouped;	/* id from an event stream */
	uint64_t	 campaign;
	const struct jy_config *cfg;
};

#endif
