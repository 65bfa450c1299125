-w/--window is inclusive and measured from step 1; --step-window from
the step before.  Steps /, /p, /cart.
S1: / 0, /p 20, /cart 60   (60 - 0 = 60: inside -w 60)
S2: / 0, /p 20, /cart 61   (61 > 60: outside; reaches 2)
S3: / 0, /p 30, /cart 61   (-w 60: outside.  --step-window 31: 30 and 31
    are within; --step-window 30: 31 > 30, reaches 2)
-w 60: counts 3, 3, 1.  --step-window 30: S1's gaps are 20 and 40, S2's
20 and 41, S3's 30 and 31: all stop at step 2 -> 3, 3, 0.
--step-window 31: only S3 (30 <= 31, 31 <= 31) reaches 3 -> 3, 3, 1.
The explain lines say which limit stopped each.
--- cmd
jfunnel --no-header -w 60 -s / -s /p -s /cart ev.tsv | cut -f1,3
jfunnel --explain --no-header --window 1m -s / -s /p -s /cart ev.tsv | cut -f1,3,5
jfunnel --no-header --step-window 30 -s / -s /p -s /cart ev.tsv | cut -f1,3
jfunnel --explain --no-header --step-window 30 -s / -s /p -s /cart ev.tsv | cut -f1,3,5
jfunnel --no-header --step-window 31 -s / -s /p -s /cart ev.tsv | cut -f1,3
--- file ev.tsv
#session	visitor	time	page
S1	v1	2026-11-22T10:00:00Z	/
S1	v1	2026-11-22T10:00:20Z	/p
S1	v1	2026-11-22T10:01:00Z	/cart
S2	v2	2026-11-22T10:00:00Z	/
S2	v2	2026-11-22T10:00:20Z	/p
S2	v2	2026-11-22T10:01:01Z	/cart
S3	v3	2026-11-22T10:00:00Z	/
S3	v3	2026-11-22T10:00:30Z	/p
S3	v3	2026-11-22T10:01:01Z	/cart
--- stdout
1	3
2	3
3	1
S1	3	complete
S2	2	step 3 (/cart) outside the window
S3	2	step 3 (/cart) outside the window
1	3
2	3
3	0
S1	2	step 3 (/cart) more than the step window after step 2
S2	2	step 3 (/cart) more than the step window after step 2
S3	2	step 3 (/cart) more than the step window after step 2
1	3
2	3
3	1
