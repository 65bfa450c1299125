--attribution keeps the visitors' sessions within --memory: past half of
it they wait on disk in runs sorted by visitor, merged back at the end
(issue 17 item 13), so the credit is exact.  3000 visitors with
--memory 64k pass it (their sessions alone are bigger than 32 KiB; -v
says the runs were written); the answer is the same as with the default
budget: all 3000 visitors convert in their one session, a direct one
(no referrer), so direct has 3000 conversions, share 1.
--- cmd
awk 'BEGIN { for (i = 0; i < 3000; i++)
	printf "10.0.%d.%d - - [01/Mar/2026:%02d:%02d:00 +0000] \"GET /p HTTP/1.1\" 200 1 \"-\" \"M\"\n",
	    int(i / 256), i % 256, int(i / 150), int(i / 3) % 50 }' > many.log
jfunnel -v -s /p --per visitor --attribution first --memory 64k many.log 2> err; echo "exit $?"
grep -c "of the visitors' events spilled past --memory" err
jfunnel -s /p --per visitor --attribution first many.log
--- stdout
#channel	conversions	share
direct	3000	1.0000
exit 0
1
#channel	conversions	share
direct	3000	1.0000
