# funnel.awk - an independent reimplementation of jfunnel's default rule
# (ordered, one event per step, no window, per session) for exact-page
# steps, to check jfunnel against on a real log.  Reads the event stream
# "session<TAB>epoch<TAB>page" (sessions contiguous, rows in time order);
# steps are given as -v steps="/a /b /c".  Prints "step count dropped
# median p90" per step.
#
# The rule: events of one second are taken in step order; a step-1 event
# starts a chain; a step-k event extends the chain of step k-1, and the
# chain kept for each step is the one that started last (first seen on
# a tie).  A session's level is the deepest step with a chain.
BEGIN { FS = "\t"; n = split(steps, st, " ") }
/^#/ { next }
$1 != cur { if (cur != "") block(); if (cur != "") finish(); cur = $1; reset() }
$2 != bt { block(); bt = $2 }
{ nb++; bp[nb] = $3 }
END { if (cur != "") { block(); finish() } report() }
function reset(  k) { for (k = 1; k <= n; k++) has[k] = 0; nb = 0; bt = "" }
function block(  k, i, t, j) {
	if (nb == 0) return
	t = bt + 0
	for (k = 1; k <= n; k++) for (i = 1; i <= nb; i++) {
		if (bp[i] != st[k]) continue
		if (k == 1) { has[1] = 1; first[1] = t; tm[1, 1] = t; continue }
		if (!has[k-1] || (has[k] && first[k-1] <= first[k])) continue
		has[k] = 1; first[k] = first[k-1]
		for (j = 1; j < k; j++) tm[k, j] = tm[k-1, j]
		tm[k, k] = t
	}
	nb = 0
}
function finish(  k, L, j) {
	L = 0; for (k = 1; k <= n; k++) if (has[k]) L = k
	for (k = 1; k <= L; k++) {
		cnt[k]++
		if (k > 1) d[k, ++nd[k]] = tm[L, k] - tm[L, k-1]
	}
	if (L > 0 && L < n) drop[L]++
}
function rank(k, p,  r, i, j, a, x) {
	for (i = 1; i <= nd[k]; i++) a[i] = d[k, i]
	for (i = 2; i <= nd[k]; i++) { x = a[i]; for (j = i - 1; j >= 1 && a[j] > x; j--) a[j+1] = a[j]; a[j+1] = x }
	r = int((nd[k] * p + 99) / 100); if (r < 1) r = 1
	return a[r]
}
function report(  k) {
	for (k = 1; k <= n; k++)
		printf "%d\t%d\t%d\t%s\t%s\n", k, cnt[k], drop[k], \
		    nd[k] ? rank(k, 50) : "-", nd[k] ? rank(k, 90) : "-"
}
