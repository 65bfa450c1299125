/*
 * fuzz_pipeline.c - the whole pipeline on the input as a log file:
 * format detection, parsing, filters, sessionizing, and each session's
 * every field written as TSV and JSON and as an event stream to
 * /dev/null.  Everything is freed, so a leak is a finding.
 *
 * An input whose first byte is a control other than TAB, LF or CR uses
 * that byte's low five bits as options (see opt[]) and is read from the
 * next byte on; bit 0x10 reads the file twice, as two input files.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "journey.h"

struct ctx {
	jy_out		*o;
	jy_events	*ev;
	uint64_t	 sessions, pageviews;
};

static int
each(void *arg, const jy_session *s)
{
	struct ctx *c = arg;
	size_t n = jy_session_len(s), i;
	int ch = jy_session_channel(s), k;

	if (n == 0 || ch < 0 || ch >= JY_CH_N)
		__builtin_trap();
	c->sessions++;
	c->pageviews += n;
	jy_out_str(c->o, jy_session_id(s));
	jy_out_tsv(c->o, jy_session_visitor(s), strlen(jy_session_visitor(s)));
	jy_out_str(c->o, jy_channel_name(ch));
	for (i = 0; i < n; i++) {
		if (i > 0 && jy_session_time(s, i) < jy_session_time(s, i - 1))
			__builtin_trap();	/* not in time order */
		jy_out_int(c->o, jy_session_time(s, i));
		jy_out_int(c->o, jy_session_status(s, i));
		jy_out_int(c->o, jy_session_bytes(s, i));
		for (k = 0; k < JY_F_NFIXED; k++) {
			jy_span f = jy_session_field(s, i, k);
			jy_out_tsv(c->o, f.p, f.n);
			jy_out_json(c->o, f.p, f.n);
		}
	}
	return jy_events_session(c->ev, s);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const opt[][2] = {
		{ "stages", NULL }, { "split-midnight", "" },	/* 0x01 */
		{ "all", "" }, { "rewrite", "s#[0-9]+#N#g" },	/* 0x02 */
		{ "split-campaign", "" }, { "max-pageviews", "3" }, /* 0x04 */
		{ "visitor", "ip" }, { "keep-query", "" },	/* 0x08 */
	};
	static const char stages[] = "~^/(cart|checkout)\tbuy\n"
	    "/product/*\tview\n/\thome\n";
	static int fd = -1, sfd = -1;
	static char path[64], spath[64];
	unsigned flags = 0;
	char err[1024];
	size_t i;

	if (fd < 0) {
		if ((fd = memfd_create("log", 0)) < 0 ||
		    (sfd = memfd_create("stages", 0)) < 0 ||
		    write(sfd, stages, sizeof stages - 1) < 0)
			abort();
		snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
		snprintf(spath, sizeof spath, "/proc/self/fd/%d", sfd);
	}
	if (size > 0 && data[0] < 0x20 && data[0] != '\t' &&
	    data[0] != '\n' && data[0] != '\r') {
		flags = data[0];
		data++, size--;
	}
	if (ftruncate(fd, 0) != 0 || pwrite(fd, data, size, 0) !=
	    (ssize_t)size)
		abort();

	jy_config *cfg = jy_config_new();
	for (i = 0; i < 8; i++)
		if (flags & 1u << i / 2 && jy_config_set(cfg, opt[i][0],
		    opt[i][1] ? opt[i][1] : spath, err, sizeof err) != JY_OK)
			abort();
	FILE *f = fopen("/dev/null", "w");
	struct ctx c = { jy_out_new(f), NULL, 0, 0 };
	if (jy_events_new(c.o, "session,visitor,seq,time,epoch,page,url,"
	    "method,status,bytes,referrer,ua,host,channel,stage,duration",
	    flags & 2, 0, &c.ev, err, sizeof err) != JY_OK)
		abort();
	jy_input *in = jy_input_new(cfg, each, &c, err, sizeof err);
	if (in == NULL)
		abort();
	for (i = 0; i < JY_F_NFIXED; i++)
		jy_input_want(in, (int)i);
	jy_input_file(in, path);
	if (flags & 0x10)
		jy_input_file(in, path);
	jy_input_finish(in);
	/* Every line is counted once, and every pageview is in a session. */
	struct jy_stats st;
	jy_input_stats(in, &st);
	if (st.lines != st.skipped + st.malformed + st.parsed ||
	    st.parsed != st.method + st.status + st.statics + st.bots +
	    st.downloads + st.excluded + st.othershard + st.late +
	    st.pageviews || st.pageviews != c.pageviews ||
	    st.sessions != c.sessions)
		__builtin_trap();
	jy_input_free(in);
	jy_events_free(c.ev);
	if (jy_out_close(c.o) != 0)
		__builtin_trap();
	fclose(f);
	jy_config_free(cfg);
	return 0;
}
