#!/usr/bin/env python3
"""Build the "markdown" text set from the tune pages: each page's HTML dumped as Markdown, the way HTML-to-Markdown
converters and crawl services save a page (html2text, markdownify, reader and crawl APIs), the gold body unchanged.

Every visible text of the page is kept, as the plain-text dumps keep it (navigation, related lists, comment boxes,
captions), written in Markdown: links as [text](url) (or reference links with their list at the end), images as
![alt](src) (linked images too), ATX or setext headings, list items under *, - or +, numbered lists, block quotes,
emphasis, pipe tables, hard-wrapped paragraphs on some pages, backslash escapes on some. Each page's style is drawn
from a seeded generator; pages are split A/B by a seeded shuffle of their ids.

Usage: make_markdown.py OUTDIR             (writes OUTDIR/{A,B}/<id>.md and OUTDIR/gold-{A,B}.json)
       make_markdown.py OUTDIR --holdout   (the held-out pages instead, all in OUTDIR/holdout/ with
                                            OUTDIR/gold-holdout.json: to score once, never to tune on)
"""
import gzip
import json
import os
import random
import re
import sys
import textwrap
from html.parser import HTMLParser
from pathlib import Path

SEED = 20261207
REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get('WIREWASH_SHARED', REPO.parent / 'shared'))
HTML = SHARED / 'bench/extraction/html'
GOLD = json.load(open(SHARED / 'bench/extraction/ground-truth.json'))
SPLIT = REPO / 'src/test/resources/bench/split.tsv'

SKIP = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object", "canvas", "select", "option"}
BLOCK = {"address", "article", "aside", "body", "dd", "details", "dialog", "div", "dl", "dt", "fieldset",
         "figcaption", "figure", "footer", "form", "header", "main", "nav", "section", "summary", "center",
         "caption"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}


class Style:
    def __init__(self, r):
        self.bullet = r.choice("*-+")
        self.setext = r.random() < 0.2
        self.reference = r.random() < 0.15
        self.wrap = 78 if r.random() < 0.3 else 0
        self.escape = r.random() < 0.4
        self.strong = r.choice(["**", "__"])
        self.em = r.choice(["*", "_"])
        self.images = r.random() < 0.85
        self.tables = r.random() < 0.7


