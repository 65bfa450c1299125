Visitor keys.  Lines: A 1.1.1.1/UA1 /a 10:00; B 1.1.1.1/UA2 /b 10:01;
C 2.2.2.2/UA1 user bob /c 10:02; D 3.3.3.3/UA3 user bob /d 10:03.
ip+ua (default): A, B, C, D are four visitors.  ip: A and B are one
visitor (1.1.1.1), so 3.  user: C and D are bob (one visitor); A and B
have user "-", so they fall back to ip+ua: 3 visitors.  Visitors are
counted as distinct visitor ids per option with sort -u.
--- file in.log
1.1.1.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 10 "-" "UA1"
1.1.1.1 - - [22/Nov/2026:10:01:00 +0000] "GET /b HTTP/1.1" 200 10 "-" "UA2"
2.2.2.2 - bob [22/Nov/2026:10:02:00 +0000] "GET /c HTTP/1.1" 200 10 "-" "UA1"
3.3.3.3 - bob [22/Nov/2026:10:03:00 +0000] "GET /d HTTP/1.1" 200 10 "-" "UA3"
--- cmd
for v in ip+ua ip user; do
	printf '%s ' $v
	jsessionize --no-header -o visitor --visitor $v in.log | sort -u | wc -l
done
jsessionize --no-header --visitor ip -o seq,page in.log
jsessionize --no-header --visitor user -o seq,page in.log
--- stdout
ip+ua 4
ip 3
user 3
1	/a
2	/b
1	/c
1	/d
1	/a
1	/b
1	/c
2	/d
