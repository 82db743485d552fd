#!/usr/bin/env python3
"""Write gold-{all,tune,holdout}.json into OUTDIR from the shared benchmark's gold and the project's fixed split.

Usage: splitgold.py OUTDIR   (the benchmark from $WIREWASH_SHARED, default ../shared beside the project)
"""
import json, os, sys
from pathlib import Path

here = Path(__file__).resolve().parent
project = here.parent.parent
shared = Path(os.environ.get("WIREWASH_SHARED", project.parent / "shared"))
out = Path(sys.argv[1]); out.mkdir(parents=True, exist_ok=True)
gold = json.load(open(shared / "bench/extraction/ground-truth.json", encoding="utf-8"))
part = {}
for line in open(project / "src/test/resources/bench/split.tsv", encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    i, p = line.split()
    part[i] = p
for name, keep in (("all", lambda p: True), ("tune", lambda p: p == "tune"), ("holdout", lambda p: p == "holdout")):
    sub = {i: g for i, g in gold.items() if keep(part[i])}
    json.dump(sub, open(out / f"gold-{name}.json", "w", encoding="utf-8"), ensure_ascii=False)
    print(name, len(sub))
