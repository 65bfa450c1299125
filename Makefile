# journey toolkit: jsessionize, jfunnel, jpaths, jdropoff, jretention, jreport
.POSIX:
.SUFFIXES:

PREFIX	= /usr/local
BINDIR	= $(PREFIX)/bin
MANDIR	= $(PREFIX)/share/man/man1
CC	= cc
CFLAGS	= -O3 -g
PKG_CONFIG = pkg-config

# Warnings and the language level are kept apart from the user's CFLAGS.
WFLAGS	= -std=gnu11 -Wall -Wextra -Wshadow -Wpointer-arith -Wstrict-prototypes
DEPS_CFLAGS != $(PKG_CONFIG) --cflags libpcre2-8 zlib
DEPS_LIBS   != $(PKG_CONFIG) --libs libpcre2-8 zlib
# gzip input is inflated with ISA-L where its library is installed
# (Debian libisal-dev), else with zlib; INFLATE=zlib keeps zlib, and
# INFLATE=isal insists on ISA-L.  -v says which one a program has.
INFLATE	= auto
ISAL_CFLAGS != case "$(INFLATE)" in zlib) ;; isal) echo "-DJY_ISAL" ;; \
	*) if $(PKG_CONFIG) --exists libisal 2>/dev/null; then \
	echo "-DJY_ISAL `$(PKG_CONFIG) --cflags libisal`"; fi ;; esac
ISAL_LIBS != case "$(INFLATE)" in zlib) ;; isal) echo "-lisal" ;; \
	*) if $(PKG_CONFIG) --exists libisal 2>/dev/null; then \
	$(PKG_CONFIG) --libs libisal; fi ;; esac
ALL_CFLAGS = $(WFLAGS) -D_GNU_SOURCE -Ilib $(DEPS_CFLAGS) $(CFLAGS)
LIBS	= $(ISAL_LIBS) $(DEPS_LIBS) -lpthread -lm

PROGS	= bin/jsessionize bin/jfunnel bin/jpaths bin/jdropoff bin/jretention \
	  bin/jreport
LIBOBJ	= lib/channel.o lib/config.o lib/events.o lib/filter.o lib/format.o \
	  lib/drivers.o lib/dropoff.o lib/funnel.o lib/hash.o lib/input.o \
	  lib/order.o lib/output.o lib/partial.o lib/paths.o lib/analysis.o \
	  lib/retention.o \
	  lib/mapred.o lib/embedded.o lib/qadvice.o lib/owner.o lib/ua.o \
	  lib/progress.o lib/report.o \
	  lib/report_html.o lib/report_partial.o lib/report_svg.o lib/sankey.o \
	  lib/pattern.o lib/rxatoms.o lib/reader.o lib/session.o lib/spill.o lib/time.o \
	  lib/util.o lib/prefault.o \
	  lib/fmt_w3c.o \
	  lib/fmt_aws.o \
	  lib/fmt_haproxy.o \
	  lib/fmt_json.o
HDRS	= lib/journey.h lib/internal.h lib/session.h

all: $(PROGS)

lib/libjourney.a: $(LIBOBJ)
	rm -f $@
	ar rcs $@ $(LIBOBJ)

$(LIBOBJ): $(HDRS)
lib/report.o lib/report_html.o lib/report_partial.o lib/report_svg.o lib/sankey.o: lib/report.h

# reader.c is built anew when the inflate backend changes.
lib/reader.o: lib/reader.c $(HDRS) lib/inflate.stamp
	$(CC) $(ALL_CFLAGS) $(ISAL_CFLAGS) -c -o $@ lib/reader.c

lib/inflate.stamp: FORCE
	@echo "$(ISAL_CFLAGS) $(ISAL_LIBS)" | cmp -s - $@ || \
	    echo "$(ISAL_CFLAGS) $(ISAL_LIBS)" > $@
FORCE:

.SUFFIXES: .c .o
.c.o:
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

bin/jsessionize: cmd/jsessionize.c lib/libjourney.a lib/journey.h
	@mkdir -p bin
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ cmd/jsessionize.c lib/libjourney.a $(LIBS)

bin/jfunnel: cmd/jfunnel.c cmd/cli.c cmd/cli.h lib/libjourney.a lib/journey.h
	@mkdir -p bin
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ cmd/jfunnel.c cmd/cli.c lib/libjourney.a $(LIBS)

bin/jpaths: cmd/jpaths.c cmd/cli.c cmd/cli.h lib/libjourney.a lib/journey.h
	@mkdir -p bin
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ cmd/jpaths.c cmd/cli.c lib/libjourney.a $(LIBS)

bin/jdropoff: cmd/jdropoff.c cmd/cli.c cmd/cli.h lib/libjourney.a lib/journey.h
	@mkdir -p bin
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ cmd/jdropoff.c cmd/cli.c lib/libjourney.a $(LIBS)

bin/jretention: cmd/jretention.c cmd/cli.c cmd/cli.h lib/libjourney.a lib/journey.h
	@mkdir -p bin
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ cmd/jretention.c cmd/cli.c lib/libjourney.a $(LIBS)

bin/jreport: cmd/jreport.c cmd/cli.c cmd/cli.h lib/libjourney.a lib/journey.h
	@mkdir -p bin
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ cmd/jreport.c cmd/cli.c lib/libjourney.a $(LIBS)

tests/unit: tests/unit.c tests/fastdiff.h lib/libjourney.a $(HDRS)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ tests/unit.c lib/libjourney.a $(LIBS)

tests/uaconf: tests/uaconf.c lib/libjourney.a $(HDRS)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ tests/uaconf.c lib/libjourney.a $(LIBS)

tools/genlog: tools/genlog.c
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ tools/genlog.c

check: all tests/unit tests/uaconf tools/genlog
	tests/unit
	tests/uaconf
	sh tests/run.sh

# The gzip tests alone, for the other backend: CI runs
# `make INFLATE=zlib check-gzip` after a make check with ISA-L.
GZIP_TESTS = tests/jsessionize/core-gzip*.t tests/jdropoff/gzip-*.t \
	tests/hostile/gzip-*.t
check-gzip: all
	sh tests/run.sh $(GZIP_TESTS)

# Tests too slow for every make check (inputs of gigabytes made on the
# fly); CI runs them.
check-slow: all
	sh tests/run.sh tests/slow/*.t

bench: all
	bash bench/bench.sh

fuzz:
	sh tests/fuzz/run.sh

install: all
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)
	cp $(PROGS) $(DESTDIR)$(BINDIR)/
	cp man/*.1 $(DESTDIR)$(MANDIR)/

uninstall:
	cd $(DESTDIR)$(BINDIR) && rm -f jsessionize jfunnel jpaths jdropoff jretention jreport
	cd $(DESTDIR)$(MANDIR) && rm -f jsessionize.1 jfunnel.1 jpaths.1 jdropoff.1 jretention.1 jreport.1

clean:
	rm -rf bin lib/*.o lib/libjourney.a lib/inflate.stamp tests/unit tests/uaconf tests/fuzz/*-fuzz tools/genlog

.PHONY: all check check-gzip check-slow bench fuzz install uninstall clean
