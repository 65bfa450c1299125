-v names the gzip decoder the program was built with, on a line of its
own, and only when an input was gzip: ISA-L's igzip where the program is
linked with libisal (the Makefile finds it; INFLATE=zlib keeps zlib),
zlib with its version otherwise.  What is expected is worked out from
the binary's shared libraries (ldd) and zlib's own version string
(python's zlib.ZLIB_RUNTIME_VERSION), not from the program.
--- file a.log
1.1.1.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 1 "-" "M"
--- cmd
gzip -c a.log > a.gz
if ldd "$(command -v jsessionize)" | grep -q 'libisal'; then
	want="ISA-L igzip"
else
	want="zlib $(python3 -c 'import zlib; print(zlib.ZLIB_RUNTIME_VERSION)')"
fi
jsessionize -v a.gz 2>err >/dev/null; echo "exit $?"
grep -c 'gzip input inflated with' err
[ "$(sed -n 's/^jsessionize: gzip input inflated with //p' err)" = "$want" ] && echo named
n=$(jsessionize -v a.log 2>&1 >/dev/null | grep -c 'inflated with'); echo "$n"
--- stdout
exit 0
1
named
0
