What a client sends cannot break a column or drive the terminal, in any
output of any program.  Line 1 logs its bytes escaped as Apache does
(\x1b, \t, \x07, \x7f, \\, \", \x00, \n); line 2 has raw ESC, BEL and CR
bytes (an OSC title sequence and a clear-screen).  Decoded, the values
are written back with TAB, CR, LF and backslash as \t \r \n \\ and the
other C0 controls and DEL as \xHH (TSV), or as JSON escapes \u00XX
(JSON Lines, valid JSON, so a JSON reader gets the bytes back).  A step
name with ESC is escaped the same way in jfunnel's table and chart.  The
last command checks every output for a raw control byte other than TAB
and LF: none.
--- cmd
printf '10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a\\x1b[31mred\\tx HTTP/1.1" 200 7 "http://e\\x07vil/\\x7f" "UA\\\\\\"x\\x00y\\nz"\n10.0.0.1 - - [22/Nov/2026:10:00:01 +0000] "GET /b\033]0;pwn\007 HTTP/1.1" 200 7 "-" "raw\033[2Jclear\r"\n' > esc.log
jsessionize --no-header -o page,referrer,ua esc.log
jsessionize --json -o page,referrer,ua esc.log
E=$(printf 'n\033[1m')
jfunnel --no-header -s "$E=/a*" -s '/b*' esc.log | cut -f1-3
jfunnel --chart --ascii -s "$E=/a*" esc.log
jpaths --no-header esc.log
{ jsessionize esc.log; jsessionize --summary esc.log; jsessionize --json esc.log
  jfunnel -s "$E=/a*" esc.log; jfunnel --json -s "$E=/a*" esc.log
  jfunnel --explain -s "$E=/a*" -s /b esc.log; jfunnel --chart -s "$E=/a*" esc.log
  jpaths esc.log; jpaths --json esc.log; jpaths --edges esc.log; jpaths --dot esc.log
  jpaths --next '/a*' esc.log; } | tr -d '\t\n' | LC_ALL=C tr -d '\040-\176\200-\377' | wc -c
--- stdout
/a\x1b[31mred\tx	http://e\x07vil/\x7f	UA\\"x\x00y\nz
/b\x1b]0;pwn\x07	-	raw\x1b[2Jclear\r
{"page":"/a\u001b[31mred\tx","referrer":"http://e\u0007vil/\u007f","ua":"UA\\\"x\u0000y\nz"}
{"page":"/b\u001b]0;pwn\u0007","referrer":"-","ua":"raw\u001b[2Jclear\r"}
1	n\x1b[1m	1
2	/b*	0
sessions reaching each step (of 1 entering step 1; -N: lost before the next step)
 1 n\x1b[1m     1 ######################################## 100.0%
1	0.5000	/a\x1b[31mred\tx
1	0.5000	/b\x1b]0;pwn\x07
0
