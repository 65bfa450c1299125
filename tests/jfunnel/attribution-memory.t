--attribution holds the visitors' events and sessions to --memory: past
it jfunnel stops, exit 1, with no table and a message that says what to
do.  3000 visitors with --memory 64k pass it (their table alone is
bigger); with the default budget all 3000 convert in a direct session.
--- cmd
awk 'BEGIN { for (i = 0; i < 3000; i++)
	printf "10.0.%d.%d - - [01/Mar/2026:%02d:%02d:00 +0000] \"GET /p HTTP/1.1\" 200 1 \"-\" \"M\"\n",
	    int(i / 256), i % 256, int(i / 150), int(i / 3) % 50 }' > many.log
jfunnel -s /p --per visitor --attribution first --memory 64k many.log; echo "exit $?"
jfunnel -s /p --per visitor --attribution first many.log
--- stdout
exit 1
#channel	conversions	share
direct	3000	1.0000
--- stderr
jfunnel: --memory: the visitors' events and sessions passed the budget (--attribution keeps every visitor's until the end); raise --memory, or split the input by visitor with --shard K/N and --partial, then --merge
