#!/usr/bin/env bash
# The reference corpus as a test: its check must pass every case except those that use an event
# type sls-compile does not compile yet, and those may fail only with event-unsupported errors
# (so that no schema or compile error hides behind them). check prints only the first lines of
# a failing case's errors, so each case that failed with exit 1 is compiled again, as check
# compiles it, and every error it reports is looked at. Skipped when the corpus is absent.
# Cases the reference compiles into a template that fails at deploy time are refused on
# purpose: tests/corpus-refused.tsv lists them (case, the error code it must fail with, why);
# such a case may fail only with its listed codes (or event-unsupported).
#   corpus_test.sh SLS_COMPILE CORPUS_DIR
set -uo pipefail
bin=$(realpath "$1") corpus=$2
listed=$(dirname "$0")/corpus-refused.tsv
if [ ! -x "$corpus/check" ]; then echo "no corpus at $corpus: skipped"; exit 0; fi
report=$("$corpus/check" "$bin" 2>&1)
echo "$report" | tail -n 1
failures=0
refused=()
while IFS= read -r line; do
  case "$line" in
    FAIL*": exit 1") name=${line#FAIL  }; refused+=("${name%%:*}") ;;
    FAIL*|DIFF*) echo "$line"; failures=$((failures + 1)) ;;
  esac
done <<<"$report"
for name in "${refused[@]}"; do
  dir="$corpus/$name" svc=serverless.yml
  for f in serverless.yml serverless.yaml serverless.json; do [ -f "$dir/$f" ] && { svc=$f; break; }; done
  args=$(cat "$dir/ARGS" 2>/dev/null || echo "--stage dev --region us-east-1")
  errors=$(cd "$dir" && timeout 20 "$bin" --compat serverless-v3 $args "$svc" 2>&1 >/dev/null |
           grep ': error: ')
  allowed=$(awk -F'\t' -v c="$name" '$1 == c && $3 != "" {print "[" $2 "]"}' "$listed")
  while IFS= read -r error; do
    [ -z "$error" ] || [[ "$error" == *"[event-unsupported]" ]] && continue
    code="[${error##*[}"
    if grep -qxF -- "$code" <<<"$allowed"; then echo "$name: refused as listed: $error"; continue; fi
    echo "$name: an error other than event-unsupported: $error"
    failures=$((failures + 1))
  done <<<"$errors"
done
[ "$failures" -eq 0 ] && echo "corpus: every failure is an unsupported event type"
exit $((failures > 0))
