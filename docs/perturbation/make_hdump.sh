#!/usr/bin/env bash
# make_hdump.sh [OUTDIR] : builds the hdump set (default ./hdump): the hcrowded set's HTML halves dumped to plain text
# by the tool that made the benchmark's text pages (bench/text), so its furniture reads the way real markup dumps.
set -e
D=$(cd "$(dirname "$0")" && pwd); OUT=${1:-$D/hdump}
REPO=$(cd "$D/../.." && pwd)
export WIREWASH_SHARED=${WIREWASH_SHARED:-$(cd "$REPO/.." && pwd)/shared}
"$D/make_hcrowded.sh" "$OUT/html"
for H in A B; do
  python3 "$WIREWASH_SHARED/tools/html_to_scraped_text.py" "$OUT/html/$H" "$OUT/$H"
  cp "$OUT/html/gold-$H.json" "$OUT/gold-$H.json"
done
cp "$OUT/html/manifest.tsv" "$OUT/manifest.tsv"
