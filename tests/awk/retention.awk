# retention.awk - an independent day-cohort retention table, from
# jsessionize -o visitor,time (one line per pageview, ISO 8601 UTC times):
# sessions by the 30-minute rule (a gap over 1800 s starts one), a
# visitor's cohort the day of its first session, period k counted once
# for a visitor with a session starting k days later, and periods past
# the last day in the input written as "-".  Usage:
#   awk -v N=7 -f retention.awk   (input sorted by visitor, then time)
function days(y, m, d) {	# days from 1970-01-01 (Howard Hinnant's)
	y -= m <= 2
	era = int((y >= 0 ? y : y - 399) / 400)
	yoe = y - era * 400
	doy = int((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
	return era * 146097 + yoe * 365 + int(yoe / 4) - int(yoe / 100) + doy - 719468
}
function label(n,    y, m, d, z, era, doe, yoe, doy, mp) {
	z = n + 719468
	era = int((z >= 0 ? z : z - 146096) / 146097)
	doe = z - era * 146097
	yoe = int((doe - int(doe / 1460) + int(doe / 36524) - int(doe / 146096)) / 365)
	y = yoe + era * 400
	doy = doe - (365 * yoe + int(yoe / 4) - int(yoe / 100))
	mp = int((5 * doy + 2) / 153)
	d = doy - int((153 * mp + 2) / 5) + 1
	m = mp + (mp < 10 ? 3 : -9)
	return sprintf("%04d-%02d-%02d", y + (m <= 2), m, d)
}
BEGIN { FS = "\t"; if (N == "") N = 7 }
/^#/ { next }
{
	split($2, a, /[-T:Z]/)
	day = days(a[1] + 0, a[2] + 0, a[3] + 0)
	t = day * 86400 + a[4] * 3600 + a[5] * 60 + a[6]
	if (day > last) last = day
	if ($1 != v) {
		v = $1
		c = day
		size[c]++
		delete back
		prev = t
		next
	}
	if (t - prev > 1800 && !((v, day) in back)) {
		back[v, day] = 1
		if (day - c >= 1 && day - c <= N)
			ret[c, day - c]++
	}
	prev = t
}
END {
	print "#cohort\tperiod\tvisitors\treturned\trate"
	n = 0
	for (c in size) cs[++n] = c + 0
	for (i = 2; i <= n; i++)	# insertion sort: few cohorts
		for (j = i; j > 1 && cs[j - 1] > cs[j]; j--) {
			x = cs[j]; cs[j] = cs[j - 1]; cs[j - 1] = x
		}
	for (i = 1; i <= n; i++) {
		c = cs[i]
		for (k = 0; k <= N; k++) {
			got = k == 0 ? size[c] : ret[c, k] + 0
			if (c + k > last)
				printf "%s\t%d\t%d\t-\t-\n", label(c), k, size[c]
			else
				printf "%s\t%d\t%d\t%d\t%.4f\n", label(c), k, size[c], got, got / size[c]
		}
	}
}
