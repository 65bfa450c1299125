Usage errors exit 2 and name the fix: -n out of 1..50, --partial with
--merge; --merge of a file that is no partial is a data error (exit 1,
the line named and how to make one); a funnel rule without steps, a
bad step regex (jfunnel's message), an unknown option, an --output that
cannot be written.  --output FILE writes the page there and nothing on
stdout; without any readable input no page is written and the FILE is
not left behind (exit 1, the file named).
--- cmd
jreport -n 0 ev.tsv; echo "exit $?"
jreport -n 51 ev.tsv; echo "exit $?"
jreport --partial --merge ev.tsv; echo "exit $?"
jreport --merge ev.tsv; echo "exit $?"
jreport -w 1h ev.tsv; echo "exit $?"
jreport -s '~(' ev.tsv; echo "exit $?"
jreport --bogus ev.tsv; echo "exit $?"
jreport -o nodir/x.html ev.tsv; echo "exit $?"
jreport -o out.html --title T ev.tsv; echo "exit $?"
grep -c '<h1>T</h1>' out.html
jreport --output out2.html nosuch.log; echo "exit $?"
test -e out2.html || echo "no out2.html"
--- file ev.tsv
#session	visitor	time	page
S1	v1	2026-11-01T10:00:00Z	/
--- stdout
exit 2
exit 2
exit 2
exit 1
exit 2
exit 2
exit 2
exit 2
exit 0
1
exit 1
no out2.html
--- stderr
jreport: bad -n/--top "0": give the pages shown per table and flow column, 1 to 50
Try 'jreport --help'.
jreport: bad -n/--top "51": give the pages shown per table and flow column, 1 to 50
Try 'jreport --help'.
jreport: --partial and --merge do not go together: a merge writes the report
Try 'jreport --help'.
jreport: ev.tsv:2: not a partial (no #partial line before the data): make it with jreport --partial
jreport: --window is a funnel option: give the funnel's steps with -s or --steps
Try 'jreport --help'.
jreport: bad regex "(" at offset 1: missing closing parenthesis
Try 'jreport --help'.
jreport: unrecognized option '--bogus'
Try 'jreport --help'.
jreport: --output nodir/x.html: No such file or directory: give a file that can be written
Try 'jreport --help'.
jreport: nosuch.log: No such file or directory
