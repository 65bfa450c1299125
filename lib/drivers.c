/*
 * drivers.c - the format drivers, in the order detection tries them
 * (after the LogFormat presets and TSV; on a tie the earlier wins).
 */
#include "internal.h"

extern const struct jy_fmtdrv jy_drv_w3c, jy_drv_iis;	/* fmt_w3c.c */

/* Each driver file defines its struct; list it here. */
const struct jy_fmtdrv *const jy_fmtdrvs[] = {
	/* W3C: */
	&jy_drv_w3c, &jy_drv_iis,
	/* AWS: */
	/* HAProxy: */
	/* JSON: */
	NULL
};
