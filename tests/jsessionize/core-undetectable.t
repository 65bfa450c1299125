Input that no format fits: exit 2, the first line quoted and the -F
names listed, and nothing on stdout, not even the header: no input
could be read, so no report that looks like an empty one.
--- stdin
hello world
this is not a log
--- cmd
jsessionize
--- exit
2
--- stdout
--- stderr
jsessionize: (stdin): cannot tell the log format from the first lines; line 1 is "hello world"; name it with -F (combined, combined_extra, common, gandi, ovh, vcombined, vcommon, tsv, w3c, cloudfront, iis, elb, alb, s3, haproxy, json, nginx_json, caddy, traefik, or a LogFormat string)
