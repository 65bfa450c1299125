The exact path sessionizes an input that is spilled as it reads it, on
the guess that it comes in time order, and again from the sorted run
at the end when the guess fails (jsessionize(1), ORDER).  Whatever
becomes of the guess, the bytes are those of the input sorted in
memory (default --memory: no spill, no guess), with -j 1 (the guess on
the reading thread) and -j 2 (on a thread of its own).  -v says what
became of it; with -j 2 only the bytes are compared where the guess
depends on how far its thread had got.
- g: a generated log (tools/genlog, 100000 lines over about two
  minutes, 0.1% of them up to 8 s late), with --memory 8M (an arena of
  512K, spilled in steps of 64K, each keeping its last seconds for the
  next): the guess holds, for the TSV, --summary and --json;
- late: the same with its first line again at the end: that line sorts
  before all the others, so the guess is given up at the last spill;
- doc (awk below): visitor 10.0.0.1 fetches /page, then /api/x with
  /page as referrer a second later, a fetch embedded in /page by the
  rule of jsessionize(1), EMBEDDED RESOURCES, unless some line names
  /api/x as referrer; 3000 lines of other visitors over 50 minutes
  close its session while the input is read; the last line names
  /api/x as referrer, so /api/x is a document and the session keeps it
  (1 line with /api/x; without the last line, 0).  With -j 1 the guess
  had dropped it, and is given up at the end (--memory 64K here and
  below);
- site: no --site-host and no vhost, so the site's hosts are inferred
  from the referrers: the first 1000 lines come from a.example's pages
  (5 of them), the rest from b.example's (200): the start of the input
  (the first spill's: the 64K arena holds about 550 of these records,
  of about 100 bytes and an index entry of 16) says a.example, the
  whole says b.example (by hand: 10 x 5 < 200, so a.example is not the
  site).  By hand: line i (second i) is visitor (i/7 mod 256, i mod 7),
  so lines i and i + 1792 are one visitor 1792 s apart, under the
  30 min timeout: one session of two lines for i < 1208, of one line
  after; the 1000 sessions that start at i < 1000 enter from
  a.example, a referral (2 x 1000 = 2000 lines), and the rest from the
  site's own b.example, internal: direct (1000 lines);
- shuffled: the generated log in a random order (fixed seed): the guess
  is not even begun, the first arena not being in order.
The analyses guess the same way, and are made again from nothing when
the guess fails: jfunnel (and its --explain, whose lines are held back
too), jpaths, jdropoff (both modes), jretention and jreport (its page
less the command line it quotes) give the in-memory bytes on g, late,
doc and site, with -j 1 and -j 2; jfunnel -v says what became of the
guess on doc.
Output to a regular file is written in place and cut back when the
guess fails (the j1 and j2 files below); to a pipe (| cmp, | grep), and
to a file opened to append to (>>: late.log's, after a line already
there), it is held in a file in the -T directory, unlinked at once: the
directory is empty after a run, and after one stopped by | head.  A run that cannot be
written (ulimit -f: a run of about 2.4 MB of pageviews, a limit of 1000 KiB) stops the input with
exit 1, and what the guess made is not written, with -j 1 as with -j 2:
the header only (46 bytes).
--- cmd
G=$TESTDATA/../tools/genlog
"$G" -s 3 -n 100000 > g.log
{ cat g.log; head -n 1 g.log; } > late.log
awk 'BEGIN { srand(11) } { print rand() "\t" $0 }' g.log | sort | cut -f2- > shuffled.log
awk 'BEGIN { ua = "\"Mozilla/5.0 (X11; Linux x86_64) Firefox/120.0\""
	printf "10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] \"GET /page HTTP/1.1\" 200 900 \"-\" %s\n", ua
	printf "10.0.0.1 - - [22/Nov/2026:10:00:01 +0000] \"GET /api/x HTTP/1.1\" 200 90 \"http://s.example/page\" %s\n", ua
	for (i = 0; i < 3000; i++) { t = 2 + i
		printf "10.1.%d.%d - - [22/Nov/2026:%02d:%02d:%02d +0000] \"GET /f%d HTTP/1.1\" 200 %d \"-\" %s\n", int(i / 7) % 256, i % 7, 10 + int(t / 3600), int(t / 60) % 60, t % 60, i % 50, 100 + i, ua }
	printf "10.0.0.2 - - [22/Nov/2026:10:55:00 +0000] \"GET /other HTTP/1.1\" 200 900 \"http://s.example/api/x\" %s\n", ua
}' > doc.log
awk 'BEGIN { for (i = 0; i < 3000; i++) {
	r = i < 1000 ? sprintf("http://a.example/f%d", i % 5) : sprintf("http://b.example/f%d", i % 200)
	printf "10.1.%d.%d - - [22/Nov/2026:%02d:%02d:%02d +0000] \"GET /f%d HTTP/1.1\" 200 %d \"%s\" \"Mozilla/5.0 (X11; Linux x86_64) Firefox/120.0\"\n", int(i / 7) % 256, i % 7, 10 + int(i / 3600), int(i / 60) % 60, i % 60, i % 200, 100 + i, r }
}' > site.log
mkdir tmp
for f in g late doc site shuffled; do
	o="--memory 8M"; [ $f = doc ] && o="--memory 64K --site-host s.example"
	[ $f = site ] && o="--memory 64K"
	jsessionize -q $o --memory 1G $f.log > mem
	jsessionize -v -j 1 -T tmp $o $f.log > j1 2> err
	jsessionize -q -j 2 -T tmp $o $f.log > j2
	cmp mem j1 && cmp mem j2 && echo "$f: = in memory"
	grep 'sessionized' err || echo "$f: no guess"
