Equal timestamps and one event matching two steps.
Steps /, /cart, /checkout.  S1: /cart and / in the same second, /cart
first in the input, then /checkout 5 s later: events of one second count
as simultaneous and are taken in step order (as ClickHouse sorts them),
so S1 reaches all 3 steps (cart 0 s after home, checkout 5 s).  S2: / /
/cart all at one second: 2 steps, 0 s.  S3: /checkout, / -> 1 step.
count 3, 2, 1; dropped S3 at 1, S2 at 2.  cart times {0, 0}.
Second run: steps any=/p/* and one=/p/1; S4 has the single event /p/1.
One event fills one step by default (1 step reached); with
--reuse-events it fills both (2).  Third: --strict-increase: S1's
cart is at the same second as home, so S1 stops at step 1 (explain says
why), S2 too; S3 has step 1 only.
--- cmd
jfunnel --no-header -s / -s /cart -s /checkout ev.tsv
jfunnel --no-header -s 'any=/p/*' -s one=/p/1 p.tsv
jfunnel --no-header --reuse-events -s 'any=/p/*' -s one=/p/1 p.tsv
jfunnel --strict-increase --explain --no-header -s / -s /cart -s /checkout ev.tsv
--- file ev.tsv
#session	visitor	time	page
S1	v1	2026-11-22T10:00:00Z	/cart
S1	v1	2026-11-22T10:00:00Z	/
S1	v1	2026-11-22T10:00:05Z	/checkout
S2	v2	2026-11-22T10:00:00Z	/
S2	v2	2026-11-22T10:00:00Z	/
S2	v2	2026-11-22T10:00:00Z	/cart
S3	v3	2026-11-22T10:00:00Z	/checkout
S3	v3	2026-11-22T10:00:01Z	/
--- file p.tsv
#session	visitor	time	page
S4	v4	2026-11-22T10:00:00Z	/p/1
--- stdout
1	/	3	1.0000	1.0000	1	-	-
2	/cart	2	0.6667	0.6667	1	0	0
3	/checkout	1	0.3333	0.5000	0	5	5
1	any	1	1.0000	1.0000	1	-	-
2	one	0	0.0000	0.0000	0	-	-
1	any	1	1.0000	1.0000	0	-	-
2	one	1	1.0000	1.0000	0	0	0
S1	v1	1	1@2026-11-22T10:00:00Z	step 2 (/cart) at the same time as step 1
S2	v2	1	1@2026-11-22T10:00:00Z	step 2 (/cart) at the same time as step 1
S3	v3	1	1@2026-11-22T10:00:01Z	step 2 (/cart) never seen
