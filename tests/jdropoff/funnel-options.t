Funnel mode takes jfunnel's rules and shares its engine: for each rule
option the dropped count of every step must be jfunnel's dropped column
on the same input (the sample log), and the next and exit pages listed
(-n 0: all) must each sum to it.  Each line: the option and "same" or
what differs.
--- cmd
L=$TESTDATA/sample.log.gz
printf 'home=/\n# a comment\nproduct=/product/*\n/cart*\n' > steps.txt
printf '/\thome\n/product/*\tconsideration\n/cart*\tdecision\n' > stages.tsv
S="-s / -s /product/* -s /cart* -s /checkout*"
check() { name=$1; shift
	jfunnel --no-header "$@" "$L" | awk -F'\t' '{ print $1, $6 }' > want
	jdropoff --no-header -n 0 "$@" "$L" | awk -F'\t' '
		$3 == "reached" { r[$1] = 1 }
		$3 == "dropped" { d[$1] = $5 }
		$3 == "next" { nx[$1] += $5 } $3 == "exit" { ex[$1] += $5 }
		END { for (k = 1; k in r; k++) {
			print k, d[k] + 0
			if (nx[k] != d[k] || ex[k] != d[k]) print "sums differ at", k } }' > got
	cmp -s want got && echo "$name same" || { echo "$name DIFFERENT"; diff want got; }; }
check plain $S
check per --per visitor $S
check window --window 60 $S
check step-window --step-window 30 $S
check open --open $S
check order --order any $S
check strict-order --strict-order $S
check allow-reentry --order strict --allow-reentry $S
check reuse-events --reuse-events $S
check dedup --dedup $S
check strict-increase --strict-increase $S
check exclude --exclude '/help*' $S
check steps --steps steps.txt
check field --stages stages.tsv --field stage -s home -s consideration -s decision
--- stdout
plain same
per same
window same
step-window same
open same
order same
strict-order same
allow-reentry same
reuse-events same
dedup same
strict-increase same
exclude same
steps same
field same
