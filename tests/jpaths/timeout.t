-t / --timeout re-cut an event stream without a session column: u1 at
10:00 /, 10:05 /a, 10:20 /b.  With the default 30 minutes one session
"/ > /a > /b"; with -t 10m the 15-minute gap starts a new session:
"/ > /a" and "/b", 1/2 each.  -v writes counts to stderr, not stdout
(the stdout is the same as without it).
--- file in.tsv
#visitor	time	page
u1	2026-11-22T10:00:00Z	/
u1	2026-11-22T10:05:00Z	/a
u1	2026-11-22T10:20:00Z	/b
--- cmd
jpaths in.tsv
jpaths -t 10m in.tsv
jpaths --timeout 10m -v in.tsv 2>err
test -s err && echo "stderr has counts"
jpaths --verbose in.tsv 2>/dev/null | tail -n 1
--- stdout
#count	share	path
1	1.0000	/ > /a > /b
#count	share	path
1	0.5000	/ > /a
1	0.5000	/b
#count	share	path
1	0.5000	/ > /a
1	0.5000	/b
stderr has counts
1	1.0000	/ > /a > /b
