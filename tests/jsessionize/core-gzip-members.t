Many gzip members, of every size, their boundaries falling anywhere in
the reader's 256 KiB reads (ISA-L reads ahead of a member's end and
gives the bytes back; zlib stops at it): every line of every member is
read, in order.  16000 lines of one visitor, one a second, go into
408 members, made by awk piping to a new gzip (-9 for every third, -1
otherwise) at each cut: 1 to 19 lines each for lines 1-2000 and
8001-10000, and one each for lines 2001-8000 and 10001-16000, whose
random pages compress little, so they span reads; the file is over one
256 KiB read long.  The pages written must be the log's pages in order
(awk prints them from the plain log), and -o seq counts to 16000 in one
session (--timeout 1h, --max-rate 0, --max-pageviews 0).  Then the same
bytes come through a pipe, which delivers them in other pieces.
--- cmd
awk 'BEGIN { srand(7); t = 0
  for (i = 0; i < 16000; i++) {
    big = (i >= 2000 && i < 8000) || (i >= 10000 && i < 16000)
    p = big ? sprintf("/r%08d%08d%08d", rand() * 1e8, rand() * 1e8, rand() * 1e8) : "/p" i
    printf "1.1.1.1 - - [22/Nov/2026:%02d:%02d:%02d +0000] \"GET %s HTTP/1.1\" 200 1 \"-\" \"M\"\n", 10 + int(t / 3600), int(t / 60) % 60, t % 60, p
    t++ } }' > all.log
awk '{ print $7 }' all.log > want
: > all.gz
awk 'function cut() { close(cmd); k++; n = 0
    cmd = "gzip -" (k % 3 ? 1 : 9) " >> all.gz" }
  BEGIN { cmd = "gzip -9 >> all.gz" }
  NR == 2001 || NR == 8001 || NR == 10001 { cut(); big = 1 }
  NR > 8000 && NR <= 10000 { big = 0 }
  !big && n == k % 19 + 1 { cut() }
  { print | cmd; n++ }
  END { close(cmd); print "members " k + 1 }' all.log
jsessionize --timeout 1h --max-rate 0 --max-pageviews 0 --no-header -o page all.gz | cmp - want && echo "pages in order"
jsessionize --timeout 1h --max-rate 0 --max-pageviews 0 --no-header -o seq all.gz | tail -n 1
[ $(wc -c < all.gz) -gt 262144 ] && echo "over a read long"
cat all.gz | jsessionize --timeout 1h --max-rate 0 --max-pageviews 0 --no-header -o page | cmp - want && echo "from a pipe too"
--- stdout
members 408
pages in order
16000
over a read long
from a pipe too
