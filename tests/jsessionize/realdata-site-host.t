On the real elastic-examples Apache log (combined: no vhost) the site's
hosts are inferred: semicomplete.com and www.semicomplete.com, from all
its records (130 of the 149 distinct referrer paths of those hosts are
pages of the log), and with --stream from the first 64 lines (4 of 6),
with the same channels.  Checks: the -v lines; no session of
channel referral enters from a semicomplete.com referrer (awk over the
entry pageviews: 0; the one that mentions it is Google Translate's
translate.googleusercontent.com, counted apart: 1); and the channel
counts equal those of an explicit --site-host semicomplete.com ("same").
Before this rule (and before PDFs were downloads) the counts were
campaign 48, direct 600, referral 507, search 430, social 2, with 357
referral sessions whose entry referrer mentions semicomplete.com; now
they are those below: the 356 from its own pages are direct (the 357th
is Google Translate's, still referral), and the 35 sessions fewer (4
referral, 25 direct, 6 search) were sessions of downloads only.
--- cmd
[ -f "$REALDATA/elastic-examples/apache_logs" ] || { echo "SKIP: ../shared/realdata absent"; exit 77; }
f=$REALDATA/elastic-examples/apache_logs
ch() { awk -F'\t' 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "channel") c = i; next } { print $c }' | sort | uniq -c; }
jsessionize -v --summary "$f" 2>err | ch > def
grep inferred err | sed 's|^[^:]*: ||'
jsessionize --stream -v --summary "$f" 2>err | ch | cmp -s - def && echo "stream same"
grep inferred err | sed 's|^[^:]*: ||'
cat def
jsessionize --site-host semicomplete.com --summary "$f" | ch | cmp -s - def && echo same
jsessionize -o seq,channel,referrer "$f" | awk -F'\t' '$1 == 1 && $2 == "referral" {
	h = $3; sub(/^[a-z]+:\/\//, "", h); sub(/[\/:?#].*/, "", h)
	if (h ~ /(^|\.)semicomplete\.com$/) own++; else if ($3 ~ /semicomplete\.com/) other++ }
	END { print "own", own + 0, "mentions", other + 0 }'
--- stdout
site hosts inferred: semicomplete.com, www.semicomplete.com (129 of their 148 referrer paths are pages of this log); --site-host overrides
stream same
site hosts inferred: semicomplete.com, www.semicomplete.com (3 of their 5 referrer paths are pages of this log); --site-host overrides
      7 campaign
    577 direct
    146 referral
    424 search
      2 social
same
own 0 mentions 1
