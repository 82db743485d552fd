#!/usr/bin/env bash
# make_hcomments.sh [OUTDIR] : builds the hcomments set (default ./hcomments) from the tune pages; seed in MakeHComments.java
D=$(cd "$(dirname "$0")" && pwd)
GENERATOR=MakeHComments exec "$D/make_markup.sh" "${1:-$D/hcomments}"
