--exclude (PostHog's rule): a unit with an excluded page between the
first and the last step it reached is taken out of the funnel.  Steps /,
/cart; --exclude '/help*'.
S1: / 0, /help/faq 5, /cart 10  -> excluded (help between the steps)
S2: / 0, /cart 5, /help 10      -> kept (help after the last step)
S3: /help 0, / 5                -> kept, 1 step (help before step 1)
counts 2, 1; -v: 3 sessions, 2 entered, 1 excluded.  --explain shows S1
with its pattern and time.
--- cmd
jfunnel -v --no-header --exclude '/help*' -s / -s /cart ev.tsv 2>err
grep entered err
jfunnel --explain --exclude '/help*' -s / -s /cart ev.tsv
--- file ev.tsv
#session	visitor	time	page
S1	v1	2026-11-22T10:00:00Z	/
S1	v1	2026-11-22T10:00:05Z	/help/faq
S1	v1	2026-11-22T10:00:10Z	/cart
S2	v2	2026-11-22T10:00:00Z	/
S2	v2	2026-11-22T10:00:05Z	/cart
S2	v2	2026-11-22T10:00:10Z	/help
S3	v3	2026-11-22T10:00:00Z	/help
S3	v3	2026-11-22T10:00:05Z	/
--- stdout
1	/	2	1.0000	1.0000	1	-	-
2	/cart	1	0.5000	0.5000	0	5	5
jfunnel: sessions 3: entered 2, excluded 1
#session	visitor	reached	steps	stop
S1	v1	2	1@2026-11-22T10:00:00Z,2@2026-11-22T10:00:10Z	excluded: /help* at 2026-11-22T10:00:05Z
S2	v2	2	1@2026-11-22T10:00:00Z,2@2026-11-22T10:00:05Z	complete
S3	v3	1	1@2026-11-22T10:00:05Z	step 2 (/cart) never seen
