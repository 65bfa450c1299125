A pageview keeps its stage as a 16-bit index, so --stages takes at most
32767 patterns: with 40000 (/p0 ... /p39999) it is a usage error that
names the line where the limit is passed (on main before this change the
file was taken and a page matching the pattern at index 32768 got "-",
one at 65537 another stage).  With exactly 32767 the last one works:
/p32766 is stage s32766.
--- cmd
awk 'BEGIN { for (i = 0; i < 40000; i++) printf "/p%d\ts%d\n", i, i }' > st.tsv
head -n 32767 st.tsv > st2.tsv
printf '10.0.0.1 - - [22/Nov/2026:09:00:00 +0000] "GET /p32766 HTTP/1.1" 200 1 "-" "A"\n' > one.log
jsessionize --stages st.tsv one.log; echo "exit $?"
jsessionize --stages st2.tsv -o page,stage one.log
--- stdout
exit 2
#page	stage
/p32766	s32766
--- stderr
jsessionize: --stages st.tsv:32768: more than 32767 patterns; group pages with globs or ~REGEX
Try 'jsessionize --help'.
