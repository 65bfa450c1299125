/*
 * time.c - timestamps without the C library's time zone machinery, which
 * is slow and depends on the environment; logs carry their own offsets.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

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

static size_t
put_num(char *b, int64_t v, int w)
{
	int i;

	for (i = w - 1; i >= 0; i--, v /= 10)
		b[i] = (char)('0' + v % 10);
	return (size_t)w;
}

/*
 * A time bucket of local time t (epoch seconds plus the zone's offset):
 * hour 2026-11-22T13, day 2026-11-22, ISO week 2026-W47 (weeks start on
 * Monday; a week belongs to the year of its Thursday), month 2026-11.
 * Each sorts as text in time order.
 */
size_t
jy_time_bucket(int64_t t, int col, char out[32])
{
	int64_t day = t >= 0 ? t / 86400 : -((-t + 86399) / 86400), y;
	unsigned m, d;
	size_t n = 0;

	if (col == JY_C_WEEK) {
		/* Monday 0: 1970-01-01 was a Thursday. */
		int64_t wd = ((day + 3) % 7 + 7) % 7, thu = day - wd + 3;
		civil_from_days(thu, &y, &m, &d);
		int64_t jan1 = jy_days_from_civil(y, 1, 1);
		if (y < 0 || y > 9999)
			y = y < 0 ? 0 : 9999;
		n = put_num(out, y, 4);
		out[n++] = '-';
		out[n++] = 'W';
		n += put_num(out + n, (thu - jan1) / 7 + 1, 2);
		out[n] = '\0';
		return n;
	}
	civil_from_days(day, &y, &m, &d);
	if (y < 0 || y > 9999)
		y = y < 0 ? 0 : 9999;
	n = put_num(out, y, 4);
	out[n++] = '-';
	n += put_num(out + n, m, 2);
	if (col != JY_C_MONTH) {
		out[n++] = '-';
		n += put_num(out + n, d, 2);
	}
	if (col == JY_C_HOUR) {
		out[n++] = 'T';
		n += put_num(out + n, (t - day * 86400) / 3600, 2);
	}
	out[n] = '\0';
	return n;
}

/* Are the date (11 bytes) and the zone (6) of a %t the last one's?  In
 * words, not two calls to memcmp: it is asked once a line. */
static inline int
same_day(const char *last, const char *p)
{
	uint64_t a, b;
	uint32_t c, d;
	uint16_t e, f;

	memcpy(&a, last, 8);
	memcpy(&b, p, 8);
	memcpy(&c, last + 7, 4);	/* 7..10 */
	memcpy(&d, p + 7, 4);
	if (a != b || c != d)
		return 0;
	memcpy(&c, last + 11, 4);	/* the zone: 20..25 */
	memcpy(&d, p + 20, 4);
	memcpy(&e, last + 15, 2);
	memcpy(&f, p + 24, 2);
	return c == d && e == f;
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

	/* Lines of one day follow each other: the date and zone of the last
	 * line are remembered (per thread), and only the clock is read. */
	static _Thread_local char last[11 + 6];
	static _Thread_local int64_t lastbase;
	static _Thread_local int lastok;

	if (n != 26 || p[2] != '/' || p[6] != '/' || p[11] != ':' ||
	    p[14] != ':' || p[17] != ':' || p[20] != ' ' ||
	    (p[21] != '+' && p[21] != '-'))
		return -1;
	if (lastok && same_day(last, p)) {
		if (digits(p + 12, 2, &h) || digits(p + 15, 2, &mi) ||
		    digits(p + 18, 2, &s) || h > 23 || mi > 59 || s > 60)
			return -1;
		*out = lastbase + h * 3600 + mi * 60 + s;
		return 0;
	}
	for (mo = 0; mo < 12; mo++)
		if (memcmp(months + mo * 3, p + 3, 3) == 0)
			break;
	if (mo == 12 || digits(p, 2, &d) || digits(p + 7, 4, &y) ||
	    digits(p + 12, 2, &h) || digits(p + 15, 2, &mi) ||
	    digits(p + 18, 2, &s) || digits(p + 22, 2, &oh) ||
	    digits(p + 24, 2, &om) || !valid_date(y, mo + 1, d) || h > 23 ||
	    mi > 59 || s > 60 || om > 59)
		return -1;
	v = jy_days_from_civil(y, (unsigned)mo + 1, (unsigned)d) * 86400;
	oh = oh * 3600 + om * 60;
	v = p[21] == '-' ? v + oh : v - oh;
	memcpy(last, p, 11);
	memcpy(last + 11, p + 20, 6);
	lastbase = v;
	lastok = 1;
	*out = v + h * 3600 + mi * 60 + s;
	return 0;
}

