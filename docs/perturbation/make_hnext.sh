#!/usr/bin/env bash
# make_hnext.sh [OUTDIR] : builds the hnext set (default ./hnext) from the tune pages; seed in MakeHNext.java
D=$(cd "$(dirname "$0")" && pwd)
GENERATOR=MakeHNext exec "$D/make_markup.sh" "${1:-$D/hnext}"
