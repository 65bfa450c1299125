Lines not used are said on stderr in one line, -v or not, by every
program: the count, of how many lines, and where the first one is
(FILE:LINE).  in.log: 4 good lines and 2 that are no log line (lines 3
and 5): "2 of 6 lines malformed (first: in.log:3)".  With --rejects the
line says where they went; --quiet (-q) silences it.  With --stream a line
10 minutes behind the newest is late (line 6 of late.log: 09:50 after
10:00).  Each program's report is on stdout as usual (not shown: > /dev/null).
--- file in.log
10.0.0.1 - - [22/Nov/2026:09:00:00 +0000] "GET / HTTP/1.1" 200 100 "-" "UA-A"
10.0.0.1 - - [22/Nov/2026:09:01:00 +0000] "GET /a HTTP/1.1" 200 100 "-" "UA-A"
garbage
10.0.0.1 - - [22/Nov/2026:09:02:00 +0000] "GET /b HTTP/1.1" 200 100 "-" "UA-A"
\x1b[31m more garbage
10.0.0.1 - - [22/Nov/2026:09:03:00 +0000] "GET /c HTTP/1.1" 200 100 "-" "UA-A"
--- file late.log
10.0.0.1 - - [22/Nov/2026:09:00:00 +0000] "GET / HTTP/1.1" 200 100 "-" "UA-A"
10.0.0.1 - - [22/Nov/2026:09:01:00 +0000] "GET /a HTTP/1.1" 200 100 "-" "UA-A"
10.0.0.1 - - [22/Nov/2026:09:02:00 +0000] "GET /b HTTP/1.1" 200 100 "-" "UA-A"
10.0.0.1 - - [22/Nov/2026:09:03:00 +0000] "GET /c HTTP/1.1" 200 100 "-" "UA-A"
10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] "GET /d HTTP/1.1" 200 100 "-" "UA-A"
10.0.0.1 - - [22/Nov/2026:09:50:00 +0000] "GET /e HTTP/1.1" 200 100 "-" "UA-A"
--- cmd
for p in jsessionize "jfunnel -s /" jpaths jdropoff; do
	$p in.log > /dev/null
	$p --rejects rej in.log > /dev/null
	$p --quiet in.log > /dev/null
	$p -q in.log > /dev/null
	$p --stream late.log > /dev/null
done
cat rej
--- stdout
garbage
\x1b[31m more garbage
--- stderr
jsessionize: 2 of 6 lines malformed (first: in.log:3); see --rejects FILE
jsessionize: 2 of 6 lines malformed (first: in.log:3); written to rej
jsessionize: 1 of 6 lines late by more than --slack 300s (first: late.log:6); see --rejects FILE
jfunnel: 2 of 6 lines malformed (first: in.log:3); see --rejects FILE
jfunnel: 2 of 6 lines malformed (first: in.log:3); written to rej
jfunnel: 1 of 6 lines late by more than --slack 300s (first: late.log:6); see --rejects FILE
jpaths: 2 of 6 lines malformed (first: in.log:3); see --rejects FILE
jpaths: 2 of 6 lines malformed (first: in.log:3); written to rej
jpaths: 1 of 6 lines late by more than --slack 300s (first: late.log:6); see --rejects FILE
jdropoff: 2 of 6 lines malformed (first: in.log:3); see --rejects FILE
jdropoff: 2 of 6 lines malformed (first: in.log:3); written to rej
jdropoff: 1 of 6 lines late by more than --slack 300s (first: late.log:6); see --rejects FILE
