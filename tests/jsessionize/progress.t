--progress writes progress on stderr even when it is not a terminal:
one line started with CR and ended with ESC [K (erase to the end of the
line), then CR ESC [K at the end, which leaves the terminal's line
empty.  Of a gzip file the compressed bytes read of the file's size
(at the end of the file, all of it: 100%); of plain text on a pipe the
bytes read, with no total; lines read, lines a second and the time
(those two vary: written N and T here).  The output is the same with
and without it; by default (stderr here is not a terminal) and with
--no-progress there is none.
--- cmd
cp $TESTDATA/sample.log.gz s.gz
gzip -dc s.gz > s.log
norm() { tr '\r\033' 'RE' | sed -E 's/[0-9]+ lines\/s, [0-9.]+ s/N lines\/s, T s/g'; echo; }
jsessionize  s.gz > plain.out 2> plain.err
jsessionize  --progress s.gz > prog.out 2> prog.err
norm < prog.err
cat s.log | jsessionize  --progress 2>&1 >/dev/null | norm
cmp plain.out prog.out && echo "same output"
test -s plain.err || echo "none by default"
jsessionize  --no-progress s.gz 2>&1 >/dev/null | wc -c
--- stdout
Rs.gz: 0.1 MB of 0.1 MB (100%), 4000 lines, N lines/s, T sE[KRE[K
R(stdin): 1.0 MB, 4000 lines, N lines/s, T sE[KRE[K
same output
none by default
0
