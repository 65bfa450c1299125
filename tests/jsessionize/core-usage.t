Usage errors exit 2, name the bad value and the fix, and point at --help.
Each message is the one the option's parser writes (lib/config.c,
lib/events.c, lib/filter.c, cmd/jsessionize.c).
--- cmd
jsessionize -t 0 </dev/null; echo "exit $?"
jsessionize -o page,nope </dev/null; echo "exit $?"
jsessionize --summary -o page </dev/null; echo "exit $?"
jsessionize --status 200-99 </dev/null; echo "exit $?"
jsessionize --rewrite 's#(#x#' </dev/null; echo "exit $?"
jsessionize --rewrite 'x' </dev/null; echo "exit $?"
jsessionize --slack 1h </dev/null; echo "exit $?"
jsessionize -F nosuch </dev/null; echo "exit $?"
jsessionize --bogus </dev/null; echo "exit $?"
--- stdout
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
--- stderr
jsessionize: bad --timeout "0": give a duration such as 30m, 1h, 90s or 1800
Try 'jsessionize --help'.
jsessionize: bad -o/--fields "page,nope": unknown field "nope"; fields are session, visitor, seq, time, epoch, page, url, method, status, bytes, referrer, ua, host, channel, stage, duration, returning, visit_number, browser, os, device, device_class, owner
Try 'jsessionize --help'.
jsessionize: --fields and --summary do not go together: --summary has its own columns
Try 'jsessionize --help'.
jsessionize: bad --status "200-99": give codes and ranges from 100 to 999, such as 200-399 or 200-299,304
Try 'jsessionize --help'.
jsessionize: bad --rewrite regex "(" at offset 1: missing closing parenthesis
Try 'jsessionize --help'.
jsessionize: bad --rewrite "x": write 's#REGEX#REPLACEMENT#' (flags g, i may follow)
Try 'jsessionize --help'.
jsessionize: --slack must be shorter than --timeout (3600s >= 1800s): lines that late could belong to a session already written
Try 'jsessionize --help'.
jsessionize: unknown format "nosuch": use one of combined, combined_extra, common, gandi, ovh, vcombined, vcommon, tsv, w3c, cloudfront, iis, elb, alb, s3, haproxy, json, nginx_json, caddy, traefik, or an Apache LogFormat string
Try 'jsessionize --help'.
jsessionize: unrecognized option '--bogus'
Try 'jsessionize --help'.