/* A month or weekday name at p: its index in names (three-letter
 * prefixes, full names accepted), and its length in *len; or -1. */
static int
name_at(const char *p, size_t n, const char *const *names, int count,
    size_t *len)
{
	int i;
	size_t k;

	for (i = 0; i < count; i++) {
		const char *nm = names[i];
		for (k = 0; k < n && nm[k] != '\0' &&
		    (p[k] | 0x20) == (nm[k] | 0x20); k++)
			;
		if (nm[k] == '\0' || (k >= 3 && (k == n || !((p[k] | 0x20)
		    >= 'a' && (p[k] | 0x20) <= 'z')))) {
			if (k < 3)
				continue;
			*len = k;
			return i;
		}
	}
	return -1;
}

/* Up to max digits (at least one) as a number; *used gets how many. */
static int
num_at(const char *p, size_t n, int max, int64_t *v, size_t *used)
{
	size_t i;

	*v = 0;
	for (i = 0; i < n && (int)i < max && p[i] >= '0' && p[i] <= '9'; i++)
		*v = *v * 10 + (p[i] - '0');
	*used = i;
	return i == 0 ? -1 : 0;
}

/*
 * strptime for --time-format and %{FORMAT}t: %Y %y %m %d %e %H %I %M %S
 * %p %b %h %B %a %A %z %Z %s %f %j %T %F %D %R %n %t %% and literal text;
 * a space matches any run of blanks.  Returns the bytes used, or -1.
 * Times without %z or %s are taken as UTC.
 */
