#!/usr/bin/env bash
# The command line's contract around files and exit status, which golden cases (stdout and
# stderr only) cannot show: -o replaces the file whole or not at all, keeps its permissions,
# leaves no temporary file behind; --strict fails on a warning; exit codes 0, 1, 2.
#   cli_test.sh SLS_COMPILE SOURCE_DIR
set -uo pipefail
bin=$1 source_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
expect_status() {  # expected, then the command
  local want=$1; shift
  "$@" >"$work/stdout" 2>"$work/stderr"
  local got=$?
  [ "$got" -eq "$want" ] || fail "'$*' exited $got, expected $want: $(head -c 400 "$work/stderr")"
}

good=$source_dir/examples/chat/serverless.yml
cp "$source_dir/golden/websocket/error-route-duplicate/serverless.yml" "$work/bad.yml"
cp "$source_dir/golden/websocket/warning-route-key-reserved/serverless.yml" "$work/warning.yml"

# A compile writes the same bytes to -o as to stdout.
expect_status 0 "$bin" "$good"
cp "$work/stdout" "$work/expected.json"
expect_status 0 "$bin" -o "$work/out.json" "$good"
cmp -s "$work/out.json" "$work/expected.json" || fail "-o wrote other bytes than stdout"
[ -s "$work/stdout" ] && fail "-o also printed the template"

# On an error the old file is untouched, and no temporary file is left beside it.
echo '{"old": true}' > "$work/out.json"
chmod 0640 "$work/out.json"
expect_status 1 "$bin" -o "$work/out.json" "$work/bad.yml"
[ "$(cat "$work/out.json")" = '{"old": true}' ] || fail "an error changed the -o file"
grep -q "route-duplicate" "$work/stderr" || fail "no diagnostic for the bad service"
ls -A "$work" | grep -q '^\.out\.json\.' && fail "a temporary file was left behind"

# --strict: a warning is an error, and the file is untouched; without it the file is replaced
# and keeps its permissions.
expect_status 1 "$bin" --strict -o "$work/out.json" "$work/warning.yml"
[ "$(cat "$work/out.json")" = '{"old": true}' ] || fail "--strict wrote the template"
grep -q "error: .*\[route-key-reserved\]" "$work/stderr" || fail "--strict did not make the warning an error"
expect_status 0 "$bin" -o "$work/out.json" "$work/warning.yml"
grep -q "warning: .*\[route-key-reserved\]" "$work/stderr" || fail "the warning was not printed"
grep -q '"AWSTemplateFormatVersion"' "$work/out.json" || fail "-o did not write the template"
[ "$(stat -c %a "$work/out.json")" = 640 ] || fail "-o changed the file's permissions"

# A new file gets the umask's permissions, not mkstemp's private 0600.
(umask 022 && "$bin" -o "$work/new.json" "$good" 2>/dev/null)
[ "$(stat -c %a "$work/new.json")" = 644 ] || fail "a new -o file is not 0644 under umask 022"

# An unwritable destination, a missing service file and a bad option are usage errors (2).
expect_status 2 "$bin" -o "$work/no/such/dir/out.json" "$good"
expect_status 2 "$bin" "$work/missing.yml"
expect_status 2 "$bin" --no-such-option "$good"

# The service file from stdin.
expect_status 0 "$bin" - < "$good"
cmp -s "$work/stdout" "$work/expected.json" || fail "stdin gave other bytes than the file"

# The service file the reference finds: -c/--config names it; with none given, serverless.yml,
# .yaml, then .json, in that order; a serverless.js or .ts is refused with the node command that
# turns it into JSON.
expect_status 0 "$bin" -c "$good"
cmp -s "$work/stdout" "$work/expected.json" || fail "-c gave other bytes than the file"
expect_status 0 "$bin" --config "$good"
expect_status 2 "$bin" --config "$good" "$work/bad.yml"
mkdir -p "$work/names"
cp "$good" "$work/names/serverless.json.src"
(cd "$work/names" && "$bin" print --format json serverless.json.src > serverless.json 2>/dev/null)
cp "$work/bad.yml" "$work/names/serverless.yaml"
(cd "$work/names" && "$bin" >/dev/null 2>"$work/stderr"; [ $? -eq 1 ]) || fail "serverless.yaml was not chosen over serverless.json"
grep -q "route-duplicate" "$work/stderr" || fail "serverless.yaml was not the file compiled"
rm "$work/names/serverless.yaml"
(cd "$work/names" && "$bin" > "$work/names.json" 2>/dev/null) || fail "serverless.json alone did not compile"
echo "module.exports = { service: 'js' };" > "$work/names/serverless.js"
(cd "$work/names" && "$bin" >/dev/null 2>/dev/null) || fail "serverless.json was not chosen over serverless.js"
rm "$work/names/serverless.json"
(cd "$work/names" && "$bin" >/dev/null 2>"$work/stderr"; [ $? -eq 1 ]) || fail "serverless.js alone did not fail with exit 1"
grep -q "\[config-script\]" "$work/stderr" || fail "serverless.js: no config-script error"
grep -q "node -e" "$work/stderr" || fail "serverless.js: the error does not give the node command"

# Shell completion, made from the options: every long option of every command's --help is
# completed, and the values of an option with choices are its choices.
"$bin" completion bash > "$work/completion.bash" || fail "completion bash failed"
bash -n "$work/completion.bash" || fail "the bash completion does not parse"
complete_words() {  # the words bash completes after the given command line
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _sls_compile; echo "${COMPREPLY[*]}"' \
    sh "$work/completion.bash" "$@"
}
for command in "" diff package print; do
  for option in $("$bin" $command --help | grep -oE -- '--[a-z-]+' | sort -u); do
    [[ " $(complete_words sls-compile $command "$option") " == *" $option "* ]] ||
      fail "bash completion of 'sls-compile $command' does not offer $option"
  done
done
[ "$(complete_words sls-compile print --format '')" = "yaml json" ] || fail "print --format does not complete yaml json"
[ "$(complete_words sls-compile --diagnostics '')" = "text json sarif" ] || fail "--diagnostics does not complete its formats"
if command -v zsh >/dev/null; then
  "$bin" completion zsh > "$work/_sls-compile" && zsh -n "$work/_sls-compile" || fail "the zsh completion does not parse"
fi
expect_status 2 "$bin" completion fish

[ "$failures" -eq 0 ] && echo "command line: ok"
exit $((failures > 0))
