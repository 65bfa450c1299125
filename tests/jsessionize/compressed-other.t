Files compressed with bzip2, xz or zstd are not read (only gzip is); the
message says which compressor and how to feed the file instead, and the
exit status is 2 (the file cannot be read as asked).  The files here are
just the magic bytes each format starts with, then junk.
--- cmd
printf 'BZh91AY&SYjunk\n' > a.bz2
printf '\3757zXZ\000junk\n' > a.xz
printf '\050\265\057\375junk\n' > a.zst
for f in a.bz2 a.xz a.zst; do jsessionize --no-header $f; echo "exit $?"; done
--- stdout
exit 2
exit 2
exit 2
--- stderr
jsessionize: a.bz2: compressed with bzip2, which is not read: decompress it first (bzcat a.bz2 | ...)
jsessionize: a.xz: compressed with xz, which is not read: decompress it first (xzcat a.xz | ...)
jsessionize: a.zst: compressed with zstd, which is not read: decompress it first (zstdcat a.zst | ...)
