/*
 * inflate - decompress a gzip file with zlib and throw the output away:
 * the lower bound for any program that reads .gz input through zlib,
 * measured beside it by bench/bench.sh.
 *
 * usage: inflate FILE
 *
 * Handles concatenated members (what logrotate and `cat a.gz b.gz` make).
 * Silent on success; exit 1 with a message on a read error or a corrupt
 * or truncated stream.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#define BUFSZ	(256 * 1024)

static unsigned char in[BUFSZ], out[BUFSZ];

int
main(int argc, char **argv)
{
	z_stream zs;
	FILE *fp;
	size_t n;
	long long pos = 0;	/* bytes read, for messages */
	int rc, inmember = 0;

	if (argc != 2) {
		fputs("usage: inflate FILE\n", stderr);
		return 2;
	}
	if ((fp = fopen(argv[1], "rb")) == NULL) {
		fprintf(stderr, "inflate: %s: %s\n", argv[1], strerror(errno));
		return 1;
	}
	memset(&zs, 0, sizeof zs);
	/* 15 + 32: the largest window, gzip or zlib header detected. */
	if (inflateInit2(&zs, 15 + 32) != Z_OK) {
		fputs("inflate: inflateInit2 failed\n", stderr);
		return 1;
	}
	while ((n = fread(in, 1, sizeof in, fp)) > 0) {
		pos += (long long)n;
		zs.next_in = in;
		zs.avail_in = (uInt)n;
		/* Go round while input is left or inflate may hold output. */
		do {
			zs.next_out = out;
			zs.avail_out = sizeof out;
			rc = inflate(&zs, Z_NO_FLUSH);
			if (rc == Z_STREAM_END) {
				/* Another member may follow: same input. */
				inflateReset(&zs);
				inmember = 0;
				continue;
			}
			if (rc == Z_BUF_ERROR)
				break;		/* no progress: needs input */
			if (rc != Z_OK) {
				fprintf(stderr, "inflate: %s: corrupt gzip data "
				    "near byte %lld: %s\n", argv[1],
				    pos - zs.avail_in, zs.msg ? zs.msg : zError(rc));
				return 1;
			}
			inmember = 1;
		} while (zs.avail_in > 0 || zs.avail_out == 0);
	}
	if (ferror(fp)) {
		fprintf(stderr, "inflate: %s: %s\n", argv[1], strerror(errno));
		return 1;
	}
	if (inmember) {
		fprintf(stderr, "inflate: %s: truncated gzip stream at byte "
		    "%lld\n", argv[1], pos);
		return 1;
	}
	inflateEnd(&zs);
	fclose(fp);
	return 0;
}
