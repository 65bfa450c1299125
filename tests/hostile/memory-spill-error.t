When the rows past --memory cannot be written (-T names no directory),
the program says so and exits 1 rather than give counts with rows
missing as if they were whole.  --stream keeps the pageviews out of the
temporary files, so that only the analysis spills; d.log's 3000
sessions (/pi then /common, in time order) make 3001 page rows and 3000
edges, more than the 16 KiB of table that --memory 64K allows, and its
3000 visitors' sessions more than the 32 KiB for --per visitor.
--- cmd
awk 'BEGIN {
	for (i = 0; i < 3000; i++) {
		printf "10.1.%d.%d - - [22/Nov/2026:09:%02d:%02d +0000] \"GET /p%d HTTP/1.1\" 200 7 \"-\" \"M\"\n", int(i / 256), i % 256, int(i / 60) % 60, i % 60, i
		printf "10.1.%d.%d - - [22/Nov/2026:09:%02d:%02d +0000] \"GET /common HTTP/1.1\" 200 7 \"-\" \"M\"\n", int(i / 256), i % 256, int(i / 60) % 60, i % 60
	}
}' > d.log
jdropoff --stream -T none --memory 64K d.log > /dev/null; echo "exit $?"
jpaths --stream -T none --memory 64K --edges d.log > /dev/null; echo "exit $?"
jfunnel --stream -T none --memory 64K --per visitor -s /common d.log > /dev/null; echo "exit $?"
--- stdout
exit 1
exit 1
exit 1
--- stderr
jdropoff: page rows: cannot make a temporary file in none: No such file or directory (set -T DIR or TMPDIR, or raise --memory)
jpaths: counted paths: cannot make a temporary file in none: No such file or directory (set -T DIR or TMPDIR, or raise --memory)
jfunnel: --per visitor: cannot make a temporary file in none: No such file or directory (set -T DIR or TMPDIR, or raise --memory)
