Past an eighth of --memory the visit counts of the visitors idle longest
are forgotten, and standard error says so.  3000 visitors come on March
1st and again, in the same order, on the 2nd; with --memory 512K (an
eighth: 64 KiB, 4096 counts of 16 bytes at most half full, so 2048) the day-2
sessions come after their visitors' counts were dropped: every session
counts as a first visit.  With the default budget 3000 are returning.
--- cmd
awk 'BEGIN { for (d = 1; d <= 2; d++) for (i = 0; i < 3000; i++)
	printf "10.0.%d.%d - - [0%d/Mar/2026:%02d:%02d:%02d +0000] \"GET /p HTTP/1.1\" 200 1 \"-\" \"M\"\n",
	    int(i / 256), i % 256, d, int(i / 150), int(i / 3) % 50, i % 3 * 20 }' > many.log
jsessionize -o returning --memory 512K many.log | sort | uniq -c
jsessionize -o returning many.log | sort | uniq -c
--- stdout
      1 #returning
   6000 0
      1 #returning
   3000 0
   3000 1
--- stderr
jsessionize: --memory: 4096 visit counts were forgotten (of the visitors idle longest), so their later sessions count as first visits (visit_number, returning): raise --memory, or split by --shard
