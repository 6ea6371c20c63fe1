#!/usr/bin/env bash
# Fills the fuzzing corpus folder $1 with every service file of golden/ and ../shared/corpus,
# each under a distinct name.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:?usage: seed.sh FOLDER}
mkdir -p "$out"
for f in "$top"/golden/*/serverless.yml "$top"/../shared/corpus/*/serverless.yml; do
  [ -f "$f" ] || continue
  cp "$f" "$out/$(basename "$(dirname "$f")").yml"
done
