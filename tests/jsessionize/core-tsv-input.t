Event TSV in: a header naming user, time and event (plus an unknown
column, kept out of the way), users interleaved, ISO and epoch times
mixed (1795341660 is 2026-11-22T10:01:00Z), re-sessionized with the
default 30 minutes: u1 at 10:00 and 10:01 (one session), 11:00 (new
session, gap 59m); u2 at 10:02.  The user value is the visitor as is.
Order: at 11:00 the watermark (10:55) closes u1's first session (last
10:01) and u2's (last 10:02), in that order; then u1's second at the end.
A TAB escaped in the input (\t) is unescaped and escaped again on output.
--- stdin
#user	time	event	extra
u1	2026-11-22T10:00:00Z	home	x
u2	2026-11-22T10:02:00Z	search\tbox	y
u1	1795341660	product	z
u1	2026-11-22T11:00:00Z	cart	w
--- cmd
jsessionize -o visitor,seq,time,page
--- stdout
#visitor	seq	time	page
u1	1	2026-11-22T10:00:00Z	home
u1	2	2026-11-22T10:01:00Z	product
u2	1	2026-11-22T10:02:00Z	search\tbox
u1	1	2026-11-22T11:00:00Z	cart
