#!/usr/bin/env bash
# make_hkeep.sh [OUTDIR] : builds the hkeep set (default ./hkeep) from the tune pages; seed in MakeHKeep.java.
# Unlike make_markup.sh's sets, the gold changes: MakeHKeep writes each document's body with the added parts.
set -e
D=$(cd "$(dirname "$0")" && pwd); OUT=${1:-$D/hkeep}
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
java -cp "$JSOUP" "$D/MakeHKeep.java" "$OUT"
python3 - "$OUT" <<'PY'
import json, sys
out = sys.argv[1]
gold = {'A': {}, 'B': {}}
for l in open(out + '/gold-out.tsv', encoding='utf-8'):
    did, half, body = l.rstrip('\n').split('\t', 2)
    gold[half][did] = {'articleBody': body.replace('\u2029', '\n')}
for h in gold: json.dump(gold[h], open(f'{out}/gold-{h}.json', 'w'))
print({h: len(v) for h, v in gold.items()})
PY
rm "$OUT/gold-tune.tsv" "$OUT/gold-out.tsv"
