#!/usr/bin/env python3
"""Print F1, precision and recall from extraction_score.py --json on stdin, on one line."""
import json, sys
d = list(json.load(sys.stdin).values())[0]
print("f1=%.4f p=%.4f r=%.4f" % (d["f1"], d["precision"], d["recall"]))
