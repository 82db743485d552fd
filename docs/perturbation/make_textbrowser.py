#!/usr/bin/env python3
"""Build the "textbrowser" text set from the tune pages: each page's HTML dumped as a text browser dumps it
(`lynx -dump`, `lynx -dump -nolist`, `w3m -dump`, `links -dump`/`elinks -dump`), the gold body unchanged.

Every visible text of the page is kept (menus, footers, related lists: the page's own furniture); script, style,
noscript, template, head and hidden elements (`hidden`, `aria-hidden="true"`, inline display:none or
visibility:hidden) are skipped as the browsers skip them. Styles, drawn per page from a seeded generator:

- lynx: paragraphs hard-wrapped at 72-78 columns and indented by 3 spaces, headings not indented, list items as
  "     * " / "    1. ", each link's text prefixed with its number ("[12]Home"), images as "[13]" (linked),
  "[IMG]" or their alt text in brackets, a "References" section at the end listing the numbered URLs
  ("  12. https://..."), "Visible links"/"Hidden links" headers in some; a quarter of lynx pages as -nolist
  (no numbers, no References);
- w3m: wrapped at 80, no indent, no link numbers, tables laid out in columns with spaces, "•" bullets;
- links/elinks: wrapped at 76-80 with a 3-space margin, links as "[N]text", "o"/"*" bullets, a "Visible links"
  section at the end (elinks's "References" over it, or links's bare list).

Pages are split A/B by a seeded shuffle of their ids. Python 3 standard library only (html.parser).

Usage: make_textbrowser.py OUTDIR   (writes OUTDIR/{A,B}/<id>.txt, OUTDIR/gold-{A,B}.json, OUTDIR/manifest.tsv)
"""
import gzip
import json
import os
import random
import re
import sys
import textwrap
import unicodedata
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin

SEED = 20261239
REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get('WIREWASH_SHARED', REPO.parent / 'shared'))
HTML = SHARED / 'bench/extraction/html'
GOLD = json.load(open(SHARED / 'bench/extraction/ground-truth.json'))
SPLIT = REPO / 'src/test/resources/bench/split.tsv'

SKIP = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object", "canvas", "select", "option",
        "datalist", "title"}
BLOCK = {"address", "article", "aside", "body", "dd", "details", "dialog", "div", "dl", "dt", "fieldset",
         "figcaption", "figure", "footer", "form", "header", "main", "nav", "section", "summary", "center",
         "caption", "p"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
HIDDEN_STYLE = re.compile(r'display\s*:\s*none|visibility\s*:\s*hidden', re.I)


class Style:
    def __init__(self, r):
        k = r.random()
        self.browser = 'lynx' if k < 0.45 else 'w3m' if k < 0.75 else 'links'
        self.nolist = self.browser == 'lynx' and r.random() < 0.25
        self.numbers = self.browser in ('lynx', 'links') and not self.nolist
        if self.browser == 'lynx':
            self.width = r.randint(72, 78)
            self.indent = '   '
        elif self.browser == 'w3m':
            self.width = 80
            self.indent = ''
        else:
            self.width = r.randint(76, 80)
            self.indent = '   '
        self.bullet = {'lynx': '*', 'w3m': '•', 'links': r.choice('*o')}[self.browser]
        # lynx: linked images numbered, unlinked ones [IMG] or their alt text; some pages show no images at all
        self.images = r.choice(['alt', 'img', 'none']) if self.browser != 'w3m' else r.choice(['alt', 'none'])
        self.ref_header = r.choice(['plain', 'visible', 'visible-hidden']) if self.browser == 'lynx' else \
            r.choice(['elinks', 'links'])
        self.number_images = self.browser == 'lynx' and r.random() < 0.5

    def name(self):
        return {'lynx': 'lynx -dump -nolist' if self.nolist else 'lynx -dump', 'w3m': 'w3m -dump',
                'links': 'elinks -dump' if self.ref_header == 'elinks' else 'links -dump'}[self.browser]


def hidden(attrs):
    a = dict(attrs)
    return 'hidden' in a or (a.get('aria-hidden') or '').lower() == 'true' or \
        bool(HIDDEN_STYLE.search(a.get('style') or '')) or (a.get('type') or '').lower() == 'hidden'


def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in 'WF' else 1 for c in s)


