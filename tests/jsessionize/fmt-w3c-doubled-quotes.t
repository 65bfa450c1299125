W3C extended: a quoted value may hold a quote written twice (""), as IIS
Advanced Logging and the W3C draft write it.  Main ended the value at a
doubled quote followed by a space, so the first two lines had "more
values than the fields of the #Fields directive" (malformed 2), and
kept the doubling where it parsed (M ""2"" on line 3).
By hand: the User-Agent "Mozilla ""compatible"" x" is Mozilla "compatible"
x; the referrer """q"" a" is "q" a; "" alone is an empty value (written
- here, as empty columns are); a quoted value whose only quotes are
lone ones (line 4, "a"b c") keeps them, as before.  The quoted UA keeps
its '+' (it is not IIS's space).
--- file a.log
#Fields: date time c-ip cs-method cs-uri-stem sc-status cs(User-Agent) cs(Referer)
2026-11-22 10:00:00 10.0.0.1 GET /a 200 "Mozilla ""compatible"" x" -
2026-11-22 10:00:01 10.0.0.2 GET /b 200 "M+1" """q"" a"
2026-11-22 10:00:02 10.0.0.3 GET /c 200 "M ""2""" ""
2026-11-22 10:00:03 10.0.0.4 GET /d 200 "a"b c" -
--- cmd
jsessionize -v --no-header -o url,ua,referrer a.log 2>err
grep malformed err
--- stdout
/a	Mozilla "compatible" x	-
/b	M+1	"q" a
/c	M "2"	-
/d	a"b c	-
jsessionize: lines 5: skipped 1, malformed 0, parsed 4
