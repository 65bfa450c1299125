An event export grouped by user, epoch-second times, each user's rows in
time order but the users one after another (u2's rows are an hour behind
u1's last).  Event TSV is sessionized per visitor, so u2 is not late.
t0 = 1795341600 = 2026-11-22T10:00:00Z.
u1: home t0, product t0+600, cart t0+4000 (gap 3400 s > 30 min: new
session).  u2: x1 t0+100, x2 t0+200, x3 t0+50 (out of order by 150 s,
within the 5 min slack of u2's last row: put first), x0 t0-1000 (older
than u2's last 10:03:20 less 5 min: late, counted and rejected).
u1's first session closes when cart starts the next; the rest at the end
in order of last row: u2 (10:03:20), then u1's second (11:06:40).
--- cmd
jsessionize --stream -v --rejects rej.tsv --no-header -o visitor,seq,time,page export.tsv
cat rej.tsv
--- file export.tsv
#ts	user_id	event_name
1795341600	u1	home
1795342200	u1	product
1795345600	u1	cart
1795341700	u2	x1
1795341800	u2	x2
1795341650	u2	x3
1795340600	u2	x0
--- stdout
u1	1	2026-11-22T10:00:00Z	home
u1	2	2026-11-22T10:10:00Z	product
u2	1	2026-11-22T10:00:50Z	x3
u2	2	2026-11-22T10:01:40Z	x1
u2	3	2026-11-22T10:03:20Z	x2
u1	1	2026-11-22T11:06:40Z	cart
1795340600	u2	x0
--- stderr
export.tsv: format tsv
jsessionize: 1 of 8 lines late by more than --slack 300s (first: export.tsv:8); written to rej.tsv
jsessionize: lines 8: skipped 1, malformed 0, parsed 7
jsessionize: parsed 7: method 0, status 0, static 0, bots 0, late 1, pageviews 6
jsessionize: visitors 2, sessions 3