static int
strptime_core(const char *fmt, const char *p, size_t n, int64_t *out)
{
	static const char *const months[] = { "january", "february",
	    "march", "april", "may", "june", "july", "august", "september",
	    "october", "november", "december" };
	static const char *const days[] = { "sunday", "monday", "tuesday",
	    "wednesday", "thursday", "friday", "saturday" };
	int64_t y = 1970, mo = 1, d = 1, h = 0, mi = 0, s = 0, off = 0, v;
	int64_t epoch = 0, yday = -1;
	int has_epoch = 0, pm = -1;
	size_t i = 0, u;
	const char *f;

	for (f = fmt; *f; f++) {
		if (*f == ' ' || *f == '\t') {
			while (i < n && (p[i] == ' ' || p[i] == '\t'))
				i++;
			continue;
		}
		if (*f != '%') {
			if (i == n || p[i] != *f)
				return -1;
			i++;
			continue;
		}
		f++;
		switch (*f) {
		case 'Y':
			if (num_at(p + i, n - i, 4, &y, &u))
				return -1;
			i += u;
			break;
		case 'y':
			if (num_at(p + i, n - i, 2, &y, &u))
				return -1;
			y += y < 69 ? 2000 : 1900;	/* as POSIX strptime */
			i += u;
			break;
		case 'm': case 'd': case 'e': case 'H': case 'I': case 'M':
		case 'S': case 'j': {
			char c = *f;
			if (c == 'e' && i < n && p[i] == ' ')
				i++;
			if (num_at(p + i, n - i, c == 'j' ? 3 : 2, &v, &u))
				return -1;
			i += u;
			if (c == 'm') mo = v;
			else if (c == 'd' || c == 'e') d = v;
			else if (c == 'H' || c == 'I') h = v;
			else if (c == 'M') mi = v;
			else if (c == 'S') s = v;
			else yday = v;
			break;
		}
		case 'p':
			if (i + 2 > n)
				return -1;
			if ((p[i] | 0x20) == 'a' || (p[i] | 0x20) == 'p')
				pm = (p[i] | 0x20) == 'p';
			else
				return -1;
			if ((p[i + 1] | 0x20) != 'm')
				return -1;
			i += 2;
			break;
		case 'b': case 'h': case 'B': {
			int k = name_at(p + i, n - i, months, 12, &u);
			if (k < 0)
				return -1;
			mo = k + 1;
			i += u;
			break;
		}
		case 'a': case 'A':
			if (name_at(p + i, n - i, days, 7, &u) < 0)
				return -1;
			i += u;
			break;
		case 'z': case 'Z': {
			int sign;
			int64_t oh, om = 0;
			if (i < n && (p[i] == 'Z' || p[i] == 'z')) {
				i++;
				break;
			}
			if (i < n && *f == 'Z' && p[i] >= 'A' && p[i] <= 'Z') {
				while (i < n && p[i] >= 'A' && p[i] <= 'Z')
					i++;	/* "UTC", "GMT" */
				break;
			}
			if (i == n || (p[i] != '+' && p[i] != '-'))
				return -1;
			sign = p[i++] == '-' ? -1 : 1;
			if (num_at(p + i, n - i, 2, &oh, &u) || u != 2)
				return -1;
			i += u;
			if (i < n && p[i] == ':')
				i++;
			if (i < n && p[i] >= '0' && p[i] <= '9') {
				if (num_at(p + i, n - i, 2, &om, &u) || u != 2)
					return -1;
				i += u;
			}
			off = sign * (oh * 3600 + om * 60);
			break;
		}
		case 's': {
			int neg = i < n && p[i] == '-';
			if (num_at(p + i + neg, n - i - neg, 18, &epoch, &u))
				return -1;
			i += neg + u;
			if (neg)
				epoch = -epoch;
			has_epoch = 1;
			if (i < n && p[i] == '.' && f[1] == '\0')
				for (i++; i < n && p[i] >= '0' && p[i] <= '9'; i++)
					;
			break;
		}
		case 'f':
			if (num_at(p + i, n - i, 9, &v, &u))
				return -1;
			i += u;
			break;
		case 'n': case 't':
			while (i < n && (p[i] == ' ' || p[i] == '\t'))
				i++;
			break;
		case '%':
			if (i == n || p[i] != '%')
				return -1;
			i++;
			break;
		default:
			return -1;
		}
	}
	if (has_epoch) {
		*out = epoch;
		return (int)i;
	}
	if (pm >= 0) {
		if (h < 1 || h > 12)
			return -1;
		h = h % 12 + (pm ? 12 : 0);
	}
	if (yday > 0) {
		mo = 1;
		d = yday;
	}
	if (mo < 1 || mo > 12 || d < 1 || d > (yday > 0 ? 366 : 31) ||
	    h > 23 || mi > 59 || s > 60)
		return -1;
	if (yday <= 0) {
		static const unsigned char dim[12] = { 31, 29, 31, 30, 31, 30,
		    31, 31, 30, 31, 30, 31 };
		int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
		if (d > dim[mo - 1] || (mo == 2 && d == 29 && !leap))
			return -1;
	}
	*out = jy_days_from_civil(y, (unsigned)mo, 1) * 86400 +
	    (d - 1) * 86400 + h * 3600 + mi * 60 + s - off;
	return (int)i;
}

int
jy_strptime(const char *fmt, const char *p, size_t n, int64_t *out)
{
	char buf[512];
	size_t k = 0;

	/* %T %F %D %R stand for longer formats: spell them out first. */
	for (; *fmt; fmt++) {
		const char *sub = NULL;
		if (fmt[0] == '%' && fmt[1] != '\0') {
			switch (fmt[1]) {
			case 'T': sub = "%H:%M:%S"; break;
			case 'F': sub = "%Y-%m-%d"; break;
			case 'D': sub = "%m/%d/%y"; break;
			case 'R': sub = "%H:%M"; break;
			}
		}
		if (sub != NULL) {
			if (k + strlen(sub) >= sizeof buf)
				return -1;
			memcpy(buf + k, sub, strlen(sub));
			k += strlen(sub);
			fmt++;
			continue;
		}
		if (k + 3 >= sizeof buf)
			return -1;
		if (fmt[0] == '%' && fmt[1] != '\0')
			buf[k++] = *fmt++;
		buf[k++] = *fmt;
	}
	buf[k] = '\0';
	return strptime_core(buf, p, n, out);
}

