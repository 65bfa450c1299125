ClickHouse's strict_order and allow_reentry cases (the tables of the
allow_reentry and ecommerce tests in ClickHouse's
00632_aggregation_window_funnel.sql), traced by hand through the
getEventLevel of the current AggregateFunctionWindowFunnel.cpp, which
jfunnel follows.  ClickHouse's .reference file for these cases comes from
an older release (before the #37177 fix of the dedup return value and
with another allow_reentry), so its numbers differ; these are worked out
from the rules:
 - strict order: once step 1 is seen, an event for step k whose step k-1
   is not reached ends it (level so far); --allow-reentry skips that
   event instead.  A step-1 event always restarts the step-1 slot.
 - --reuse-events: each level keeps one (first, last), overwritten.
H1 (a,b,c):  u1 a b a c: a, b -> 2, a resets step 1, c extends level 2
   (first 1) -> 3.  u2 a b a b c -> 3.  u3 a b c -> 3.  u4 a c b: c with
   level 2 empty -> stop at 1.  u5 -> 3.
H2 (+reentry): u4: c skipped, b -> 2.  Others as H1.
H3 (a,b,c,d): u1, u2 stop at 3 (no d).  u3 a b c b d: b overwrites level
   2 (first 1), d extends level 3 -> 4.  u4 1.  u5 a b c a b c d -> 4.
H4 (+reentry): u4 2, others as H3.
H5 (+reentry, --dedup): u2 a b a b: the second b finds step 2 reached:
   stop, level 2.  u4 a c b: c skipped, b -> 2.  Others 3.
I1/I2 (begin,view,pay; w 600): begin@300 restarts step 1 but view's
   level (first 100) takes pay@400 (400 <= 700) -> 3 for all.
I3 (begin,view,begin,pay): begin@100 also matches step 3, taken after
   step 1 at the same time, with step 2 not reached -> stop at 1.
I4 (+reentry): that entry is skipped; u1 view@200 -> 2, begin@300 (step
   3) -> 3, pay@400 -> 4; u2 likewise 4; u3 begin view pay: pay with step 3
   not reached is skipped -> 2.
--- cmd
lv() { f=$1; shift; jfunnel --per visitor --explain --no-header "$@" "$f" |
	cut -f1,2 | tr '\t' ':' | sort -n | tr '\n' ' '; echo; }
t() { awk -v OFS='\t' 'BEGIN { print "#time", "visitor", "event" }
	{ print $2, $1, $3 }'; }
# funnel_test_allow_reentry
printf '%s\n' '1 1 a' '1 2 b' '1 3 a' '1 4 c' '2 1 a' '2 2 b' '2 3 a' '2 4 b' \
    '2 5 c' '3 1 a' '3 2 b' '3 3 c' '3 4 b' '3 5 d' '4 1 a' '4 2 c' '4 3 b' \
    '5 1 a' '5 2 b' '5 3 c' '5 4 a' '5 5 b' '5 6 c' '5 7 d' | t > re.tsv
R="--reuse-events -w 86400 --order strict"
echo "H1 $(lv re.tsv $R -s a -s b -s c)"
echo "H2 $(lv re.tsv $R --allow-reentry -s a -s b -s c)"
echo "H3 $(lv re.tsv $R -s a -s b -s c -s d)"
echo "H4 $(lv re.tsv $R --allow-reentry -s a -s b -s c -s d)"
echo "H5 $(lv re.tsv $R --allow-reentry --dedup -s a -s b -s c)"
# funnel_test_ecommerce
printf '%s\n' '1 100 begin' '1 200 view' '1 300 begin' '1 400 pay' \
    '2 100 begin' '2 200 view' '2 250 view' '2 300 begin' '2 400 pay' \
    '3 100 begin' '3 200 view' '3 300 pay' | t > ec.tsv
R="--reuse-events -w 600 --order strict"
echo "I1 $(lv ec.tsv $R -s begin -s view -s pay)"
echo "I2 $(lv ec.tsv $R --allow-reentry -s begin -s view -s pay)"
echo "I3 $(lv ec.tsv $R -s begin -s view -s begin -s pay)"
echo "I4 $(lv ec.tsv $R --allow-reentry -s begin -s view -s begin -s pay)"
--- stdout
H1 1:3 2:3 3:3 4:1 5:3 
H2 1:3 2:3 3:3 4:2 5:3 
H3 1:3 2:3 3:4 4:1 5:4 
H4 1:3 2:3 3:4 4:2 5:4 
H5 1:3 2:2 3:3 4:2 5:3 
I1 1:3 2:3 3:3 
I2 1:3 2:3 3:3 
I3 1:1 2:1 3:1 
I4 1:4 2:4 3:2 
