#!/bin/bash
# Score one build on perturbation halves made by gensets.sh.
#   docs/measure/sets.sh JAR TAG RULES A|B|AB [SET ...]    (no SET: all 22 sets)
# SETS_ROOT (default /tmp/sets); outputs in /tmp/setout-TAG/<set>-<H>; summary lines appended to /tmp/sets-TAG.txt.
set -uo pipefail
JAR=$1; TAG=$2; RULES=$3; HALVES=$4; shift 4
ROOT=${SETS_ROOT:-/tmp/sets}; HERE=$(cd "$(dirname "$0")" && pwd); SHARED=${WIREWASH_SHARED:-$HERE/../../../shared}
ALL="crowded markdown lines raw toprun unnamed textbrowser interrupt comments nextstory tkeep fresh41 lang langh markup hcrowded hdump hkeep hcomments hnext hlegacy hsplit"
SETS=${*:-$ALL}
for s in $SETS; do for H in $(echo "$HALVES" | grep -o .); do
  d=$ROOT/$s; in=$d/$H; [ -d "$d/$H/pages" ] && in=$d/$H/pages
  out=/tmp/setout-$TAG/$s-$H; rm -rf "$out"
  java -jar "$JAR" clean --in "$in" --out "$out" --rules "$RULES" --no-clean-files --quiet
  r=$(python3 "$SHARED/tools/extraction_score.py" "$d/gold-$H.json" "$out/docs.jsonl" --json \
    | python3 "$HERE/summary.py")
  printf '%-12s %s %s\n' "$s" "$H" "$r" | tee -a /tmp/sets-$TAG.txt
done; done
