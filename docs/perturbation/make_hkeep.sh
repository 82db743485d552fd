#!/usr/bin/env bash
# make_hkeep.sh [OUTDIR] : builds the hkeep set (default ./hkeep) from the tune pages; seed in MakeHKeep.java.
# Unlike make_markup.sh's other sets, the gold changes: MakeHKeep writes each document's body with the added parts.
D=$(cd "$(dirname "$0")" && pwd)
GENERATOR=MakeHKeep exec "$D/make_markup.sh" "${1:-$D/hkeep}"
