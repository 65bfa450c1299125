/*
 * progress.c - one line on stderr that says how far the input is read:
 * bytes of the total where the file's size is known (gzip by compressed
 * bytes), lines, lines a second, time taken.  Redrawn in place with \r
 * at most four times a second and erased when the input is finished,
 * so it never stays in a terminal's scrollback nor mixes with messages.
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"

struct jy_progress {
	int	 mode, tty, shown;
	double	 t0, last;
};

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

struct jy_progress *
jy_progress_new(int mode)
{
	struct jy_progress *p;

	if (mode == JY_PROGRESS_OFF)
		return NULL;
	if (mode == JY_PROGRESS_AUTO && !isatty(2))
		return NULL;
	p = jy_xcalloc(1, sizeof *p);
	p->mode = mode;
	p->t0 = p->last = now();
	return p;
}

static void
size(char *b, size_t n, uint64_t v)
{
	if (v >= (uint64_t)1 << 30)
		snprintf(b, n, "%.2f GB", (double)v / (1 << 30));
	else
		snprintf(b, n, "%.1f MB", (double)v / (1 << 20));
}

/*
 * Called every few thousand lines and once at the end of each file
 * (final): the clock is read no more often than that.
 */
void
jy_progress_tick(struct jy_progress *p, const jy_reader *rd, uint64_t lines,
    int final)
{
	char done[32], total[32], name[128], line[320];
	uint64_t d, t;
	double tn, el;

	if (p == NULL)
		return;
	tn = now();
	el = tn - p->t0;
	if (!final && tn - p->last < 0.25)
		return;
	if (p->mode == JY_PROGRESS_AUTO && el < 1.0)
		return;
	p->last = tn;
	jy_reader_progress(rd, &d, &t);
	jy_escape_str(name, sizeof name, jy_reader_name(rd));
	size(done, sizeof done, d);
	if (t > 0) {
		size(total, sizeof total, t);
		snprintf(line, sizeof line, "%s: %s of %s (%.0f%%)", name, done,
		    total, 100.0 * (double)d / (double)t);
	} else if (d > 0)
		snprintf(line, sizeof line, "%s: %s", name, done);
	else
		snprintf(line, sizeof line, "%s", name);
	/* \r, the line, and erase what a longer line before left. */
	fprintf(stderr, "\r%s, %llu lines, %.0f lines/s, %.1f s\033[K", line,
	    (unsigned long long)lines, el > 0 ? (double)lines / el : 0.0, el);
	fflush(stderr);
	p->shown = 1;
}

void
jy_progress_clear(struct jy_progress *p)
{
	if (p == NULL || !p->shown)
		return;
	fputs("\r\033[K", stderr);
	fflush(stderr);
	p->shown = 0;
}

void
jy_progress_free(struct jy_progress *p)
{
	jy_progress_clear(p);
	free(p);
}
