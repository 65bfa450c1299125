Past --memory the visitors' state is written to sorted runs and merged
back, exact: 3000 visitors with --memory 64k (the visitor table's share,
a 16th, is held to its least, 16 KiB: some 500 visitors) give the table
of the default budget, the one cohort of all 3000 (one a line of the
awk below), on stdin and with --stream too; -v says runs were spilled.
--- cmd
awk 'BEGIN { for (i = 0; i < 3000; i++)
	printf "10.0.%d.%d - - [01/Mar/2026:%02d:%02d:00 +0000] \"GET /p HTTP/1.1\" 200 1 \"-\" \"M\"\n",
	    int(i / 256), i % 256, int(i / 150), int(i / 3) % 50 }' > many.log
mkdir tmp
jretention --periods 1 many.log > want
jretention --periods 1 --memory 64k -T tmp -v many.log > got 2> err; echo "exit $?"
cmp want got && echo "64k = default"
grep -c "sorted runs .* of the visitors' state spilled past --memory" err
jretention --periods 1 --memory 64k --stream many.log | cmp - want && echo "stream = default"
ls tmp | wc -l
cat want
--- stdout
exit 0
64k = default
1
stream = default
0
#cohort	period	visitors	returned	rate
2026-03-01	0	3000	3000	1.0000
2026-03-01	1	3000	-	-
