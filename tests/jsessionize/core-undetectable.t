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
jsessionize: (stdin): cannot tell the log format from the first lines; line 1 is "hello world"; name it with -F (combined, combined_extra, common, vcombined, vcommon, tsv, w3c, cloudfront, iis, or a LogFormat string)
