/*
 * prefault.c - blocks of memory touched ahead of need, in time the
 * cores would otherwise spend idle.
 *
 * The sessions' slabs (input.c) are memory touched for the first time,
 * 2 MiB at a time, as the open sessions grow: each first touch is a
 * fault and a page zeroed by the kernel (in a virtual machine, a page
 * the host maps in too), some 3% of a 1 GB run's CPU, and all of it on
 * the thread that sessionizes, the one the others wait for.  A thread of
 * the lowest class (SCHED_IDLE: it runs only on a core nothing else
 * wants) maps and touches the next few blocks before they are asked
 * for, so that the cost falls in the moments a core waits for work.
 * It keeps at most a few blocks ready, so the memory it holds ahead of
 * need is bounded (jy_prefault_new's ahead), and taking a block never
 * waits for it: none ready, the caller makes its own.
 */
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>

#include "internal.h"

#define AHEAD_MAX	8

struct jy_prefault {
	pthread_t	 th;
	pthread_mutex_t	 mu;
	pthread_cond_t	 cv;
	size_t		 size;
	int		 ahead;
	void		*ready[AHEAD_MAX];
	int		 n;
	int		 quit;
};

static void *
prefaulter(void *arg)
{
	struct jy_prefault *pf = arg;
	struct sched_param sp = { 0 };
	size_t i;
	void *p;

#ifdef SCHED_IDLE
	/* Where the class is refused, the thread still only works ahead. */
	(void)pthread_setschedparam(pthread_self(), SCHED_IDLE, &sp);
#else
	(void)sp;
#endif
	pthread_mutex_lock(&pf->mu);
	for (;;) {
		while (!pf->quit && pf->n == pf->ahead)
			pthread_cond_wait(&pf->cv, &pf->mu);
		if (pf->quit)
			break;
		pthread_mutex_unlock(&pf->mu);
		p = jy_xhuge(pf->size);
		/* A write a page: a huge page faults in whole at its first. */
		for (i = 0; i < pf->size; i += 4096)
			((volatile char *)p)[i] = 0;
		pthread_mutex_lock(&pf->mu);
		pf->ready[pf->n++] = p;
	}
	/* Let go (jy_prefault_free): what is left is the thread's. */
	pthread_mutex_unlock(&pf->mu);
	for (i = 0; i < (size_t)pf->n; i++)
		jy_hugefree(pf->ready[i], pf->size);
	pthread_mutex_destroy(&pf->mu);
	pthread_cond_destroy(&pf->cv);
	free(pf);
	return NULL;
}

struct jy_prefault *
jy_prefault_new(size_t size, int ahead)
{
	struct jy_prefault *pf = jy_xcalloc(1, sizeof *pf);

	pf->size = size;
	pf->ahead = ahead < 1 ? 1 : ahead > AHEAD_MAX ? AHEAD_MAX : ahead;
	pthread_mutex_init(&pf->mu, NULL);
	pthread_cond_init(&pf->cv, NULL);
	if (pthread_create(&pf->th, NULL, prefaulter, pf) != 0) {
		pthread_mutex_destroy(&pf->mu);
		pthread_cond_destroy(&pf->cv);
		free(pf);
		return NULL;
	}
	return pf;
}

void *
jy_prefault_take(struct jy_prefault *pf)
{
	void *p = NULL;

	if (pf == NULL)
		return NULL;
	pthread_mutex_lock(&pf->mu);
	if (pf->n > 0) {
		p = pf->ready[--pf->n];
		pthread_cond_signal(&pf->cv);
	}
	pthread_mutex_unlock(&pf->mu);
	return p;
}

/*
 * The thread is told to stop and not waited for: in the middle of a
 * block, on a machine whose cores are all busy, its class may leave it
 * a second or more from the end of it, and nothing it does is needed.
 * It frees pf and what it holds itself; an exit before that ends it.
 */
void
jy_prefault_free(struct jy_prefault *pf)
{
	if (pf == NULL)
		return;
	pthread_mutex_lock(&pf->mu);
	pf->quit = 1;
	pthread_cond_signal(&pf->cv);
	pthread_detach(pf->th);
	pthread_mutex_unlock(&pf->mu);
}
