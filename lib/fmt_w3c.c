/*
 * fmt_w3c.c - format driver (see struct jy_fmtdrv in internal.h and the
 * list in drivers.c).
 */
#include "internal.h"
