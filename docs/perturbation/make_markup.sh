#!/usr/bin/env bash
# make_markup.sh [OUTDIR] : builds the markup set (default ./markup) from the tune pages; seed in MakeMarkup.java.
# GENERATOR=MakeHCrowded runs another jsoup generator of this folder the same way (make_hcrowded.sh does). The
# generators are compiled together (they share TunePages; MakeHSplit extends MakeMarkup). A generator that changes the
# gold (MakeHKeep) writes gold-out.tsv (id, half, body); the others keep each page's gold.
set -e
D=$(cd "$(dirname "$0")" && pwd); GENERATOR=${GENERATOR:-MakeMarkup}; OUT=${1:-$D/markup}
REPO=$(cd "$D/../.." && pwd)
export WIREWASH_SHARED=${WIREWASH_SHARED:-$(cd "$REPO/.." && pwd)/shared}
export WIREWASH_SPLIT=$REPO/src/test/resources/bench/split.tsv
JSOUP=$(ls ~/.m2/repository/org/jsoup/jsoup/*/jsoup-*.jar | grep -v sources | tail -1)
rm -rf "$OUT"; mkdir -p "$OUT"
python3 - "$OUT" <<'PY'
import json, os, sys
g = json.load(open(os.environ['WIREWASH_SHARED'] + '/bench/extraction/ground-truth.json'))
with open(sys.argv[1] + '/gold-tune.tsv', 'w') as f:
    for l in open(os.environ['WIREWASH_SPLIT']):
        if l.startswith('#') or not l.strip(): continue
        i, p = l.split()
        if p != 'tune': continue
        b = g[i]['articleBody'].replace('\t', ' ').replace('\n', '\u2029')
        f.write(f"{i}\t{g[i].get('url') or ''}\t{b}\n")
PY
CLASSES=$(mktemp -d); trap 'rm -rf "$CLASSES"' EXIT
javac -nowarn -cp "$JSOUP" -d "$CLASSES" "$D"/*.java
java -cp "$CLASSES:$JSOUP" "$GENERATOR" "$OUT"
python3 - "$OUT" <<'PY'
import json, os, sys
out = sys.argv[1]
gold = {'A': {}, 'B': {}}
if os.path.exists(out + '/gold-out.tsv'):
    for l in open(out + '/gold-out.tsv', encoding='utf-8'):
        did, half, body = l.rstrip('\n').split('\t', 2)
        gold[half][did] = {'articleBody': body.replace('\u2029', '\n')}
    os.remove(out + '/gold-out.tsv')
else:
    g = json.load(open(os.environ['WIREWASH_SHARED'] + '/bench/extraction/ground-truth.json'))
    for l in list(open(out + '/manifest.tsv'))[1:]:
        did, half = l.split('\t')[:2]
        gold[half][did] = g[did.rsplit('_v', 1)[0]]
for h in gold: json.dump(gold[h], open(f'{out}/gold-{h}.json', 'w'))
print({h: len(v) for h, v in gold.items()})
PY
rm "$OUT/gold-tune.tsv"
