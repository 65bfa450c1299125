#!/usr/bin/env python3
"""report_check.py - read a jreport page (its source, or the DOM a browser
made of it with --dump-dom) and check it.

  report_check.py wellformed PAGE
      The page parses as HTML with every element closed in order, has no
      <script>, no event-handler attribute, no URL that loads anything,
      and no raw control byte.  Prints "well-formed".

  report_check.py dump PAGE WHAT
      Print the numbers: WHAT is metric (the overview's) or the data-
      attribute that marks a table's rows (bucket, key, step, drop,
      entry, exit, path, node).

  report_check.py numbers PAGE DIR
      The numbers in the page against the programs' own TSV in DIR
      (summary.tsv from jsessionize --summary; funnel.tsv, funnel-ch.tsv,
      dropoff.tsv, pages.tsv, paths.tsv from jfunnel, jfunnel --by channel
      --top 0, jdropoff -s..., jdropoff -n 0, jpaths).  The counts no
      program has a table for (visitors, time on site, per bucket) are
      worked out here from the summary.  Prints one line per check group.
"""
import sys
from html.parser import HTMLParser

VOID = {"meta", "br", "img", "input", "link", "hr", "wbr", "source",
        "area", "base", "col", "embed", "param", "track"}
SVG_EMPTY = {"rect", "line", "circle", "polyline", "path", "stop"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent = tag, dict(attrs), parent
        self.kids, self.text = [], []

    def all_text(self):
        out = list(self.text)
        for k in self.kids:
            out.append(k.all_text())
        return "".join(out)

    def walk(self):
        yield self
        for k in self.kids:
            yield from k.walk()


class Tree(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", [], None)
        self.cur = self.root
        self.errors = []

    def handle_starttag(self, tag, attrs):
        n = Node(tag, attrs, self.cur)
        self.cur.kids.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        self.cur.kids.append(Node(tag, attrs, self.cur))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if self.cur.tag != tag:
            self.errors.append("</%s> closes <%s>" % (tag, self.cur.tag))
            # recover: pop to the matching element if any
            n = self.cur
            while n is not None and n.tag != tag:
                n = n.parent
            if n is not None:
                self.cur = n.parent
            return
        self.cur = self.cur.parent

    def handle_data(self, data):
        self.cur.text.append(data)


def load(path):
    raw = open(path, "rb").read()
    s = raw.decode("utf-8")   # must be UTF-8
    t = Tree()
    t.feed(s)
    t.close()
    return raw, s, t


def wellformed(path):
    raw, s, t = load(path)
    errs = list(t.errors)
    if t.cur is not t.root:
        errs.append("unclosed <%s>" % t.cur.tag)
    for b in raw:
        if (b < 0x20 and b not in (9, 10)) or b == 0x7f:
            errs.append("raw control byte 0x%02x" % b)
            break
    for n in t.root.walk():
        if n.tag in ("script", "iframe", "object", "embed", "img", "link",
                     "base", "form", "style") and not (
                n.tag == "style" and n.parent.tag == "head"):
            errs.append("element <%s>" % n.tag)
        for a, v in n.attrs.items():
            if a.startswith("on"):
                errs.append("attribute %s on <%s>" % (a, n.tag))
            if a in ("href", "src", "xlink:href", "action", "srcset"):
                errs.append("attribute %s=%r on <%s>" % (a, v, n.tag))
    styles = [n for n in t.root.walk() if n.tag == "style"]
    if len(styles) != 1:
        errs.append("%d <style> elements" % len(styles))
    elif "url(" in styles[0].all_text() or "@import" in styles[0].all_text():
        errs.append("the style sheet loads something")
    if errs:
        for e in errs[:20]:
            print("not well-formed:", e)
        return 1
    print("well-formed")
    return 0


def tsv(path):
    rows = []
    for line in open(path, encoding="utf-8", errors="surrogateescape"):
        line = line.rstrip("\n")
        if line.startswith("#") or not line:
            continue
        rows.append(line.split("\t"))
    return rows


def unesc(s):
    """The TSV writers' escapes undone, as the page shows the value."""
    out, i = bytearray(), 0
    b = s.encode("utf-8", "surrogateescape")
    while i < len(b):
        c = b[i]
        if c == 0x5c and i + 1 < len(b):
            n = b[i + 1]
            if n in b"tnr\\":
                out += {0x74: b"\t", 0x6e: b"\n", 0x72: b"\r",
                        0x5c: b"\\"}[n]
                i += 2
                continue
            if n == 0x78 and i + 3 < len(b) + 0:
                try:
                    out.append(int(b[i + 2:i + 4], 16))
                    i += 4
                    continue
                except ValueError:
                    pass
        out.append(c)
        i += 1
    return bytes(out)


def shown(b):
    """What jreport writes for a value's bytes (h_text, before entities)."""
    out, i = [], 0
    while i < len(b):
        c = b[i]
        if c < 0x80:
            out.append("\\x%02X" % c if c < 0x20 or c == 0x7f else chr(c))
            i += 1
            continue
        for k in (4, 3, 2):
            try:
                ch = b[i:i + k].decode("utf-8")
                if len(ch) == 1:
                    break
            except UnicodeDecodeError:
                pass
        else:
            out.append("\\x%02X" % c)
            i += 1
            continue
        cp = ord(ch)
        if 0x80 <= cp < 0xa0 or 0x202a <= cp <= 0x202e or \
                0x2066 <= cp <= 0x2069 or cp in (0x2028, 0x2029, 0x200e,
                                                 0x200f, 0x61c, 0xfeff):
            out.append("\\u%04X" % cp)
        else:
            out.append(ch)
        i += k
    return "".join(out)


def label(td):
    return td.attrs.get("title") or td.all_text()


def rows_with(t, attr, value=None):
    return [n for n in t.root.walk() if n.tag == "tr" and attr in n.attrs
            and (value is None or n.attrs[attr] == value)]


def cells(tr):
    return [k for k in tr.kids if k.tag in ("td", "th")]


def nearest_rank(vals):
    vals = sorted(vals)
    return vals[(len(vals) + 1) // 2 - 1] if vals else -1


def numbers(path, d):
    raw, s, t = load(path)
    bad = []

    def eq(what, got, want):
        if str(got) != str(want):
            bad.append("%s: page %r, programs %r" % (what, got, want))

    metric = {n.attrs["data-metric"]: n.attrs.get("data-v")
              for n in t.root.walk() if "data-metric" in n.attrs}
    summ = tsv(d + "/summary.tsv")
    n = len(summ)
    pv = sum(int(r[5]) for r in summ)
    eq("sessions", metric.get("sessions"), n)
    eq("visitors", metric.get("visitors"), len({r[1] for r in summ}))
    eq("pageviews", metric.get("pageviews"), pv)
    eq("pages per session", metric.get("pages_per_session"),
       "%.2f" % (pv / n))
    eq("median time", metric.get("median_time_s"),
       nearest_rank([int(r[4]) for r in summ]))
    eq("median time 2+", metric.get("median_time_2_s"),
       nearest_rank([int(r[4]) for r in summ if int(r[5]) > 1]))
    pages = tsv(d + "/pages.tsv")
    ent = sum(int(r[3]) for r in pages)
    bnc = sum(int(r[6]) for r in pages)
    eq("bounce rate (jdropoff)", metric.get("bounce_rate"),
       "%.4f" % (bnc / ent))
    eq("bounce rate (summary)", metric.get("bounce_rate"),
       "%.4f" % (sum(1 for r in summ if r[5] == "1") / n))
    fun = tsv(d + "/funnel.tsv")
    eq("conversion", metric.get("conversion_rate"), fun[-1][3])
    eq("period", metric.get("period"), "%s/%s" % (
        min(r[2] for r in summ), max(r[3] for r in summ)))
    print("overview: %d checks" % 10)

    # Trend: sessions and distinct visitors per bucket of the start time.
    days = {r[2][:10] for r in summ}
    cut = 13 if len(days) == 1 else 10
    want = {}
    for r in summ:
        k = r[2][:cut]
        want.setdefault(k, [0, set()])
        want[k][0] += 1
        want[k][1].add(r[1])
    got = {}
    for tr in rows_with(t, "data-bucket"):
        c = cells(tr)
        got[tr.attrs["data-bucket"]] = (c[1].attrs["data-v"],
                                        c[2].attrs["data-v"])
    eq("trend", got, {k: (str(v[0]), str(len(v[1])))
                      for k, v in want.items()})
    print("trend: %d buckets" % len(got))

    # Channels: visits and bounce from the summary, conversion from
    # jfunnel --by channel.
    fch = tsv(d + "/funnel-ch.tsv")
    last = max(int(r[1]) for r in fch)
    chans = 0
    for tr in rows_with(t, "data-key"):
        if tr.parent.parent.attrs.get("data-segment") != "channel":
            continue
        k = tr.attrs["data-key"]
        c = cells(tr)
        mine = [r for r in summ if r[6] == k]
        eq("visits " + k, c[1].attrs["data-v"], len(mine))
        eq("share " + k, c[3].attrs["data-v"], "%.4f" % (len(mine) / n))
        eq("bounce " + k, c[4].attrs["data-v"], "%.4f" % (
            sum(1 for r in mine if r[5] == "1") / len(mine)))
        f1 = [r for r in fch if r[0] == k and r[1] == "1"]
        fl = [r for r in fch if r[0] == k and int(r[1]) == last]
        eq("entered " + k, c[5].attrs["data-v"], f1[0][3])
        eq("converted " + k, c[6].attrs["data-v"], fl[0][3])
        eq("conversion " + k, c[7].attrs["data-v"], fl[0][4])
        chans += 1
    eq("channels", chans, len({r[6] for r in summ}))
    print("channels: %d" % chans)

    # The funnel table: jfunnel's columns, cell by cell.
    got = [[c.attrs.get("data-v", label(c)) for c in cells(tr)]
           for tr in rows_with(t, "data-step")]
    eq("funnel", got, [[r[0], shown(unesc(r[1]))] +
                       r[2:] for r in fun])
    print("funnel: %d steps" % len(got))
    drop = [r for r in tsv(d + "/dropoff.tsv") if r[2] in ("next", "exit")]
    got = [(cells(tr)[0].attrs["data-v"], tr.attrs["data-drop"],
            label(cells(tr)[2]), cells(tr)[3].attrs["data-v"],
            cells(tr)[4].attrs["data-v"])
           for tr in rows_with(t, "data-drop")]
    eq("dropoff", got, [(r[0], r[2], shown(unesc(r[3])), r[4], r[5])
                        for r in drop])
    print("dropoff: %d rows" % len(got))

    # Entry pages: jdropoff's rows by entries; exit pages: its first rows.
    top = len(rows_with(t, "data-exit"))
    byent = sorted(range(len(pages)), key=lambda i: (-int(pages[i][3]), i))
    got = [(label(cells(tr)[0]), cells(tr)[1].attrs["data-v"],
            cells(tr)[3].attrs["data-v"]) for tr in rows_with(t,
                                                             "data-entry")]
    eq("entries", got, [(shown(unesc(pages[i][0])), pages[i][3],
                         pages[i][7]) for i in byent[:len(got)]
                        if int(pages[i][3]) > 0])
    got = [(label(cells(tr)[0]), cells(tr)[1].attrs["data-v"],
            cells(tr)[3].attrs["data-v"]) for tr in rows_with(t,
                                                             "data-exit")]
    eq("exits", got, [(shown(unesc(r[0])), r[4], r[5]) for r in pages[:top]])
    paths = tsv(d + "/paths.tsv")
    got = [(label(cells(tr)[0]), cells(tr)[1].attrs["data-v"],
            cells(tr)[3].attrs["data-v"]) for tr in rows_with(t,
                                                             "data-path")]
    eq("journeys", got, [(shown(unesc(r[2])), r[0], r[1]) for r in paths])
    print("pages: %d entry, %d exit, %d journeys" % (
        len(rows_with(t, "data-entry")), top, len(got)))
    if bad:
        for b in bad[:30]:
            print("MISMATCH", b)
        return 1
    return 0


def dump(path, what):
    """The page's numbers as lines: metric NAME VALUE, and the rows of
    the tables whose rows are marked with data-WHAT, cell values (data-v,
    else the full text) joined by |."""
    raw, s, t = load(path)
    for n in t.root.walk():
        if "data-metric" in n.attrs and what == "metric":
            print("metric", n.attrs["data-metric"], n.attrs.get("data-v"))
        if n.tag == "tr" and "data-" + what in n.attrs:
            seg = n.parent.parent.attrs.get("data-segment")
            vals = [c.attrs.get("data-v", label(c)) for c in cells(n)
                    if c.attrs.get("aria-hidden") != "true"]
            print("|".join(([seg] if seg else []) + vals))
    return 0


if __name__ == "__main__":
    if sys.argv[1] == "dump":
        sys.exit(dump(sys.argv[2], sys.argv[3]))
    if sys.argv[1] == "wellformed":
        sys.exit(wellformed(sys.argv[2]))
    sys.exit(numbers(sys.argv[2], sys.argv[3]))
