--ua-regexes FILE reads a regexes.yaml of uap-core's layout; this one is
small enough to work out by hand.  Line 1: the browser rule's
family_replacement 'Zed $1 $2' gets group 1 "Zed" and group 2 "7":
"Zed Zed 7"; the OS rule is caseless (regex_flag 'i') so "ZEDOS 3"
matches and gives its replacement "ZedOS"; the device replacement
'  $1 $2 $3 ' is "  AB x1  " ($3 does not exist: empty), trimmed to
"AB x1"; the class is mobile (no bot, no tablet mark, OS and device on
no list, but "Mobi" in the UA).  Line 2: the first browser rule matches
but its family comes out empty, so it is passed over and "(Tool)/(\d+)"
gives group 1, "Tool"; the OS is group 1, "Plan9", on no list: other;
no device rule matches: "Other".  Line 3: nothing matches: Other three
times, class other.  Line 4: its device family is Spider, so it is a
bot and dropped (uap-core's rule; the substring list has no "spidey").
Then a missing file and a file that is not a regexes.yaml: exit 2 with
the fix named; and a rule PCRE2 cannot compile (an unclosed group) is
passed over, which -v says: all four UAs are Other (Spidey no bot).
--- file rx.yaml
# a small regexes.yaml in uap-core's layout
user_agent_parsers:
  - regex: '(Empty)Family/(\d+)'
    family_replacement: ''
  - regex: '(Zed)Browser/(\d+)'
    family_replacement: 'Zed $1 $2'
  - regex: '(Tool)/(\d+)'
os_parsers:
  - regex: 'zedos ([\d]+)'
    regex_flag: 'i'
    os_replacement: 'ZedOS'
  - regex: '(Plan9)'
device_parsers:
  - regex: 'Phone ([A-Z]+)-(\w+)'
    device_replacement: '  $1 $2 $3 '
  - regex: '(Spidey)'
    device_replacement: 'Spider'
--- file bad.yaml
user_agent_parsers:
  - regex: '(Bad(x)'
--- file in.log
10.0.0.1 - - [22/Nov/2026:10:00:00 +0000] "GET /a HTTP/1.1" 200 10 "-" "ZedBrowser/7 (ZEDOS 3; Phone AB-x1 Mobile)"
10.0.0.2 - - [22/Nov/2026:10:00:01 +0000] "GET /a HTTP/1.1" 200 10 "-" "EmptyFamily/1 Tool/2 (Plan9)"
10.0.0.3 - - [22/Nov/2026:10:00:02 +0000] "GET /a HTTP/1.1" 200 10 "-" "Nothing here"
10.0.0.4 - - [22/Nov/2026:10:00:03 +0000] "GET /a HTTP/1.1" 200 10 "-" "Spidey/1"
--- cmd
jsessionize --ua-regexes rx.yaml -o browser,os,device,device_class --no-header in.log
jsessionize --ua-regexes nope.yaml -o browser in.log
echo "exit $?"
jsessionize --ua-regexes in.log -o browser in.log
echo "exit $?"
jsessionize -v --ua-regexes bad.yaml -o browser --no-header in.log 2>&1 | grep -v '^jsessionize: [lpv]\|format'
--- stdout
Zed Zed 7	ZedOS	AB x1	mobile
Tool	Plan9	Other	other
Other	Other	Other	other
exit 2
exit 2
jsessionize: 1 regexes of bad.yaml that PCRE2 cannot compile were passed over
Other
Other
Other
Other
--- stderr
jsessionize: nope.yaml: No such file or directory: install the Debian package uap-core (apt-get install uap-core) or give its regexes.yaml with --ua-regexes FILE
Try 'jsessionize --help'.
jsessionize: in.log: no user_agent_parsers, os_parsers or device_parsers regexes: give uap-core's regexes.yaml
Try 'jsessionize --help'.
