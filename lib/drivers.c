/*
 * drivers.c - the format drivers, in the order detection tries them
 * (after the LogFormat presets and TSV; on a tie the earlier wins).
 */
#include "internal.h"

extern const struct jy_fmtdrv jy_drv_w3c, jy_drv_iis;	/* fmt_w3c.c */
extern const struct jy_fmtdrv jy_drv_json;	/* fmt_json.c */

/* Each driver file defines its struct; list it here. */
extern const struct jy_fmtdrv jy_drv_aws, jy_drv_aws_alb, jy_drv_aws_s3;
extern const struct jy_fmtdrv jy_drv_haproxy;

const struct jy_fmtdrv *const jy_fmtdrvs[] = {
	/* W3C: */
	&jy_drv_w3c, &jy_drv_iis,
	/* AWS: */
	&jy_drv_aws, &jy_drv_aws_alb, &jy_drv_aws_s3,
	/* HAProxy: */
	&jy_drv_haproxy,
	/* JSON: */
	&jy_drv_json,
	NULL
};
