#!/usr/bin/env bash
# `sls-compile package` writes the same bytes for the same service folder on any machine: two
# copies of examples/chat in different places (as two machines would hold them), with other file
# mtimes, another umask and another time zone, give byte-identical zips, templates, plans,
# mirrors and scripts. Also: packaging twice in one place gives the same bytes.
#   package_determinism_test.sh SLS_COMPILE SOURCE_DIR
set -uo pipefail
bin=$(realpath "$1") source_dir=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# Machine one: umask 022, files dated 2001, UTC.
(umask 022 && mkdir -p "$work/one/services" && cp -r "$source_dir/examples/chat" "$work/one/services/chat")
find "$work/one" -exec touch -h -d '2001-02-03 04:05:06' {} +
# Machine two: umask 077 (files 0600 where the first machine has 0644), files dated now, Tokyo.
(umask 077 && mkdir -p "$work/two/elsewhere/deeper" && cp -r "$source_dir/examples/chat" "$work/two/elsewhere/deeper/chat")
chmod +x "$work/one/services/chat/src/connections.js" "$work/two/elsewhere/deeper/chat/src/connections.js"

(cd "$work/one/services/chat" && umask 022 && TZ=UTC "$bin" package --today 2026-03-01 >/dev/null 2>"$work/one.err") ||
  fail "packaging on machine one failed: $(cat "$work/one.err")"
(cd "$work/two/elsewhere/deeper/chat" && umask 077 && TZ=Asia/Tokyo "$bin" package --today 2026-03-01 >/dev/null 2>"$work/two.err") ||
  fail "packaging on machine two failed: $(cat "$work/two.err")"

one=$work/one/services/chat/.slsc
two=$work/two/elsewhere/deeper/chat/.slsc
[ -f "$one/chat.zip" ] || fail "no chat.zip in $one"
(cd "$one" && find . -type f | sort) >"$work/one.files"
(cd "$two" && find . -type f | sort) >"$work/two.files"
cmp -s "$work/one.files" "$work/two.files" || fail "the two packages hold other files: $(diff "$work/one.files" "$work/two.files")"
while read -r file; do
  cmp -s "$one/$file" "$two/$file" || fail "$file differs between the two machines"
done <"$work/one.files"
for expected in chat.zip cloudformation-template-update-stack.json \
    cloudformation-template-create-stack.json deploy-plan.json deploy.sh; do
  grep -qx "./$expected" "$work/one.files" || fail "the package has no $expected"
done

# The zip's entries: fixed date, 0755 only where the owner may execute, whatever the umask.
# (zipinfo is Info-ZIP's, from the unzip package ./dev installs.)
zipinfo "$one/chat.zip" >"$work/zipinfo" || fail "zipinfo cannot read chat.zip"
grep -q -- '-rwxr-xr-x.* src/connections.js' "$work/zipinfo" || fail "connections.js is not 0755: $(cat "$work/zipinfo")"
grep -q -- '-rw-r--r--.* src/messages.js' "$work/zipinfo" || fail "messages.js is not 0644: $(cat "$work/zipinfo")"
[ "$(grep -c '80-Jan-01 00:00' "$work/zipinfo")" -eq 3 ] || fail "the entries are not all dated 1980-01-01 00:00: $(cat "$work/zipinfo")"

# Packaging again in place gives the same bytes.
cp -r "$one" "$work/first"
(cd "$work/one/services/chat" && TZ=America/Los_Angeles "$bin" package --today 2026-03-01 >/dev/null 2>&1) || fail "packaging again failed"
diff -r "$work/first" "$one" >/dev/null || fail "packaging again changed the package: $(diff -r "$work/first" "$one" | head -5)"

[ "$failures" -eq 0 ] && echo "package determinism: ok"
exit $((failures > 0))
