gzip input: detected by magic bytes, concatenated members read in turn,
mixed with plain files and read from stdin.  one.log has /a, /b (10:00,
10:01), two.log has /c (10:02), same visitor: one session of 3 in every
form.
--- file one.log
1.1.1.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 1 "-" "M"
1.1.1.1 - - [22/Nov/2026:10:01:00 +0000] "GET /b HTTP/1.1" 200 1 "-" "M"
--- file two.log
1.1.1.1 - - [22/Nov/2026:10:02:00 +0000] "GET /c HTTP/1.1" 200 1 "-" "M"
--- cmd
gzip -c one.log > one.gz; gzip -c two.log > two.gz
cat one.gz two.gz > both.gz
jsessionize --no-header -o seq,page both.gz | tr '\n' ' '; echo
jsessionize --no-header -o seq,page one.gz two.log | tr '\n' ' '; echo
jsessionize --no-header -o seq,page < both.gz | tr '\n' ' '; echo
jsessionize --no-header -o seq,page - < both.gz | tr '\n' ' '; echo
--- stdout
1	/a 2	/b 3	/c 
1	/a 2	/b 3	/c 
1	/a 2	/b 3	/c 
1	/a 2	/b 3	/c 
