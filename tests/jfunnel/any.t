--order any: steps in any order.  Steps /, /cart, /checkout.
S1: /checkout 0, /cart 5, / 10.  S2: /cart 0 (no step 1).
Ordered: S1 has / last, so 1 step; S2 none.  counts 1, 0, 0.
Any order: S1 has all three: 1, 1, 1; times are "-" in this mode.
Any order with -w 5: S1's windows of 5 s are [0,5] (/checkout, /cart: no
step 1) and [5,10] (/cart, /): steps 1-2 -> counts 1, 1, 0, dropped 1 at 2.
--- cmd
jfunnel --no-header -s / -s /cart -s /checkout ev.tsv | cut -f1,3,6
jfunnel --order any --no-header -s / -s /cart -s /checkout ev.tsv
jfunnel --order any -w 5 --no-header -s / -s /cart -s /checkout ev.tsv | cut -f1,3,6
--- file ev.tsv
#session	visitor	time	page
S1	v1	2026-11-22T10:00:00Z	/checkout
S1	v1	2026-11-22T10:00:05Z	/cart
S1	v1	2026-11-22T10:00:10Z	/
S2	v2	2026-11-22T10:00:00Z	/cart
--- stdout
1	1	1
2	0	0
3	0	0
1	/	1	1.0000	1.0000	0	-	-
2	/cart	1	1.0000	1.0000	0	-	-
3	/checkout	1	1.0000	1.0000	0	-	-
1	1	0
2	1	1
3	0	0
