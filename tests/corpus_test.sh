#!/usr/bin/env bash
# The reference corpus as a test: ../shared/corpus/check must pass every case except those that
# use an event type sls-compile does not compile yet, and those may fail only with
# event-unsupported errors (so that no schema or compile error hides behind them). Skipped when
# the corpus is absent.
#   corpus_test.sh SLS_COMPILE CORPUS_DIR
set -uo pipefail
bin=$1 corpus=$2
if [ ! -x "$corpus/check" ]; then echo "no corpus at $corpus: skipped"; exit 0; fi
report=$("$corpus/check" "$bin" 2>&1)
echo "$report" | tail -n 1
failures=0
current=""
while IFS= read -r line; do
  case "$line" in
    "ok "*) current="" ;;
    FAIL*": exit 1") current=${line#FAIL  }; current=${current%%:*} ;;
    FAIL*|DIFF*) echo "$line"; failures=$((failures + 1)); current="" ;;
    *": error: "*)
      if [ -n "$current" ] && [[ "$line" != *"[event-unsupported]" ]]; then
        echo "$current: an error other than event-unsupported: $line"
        failures=$((failures + 1))
      fi ;;
  esac
done <<<"$report"
[ "$failures" -eq 0 ] && echo "corpus: every failure is an unsupported event type"
exit $((failures > 0))
