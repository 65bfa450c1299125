--tz must name a zone the system knows or be a POSIX TZ string; main
took any other value (Foo/Bar, a typo, a directory) for UTC without a
word.  Two pageviews of one visitor at 14:50 and 15:10 UTC, with
--split-midnight: in Asia/Tokyo (UTC+9, no daylight saving) they fall at
23:50 and 00:10, on two days, so two sessions; the POSIX strings JST-9
and <+09>-9 say the same; UTC keeps one session.  Foo/Bar, Europe (a
directory of zones) and a POSIX string with a month 13 are usage errors
(exit 2), as is the empty string.  Counted with `cut -f1 | sort -u`.
--- stdin
1.1.1.1 - - [22/Nov/2026:14:50:00 +0000] "GET /a HTTP/1.1" 200 1 "-" "M"
1.1.1.1 - - [22/Nov/2026:15:10:00 +0000] "GET /b HTTP/1.1" 200 1 "-" "M"
--- cmd
cat > in.log
for z in Asia/Tokyo JST-9 '<+09>-9' :Asia/Tokyo UTC Foo/Bar Europe 'EST5EDT,M13.1.0,M1.1.1' ''; do
	jsessionize --no-header -o session --split-midnight --tz "$z" in.log >out 2>err
	echo "$z: exit $? sessions $(sort -u out | wc -l) $(head -n 1 err)"
done
--- stdout
Asia/Tokyo: exit 0 sessions 2 
JST-9: exit 0 sessions 2 
<+09>-9: exit 0 sessions 2 
:Asia/Tokyo: exit 0 sessions 2 
UTC: exit 0 sessions 1 
Foo/Bar: exit 2 sessions 0 jsessionize: unknown --tz "Foo/Bar": name a zone of the system's zoneinfo (such as Europe/Berlin) or give a POSIX TZ string (such as CET-1CEST,M3.5.0,M10.5.0/3)
Europe: exit 2 sessions 0 jsessionize: unknown --tz "Europe": name a zone of the system's zoneinfo (such as Europe/Berlin) or give a POSIX TZ string (such as CET-1CEST,M3.5.0,M10.5.0/3)
EST5EDT,M13.1.0,M1.1.1: exit 2 sessions 0 jsessionize: unknown --tz "EST5EDT,M13.1.0,M1.1.1": name a zone of the system's zoneinfo (such as Europe/Berlin) or give a POSIX TZ string (such as CET-1CEST,M3.5.0,M10.5.0/3)
: exit 2 sessions 0 jsessionize: unknown --tz "": name a zone of the system's zoneinfo (such as Europe/Berlin) or give a POSIX TZ string (such as CET-1CEST,M3.5.0,M10.5.0/3)
