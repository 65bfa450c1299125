30000 visitors, each a pageview at 10:00-10:10 and another 20 minutes
later, so all 30000 sessions are open at once: their memory is many of
the 2 MiB slabs the sessions are cut from, which with more than one
thread are touched ahead of need by a thread of their own (prefault.c).
Worked answer: 30000 sessions, each /p0 > /p1 of 2 pageviews and 1200 s,
the same with -j 1, -j 2 and -j 4, exact and --stream, in time order and
with the two rounds' lines swapped (the second round first).
--- cmd
. "$TESTDATA/../tests/threads/same.sh"
awk 'BEGIN { for (r = 0; r < 2; r++) for (i = 0; i < 30000; i++) {
	s = r * 1200 + int(i / 50)
	printf "10.%d.%d.%d - - [01/Mar/2026:%02d:%02d:%02d +0000] \"GET /p%d HTTP/1.1\" 200 5 \"-\" \"Mozilla/5.0\"\n", int(i / 65536), int(i / 256) % 256, i % 256, 10 + int(s / 3600), int(s / 60) % 60, s % 60, r } }' >m.log
sed -n '30001,$p' m.log >swap.log
sed -n '1,30000p' m.log >>swap.log
same exact jsessionize --summary m.log
same stream jsessionize --summary --stream m.log
same swapped jsessionize --summary swap.log
for f in m.log swap.log; do
	jsessionize -j 2 --summary "$f" | awk -F '\t' 'NR > 1 && $5 == 1200 && $6 == 2 && $10 == "/p0 > /p1" { n++ } END { print n + 0, NR - 1 }'
done
--- stdout
exact same
stream same
swapped same
30000 30000
30000 30000
