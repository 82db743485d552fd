#!/usr/bin/env bash
# make_hcrowded.sh [OUTDIR] : builds the hcrowded set (default ./hcrowded) from the tune pages; seed in MakeHCrowded.java
D=$(cd "$(dirname "$0")" && pwd)
GENERATOR=MakeHCrowded exec "$D/make_markup.sh" "${1:-$D/hcrowded}"
