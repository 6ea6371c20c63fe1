#!/usr/bin/env bash
# Fills the fuzzing corpus folder $1 with every service file of golden/<group>/<case>/,
# ../shared/corpus and ../shared/corpus-events, each under a distinct name (group-case.yml for
# a golden case).
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:?usage: seed.sh FOLDER}
mkdir -p "$out"
for f in "$top"/golden/*/*/serverless.yml; do
  [ -f "$f" ] || continue
  case_dir=$(dirname "$f")
  cp "$f" "$out/$(basename "$(dirname "$case_dir")")-$(basename "$case_dir").yml"
done
for f in "$top"/../shared/corpus/*/serverless.yml "$top"/../shared/corpus-events/*/serverless.yml; do
  [ -f "$f" ] || continue
  cp "$f" "$out/$(basename "$(dirname "$f")").yml"
done
