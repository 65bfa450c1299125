A --rewrite replacement that names a group the regex does not have is a
usage error (exit 2) naming the group; main accepted \2, $9 and ${x
(PCRE2 only looks at the replacement when a subject matches) and then
never applied the rule, with exit 0.  Groups that exist still work: on
/ab, s#(a)#\1$1${1}$$# gives /aaa$b by hand (three copies of group 1 and
a dollar in place of the a) and a named group ${x} for (?<x>a) gives
/ab.
--- stdin
1.1.1.1 - - [22/Nov/2026:10:00:00 +0000] "GET /ab HTTP/1.1" 200 1 "-" "M"
--- cmd
cat > in.log
for r in 's#(a)#\2#g' 's#(a)#$9#' 's#(a)#${x#' 's#(a)#${x}#' 's#(a)#$#'; do
	jsessionize --no-header -o page --rewrite "$r" in.log 2>err
	echo "exit $?"
	head -n 1 err
done
jsessionize --no-header -o page --rewrite 's#(a)#\1$1${1}$$#' in.log
jsessionize --no-header -o page --rewrite 's#(?<x>a)#${x}#' in.log
--- stdout
exit 2
jsessionize: bad --rewrite "s#(a)#\2#g": there is no group 2: the regex has 1 group
exit 2
jsessionize: bad --rewrite "s#(a)#$9#": there is no group 9: the regex has 1 group
exit 2
jsessionize: bad --rewrite "s#(a)#${x#": "${x" is not closed: write ${x}
exit 2
jsessionize: bad --rewrite "s#(a)#${x}#": there is no group named x in the regex (name one with (?<x>...))
exit 2
jsessionize: bad --rewrite "s#(a)#$#": a $ in the replacement needs a group number or name after it (write $$ for a dollar sign)
/aaa$b
/ab
