#!/bin/bash
# Score one build on the 181 benchmark pages: whole, tune and held-out parts (F1, P, R).
#   docs/measure/score.sh JAR TAG text|html [RULES]
# Cleans ../shared/bench/text/pages (text) or ../shared/bench/extraction/html (html) into /tmp/score-TAG-KIND,
# golds split by docs/measure/splitgold.py into $GOLD_DIR (default /tmp/gold). Prints one line a part.
set -euo pipefail
JAR=$1; TAG=$2; KIND=$3; RULES=${4:-$(dirname "$0")/../../rules}
HERE=$(cd "$(dirname "$0")" && pwd); SHARED=${WIREWASH_SHARED:-$HERE/../../../shared}
GOLD_DIR=${GOLD_DIR:-/tmp/gold}
[ -f "$GOLD_DIR/gold-all.json" ] || python3 "$HERE/splitgold.py" "$GOLD_DIR" >/dev/null
case $KIND in text) IN=$SHARED/bench/text/pages;; html) IN=$SHARED/bench/extraction/html;; *) echo "text|html" >&2; exit 2;; esac
OUT=/tmp/score-$TAG-$KIND; rm -rf "$OUT"
java -jar "$JAR" clean --in "$IN" --out "$OUT" --rules "$RULES" --no-clean-files --quiet
for part in all tune holdout; do
  printf '%s %s %-8s ' "$TAG" "$KIND" "$part"
  python3 "$SHARED/tools/extraction_score.py" "$GOLD_DIR/gold-$part.json" "$OUT/docs.jsonl" --json \
    | python3 "$HERE/summary.py"
done
