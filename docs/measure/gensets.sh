#!/bin/bash
# Make every perturbation set of docs/perturbation into ROOT (default /tmp/sets), the layout sets.sh reads.
#   docs/measure/gensets.sh [ROOT]
# Seeded: the same sets each time. The HTML generators compile with the jsoup of ~/.m2 (build the project first).
set -euo pipefail
ROOT=${1:-/tmp/sets}; P=$(cd "$(dirname "$0")/../perturbation" && pwd)
mkdir -p "$ROOT"
run() { echo "== $*" >&2; "$@" > "$ROOT/.gen-$(basename "$2" 2>/dev/null || echo x).log" 2>&1 || { echo "failed: $*" >&2; exit 1; }; }
python3 "$P/make_crowded.py" "$ROOT/crowded-gen" > "$ROOT/.gen-crowded.log" 2>&1 && ln -sfn crowded-gen/crowded "$ROOT/crowded"
python3 "$P/make_soup.py" "$ROOT/soup" > "$ROOT/.gen-soup.log" 2>&1 && ln -sfn soup/lines "$ROOT/lines" && ln -sfn soup/raw "$ROOT/raw"
python3 "$P/make_lang.py" "$ROOT/lang" > "$ROOT/.gen-lang.log" 2>&1 && ln -sfn lang/html "$ROOT/langh"
for s in markdown toprun unnamed textbrowser interrupt comments nextstory tkeep; do
  python3 "$P/make_$s.py" "$ROOT/$s" > "$ROOT/.gen-$s.log" 2>&1 || echo "failed: $s" >&2
done
python3 "$P/make_fresh.py" "$ROOT/fresh41" > "$ROOT/.gen-fresh41.log" 2>&1 || echo "failed: fresh41" >&2
for s in markup hcrowded hdump hkeep hcomments hnext hlegacy hsplit; do
  "$P/make_$s.sh" "$ROOT/$s" > "$ROOT/.gen-$s.log" 2>&1 || echo "failed: $s" >&2
done
# text sets that write H/pages + H/gold.json: link gold-H.json for one layout
for d in "$ROOT"/*/; do for H in A B; do
  [ -f "$d/$H/gold.json" ] && [ ! -e "$d/gold-$H.json" ] && ln -s "$H/gold.json" "$d/gold-$H.json"
done; done
ls "$ROOT"
