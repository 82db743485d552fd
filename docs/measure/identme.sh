#!/bin/bash
# Do two builds write the same documents? Cleans the 181 benchmark pages (text and HTML) and any extra input
# folders with both, and counts the docs.jsonl lines that differ.
#   docs/measure/identme.sh BASEJAR NEWJAR BASERULES NEWRULES [DIR ...]
set -uo pipefail
B=$1; N=$2; BR=${3%/}; NR=${4%/}; shift 4
HERE=$(cd "$(dirname "$0")" && pwd); SHARED=${WIREWASH_SHARED:-$HERE/../../../shared}
W=$(mktemp -d /tmp/identme.XXXX)
for IN in "$SHARED/bench/text/pages" "$SHARED/bench/extraction/html" "$@"; do
  java -jar "$B" clean --in "$IN" --out "$W/b" --rules "$BR" --no-clean-files --quiet
  java -jar "$N" clean --in "$IN" --out "$W/n" --rules "$NR" --no-clean-files --quiet
  # a warning names its rule by file:line: the two rules folders' paths are not a difference
  d=$(diff <(sed -E "s#$BR/([A-Za-z0-9._-]+\.rules:)#RULES/\1#g" "$W/b/docs.jsonl" | sort) \
           <(sed -E "s#$NR/([A-Za-z0-9._-]+\.rules:)#RULES/\1#g" "$W/n/docs.jsonl" | sort) | grep -c '^>')
  echo "$d of $(wc -l < "$W/b/docs.jsonl") documents differ: $IN"
  rm -rf "$W/b" "$W/n"
done
rm -rf "$W"
