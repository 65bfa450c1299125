--per visitor: a visitor's sessions are joined in time order and
repeats are collapsed across the join.  The event stream has no session
column, so it is sessionized (30m): u1 has /a, /b at 10:00 and /b, /c
at 11:00 (a new session after 59 minutes); u2 has /x at 10:30.
Per session: "/a > /b", "/b > /c", "/x".  Per visitor: u1 is
"/a > /b > /c" (the /b at the join collapsed), u2 "/x".  --no-collapse
keeps it: "/a > /b > /b > /c".  --by channel takes the first session's.
--- file in.tsv
#visitor	time	page
u1	2026-11-22T10:00:00Z	/a
u1	2026-11-22T10:01:00Z	/b
u2	2026-11-22T10:30:00Z	/x
u1	2026-11-22T11:00:00Z	/b
u1	2026-11-22T11:01:00Z	/c
--- cmd
jpaths --no-header in.tsv
jpaths --no-header --per visitor in.tsv
jpaths --no-header --per visitor --no-collapse in.tsv
--- stdout
1	0.3333	/a > /b
1	0.3333	/b > /c
1	0.3333	/x
1	0.5000	/a > /b > /c
1	0.5000	/x
1	0.5000	/a > /b > /b > /c
1	0.5000	/x
