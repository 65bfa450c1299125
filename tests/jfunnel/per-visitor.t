--per visitor on an export without a session column (epoch times; rows
grouped by user, so u2's rows come after u1's later ones).  Steps /,
/cart.  t0 = 1795341600 = 2026-11-22T10:00:00Z.
u1: / t0, /cart t0+3600 (60 min later: a new session by the 30 min
timeout).  u2: / t0, /cart t0+600.
Per session: u1's two sessions (/ | /cart) and u2's: step 1 = 2
(u1's first, u2), step 2 = 1 (u2, 600 s).
Per visitor: both reach /cart: 2, 2; times {600, 3600}: median rank 1 =
600, p90 rank ceil(1.8) = 2 = 3600.
Per visitor with -w 30m: u1's cart is 3600 s > 1800 after its step 1:
2, 1, time 600.  -v counts visitors.
--- cmd
jfunnel --no-header -s / -s /cart ex.tsv
jfunnel --per visitor --no-header -s / -s /cart ex.tsv
jfunnel -v --per visitor -w 30m --no-header -s / -s /cart ex.tsv 2>err
grep entered err
--- file ex.tsv
#ts	user_id	event_name
1795341600	u1	/
1795345200	u1	/cart
1795341600	u2	/
1795342200	u2	/cart
--- stdout
1	/	2	1.0000	1.0000	1	-	-
2	/cart	1	0.5000	0.5000	0	600	600
1	/	2	1.0000	1.0000	0	-	-
2	/cart	2	1.0000	1.0000	0	600	3600
1	/	2	1.0000	1.0000	1	-	-
2	/cart	1	0.5000	0.5000	0	600	600
jfunnel: visitors 2: entered 2, excluded 0
