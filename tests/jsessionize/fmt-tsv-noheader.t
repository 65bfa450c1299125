-F tsv without a header line: the columns are taken to be
"session visitor seq time page status channel".  The session and seq
columns are ignored (re-sessionized by visitor+time); the visitor value is
output as is; the channel column gives the channel (no referrer/url column),
from each session's first pageview.
By hand, in time order: u1 10:00 /a (search), u2 10:05 /x (email),
u1 10:20 /b (direct), u1 11:00 /c (social; gap 40 min: new session).
The rows are put in time order first; at u1's 11:00 row both open
sessions have been idle over 30 minutes and are written in order of their
last pageview (u2 10:05, u1 10:20), then u1's second at the end.
Status is passed through.
--- cmd
jsessionize -F tsv -o visitor,seq,time,page,status,channel
--- stdin
S1	u1	1	2026-11-22T10:00:00Z	/a	200	search
S9	u2	7	2026-11-22T10:05:00Z	/x	200	email
S1	u1	2	2026-11-22T10:20:00Z	/b	301	direct
S1	u1	3	2026-11-22T11:00:00Z	/c	200	social
--- stdout
#visitor	seq	time	page	status	channel
u2	1	2026-11-22T10:05:00Z	/x	200	email
u1	1	2026-11-22T10:00:00Z	/a	200	search
u1	2	2026-11-22T10:20:00Z	/b	301	search
u1	1	2026-11-22T11:00:00Z	/c	200	social
