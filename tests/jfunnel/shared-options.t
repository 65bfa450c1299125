jsessionize's input options work in jfunnel on a raw log exactly as in
jsessionize: for each, jfunnel OPTION on the sample log must give the
same table as jsessionize OPTION | jfunnel (the event stream keeps the
sessions those options made).  --by channel and --by stage make the
channel and stage options show in the table; -f stage matches stages.
--rejects must write the same lines from both.  Each line names the
option and says "same" when the tables match.
--- cmd
L=$TESTDATA/sample.log.gz
printf '/\thome\n/product/*\tconsideration\n/cart*\tdecision\n' > stages.tsv
printf 'css\njs\npng\n' > static.txt
printf 'Googlebot\n' > bots.txt
S="-s / -s /product/* -s ~^/cart -s /checkout*"
check() { name=$1; shift
	jfunnel "$@" $BY $S "$L" > a 2>/dev/null
	jsessionize "$@" "$L" 2>/dev/null | jfunnel $S $BY > b
	cmp -s a b && echo "$name same" || echo "$name DIFFERENT"; }
BY=
check all --all
check keep-bots --keep-bots
check keep-static --keep-static
check static-list --static-list static.txt
check bot-list --bot-list bots.txt
check status --status 200-299
check methods --methods GET
check keep-query --keep-query=id
check rewrite --rewrite 's#/product/[0-9]+#/product/:id#'
check max-pageviews --max-pageviews 2
check timeout -t 10m
check slack --slack 1m
check salt --salt pepper
check visitor --visitor ip
check split-midnight --split-midnight --tz Europe/Paris
check format -F combined
check max-sessions --max-sessions 5
check time-format --time-format '%d/%b/%Y:%H:%M:%S %z'
check strict --strict
BY="--by channel"
check split-campaign --split-campaign
check site-host --site-host blog.example.org
BY="-f stage"
S="-s home -s decision"
check stages --stages stages.tsv
S="-s / -s /product/*"; BY=
jfunnel --rejects r1 $S "$L" > /dev/null
jsessionize --rejects r2 "$L" > /dev/null
cmp r1 r2 && echo rejects same
jfunnel --version | cut -d' ' -f1
--- stdout
all same
keep-bots same
keep-static same
static-list same
bot-list same
status same
methods same
keep-query same
rewrite same
max-pageviews same
timeout same
slack same
salt same
visitor same
split-midnight same
format same
max-sessions same
time-format same
strict same
split-campaign same
site-host same
stages same
rejects same
jfunnel
