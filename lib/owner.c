/*
 * owner.c - who owns the touchpoint a session came in by, in the terms
 * of the journey-mapping literature (Lemon and Verhoef 2016): brand-owned
 * (what the firm runs itself), partner-owned (run with or paid to
 * others), social (other customers, social networks) and external
 * (independent sources: search engines, other sites).
 *
 * The default is by the session's channel:
 *   direct, email, campaign  brand     (the site, its mail, its own tags)
 *   paid                     partner   (ads, affiliates: utm_medium cpc,
 *                                       affiliate..., click ids)
 *   social                   social
 *   search, referral         external
 *   unknown (nothing logged) -
 * --owners FILE replaces it: PATTERN<TAB>OWNER lines, tried in order
 * against the entry's referrer host ("www." dropped) and then its
 * utm_campaign value; the first line that matches names the owner, and
 * a session no line matches is "other".  A pattern is exact text, a glob
 * with * and ?, or ~REGEX.  "#" lines and empty lines are skipped.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

enum { OW_BRAND, OW_PARTNER, OW_SOCIAL, OW_EXTERNAL, OW_NONE, OW_OTHER,
	OW_N };

static const char *const defname[OW_N] = {
	"brand", "partner", "social", "external", "-", "other"
};

struct orule {
	jy_pattern	*pat;
	int		 owner;		/* index into names */
};

struct jy_owners {
	struct orule	*r;
	size_t		 n;
	struct jy_list	 names;		/* OW_N defaults, then the file's */
	struct jy_buf	 key;		/* the rules' text, for partials */
};

static int
intern(struct jy_owners *o, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < o->names.n; i++)
		if (strlen(o->names.v[i]) == n && memcmp(o->names.v[i], s, n) == 0)
			return (int)i;
	jy_list_add(&o->names, s, n);
	return (int)o->names.n - 1;
}

struct jy_owners *
jy_owners_load(const char *path, char *err, size_t errlen)
{
	struct jy_owners *o;
	FILE *f = fopen(path, "r");
	char *line = NULL, *tab;
	size_t lcap = 0, lineno = 0;
	ssize_t n;
	int i;

	if (f == NULL) {
		jy_errf(err, errlen, "--owners %s: %s", path, strerror(errno));
		return NULL;
	}
	o = jy_xcalloc(1, sizeof *o);
	for (i = 0; i < OW_N; i++)
		jy_list_add(&o->names, defname[i], strlen(defname[i]));
	while ((n = getline(&line, &lcap, f)) > 0) {
		lineno++;
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			line[--n] = '\0';
		if (n == 0 || line[0] == '#')
			continue;
		tab = strchr(line, '\t');
		if (tab == NULL || tab == line || tab[1] == '\0' ||
		    strchr(tab + 1, '\t') != NULL ||
		    (size_t)n != strlen(line)) {
			jy_errf(err, errlen, "--owners %s:%zu: give PATTERN, a "
			    "tab and OWNER (such as *.partner.example<TAB>"
			    "partner)", path, lineno);
			goto fail;
		}
		*tab = '\0';
		o->r = jy_xrealloc(o->r, (o->n + 1) * sizeof *o->r);
		if (jy_pattern_compile(line, &o->r[o->n].pat, err, errlen) !=
		    JY_OK)
			goto fail;
		o->r[o->n].owner = intern(o, tab + 1, strlen(tab + 1));
		o->n++;
		/* The lines that count, NUL after each field: the same
		 * rules give the same key whatever the file's name. */
		jy_buf_add(&o->key, line, strlen(line) + 1);
		jy_buf_add(&o->key, tab + 1, strlen(tab + 1) + 1);
	}
	free(line);
	fclose(f);
	return o;
fail:
	free(line);
	fclose(f);
	jy_owners_free(o);
	return NULL;
}

int
jy_owner_of(const struct jy_owners *o, int channel, jy_span referrer,
    jy_span target)
{
	size_t i;

	if (o == NULL)
		switch (channel) {
		case JY_CH_DIRECT:
		case JY_CH_EMAIL:
		case JY_CH_CAMPAIGN:
			return OW_BRAND;
		case JY_CH_PAID:
			return OW_PARTNER;
		case JY_CH_SOCIAL:
			return OW_SOCIAL;
		case JY_CH_SEARCH:
		case JY_CH_REFERRAL:
			return OW_EXTERNAL;
		default:
			return OW_NONE;
		}
	jy_span host = { "", 0 }, camp = { "", 0 };
	if (referrer.n > 0 && !jy_span_dash(referrer))
		host = jy_url_host(referrer);
	if (target.n > 0)
		camp = jy_query_value(target, "utm_campaign");
	for (i = 0; i < o->n; i++)
		if (jy_pattern_match(o->r[i].pat, host.p, host.n) ||
		    (camp.n > 0 && jy_pattern_match(o->r[i].pat, camp.p,
		    camp.n)))
			return o->r[i].owner;
	return OW_OTHER;
}

const char *
jy_owner_name(const struct jy_owners *o, int k)
{
	if (o != NULL && k >= 0 && (size_t)k < o->names.n)
		return o->names.v[k];
	return k >= 0 && k < OW_N ? defname[k] : "-";
}

void
jy_owners_free(struct jy_owners *o)
{
	size_t i;

	if (o == NULL)
		return;
	for (i = 0; i < o->n; i++)
		jy_pattern_free(o->r[i].pat);
	free(o->r);
	jy_list_clear(&o->names);
	jy_buf_free(&o->key);
	free(o);
}

/* What of the file changes the owners (the rules, in order), for the
 * fingerprint of a partial state. */
void
jy_owners_key(const struct jy_owners *o, struct jy_buf *b)
{
	jy_buf_add(b, o->key.p, o->key.n);
}
