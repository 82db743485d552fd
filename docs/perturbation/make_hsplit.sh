#!/usr/bin/env bash
# make_hsplit.sh [OUTDIR] : builds the hsplit set (default ./hsplit) from the tune pages; seed in MakeHSplit.java
D=$(cd "$(dirname "$0")" && pwd)
GENERATOR=MakeHSplit exec "$D/make_markup.sh" "${1:-$D/hsplit}"