class Dump(HTMLParser):
    """Blocks of a text browser's dump: inline text with its link markers, flushed at block boundaries."""

    def __init__(self, style, local):
        super().__init__(convert_charrefs=True)
        self.s = style
        self.stack = []        # open elements: (tag, skipped)
        self.skip = 0
        self.out = []          # blocks: (kind, text, depth/marker)
        self.buf = []
        self.lists = []        # ['ul'|'ol', counter]
        self.quote = 0
        self.heading = False
        self.pre = 0
        self.row = None
        self.rows = None
        self.tables = []
        self.refs = []         # numbered URLs
        self.hidden_refs = []
        self.link = None       # href of the open link
        self.base = None       # the page's address, for relative links
        self.local = local     # the saved file's address, when the page names none

    def number(self, href):
        self.refs.append(href)
        return len(self.refs)

    def resolve(self):
        self.refs = [urljoin(self.base or self.local, h.strip()) for h in self.refs]
        self.hidden_refs = [urljoin(self.base or self.local, h.strip()) for h in self.hidden_refs]

    def flush(self):
        text = ''.join(self.buf)
        self.buf = []
        if self.pre:
            return
        text = re.sub(r'[ \t\r\f\v\n]+', ' ', text).strip()
        if not text or not re.search(r'\w', text):
            return
        if self.heading:
            self.out.append(('heading', text, None))
        elif self.lists:
            kind, n = self.lists[-1]
            if kind == 'ol':
                marker = f'{n}.'
                self.lists[-1][1] += 1
            else:
                marker = self.s.bullet
            self.out.append(('li', text, (len(self.lists), marker)))
        else:
            self.out.append(('para', text, self.quote))

    def handle_starttag(self, tag, attrs):
        if tag in ('base', 'link', 'meta') and self.base is None:
            # the browser prints each link's full address: relative ones resolved against the page's own
            a = dict(attrs)
            if tag == 'base' or (tag == 'link' and (a.get('rel') or '').lower() == 'canonical') or \
                    (tag == 'meta' and (a.get('property') or '').lower() == 'og:url'):
                url = a.get('href') or a.get('content') or ''
                if url.startswith(('http://', 'https://')):
                    self.base = url
        if self.skip:
            if tag not in VOID:
                self.stack.append((tag, True))
                self.skip += 1
            return
        if tag in SKIP or hidden(attrs):
            if tag not in VOID:
                self.stack.append((tag, True))
                self.skip += 1
            return
        if tag not in VOID:
            self.stack.append((tag, False))
        a = dict(attrs)
        if tag == 'br':
            self.buf.append('\n')
            if not self.pre:
                self.flush()
        elif tag == 'hr':
            self.flush()
            self.out.append(('hr', '', None))
        elif tag == 'img':
            alt = re.sub(r'\s+', ' ', a.get('alt') or '').strip()
            src = a.get('src') or a.get('data-src') or ''
            if self.link is not None and self.s.numbers and self.s.number_images and not alt:
                return  # the link's own number stands for the image
            if self.s.images == 'none':
                return
            if alt:
                self.buf.append(f'[{alt}]' if self.s.browser != 'w3m' else alt)
            elif self.s.images == 'img' and src:
                self.buf.append('[IMG]')
        elif tag == 'a':
            href = a.get('href') or ''
            if href and not href.startswith(('javascript:', '#')) and self.s.numbers:
                self.buf.append(f'[\x00{self.number(href)}]')  # renumbered in the dump's order
            elif href and self.s.numbers and href.startswith('#') and self.s.ref_header == 'visible-hidden':
                self.hidden_refs.append(href)
            self.link = href
        elif tag in HEADINGS:
            self.flush()
            self.heading = True
        elif tag in ('ul', 'ol'):
            self.flush()
            self.lists.append([tag, 1])
        elif tag == 'li':
            self.flush()
        elif tag == 'blockquote':
            self.flush()
            self.quote += 1
        elif tag == 'pre':
            self.flush()
            self.pre += 1
        elif tag == 'table':
            self.flush()
            self.tables.append((self.rows, self.row, self.out))
            self.rows, self.row = [], None
        elif tag == 'tr':
            self.flush()
            self.row = []
        elif tag in ('td', 'th'):
            self.flush()
            if self.rows is not None:
                if self.row is None:
                    self.row = []
                cell = []
                self.row.append(cell)
                self.out = cell     # the cell's own blocks, laid out when the table ends
        elif tag in BLOCK:
            self.flush()

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        # pop to the matching open element (tolerates unclosed tags)
        idx = next((k for k in range(len(self.stack) - 1, -1, -1) if self.stack[k][0] == tag), None)
        if idx is None:
            return
        popped = self.stack[idx:]
        del self.stack[idx:]
        skipped = sum(1 for _, s in popped if s)
        if skipped:
            self.skip = max(0, self.skip - skipped)
            if popped[0][1]:
                return
        if self.skip:
            return
        if tag == 'a':
            self.link = None
        elif tag in HEADINGS:
            self.flush()
            self.heading = False
        elif tag in ('ul', 'ol'):
            self.flush()
            if self.lists:
                self.lists.pop()
        elif tag == 'li':
            self.flush()
        elif tag == 'blockquote':
            self.flush()
            self.quote = max(0, self.quote - 1)
        elif tag == 'pre':
            text = ''.join(self.buf)
            self.buf = []
            self.pre = max(0, self.pre - 1)
            if text.strip():
                self.out.append(('pre', text.strip('\n'), None))
        elif tag in ('td', 'th'):
            self.flush()
            if self.tables:
                self.out = self.tables[-1][2]
        elif tag == 'tr':
            self.flush()
            if self.tables:
                self.out = self.tables[-1][2]
            if self.row and any(c for c in self.row) and self.rows is not None:
                self.rows.append(self.row)
            self.row = None
        elif tag == 'table':
            self.flush()
            if not self.tables:
                return
            if self.row and any(c for c in self.row):
                self.rows.append(self.row)
            rows = self.rows
            self.rows, self.row, self.out = self.tables.pop()
            # a data table (short cells, one line each, two columns or more) is laid out in rows; a layout table
            # (a page's columns, an article in a cell) shows its cells' blocks one after another
            data = max((len(r) for r in rows), default=0) >= 2 and all(
                len(c) <= 1 and all(k in ('para', 'heading', 'li') and len(t) <= 80 for k, t, _ in c)
                for r in rows for c in r)
            if data:
                self.out.append(('table', '', [[c[0][1] if c else '' for c in r] for r in rows]))
            else:
                for r in rows:
                    for c in r:
                        self.out.extend(c)
        elif tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if self.skip:
            return
        self.buf.append(data)

    # rendering

    def wrap(self, text, first, rest):
        return textwrap.fill(text, self.s.width, initial_indent=first, subsequent_indent=rest,
                             break_long_words=False, break_on_hyphens=False)

    def table(self, rows):
        s = self.s
        if s.browser == 'w3m':
            n = max(len(r) for r in rows)
            rows = [r + [''] * (n - len(r)) for r in rows]
            widths = [min(max(width(r[k]) for r in rows), 40) for k in range(n)]
            lines = []
            for r in rows:
                cells = [textwrap.wrap(c, widths[k], break_long_words=False) or [''] for k, c in enumerate(r)]
                for j in range(max(len(c) for c in cells)):
                    parts = []
                    for k, c in enumerate(cells):
                        t = c[j] if j < len(c) else ''
                        parts.append(t + ' ' * max(0, widths[k] - width(t)))
                    lines.append(' '.join(parts).rstrip())
            return '\n'.join(lines)
        # lynx and links lay cells out one after another on the row's line, wrapped
        return '\n'.join(self.wrap(' '.join(c for c in r if c), s.indent, s.indent) for r in rows)

    def text(self):
        self.flush()
        self.resolve()
        s = self.s
        parts = []
        prev = None
        for kind, text, meta in self.out:
            if kind == 'heading':
                block = self.wrap(text, '', '') if s.browser != 'links' else self.wrap(text, ' ', ' ')
            elif kind == 'para':
                pad = s.indent + '   ' * meta if s.browser != 'w3m' else '    ' * meta
                block = self.wrap(text, pad, pad)
            elif kind == 'li':
                depth, marker = meta
                if s.browser == 'w3m':
                    pad = '  ' * (depth - 1)
                    head = pad + marker + ' '
                else:
                    head = ' ' * (3 + 5 * (depth - 1)) + marker.rjust(4 if marker.endswith('.') else 2) + ' '
                    head = head.rjust(len(head))
                block = self.wrap(text, head, ' ' * len(head))
            elif kind == 'hr':
                block = ('   ' if s.browser != 'w3m' else '') + '_' * (s.width - 8)
            elif kind == 'pre':
                block = text
            else:
                block = self.table(meta)
            if kind == 'li' and prev == 'li':
                parts.append(block)
            else:
                parts.append('')
                parts.append(block)
            prev = kind
        # links are numbered in the order the dump shows them (a nested table's cells come out before its outer
        # table's), as the browser numbers them
        order = []

        def renumber(m):
            order.append(self.refs[int(m.group(1)) - 1])
            return f'[{len(order)}]'
        parts = [re.sub(r'\[\x00(\d+)\]', renumber, p) for p in parts]
        self.refs = order
        if s.numbers and self.refs:
            parts.append('')
            if s.browser == 'lynx':
                parts.append('References')
                parts.append('')
                if s.ref_header != 'plain':
                    parts.append('   Visible links:')
                w = len(str(len(self.refs)))
                for i, href in enumerate(self.refs, 1):
                    parts.append(f'{str(i).rjust(max(w, 1) + 3)}. {href}')
                if self.hidden_refs:
                    parts.append('')
                    parts.append('   Hidden links:')
                    for i, href in enumerate(self.hidden_refs, len(self.refs) + 1):
                        parts.append(f'{str(i).rjust(max(w, 1) + 3)}. {href}')
            else:
                if s.ref_header == 'elinks':
                    parts.append('References')
                    parts.append('')
                    parts.append('   Visible links')
                else:
                    parts.append('Visible links')
                for i, href in enumerate(self.refs, 1):
                    parts.append(f'{str(i).rjust(4)}. {href}')
        text = '\n'.join(l.rstrip() for l in '\n'.join(parts).split('\n'))
        return re.sub(r'\n{3,}', '\n\n', text).strip('\n') + '\n'