class Markdown(HTMLParser):
    """Blocks of Markdown from a page: inline text collected with its markup, flushed at block boundaries."""

    def __init__(self, style):
        super().__init__(convert_charrefs=True)
        self.s = style
        self.skip = 0
        self.out = []          # finished blocks: (kind, text) with kind in para/line/raw
        self.buf = []          # inline pieces of the block being read
        self.links = []        # open links: [href, start index in buf]
        self.marks = []        # open emphasis: start index in buf
        self.lists = []        # open lists: ['ul'|'ol', counter]
        self.quote = 0
        self.heading = 0
        self.pre = 0
        self.row = None        # cells of the table row being read
        self.cell = None
        self.refs = []

    def esc(self, text):
        if not self.s.escape or self.pre:
            return text
        return re.sub(r'([\\`*_\[\]])', r'\\\1', text)

    def flush(self, kind='para'):
        text = ''.join(self.buf)
        self.buf = []
        self.links = []
        self.marks = []
        if self.pre:
            return
        text = re.sub(r'[ \t\r\f\v]+', ' ', text)
        text = '\n'.join(line.strip() for line in text.split('\n'))
        text = text.strip()
        if not text or not re.search(r'\w', re.sub(r'\]\([^)]*\)', '', text)):
            return
        if self.heading:
            level = self.heading
            if self.s.setext and level <= 2:
                text = text.replace('\n', ' ') + '\n' + ('=' if level == 1 else '-') * max(3, min(len(text), 60))
            else:
                text = '#' * level + ' ' + text.replace('\n', ' ')
            self.emit('para', text)
            return
        if self.lists:
            kind_, n = self.lists[-1]
            marker = f'{n}.' if kind_ == 'ol' else self.s.bullet
            if kind_ == 'ol':
                self.lists[-1][1] += 1
            indent = '  ' * (len(self.lists) - 1)
            lines = text.split('\n')
            text = indent + marker + ' ' + lines[0] + ''.join('\n' + indent + '  ' + l for l in lines[1:])
            self.emit('line', text)
            return
        if self.s.escape:
            text = re.sub(r'^(\d+)\. ', r'\1\\. ', text, flags=re.M)
            text = re.sub(r'^([#+-]) ', r'\\\1 ', text, flags=re.M)
        if self.s.wrap:
            text = '\n'.join(textwrap.fill(l, self.s.wrap, break_long_words=False, break_on_hyphens=False)
                             for l in text.split('\n'))
        self.emit(kind, text)

    def emit(self, kind, text):
        if self.quote:
            text = '\n'.join('> ' + l for l in text.split('\n'))
        self.out.append((kind, text))

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            if tag not in VOID:
                self.skip += 1
            return
        if self.skip:
            return
        a = dict(attrs)
        if tag == 'br':
            self.buf.append('\n')
        elif tag == 'hr':
            self.flush()
            self.out.append(('para', '* * *'))
        elif tag == 'img':
            if self.s.images:
                alt = (a.get('alt') or '').strip().replace('\n', ' ')
                src = a.get('src') or a.get('data-src') or ''
                if src and not src.startswith('data:'):
                    self.buf.append(f'![{alt}]({src})')
        elif tag == 'a':
            self.links.append([a.get('href') or '', len(self.buf)])
        elif tag in ('strong', 'b', 'em', 'i'):
            self.marks.append(len(self.buf))
        elif tag == 'code' and not self.pre:
            self.buf.append('`')
        elif tag in HEADINGS:
            self.flush()
            self.heading = HEADINGS[tag]
        elif tag == 'p':
            self.flush()
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
            self.prebuf = []
        elif tag == 'table':
            self.flush()
            self.rows = []
        elif tag == 'tr':
            self.flush()
            self.row = []
        elif tag in ('td', 'th'):
            self.flush()
            self.cell = True
        elif tag in BLOCK:
            self.flush()

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if self.skip:
            return
        if tag == 'a' and self.links:
            href, start = self.links.pop()
            inner = ''.join(self.buf[start:])
            if inner.strip() and href and not href.startswith('javascript:'):
                # white space at the link text's ends goes outside the brackets, as converters write it
                lead, trail = inner[:len(inner) - len(inner.lstrip())], inner[len(inner.rstrip()):]
                if self.s.reference:
                    self.refs.append(href)
                    link = f'[{inner.strip()}][{len(self.refs)}]'
                else:
                    link = f'[{inner.strip()}]({href})'
                self.buf[start:] = [lead + link + trail]
        elif tag in ('strong', 'b', 'em', 'i') and self.marks:
            start = self.marks.pop()
            if start <= len(self.buf):
                inner = ''.join(self.buf[start:])
                mark = self.s.strong if tag in ('strong', 'b') else self.s.em
                lead, trail = inner[:len(inner) - len(inner.lstrip())], inner[len(inner.rstrip()):]
                # marks hug the text, white space outside them (markdownify's chomp); none around nothing
                self.buf[start:] = [lead + mark + inner.strip() + mark + trail if inner.strip() else inner]
        elif tag == 'code' and not self.pre:
            self.buf.append('`')
        elif tag in HEADINGS:
            self.flush()
            self.heading = 0
        elif tag == 'p':
            self.flush()
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
                self.out.append(('para', '```\n' + text.strip('\n') + '\n```'))
        elif tag in ('td', 'th'):
            text = re.sub(r'\s+', ' ', ''.join(self.buf)).strip()
            self.buf = []
            self.links = []
            if self.row is not None:
                self.row.append(text.replace('|', '\\|'))
            self.cell = None
        elif tag == 'tr':
            if self.row and any(c for c in self.row):
                if self.s.tables:
                    self.out.append(('row', '| ' + ' | '.join(self.row) + ' |'))
                else:
                    for c in self.row:
                        if c:
                            self.out.append(('line', c))
            self.row = None
        elif tag == 'table':
            self.flush()
        elif tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if self.skip:
            return
        self.buf.append(data if self.pre else self.esc(data))

    def text(self):
        self.flush()
        parts = []
        prev = None
        table = False
        for kind, text in self.out:
            if kind == 'row':
                if not table:
                    if parts and parts[-1] != '':
                        parts.append('')
                    cells = text.count(' | ') + 1
                    parts.append(text)
                    parts.append('|' + '---|' * cells)
                    table = True
                else:
                    parts.append(text)
                prev = kind
                continue
            table = False
            if kind == 'line' and prev == 'line':
                parts.append(text)
            else:
                if parts and parts[-1] != '':
                    parts.append('')
                parts.append(text)
            prev = kind
        if self.refs:
            parts.append('')
            for i, href in enumerate(self.refs, 1):
                parts.append(f'[{i}]: {href}')
        return re.sub(r'\n{3,}', '\n\n', '\n'.join(parts)).strip() + '\n'


def main(argv):
    if len(argv) not in (1, 2) or (len(argv) == 2 and argv[1] != '--holdout'):
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[0])
    part = 'holdout' if len(argv) == 2 else 'tune'
    ids = [l.split('\t')[0] for l in open(SPLIT) if l.strip() and l.split('\t')[1].strip() == part]
    ids.sort()
    order = ids[:]
    random.Random(SEED).shuffle(order)
    half = {i: ('holdout' if part == 'holdout' else 'A' if n % 2 == 0 else 'B') for n, i in enumerate(order)}
    halves = ['holdout'] if part == 'holdout' else ['A', 'B']
    gold = {h: {} for h in halves}
    for i in ids:
        raw = gzip.open(HTML / f'{i}.html.gz', 'rt', encoding='utf-8', errors='replace').read()
        r = random.Random(f'{SEED}:{i}')
        p = Markdown(Style(r))
        p.feed(raw)
        p.close()
        h = half[i]
        (out / h).mkdir(parents=True, exist_ok=True)
        (out / h / f'{i}.md').write_text(p.text(), encoding='utf-8')
        gold[h][i] = GOLD[i]
    for h in halves:
        json.dump(gold[h], open(out / f'gold-{h}.json', 'w'), ensure_ascii=False)
    print(f'wrote {len(ids)} pages to ' + ' and '.join(f'{out}/{h}' for h in halves))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
