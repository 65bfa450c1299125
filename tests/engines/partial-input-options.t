A partial's fingerprint holds the input options that change its numbers
and that its lines cannot show: --owners, --bot-list, --static-list (by
the lists' contents, not the files' names) and --no-ua-bots.  A merge of
partials made with other such options is refused (exit 2, naming the
file and line); the same contents under another file name merge.
Worked by hand on a.log, split h1 = /a, /b and h2 = /c, /d (four one-page
sessions; /a's referrer is shop.partner.com, /c's User-Agent is
"Zappo/1.0 (X11; Linux x86_64)", which uap-core does not call a bot):
  --owners o1.tsv (*.partner.com -> partner): /a partner, the rest
    other: jfunnel --by owner -s '*' gives other 3, partner 1.
  o2.tsv names the owner "ally": refused; o3.tsv, a copy of o1: merges,
    the same bytes as one run over a.log.  A merge without --owners
    refuses the partials made with it.
  --bot-list +b1.txt (zappo) drops /c: jpaths writes /a, /b, /d once
    each, a share of 1/3 = 0.3333.  b2.txt (qqq): refused; b3.txt, a copy
    of b1: merges; and --bot-list full.txt, the built-in list with zappo
    added, is the same list, so it merges too.
  --static-list +s1.txt (.xyz) and --no-ua-bots: refused against
    partials made without them.
As after any refusal, the report of the partials that could be read is
still written (jfunnel: p1 alone, /a partner and /b other; jpaths: q1
alone, /a and /b, share 1/2; jdropoff: d1 alone; jretention: r2 alone,
/c and /d on one day), and exit 2; a merge without --owners refuses
both p1 and p3, so writes nothing.
--- file a.log
10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 10 "https://shop.partner.com/item" "Mozilla/5.0 (X11; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/115.0"
10.0.0.2 - - [22/Nov/2026:10:00:01 +0000] "GET /b HTTP/1.1" 200 10 "https://www.google.com/search?q=x" "Mozilla/5.0 (X11; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/115.0"
10.0.0.3 - - [22/Nov/2026:10:00:02 +0000] "GET /c HTTP/1.1" 200 10 "-" "Zappo/1.0 (X11; Linux x86_64)"
10.0.0.4 - - [22/Nov/2026:10:00:03 +0000] "GET /d HTTP/1.1" 200 10 "-" "Mozilla/5.0 (X11; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/115.0"
--- file o1.tsv
*.partner.com	partner
--- file o2.tsv
*.partner.com	ally
--- file b1.txt
zappo
--- file b2.txt
qqq
--- file s1.txt
.xyz
--- cmd
head -n 2 a.log > h1.log; tail -n 2 a.log > h2.log
cp o1.tsv o3.tsv; cp b1.txt b3.txt
fun() { jfunnel --by owner -s '*' "$@"; }
fun --owners o1.tsv --partial h1.log > p1
fun --owners o2.tsv --partial h2.log > p2
fun --owners o3.tsv --partial h2.log > p3
fun --owners o1.tsv --merge p1 p2 > out; echo "exit $?"; cut -f 1,4 out
fun --owners o1.tsv --merge p1 p3 > merged; echo "exit $?"
cut -f 1,4 merged
fun --owners o1.tsv a.log | cmp - merged && echo "owners: same as one run"
fun --merge p1 p3; echo "exit $?"
jpaths --bot-list +b1.txt --partial h1.log > q1
jpaths --bot-list +b2.txt --partial h2.log > q2
jpaths --bot-list +b3.txt --partial h2.log > q3
jpaths --bot-list +b1.txt --merge q1 q2; echo "exit $?"
jpaths --bot-list +b1.txt --merge q1 q3 | tee qm
jpaths --print-lists | awk '/^# --static-list/ { exit } !/^#/' > full.txt
echo zappo >> full.txt
jpaths --bot-list full.txt --merge q1 q3 | cmp - qm && echo "full list: same"
jdropoff --static-list +s1.txt --partial h1.log > d1
jdropoff --partial h2.log > d2
jdropoff --static-list +s1.txt --merge d1 d2 > out; echo "exit $?"; cut -f 1-3 out
jretention --no-ua-bots --partial h1.log > r1
jretention --partial h2.log > r2
jretention --merge r1 r2 > out; echo "exit $?"; head -n 2 out
--- stdout
exit 2
#owner	count
other	1
partner	1
exit 0
#owner	count
other	3
partner	1
owners: same as one run
exit 2
#count	share	path
1	0.5000	/a
1	0.5000	/b
exit 2
#count	share	path
1	0.3333	/a
1	0.3333	/b
1	0.3333	/d
full list: same
exit 2
#page	views	sessions
/a	1	1
/b	1	1
exit 2
#cohort	period	visitors	returned	rate
2026-11-22	0	2	2	1.0000
--- stderr
jfunnel: p2:1: a partial of another program or of other options: give --merge the options the partials were made with (the analysis options, and --owners, --bot-list, --static-list, --ua-regexes by their files' contents, --no-ua-bots)
jfunnel: p1:1: a partial of another program or of other options: give --merge the options the partials were made with (the analysis options, and --owners, --bot-list, --static-list, --ua-regexes by their files' contents, --no-ua-bots)
jfunnel: p3:1: a partial of another program or of other options: give --merge the options the partials were made with (the analysis options, and --owners, --bot-list, --static-list, --ua-regexes by their files' contents, --no-ua-bots)
jpaths: q2:1: a partial of another program or of other options: give --merge the options the partials were made with (the analysis options, and --owners, --bot-list, --static-list, --ua-regexes by their files' contents, --no-ua-bots)
jdropoff: d2:1: a partial of another program or of other options: give --merge the options the partials were made with (the analysis options, and --owners, --bot-list, --static-list, --ua-regexes by their files' contents, --no-ua-bots)
jretention: r1:1: a partial of another program or of other options: give --merge the options the partials were made with (the analysis options, and --owners, --bot-list, --static-list, --ua-regexes by their files' contents, --no-ua-bots)
