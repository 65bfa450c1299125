--open (GA4's open funnel): entry at any step counts.  Steps /, /cart,
/checkout.  S1: /cart 0, /checkout 10 (enters at step 2).  S2: / 0,
/checkout 5 (skips /cart).  S3: / 0, /cart 5.
Closed: step 1 S2, S3 = 2; step 2 S3 = 1; step 3 none.  dropped: S2 at
1, S3 at 2.  cart time {5}.
Open: step 1 S2, S3 = 2; step 2 S1 (entered), S3 = 2; step 3 S1 (after
its /cart, 10 s) and S2 (entered there) = 2.  dropped: S2 reached 1 not 2;
S3 reached 2 not 3; none at the last.  Times only where the step before
is in the same chain: cart {5} (S3), checkout {10} (S1).
--- cmd
jfunnel --no-header -s / -s /cart -s /checkout ev.tsv
jfunnel --open --no-header -s / -s /cart -s /checkout ev.tsv
--- file ev.tsv
#session	visitor	time	page
S1	v1	2026-11-22T10:00:00Z	/cart
S1	v1	2026-11-22T10:00:10Z	/checkout
S2	v2	2026-11-22T10:00:00Z	/
S2	v2	2026-11-22T10:00:05Z	/checkout
S3	v3	2026-11-22T10:00:00Z	/
S3	v3	2026-11-22T10:00:05Z	/cart
--- stdout
1	/	2	1.0000	1.0000	1	-	-
2	/cart	1	0.5000	0.5000	1	5	5
3	/checkout	0	0.0000	0.0000	0	-	-
1	/	2	1.0000	1.0000	1	-	-
2	/cart	2	1.0000	1.0000	1	5	5
3	/checkout	2	1.0000	1.0000	0	10	10
