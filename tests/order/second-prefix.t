Many visitors in one second are put in order by their keys (order.c,
sort_prefix: a radix sort on the key's first eight bytes, a byte a
pass from the first, buckets of up to 16 sorted by insertion, then a
compare of whole keys where the first eight bytes are the same).  A
visitor's key is its address, a NUL and its User-Agent's hash, so for
one User-Agent the keys sort as the addresses do in the C locale
(a shorter address before a longer one it begins).  With one pageview
each, the sessions are written at the end in the order they began,
which for one second is the order of their keys.  The awk makes, in a
scrambled order (i * 37 mod 150), 150 visitors at 10:00:00:
- 10.0.0.1 to 10.0.0.60: eight bytes "10.0.0.N", first seven shared,
  the eighth a digit, so buckets of 11 or so (insertion) below a
  bucket of 60 (radix);
- 192.168.100.1 to 192.168.100.60: all share "192.168.", their first
  eight bytes: told apart by the whole key;
- 7.7.7.1 to 7.7.7.30: "7.7.7.N" and the NUL or another digit.
The pages written are the addresses; sort(1) in the C locale, an
independent order, gives the same list, and so does the input read
backwards and the input spilled (--memory 64K).
--- cmd
awk 'BEGIN { for (i = 0; i < 150; i++) { k = i * 37 % 150;
	if (k < 60) a = "10.0.0." (k + 1); else if (k < 120) a = "192.168.100." (k - 59); else a = "7.7.7." (k - 119);
	printf "%s - - [22/Nov/2026:10:00:00 +0000] \"GET /%s HTTP/1.1\" 200 1 \"-\" \"M\"\n", a, a } }' >in.log
cut -d' ' -f1 in.log | LC_ALL=C sort >want
wc -l <want
jsessionize --no-header -o page in.log | sed 's,^/,,' >got
cmp got want && echo "key order = sort"
awk '{ l[NR] = $0 } END { for (i = NR; i > 0; i--) print l[i] }' in.log >back.log
jsessionize --no-header -o page back.log | sed 's,^/,,' | cmp - want && echo "backwards = sort"
jsessionize --memory 64K --no-header -o page in.log | sed 's,^/,,' | cmp - want && echo "64K = sort"
head -3 got
--- stdout
150
key order = sort
backwards = sort
64K = sort
10.0.0.1
10.0.0.10
10.0.0.11
