#!/usr/bin/env python3
# uap.py - INDEPENDENT REIMPLEMENTATION of lib/ua.c's verdicts, used only
# to check it (tests/jsessionize/realdata-uap.t): uap-core's regexes.yaml
# read with python3-yaml and matched with Python's re, and the
# device_class rule of jsessionize(1) written again from the man page.
#
# Usage: uap.py REGEXES.YAML < LOG
# Reads Apache combined lines (the User-Agent is the last quoted field);
# writes one line per distinct UA: UA<TAB>uapbot<TAB>class<TAB>browser
# <TAB>os<TAB>device, uapbot 1 for a Spider device or a feed/rss browser
# family.  Tabs and newlines in a UA are written as spaces, as
# tests/awk/sessions.awk keys them.
import re
import sys

import yaml


def rules(doc, section):
    out = []
    for r in doc[section]:
        flags = re.I if r.get('regex_flag') == 'i' else 0
        out.append((re.compile(r['regex'], flags), r))
    return out


def sub(rep, m):
    def group(g):
        i = int(g.group(1))
        if i > (m.re.groups or 0):
            return ''
        return m.group(i) or ''
    return re.sub(r'\$(\d)', group, rep)


def family(rs, key, ua, strip):
    for rx, r in rs:
        m = rx.search(ua)
        if not m:
            continue
        if key in r:
            f = sub(r[key], m)
            if strip:
                f = f.strip()
        else:
            f = m.group(1) if rx.groups >= 1 and m.group(1) else ''
        if f:
            return f
    return 'Other'


MOBILE_OS = ("iOS", "Android", "Windows Phone", "Windows Mobile",
             "Windows CE", "BlackBerry", "Symbian", "KaiOS", "Firefox OS",
             "Sailfish", "Bada", "MeeGo", "Maemo", "Ubuntu Touch",
             "HarmonyOS", "Tizen", "webOS", "Nokia Series 40", "Brew",
             "Java ME")
DESKTOP_OS = ("Windows", "Mac OS X", "Mac OS", "macOS", "Linux", "Ubuntu",
              "Debian", "Fedora", "Red Hat", "SUSE", "openSUSE", "Mandriva",
              "Gentoo", "Slackware", "Arch Linux", "Mint", "CentOS",
              "Chrome OS", "ChromeOS", "FreeBSD", "OpenBSD", "NetBSD",
              "Solaris", "SunOS", "Kubuntu", "Xubuntu", "Lubuntu", "Haiku")
PHONES = ("iPhone", "iPod", "Generic Smartphone", "Generic Feature Phone")


def main():
    doc = yaml.safe_load(open(sys.argv[1], encoding='utf-8'))
    ua_r = rules(doc, 'user_agent_parsers')
    os_r = rules(doc, 'os_parsers')
    dev_r = rules(doc, 'device_parsers')
    line_rx = re.compile(r'^\S+ \S+ \S+ \[[^]]*\] ".*" \S+ \S+ ".*" "(.*)"$')
    seen = set()
    for line in sys.stdin.buffer:
        line = line.decode('latin-1').rstrip('\r\n')
        m = line_rx.match(line)
        if not m:
            continue
        ua = m.group(1).replace('\\"', '"').replace('\\\\', '\\')
        if ua in seen or ua in ('', '-'):
            continue
        seen.add(ua)
        b = family(ua_r, 'family_replacement', ua, False)
        o = family(os_r, 'os_replacement', ua, False)
        d = family(dev_r, 'device_replacement', ua, True)
        bot = d == 'Spider' or 'feed' in b.lower() or 'rss' in b.lower()
        if bot:
            c = 'bot'
        elif ('iPad' in ua or 'tablet' in ua.lower() or 'Kindle' in ua or
              'Silk/' in ua or 'iPad' in d or 'Kindle' in d or
              'Tablet' in d or (o == 'Android' and 'Mobile' not in ua)):
            c = 'tablet'
        elif o.startswith(MOBILE_OS) or d.startswith(PHONES) or 'Mobi' in ua:
            c = 'mobile'
        elif o.startswith(DESKTOP_OS):
            c = 'desktop'
        else:
            c = 'other'
        key = re.sub(r'[\t\n]', ' ', ua)
        print('\t'.join([key, '1' if bot else '0', c, b, o, d]))


main()