done
for m in --summary --json; do
	jsessionize -q $m g.log > mem
	jsessionize -q -j 2 $m --memory 8M -T tmp g.log | cmp - mem && echo "g $m: = in memory"
done
jsessionize -q -j 2 --memory 8M -v g.log 2>&1 >/dev/null | grep sessionized
jsessionize -q --site-host s.example doc.log | grep -c /api/x
head -n -1 doc.log | jsessionize -q --site-host s.example | grep -c /api/x
jsessionize -q site.log | cut -f7 | sort | uniq -c
for p in "jfunnel -s / -s /product/*" "jfunnel --explain -s /page -s /api/x" \
    jpaths jdropoff "jdropoff -s / -s /product/*" jretention jreport; do
	n=0
	for f in g late doc site; do
		o="--memory 8M"; [ $f = doc ] && o="--memory 64K --site-host s.example"
		[ $f = site ] && o="--memory 64K"
		set -f
		$p -q $o --memory 1G $f.log | grep -v 'Command line' > mem
		$p -q -j 1 -T tmp $o $f.log | grep -v 'Command line' > j1
		$p -q -j 2 -T tmp $o $f.log | grep -v 'Command line' > j2
		set +f
		cmp mem j1 && cmp mem j2 && n=$((n + 1))
	done
	echo "$p: $n of 4 = in memory"
done
jfunnel -v -j 1 --memory 64K --site-host s.example -s /page -s /api/x doc.log 2>&1 >/dev/null | grep sessionized
echo before > app
jsessionize -q -j 1 --memory 8M -T tmp late.log >> app
{ echo before; jsessionize -q late.log; } | cmp - app && echo "late >>: = in memory"
ls tmp | wc -l
for j in 1 2; do
	(trap '' XFSZ; ulimit -f 1000; jsessionize -q -j $j --memory 8M -T tmp g.log > cut 2> err; echo "exit $?")
	wc -c < cut; grep -c 'writing a sorted run' err
done
jsessionize -q --memory 8M -T tmp g.log | head -n 1 | cut -f3-
ls tmp | wc -l
--- stdout
g: = in memory
jsessionize: sessionized as read: the input came in time order
late: = in memory
jsessionize: sessionized again after the sort: the input did not come in time order
doc: = in memory
jsessionize: sessionized again after the sort: a URL taken for an embedded fetch is the referrer of a later line
site: = in memory
jsessionize: sessionized again after the sort: the site's hosts inferred from the start of the input are not the whole input's
shuffled: = in memory
shuffled: no guess
g --summary: = in memory
g --json: = in memory
jsessionize: sessionized as read: the input came in time order
1
0
      1 channel
   1000 direct
   2000 referral
jfunnel -s / -s /product/*: 4 of 4 = in memory
jfunnel --explain -s /page -s /api/x: 4 of 4 = in memory
jpaths: 4 of 4 = in memory
jdropoff: 4 of 4 = in memory
jdropoff -s / -s /product/*: 4 of 4 = in memory
jretention: 4 of 4 = in memory
jreport: 4 of 4 = in memory
jfunnel: sessionized again after the sort: a URL taken for an embedded fetch is the referrer of a later line
late >>: = in memory
0
exit 1
46
1
exit 1
46
1
seq	time	page	status	channel
0
