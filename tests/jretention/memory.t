Past --memory the visitors' state is not cut short into a wrong table:
jretention stops, exit 1, no table, and says what to do.  3000 visitors
with --memory 64k: the visitor table alone (4096 slots of 32 bytes) is
past it.  With the default budget the one cohort has them all.
--- cmd
awk 'BEGIN { for (i = 0; i < 3000; i++)
	printf "10.0.%d.%d - - [01/Mar/2026:%02d:%02d:00 +0000] \"GET /p HTTP/1.1\" 200 1 \"-\" \"M\"\n",
	    int(i / 256), i % 256, int(i / 150), int(i / 3) % 50 }' > many.log
jretention --memory 64k many.log; echo "exit $?"
jretention --memory 64k --stream many.log; echo "exit $?"
jretention --periods 1 many.log
--- stdout
exit 1
exit 1
#cohort	period	visitors	returned	rate
2026-03-01	0	3000	3000	1.0000
2026-03-01	1	3000	-	-
--- stderr
jretention: --memory: the visitors' state passed the budget; raise --memory, or split the input by visitor with --shard K/N and --partial, then --merge
jretention: --memory: the visitors' state passed the budget; raise --memory, or split the input by visitor with --shard K/N and --partial, then --merge
