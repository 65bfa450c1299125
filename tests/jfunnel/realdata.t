jfunnel on a real log against tests/awk/funnel.awk, an independent awk
reimplementation of the default rule (ordered, one event a step, no
window, per session; events of one second in step order), fed by
jsessionize's event stream.  With --all the static files count, and
/, /reset.css, /style2.css, /images/jordan-80.png are often requested in
the same second: the ties are exercised.  Then the pipeline
jsessionize | jfunnel must give the same table as jfunnel on the raw log,
and so must the gzipped sample through both.  Skipped without
../shared/realdata.
--- cmd
R=$REALDATA/elastic-examples/apache_logs
[ -f "$R" ] || { echo "no realdata"; exit 77; }
S="/ /reset.css /style2.css /images/jordan-80.png"
set -- -s / -s /reset.css -s /style2.css -s /images/jordan-80.png
jsessionize --all -o session,epoch,page "$R" |
    awk -v steps="$S" -f "$TESTDATA/../tests/awk/funnel.awk" > want
jfunnel --all --no-header "$@" "$R" | cut -f1,3,6,7,8 > got
cmp want got && echo awk agrees
jsessionize --all "$R" | jfunnel --no-header "$@" | cut -f1,3,6,7,8 | cmp - got &&
    echo pipeline agrees
set -- -s home=/ -s 'product=/product/*' -s '~^/cart' -s '/checkout*'
jfunnel "$@" "$TESTDATA/sample.log.gz" > raw
jsessionize "$TESTDATA/sample.log.gz" | jfunnel "$@" | cmp - raw && echo sample agrees
jfunnel --per visitor "$@" "$TESTDATA/sample.log.gz" > raw
jsessionize "$TESTDATA/sample.log.gz" | jfunnel --per visitor "$@" | cmp - raw && echo per visitor agrees
--- stdout
awk agrees
pipeline agrees
sample agrees
per visitor agrees
