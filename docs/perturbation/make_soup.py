#!/usr/bin/env python3
"""Build the "soup" text sets from the tune pages: each page's HTML dumped as BeautifulSoup's get_text dumps it, the
way many scrapers save a page, the gold body unchanged.

- lines: get_text("\\n", strip=True): every text node of the page stripped, on its own line, no blank lines; a
  paragraph with links is cut at each link ("Today only, Amazon offers" / "Apple's MacBook" / ". You'll also find").
- raw: get_text(): the text nodes run together as they stand, with the white space of the HTML source between them;
  blocks without white space between them in the source run into one line.

Script, style and the other non-visible elements are left out, as html.parser-based dumps leave them out. Pages are
split A/B by a seeded shuffle of their ids.

Usage: make_soup.py OUTDIR   (writes OUTDIR/{lines,raw}/{A,B}/<id>.txt and OUTDIR/{lines,raw}/gold-{A,B}.json)
"""
import gzip
import json
import os
import random
import sys
from html.parser import HTMLParser
from pathlib import Path

SEED = 20261208
REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get('WIREWASH_SHARED', REPO.parent / 'shared'))
HTML = SHARED / 'bench/extraction/html'
GOLD = json.load(open(SHARED / 'bench/extraction/ground-truth.json'))
SPLIT = REPO / 'src/test/resources/bench/split.tsv'
SKIP = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object", "canvas", "title"}


class Soup(HTMLParser):
    """The page's visible text nodes, in order."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.nodes = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)

    def handle_data(self, data):
        if not self.skip:
            self.nodes.append(data)


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
    for i in ids:
        p = Soup()
        p.feed(gzip.open(HTML / f'{i}.html.gz', 'rt', encoding='utf-8', errors='replace').read())
        p.close()
        dumps = {'lines': '\n'.join(s.strip() for s in p.nodes if s.strip()), 'raw': ''.join(p.nodes)}
        for mode, text in dumps.items():
            (out / mode / half[i]).mkdir(parents=True, exist_ok=True)
            (out / mode / half[i] / f'{i}.txt').write_text(text + '\n', encoding='utf-8')
        gold[half[i]][i] = GOLD[i]
    for mode in ('lines', 'raw'):
        for h in 'AB':
            json.dump(gold[h], open(out / mode / f'gold-{h}.json', 'w'), ensure_ascii=False)
    print(f'wrote {len(ids)} pages to {out}/lines and {out}/raw')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
