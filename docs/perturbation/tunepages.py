"""What the text perturbation generators of this folder share: where the benchmark and the project's split are, the
tune pages' ids, their halves A and B (a shuffle seeded by the generator's own seed, the first half A), and the loop
that writes a set of variants as OUTDIR/{A,B}/pages/<id>~<v>.txt, OUTDIR/{A,B}/gold.json and OUTDIR/meta.tsv.
The generators import it from their own folder (Python puts a script's folder first on its path)."""
import json
import os
import random
import re

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.environ.get('WIREWASH_SHARED', os.path.join(os.path.dirname(REPO), 'shared'))
SPLIT = os.environ.get('WIREWASH_SPLIT', os.path.join(REPO, 'src/test/resources/bench/split.tsv'))
GOLD = os.path.join(SHARED, 'bench/extraction/ground-truth.json')
PAGES = os.path.join(SHARED, 'bench/text/pages')
WORD = re.compile(r"\w+")


def words(t):
    """How many words the text holds."""
    return len(WORD.findall(t))


def norm(t):
    """The text's words, lower-cased, one space between."""
    return " ".join(WORD.findall(t.lower()))


def story_paras(text, gold):
    """A dump's paragraphs (set apart by blank lines) and the indexes of the story's: 8 words or more, found in the
    gold body."""
    paras = re.split(r"\n\s*\n", text.strip("\n"))
    gn = norm(gold)
    return paras, [i for i, p in enumerate(paras) if words(p) >= 8 and norm(p) in gn]


def gold():
    """The benchmark's gold, {id: {"articleBody": ..., "url": ...}}."""
    return json.load(open(GOLD))


def tune_ids():
    """The tune pages' ids, sorted."""
    return sorted(l.split()[0] for l in open(SPLIT) if not l.startswith('#') and l.split()[1:] == ['tune'])


def halves(tune, seed):
    """{id: 'A' or 'B'}: the ids shuffled by the seed, the first half A."""
    order = tune[:]
    random.Random(seed).shuffle(order)
    return {i: ('A' if n < len(order) // 2 else 'B') for n, i in enumerate(order)}


def page_text(pid):
    """The page's text dump, as the benchmark stores it."""
    return open(os.path.join(PAGES, pid + '.txt'), encoding='utf-8').read()


def write_variants(outdir, tune, half, gold, variant, variants=lambda pid: (1, 2)):
    """Writes each tune page's variants: variant(pid, v) gives None (skipped), (text, desc), or (text, desc, body)
    where the variant's gold body changes. Returns (documents written, variants skipped)."""
    golds = {'A': {}, 'B': {}}
    meta, skipped = [], 0
    for part in 'AB':
        os.makedirs(os.path.join(outdir, part, 'pages'), exist_ok=True)
    for pid in tune:
        for v in variants(pid):
            res = variant(pid, v)
            if res is None:
                skipped += 1
                continue
            vid = f"{pid}~{v}"
            open(os.path.join(outdir, half[pid], 'pages', vid + '.txt'), 'w', encoding='utf-8').write(res[0])
            golds[half[pid]][vid] = gold[pid] if len(res) < 3 else dict(gold[pid], articleBody=res[2])
            meta.append(f"{vid}\t{half[pid]}\t{res[1]}")
    for p in 'AB':
        json.dump(golds[p], open(os.path.join(outdir, p, 'gold.json'), 'w'))
    open(os.path.join(outdir, 'meta.tsv'), 'w').write("id\tpart\tinjected\n" + "\n".join(meta) + "\n")
    return len(meta), skipped
