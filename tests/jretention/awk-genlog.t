jretention against tests/awk/retention.awk (an independent awk
computation from jsessionize's visitor and time columns) on a log that
needs no ../shared/realdata: genlog's clients .10-.19, moved to November
2nd to 6th by their second so that visitors come back on several days
(five cohorts, returns in every period seen).
--- cmd
"$TESTDATA/../tools/genlog" -s 14 -n 400000 | awk '$1 ~ /\.1[0-9]$/' |
    head -n 12000 | awk '{ s = substr($4, 20, 2) + 0
	sub(/^\[02\/Nov/, "[0" (2 + s % 5) "/Nov", $4); print }' > access.log
jsessionize -q -o visitor,time access.log | sort -t "$(printf '\t')" -k1,1 -k2,2 |
    awk -v N=7 -f "$TESTDATA/../tests/awk/retention.awk" > want
jretention -q access.log > got
cmp want got && echo awk agrees
grep -c . got
grep -v '^#' got | awk -F'\t' '$2 > 0 && $4 != "-" && $4 > 0' | wc -l
--- stdout
awk agrees
41
10
