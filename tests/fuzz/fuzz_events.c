/*
 * fuzz_events.c - the event-stream reader: the input is read as an
 * event TSV (-F tsv, the #-header TSV that jsessionize writes), its
 * sessions regrouped by session id, and every session's fields written
 * out again as an event stream to /dev/null.  An input that does not
 * start with '#' gets one of the headers below first (its first byte
 * picks which, and whether --stream is set), so that most runs reach the
 * rows.  Unless the run stops with an error, every line must be counted
 * once and every pageview be in a session; everything is freed.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "journey.h"

struct ctx {
	jy_events	*ev;
	uint64_t	 sessions, pageviews;
};

static int
each(void *arg, const jy_session *s)
{
	struct ctx *c = arg;
	size_t n = jy_session_len(s), i;
	int k;

	if (n == 0)
		__builtin_trap();
	c->sessions++;
	c->pageviews += n;
	for (i = 0; i < n; i++)
		for (k = 0; k < JY_F_NFIXED; k++) {
			jy_span f = jy_session_field(s, i, k);
			if (f.n > 0 && f.p == NULL)
				__builtin_trap();
		}
	return jy_events_session(c->ev, s);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const headers[] = {
		"#session\tvisitor\tseq\ttime\tpage\tstatus\tchannel\n",
		"#session\tvisitor\tseq\ttime\tepoch\tpage\turl\tmethod\t"
		    "status\tbytes\treferrer\tua\thost\tchannel\tstage\t"
		    "duration\n",
		"#visitor\ttime\tpage\n",
		"#session\ttime\tpage\tx\ty\n",
	};
	static int fd = -1;
	static char path[64];
	char err[1024];
	size_t hn = 0;
	int stream = 0;

	if (fd < 0) {
		if ((fd = memfd_create("events", 0)) < 0)
			abort();
		snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	}
	if (ftruncate(fd, 0) != 0)
		abort();
	if (size > 0 && data[0] != '#') {
		const char *h = headers[data[0] % 4];
		stream = data[0] & 4;
		hn = strlen(h);
		if (pwrite(fd, h, hn, 0) != (ssize_t)hn)
			abort();
		data++, size--;
	}
	if (pwrite(fd, data, size, (off_t)hn) != (ssize_t)size)
		abort();

	jy_config *cfg = jy_config_new();
	if (jy_config_set(cfg, "format", "tsv", err, sizeof err) != JY_OK ||
	    (stream && jy_config_set(cfg, "stream", "", err, sizeof err) !=
	    JY_OK))
		abort();
	FILE *f = fopen("/dev/null", "w");
	jy_out *o = jy_out_new(f);
	struct ctx c = { NULL, 0, 0 };
	if (jy_events_new(o, "session,visitor,seq,time,epoch,page,url,"
	    "method,status,bytes,referrer,ua,host,channel,stage,duration",
	    0, 0, &c.ev, err, sizeof err) != JY_OK)
		abort();
	jy_input *in = jy_input_new(cfg, each, &c, err, sizeof err);
	if (in == NULL)
		abort();
	for (int i = 0; i < JY_F_NFIXED; i++)
		jy_input_want(in, i);
	/* With --stream a session id seen again stops the run with an
	 * error, its line read and not used: the counts hold otherwise. */
	int failed = jy_input_file(in, path) != JY_OK;
	failed |= jy_input_finish(in) != JY_OK;
	struct jy_stats st;
	jy_input_stats(in, &st);
	if (!failed && (st.lines != st.skipped + st.malformed + st.parsed ||
	    st.parsed != st.method + st.status + st.statics + st.bots +
	    st.downloads + st.excluded + st.othershard + st.late +
	    st.pageviews || st.pageviews != c.pageviews ||
	    st.sessions != c.sessions))
		__builtin_trap();
	jy_input_free(in);
	jy_events_free(c.ev);
	if (jy_out_close(o) != 0)
		__builtin_trap();
	fclose(f);
	jy_config_free(cfg);
	return 0;
}