/* Local time (in TZ, or UTC when utc) to epoch seconds. */
static int64_t
local_epoch(int y, int mo, int d, int h, int mi, int sec, int utc)
{
	struct tm tm;

	if (utc)
		return jy_days_from_civil(y, (unsigned)mo, (unsigned)d) *
		    86400 + h * 3600 + mi * 60 + sec;
	memset(&tm, 0, sizeof tm);
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = mi;
	tm.tm_sec = sec;
	tm.tm_isdst = -1;
	return (int64_t)mktime(&tm);
}

/* Midnight of the day that is days away from now's day, local. */
static int64_t
midnight(int64_t now, int days, int utc)
{
	struct tm tm;
	time_t tt = (time_t)now;

	if (utc)
		gmtime_r(&tt, &tm);
	else
		localtime_r(&tt, &tm);
	return local_epoch(tm.tm_year + 1900, tm.tm_mon + 1,
	    tm.tm_mday + days, 0, 0, 0, utc);
}

/*
 * --since/--until: now, today, yesterday, -N followed by d, w, h or m
 * (days and weeks from midnight, hours and minutes from now), a date
 * YYYY-MM-DD (its midnight), or a date and time YYYY-MM-DDTHH:MM[:SS],
 * all in the time zone (TZ as set, or UTC when utc), unless the time
 * names its own zone (Z, +HH:MM).
 */
int
jy_parse_when(const char *s, int64_t now, int utc, int64_t *out)
{
	size_t n = strlen(s);
	int y, mo, d, h = 0, mi = 0, sec = 0;
	char *e;

	if (strcmp(s, "now") == 0) {
		*out = now;
		return 0;
	}
	if (strcmp(s, "today") == 0 || strcmp(s, "yesterday") == 0) {
		*out = midnight(now, s[0] == 't' ? 0 : -1, utc);
		return 0;
	}
	if (s[0] == '-' && s[1] >= '0' && s[1] <= '9') {
		long v = strtol(s + 1, &e, 10);
		if (v > 100000 || e[0] == '\0' || e[1] != '\0')
			return -1;
		switch (e[0]) {
		case 'd': *out = midnight(now, (int)-v, utc); return 0;
		case 'w': *out = midnight(now, (int)(-7 * v), utc); return 0;
		case 'h': *out = now - 3600 * (int64_t)v; return 0;
		case 'm': *out = now - 60 * (int64_t)v; return 0;
		}
		return -1;
	}
	if (n < 10 || digits(s, 4, &y) || s[4] != '-' || digits(s + 5, 2, &mo) ||
	    s[7] != '-' || digits(s + 8, 2, &d) || !valid_date(y, mo, d))
		return -1;
	if (n == 10) {
		*out = local_epoch(y, mo, d, 0, 0, 0, utc);
		return 0;
	}
	if (s[10] != 'T' && s[10] != ' ')
		return -1;
	if (n >= 20 && s[19] != '\0' && strchr("Zz+-.", s[19]) != NULL)
		return jy_parse_time(jy_span_str(s), out);
	if (n < 16 || digits(s + 11, 2, &h) || s[13] != ':' ||
	    digits(s + 14, 2, &mi) || h > 23 || mi > 59)
		return -1;
	if (n == 17 && (s[16] == 'Z' || s[16] == 'z')) {
		*out = local_epoch(y, mo, d, h, mi, 0, 1);
		return 0;
	}
	if (n > 16 && (s[16] != ':' || n != 19 || digits(s + 17, 2, &sec) ||
	    sec > 59))
		return -1;
	*out = local_epoch(y, mo, d, h, mi, sec, utc);
	return 0;
}
