#!/usr/bin/env bash
# make_hlegacy.sh [OUTDIR] : builds the hlegacy set (default ./hlegacy) from the tune pages; seed in MakeHLegacy.java
D=$(cd "$(dirname "$0")" && pwd)
GENERATOR=MakeHLegacy exec "$D/make_markup.sh" "${1:-$D/hlegacy}"
