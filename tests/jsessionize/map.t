--map: a line per pageview for an engine's shuffle, VISITOR_KEY, EPOCH (12
digits), POS (15 digits) and the log line.  The log is that of jdropoff's
example-exits.t; the /style.css request is static and not mapped.  EPOCH
1795341600 is 2026-11-22T10:00:00Z (date -u -d @1795341600); POS is
where the line begins, as awk's running sum of length + 1 gives: 0, 74
(the static line), 157, 240, 318, 414, 519, 597, 690; --map-offset 1000
adds 1000.  The key is the visitor id jsessionize writes: the map's
key-epoch pairs are the stream's visitor-epoch pairs.  Then the shuffle
and the reducer: the map output sorted (so visitors are in key order and
times start again at each key) and read back by jsessionize gives the
sessions of one run over the log, ids included (compared sorted, since a
reducer writes a key's sessions together).  Last, --map's usage errors,
and an event stream refused: it is sessionized already.
--- cmd
jsessionize --map access.log | cut -f 2-4
jsessionize --map --map-offset 1000 --no-header access.log | cut -f 3 | tr '\n' ' '; echo
jsessionize --map --no-header access.log | cut -f 1,2 | sed 's/\t0*/\t/' | sort > mk
jsessionize -o visitor,epoch --no-header access.log | sort | cmp - mk && echo "keys are the visitor ids"
jsessionize --map access.log | LC_ALL=C sort | jsessionize | sort > reduced
jsessionize access.log | sort | cmp - reduced && echo "reducer: same sessions"
jsessionize --map --json access.log; echo "exit $?"
jsessionize --map --map-offset x access.log; echo "exit $?"
jsessionize access.log | jsessionize --map; echo "exit $?"
--- stdout
visitor_key	epoch	pos
001795341600	000000000000000	1.1.1.1 - - [22/Nov/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 512 "-" "M"
001795341660	000000000000157	1.1.1.1 - - [22/Nov/2026:10:01:00 +0000] "GET /product/1 HTTP/1.1" 200 512 "-" "M"
001795341720	000000000000240	1.1.1.1 - - [22/Nov/2026:10:02:00 +0000] "GET /cart HTTP/1.1" 200 512 "-" "M"
001795341780	000000000000318	2.2.2.2 - - [22/Nov/2026:10:03:00 +0000] "GET / HTTP/1.1" 200 512 "https://www.google.com/" "M"
001795341840	000000000000414	3.3.3.3 - - [22/Nov/2026:10:04:00 +0000] "GET /product/2 HTTP/1.1" 200 512 "https://www.google.com/" "M"
001795341900	000000000000519	3.3.3.3 - - [22/Nov/2026:10:05:00 +0000] "GET /cart HTTP/1.1" 200 512 "-" "M"
001795341960	000000000000597	3.3.3.3 - - [22/Nov/2026:10:06:00 +0000] "GET /order/complete?id=9 HTTP/1.1" 200 512 "-" "M"
001795342020	000000000000690	4.4.4.4 - - [22/Nov/2026:10:07:00 +0000] "GET /blog/x HTTP/1.1" 200 512 "-" "M"
000000000001000 000000000001157 000000000001240 000000000001318 000000000001414 000000000001519 000000000001597 000000000001690 
keys are the visitor ids
reducer: same sessions
exit 2
exit 2
#map	visitor_key	epoch	pos	line
exit 1
--- stderr
jsessionize: --map writes its own lines: leave out --fields, --summary and --json
Try 'jsessionize --help'.
jsessionize: bad --map-offset: give the byte offset where this input begins (such as Hadoop's $map_input_start)
Try 'jsessionize --help'.
jsessionize: (stdin): --map reads access logs; an event stream is sessionized already: shard it with --shard K/N
--- file access.log
1.1.1.1 - - [22/Nov/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 512 "-" "M"
1.1.1.1 - - [22/Nov/2026:10:00:30 +0000] "GET /style.css HTTP/1.1" 200 512 "-" "M"
1.1.1.1 - - [22/Nov/2026:10:01:00 +0000] "GET /product/1 HTTP/1.1" 200 512 "-" "M"
1.1.1.1 - - [22/Nov/2026:10:02:00 +0000] "GET /cart HTTP/1.1" 200 512 "-" "M"
2.2.2.2 - - [22/Nov/2026:10:03:00 +0000] "GET / HTTP/1.1" 200 512 "https://www.google.com/" "M"
3.3.3.3 - - [22/Nov/2026:10:04:00 +0000] "GET /product/2 HTTP/1.1" 200 512 "https://www.google.com/" "M"
3.3.3.3 - - [22/Nov/2026:10:05:00 +0000] "GET /cart HTTP/1.1" 200 512 "-" "M"
3.3.3.3 - - [22/Nov/2026:10:06:00 +0000] "GET /order/complete?id=9 HTTP/1.1" 200 512 "-" "M"
4.4.4.4 - - [22/Nov/2026:10:07:00 +0000] "GET /blog/x HTTP/1.1" 200 512 "-" "M"
