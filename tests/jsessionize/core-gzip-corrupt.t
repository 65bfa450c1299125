Corrupt gzip data: exit 1, the lines inflated before the damage still
sessionized, and the error said and placed as zlib places it, whichever
decoder the program was built with (the same file passes with INFLATE=zlib
and with ISA-L).  The log is 3000 lines of one visitor at one second
(--max-rate 0); `gzip -1 -n` of it is 8433 bytes: a 10-byte header, the
data, then the CRC-32 and the length, 4 bytes each.  Flipping a byte of
the CRC-32 (offset 8425) is "incorrect data check" after the CRC field
(8429); of the length (8432), "incorrect length check" at the end
(8433); a method byte of 9 instead of 8 (offset 2) or a reserved flag
bit (offset 3, 0xe0) is refused after the 4 bytes that say it.  A byte
of the deflate data flipped in the middle inflates to the wrong bytes,
which the CRC-32 then catches (after the lines it garbled); gzip(1)
says "crc error" for it too.
--- cmd
awk 'BEGIN { for (i = 0; i < 3000; i++) printf "1.1.1.1 - - [22/Nov/2026:10:00:00 +0000] \"GET /p%d HTTP/1.1\" 200 1 \"-\" \"M\"\n", i }' > big.log
gzip -1 -n -c big.log > ok.gz
wc -c < ok.gz
python3 -c '
d = open("ok.gz", "rb").read()
def put(name, at, v):
    c = bytearray(d); c[at] = v(c[at]); open(name, "wb").write(c)
put("crc.gz", len(d) - 8, lambda b: b ^ 0xff)
put("len.gz", len(d) - 1, lambda b: b ^ 1)
put("meth.gz", 2, lambda b: 9)
put("flags.gz", 3, lambda b: 0xe0)
put("mid.gz", len(d) // 2, lambda b: b ^ 0x55)
'
for f in crc len meth flags mid; do
	jsessionize --max-rate 0 --no-header -o page $f.gz > out 2>err
	rc=$?
	[ $f = mid ] && n=some || n=$(wc -l < out)
	echo "$f: exit $rc $n lines; $(grep gzip err)"
done
gzip -dc mid.gz 2>&1 >/dev/null | grep crc
--- stdout
8433
crc: exit 1 3000 lines; jsessionize: crc.gz: corrupt gzip data (incorrect data check) at byte offset 8429
len: exit 1 3000 lines; jsessionize: len.gz: corrupt gzip data (incorrect length check) at byte offset 8433
meth: exit 1 0 lines; jsessionize: meth.gz: corrupt gzip data (unknown compression method) at byte offset 4
flags: exit 1 0 lines; jsessionize: flags.gz: corrupt gzip data (unknown header flags set) at byte offset 4
mid: exit 1 some lines; jsessionize: mid.gz: corrupt gzip data (incorrect data check) at byte offset 8429
gzip: mid.gz: invalid compressed data--crc error
