jpaths --no-collapse -n 0 gives exactly the multiset of session paths
of jsessionize --summary: on testdata/sample.log.gz, count the --summary
paths (column 10) with awk and compare with jpaths's count and path
columns, both sorted; then check the shares add up to about 1 and the
counts to the number of sessions.
--- cmd
jsessionize --summary --no-header "$TESTDATA/sample.log.gz" |
    awk -F'\t' '{ n[$10]++ } END { for (p in n) print n[p] "\t" p }' |
    sort > want
jpaths --no-collapse -n 0 --no-header "$TESTDATA/sample.log.gz" |
    awk -F'\t' '{ print $1 "\t" $3 }' | sort > got
test -s want && cmp want got && echo same
s=$(jsessionize --summary --no-header "$TESTDATA/sample.log.gz" | wc -l)
jpaths --no-collapse -n 0 --no-header "$TESTDATA/sample.log.gz" |
    awk -F'\t' -v s="$s" '{ c += $1; t += $2 }
    END { print (c == s) ? "counts add up" : "counts " c " vs " s;
          print (t > 0.99 && t < 1.01) ? "shares add up" : "shares " t }'
--- stdout
same
counts add up
shares add up