def main(argv):
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[0])
    ids = sorted(l.split('\t')[0] for l in open(SPLIT) if l.strip() and l.split('\t')[1].strip() == 'tune')
    order = ids[:]
    random.Random(SEED).shuffle(order)
    half = {i: 'A' if n % 2 == 0 else 'B' for n, i in enumerate(order)}
    gold = {'A': {}, 'B': {}}
    manifest = []
    for i in ids:
        raw = gzip.open(HTML / f'{i}.html.gz', 'rt', encoding='utf-8', errors='replace').read()
        style = Style(random.Random(f'{SEED}:{i}'))
        p = Dump(style, f'file://localhost/home/user/saved/{i[:12]}.html')
        p.feed(raw)
        p.close()
        h = half[i]
        (out / h).mkdir(parents=True, exist_ok=True)
        (out / h / f'{i}.txt').write_text(p.text(), encoding='utf-8')
        gold[h][i] = GOLD[i]
        manifest.append(f'{i}\t{h}\t{style.name()}\t{style.width}')
    for h in 'AB':
        json.dump(gold[h], open(out / f'gold-{h}.json', 'w'), ensure_ascii=False)
    (out / 'manifest.tsv').write_text('id\thalf\tstyle\twidth\n' + '\n'.join(manifest) + '\n')
    print(f'wrote {len(ids)} pages to {out}/A and {out}/B')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
