ClickHouse's own answers.  Every case below is a query of ClickHouse's
test tests/queries/0_stateless/00632_aggregation_window_funnel.sql, with
the level its .reference file gives (a ClickHouse run, so an independent
oracle).  The tables become event TSV (#time<TAB>visitor<TAB>event, times
in epoch seconds), a ClickHouse user is a visitor, windowFunnel(W) is
--per visitor --window W, its default mode is --reuse-events,
'strict_once' is ours by default, 'strict_deduplication' --dedup,
'strict_order' --order strict, 'strict_increase' --strict-increase,
'allow_reentry' --allow-reentry.  Conditions like event <= 1007 become
regexes.  Each line: the case, then visitor:level for each visitor who
reached step 1 (--explain lists only those).
--- cmd
lv() { f=$1; shift; jfunnel --per visitor --explain --no-header "$@" "$f" |
	cut -f1,2 | tr '\t' ':' | sort -n | tr '\n' ' '; echo; }
t() { awk -v OFS='\t' 'BEGIN { print "#time", "visitor", "event" }
	{ print $2, $1, $3 }'; }
# funnel_test: (0,1000) ... (8,1008), one user
for i in 0 1 2 3 4 5 6 7 8; do echo "1 $i 100$i"; done | t > ft.tsv
echo "A1 $(lv ft.tsv --reuse-events -w 10000 -s 1000)"
echo "A2 $(lv ft.tsv --reuse-events -w 10000 -s 1000 -s 1001)"
echo "A3 $(lv ft.tsv --reuse-events -w 10000 -s 1000 -s 1001 -s 1002)"
echo "A4 $(lv ft.tsv --reuse-events -w 10000 -s 1000 -s 1001 -s 1002 -s 1008)"
echo "A5 $(lv ft.tsv --reuse-events -w 1 -s 1000)"
echo "A6 $(lv ft.tsv --reuse-events -w 2 -s 1003 -s 1004 -s 1005 -s 1006 -s 1007)"
echo "A7 $(lv ft.tsv --reuse-events -w 3 -s 1003 -s 1004 -s 1005 -s 1006 -s 1007)"
echo "A8 $(lv ft.tsv --reuse-events -w 4 -s 1003 -s 1004 -s 1005 -s 1006 -s 1007)"
# funnel_test2: (1,1001) ... (8,1008)
for i in 1 2 3 4 5 6 7 8; do echo "1 $i 100$i"; done | t > ft2.tsv
echo "B1 $(lv ft2.tsv --reuse-events -w 4 -s 1003 -s 1004 -s 1005 -s 1006 -s 1007)"
echo "B2 $(lv ft2.tsv --reuse-events -w 10000 -s 1001 -s 1008)"
echo "B3 $(lv ft2.tsv --reuse-events -w 10000 -s 1008 -s 1001)"
echo "B4 $(lv ft2.tsv --reuse-events -w 4 -s '~^100[0-7]$' -s '~^100[2-9]$' -s '~^100[0-6]$' -s '~^100[4-9]$')"
# funnel_test_strict
printf '1 %s\n' '0 1000' '10 1001' '20 1002' '30 1003' '40 1004' '50 1005' \
    '51 1005' '60 1006' '70 1007' '80 1008' | t > fs.tsv
S="-s 1000 -s 1001 -s 1002 -s 1003 -s 1004 -s 1005 -s 1006"
echo "C1 $(lv fs.tsv --reuse-events --dedup -w 10000 $S)"
echo "C2 $(lv fs.tsv --reuse-events -w 10000 $S)"
# funnel_test_strict_order, users 1-6, then 7
printf '%s\n' '1 1 a' '1 2 b' '1 3 c' '2 1 a' '2 2 d' '2 3 b' '2 4 c' \
    '3 1 a' '3 2 a' '3 3 b' '3 4 b' '3 5 c' '3 6 c' \
    '4 1 a' '4 2 a' '4 3 a' '4 4 a' '4 5 b' '4 6 b' '4 7 c' '4 8 c' \
    '5 1 a' '5 2 a' '5 3 b' '5 4 b' '5 5 d' '5 6 c' '5 7 c' \
    '6 1 c' '6 2 c' '6 3 b' '6 4 b' '6 5 a' '6 6 a' | t > so.tsv
echo "D1 $(lv so.tsv --reuse-events -w 86400 -s a -s b -s c)"
echo "D2 $(lv so.tsv --reuse-events -w 86400 --order strict -s a -s b -s c)"
echo "D3 $(lv so.tsv --reuse-events -w 86400 --dedup --strict-order -s a -s b -s c)"
printf '%s\n' '7 1 a' '7 2 c' '7 3 b' | t > so7.tsv
echo "D4 $(lv so7.tsv --reuse-events -w 10 --order strict -s a -s b -s c)"
# strict_BiteTheDDDD
printf '1 %s\n' '1 a' '2 b' '3 c' '4 b' '5 d' | t > bite.tsv
echo "E1 $(lv bite.tsv --reuse-events --dedup -w 86400 -s a -s b -s c -s d)"
# funnel_test_strict_increase
printf '1 %s\n' '0 1000' '1 1001' '1 1002' '1 1003' '2 1004' | t > si.tsv
echo "F1 $(lv si.tsv --reuse-events -w 10000 -s 1000 -s 1001 -s 1002 -s 1003 -s 1004)"
echo "F2 $(lv si.tsv --reuse-events --strict-increase -w 10000 -s 1000 -s 1001 -s 1002 -s 1003 -s 1004)"
echo "F3 $(lv si.tsv --reuse-events -w 10000 -s 1004 -s 1004 -s 1004)"
echo "F4 $(lv si.tsv -w 10000 -s 1004 -s 1004 -s 1004)"
echo "F5 $(lv si.tsv --reuse-events --strict-increase -w 10000 -s 1004 -s 1004 -s 1004)"
# funnel_test2 (uid): strict_once cases
printf '%s\n' '234 100 failure' '345 200 success' '345 210 failure' \
    '345 230 success' '234 250 failure' '123 180 failure' '123 220 failure' \
    '123 250 success' | t > uid.tsv
echo "G1 $(lv uid.tsv --strict-increase -w 200 -s failure -s failure -s success)"
echo "G2 $(lv uid.tsv -w 200 -s failure -s failure -s success)"
echo "G3 $(lv uid.tsv --dedup -w 200 -s failure -s failure -s success)"
--- stdout
A1 1:1 
A2 1:2 
A3 1:3 
A4 1:4 
A5 1:1 
A6 1:3 
A7 1:4 
A8 1:5 
B1 1:5 
B2 1:2 
B3 1:1 
B4 1:4 
C1 1:6 
C2 1:7 
D1 1:3 2:3 3:3 4:3 5:3 6:1 
D2 1:3 2:1 3:3 4:3 5:2 6:1 
D3 1:3 2:1 3:2 4:2 5:2 6:1 
D4 7:1 
E1 1:3 
F1 1:5 
F2 1:2 
F3 1:3 
F4 1:1 
F5 1:1 
G1 123:3 234:2 345:1 
G2 123:3 234:2 345:1 
G3 123:3 234:2 345:1 
