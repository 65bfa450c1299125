/*
 * time.c - timestamps without the C library's time zone machinery, which
 * is slow and depends on the environment; logs carry their own offsets.
 */
#include <string.h>

#include "internal.h"

/* Howard Hinnant's days_from_civil: days since 1970-01-01. */
int64_t
jy_days_from_civil(int64_t y, unsigned m, unsigned d)
{
	int64_t era;
	unsigned yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = (unsigned)(y - era * 400);
	doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (int64_t)doe - 719468;
}

static void
civil_from_days(int64_t z, int64_t *y, unsigned *m, unsigned *d)
{
	int64_t era;
	unsigned doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = (unsigned)(z - era * 146097);
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	*y = (int64_t)yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y += *m <= 2;
}

static int
digits(const char *p, int n, int *out)
{
	int v = 0, i;

	for (i = 0; i < n; i++) {
		unsigned c = (unsigned char)p[i] - '0';
		if (c > 9)
			return -1;
		v = v * 10 + (int)c;
	}
	*out = v;
	return 0;
}

static const unsigned char mdays[] = {31,29,31,30,31,30,31,31,30,31,30,31};

static int
valid_date(int y, int mo, int d)
{
	if (mo < 1 || mo > 12 || d < 1 || d > mdays[mo - 1])
		return 0;
	if (mo == 2 && d == 29 && !(y % 4 == 0 && (y % 100 != 0 ||
	    y % 400 == 0)))
		return 0;
	return 1;
}

/*
 * ISO 8601 as the event stream writes it (2026-11-22T13:44:17Z), also
 * with a space for T, fractional seconds, and a +HH:MM / +HHMM offset; or
 * integer epoch seconds (optionally with a fraction, which is dropped).
 */
int
jy_parse_time(jy_span s, int64_t *out)
{
	const char *p = s.p;
	size_t n = s.n, i = 0;
	int y, mo, d, h, mi, sec, oh = 0, om = 0, sign = 0;
	int64_t v;

	if (n == 0)
		return -1;
	if (n < 19 || p[4] != '-') {
		int neg = p[0] == '-';
		v = 0;
		i = neg;
		if (i == n)
			return -1;
		for (; i < n && p[i] != '.'; i++) {
			unsigned c = (unsigned char)p[i] - '0';
			if (c > 9 || v > 100000000000000LL)
				return -1;
			v = v * 10 + c;
		}
		if (i < n)
			for (i++; i < n; i++)
				if ((unsigned)((unsigned char)p[i] - '0') > 9)
					return -1;
		*out = neg ? -v : v;
		return 0;
	}
	if (digits(p, 4, &y) || digits(p + 5, 2, &mo) || p[7] != '-' ||
	    digits(p + 8, 2, &d) || (p[10] != 'T' && p[10] != ' ') ||
	    digits(p + 11, 2, &h) || p[13] != ':' || digits(p + 14, 2, &mi) ||
	    p[16] != ':' || digits(p + 17, 2, &sec))
		return -1;
	i = 19;
	if (i < n && (p[i] == '.' || p[i] == ','))
		for (i++; i < n && p[i] >= '0' && p[i] <= '9'; i++)
			;
	if (i < n && (p[i] == 'Z' || p[i] == 'z'))
		i++;
	else if (i < n && (p[i] == '+' || p[i] == '-')) {
		sign = p[i] == '-' ? -1 : 1;
		if (i + 3 > n || digits(p + i + 1, 2, &oh))
			return -1;
		i += 3;
		if (i < n && p[i] == ':')
			i++;
		if (i + 2 <= n && !digits(p + i, 2, &om))
			i += 2;
	}
	if (i != n || !valid_date(y, mo, d) || h > 23 || mi > 59 || sec > 60)
		return -1;
	v = jy_days_from_civil(y, (unsigned)mo, (unsigned)d) * 86400 +
	    h * 3600 + mi * 60 + sec;
	*out = v - sign * (oh * 3600 + om * 60);
	return 0;
}

size_t
jy_format_time(int64_t t, char out[24])
{
	static int64_t cday = INT64_MIN;
	static char cdate[16];
	int64_t day = t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
	int64_t sod = t - day * 86400, y;
	unsigned m, d;

	/* The date part changes once a day: compute it once. */
	if (day != cday) {
		civil_from_days(day, &y, &m, &d);
		if (y < 0 || y > 9999)
			y = y < 0 ? 0 : 9999;
		cdate[0] = (char)('0' + y / 1000);
		cdate[1] = (char)('0' + y / 100 % 10);
		cdate[2] = (char)('0' + y / 10 % 10);
		cdate[3] = (char)('0' + y % 10);
		cdate[4] = '-';
		cdate[5] = (char)('0' + m / 10);
		cdate[6] = (char)('0' + m % 10);
		cdate[7] = '-';
		cdate[8] = (char)('0' + d / 10);
		cdate[9] = (char)('0' + d % 10);
		cday = day;
	}
	memcpy(out, cdate, 10);
	out[10] = 'T';
	out[11] = (char)('0' + sod / 36000);
	out[12] = (char)('0' + sod / 3600 % 10);
	out[13] = ':';
	out[14] = (char)('0' + sod % 3600 / 600);
	out[15] = (char)('0' + sod % 3600 / 60 % 10);
	out[16] = ':';
	out[17] = (char)('0' + sod % 60 / 10);
	out[18] = (char)('0' + sod % 10);
	out[19] = 'Z';
	out[20] = '\0';
	return 20;
}

/*
 * Apache's %t: [10/Oct/2000:13:55:36 -0700], without the brackets.
 * Returns 0 and UTC epoch seconds, or -1.
 */
int
jy_parse_clf_time(const char *p, size_t n, int64_t *out)
{
	static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
	int d, y, h, mi, s, oh, om, mo;
	int64_t v;

	if (n != 26 || p[2] != '/' || p[6] != '/' || p[11] != ':' ||
	    p[14] != ':' || p[17] != ':' || p[20] != ' ' ||
	    (p[21] != '+' && p[21] != '-'))
		return -1;
	for (mo = 0; mo < 12; mo++)
		if (memcmp(months + mo * 3, p + 3, 3) == 0)
			break;
	if (mo == 12 || digits(p, 2, &d) || digits(p + 7, 4, &y) ||
	    digits(p + 12, 2, &h) || digits(p + 15, 2, &mi) ||
	    digits(p + 18, 2, &s) || digits(p + 22, 2, &oh) ||
	    digits(p + 24, 2, &om) || !valid_date(y, mo + 1, d) || h > 23 ||
	    mi > 59 || s > 60 || om > 59)
		return -1;
	v = jy_days_from_civil(y, (unsigned)mo + 1, (unsigned)d) * 86400 +
	    h * 3600 + mi * 60 + s;
	oh = oh * 3600 + om * 60;
	*out = p[21] == '-' ? v + oh : v - oh;
	return 0;
}
