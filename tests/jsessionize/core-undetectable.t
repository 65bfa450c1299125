Input that no format fits: exit 2, the first line quoted and the -F
names listed, nothing written but the header.
--- stdin
hello world
this is not a log
--- cmd
jsessionize
--- exit
2
--- stdout
#session	visitor	seq	time	page	status	channel
--- stderr
jsessionize: (stdin): cannot tell the log format from the first lines; line 1 is "hello world"; name it with -F (combined, combined_extra, common, gandi, ovh, vcombined, vcommon, tsv, w3c, cloudfront, iis, elb, alb, s3, haproxy, json, nginx_json, caddy, traefik, or a LogFormat string)
