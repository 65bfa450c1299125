An event stream's kept sessions are noted for their start order up to an
eighth of --memory (32 bytes each in a table under half full: 2048 with
--memory 1M); past that the rest are numbered in the order they come, and
standard error says how many rows were.  3000 one-row sessions of 7
visitors: 952 rows past the budget.  Counted without a budget, the 7
visitors' first sessions are the only first visits.
--- cmd
awk 'BEGIN { print "#session\tvisitor\ttime\tpage"
	for (i = 0; i < 3000; i++)
		printf "s%d\tu%d\t2026-03-01T10:%02d:%02dZ\t/p\n", i, i % 7, int(i / 60), i % 60 }' > ev.tsv
jdropoff --by returning --memory 1M ev.tsv > /dev/null
jdropoff --by returning ev.tsv | cut -f1,3
--- stdout
#returning	views
0	7
1	2993
--- stderr
jdropoff: --memory: 952 rows of the event stream's sessions came past the budget, and those sessions were numbered in the order they came, not by start (visit_number, returning): raise --memory
