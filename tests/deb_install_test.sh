#!/usr/bin/env bash
# The Debian package: CPack builds it from this build tree, lintian finds no error in it, and,
# unpacked into a scratch root (dpkg-deb -x), it holds what it should (the tool, both libraries,
# headers, the CMake package, slsc.pc, the schemas, the man page, the completions, copyright and
# changelog); the installed binary compiles the example to the same bytes as the built one,
# packages it (loading libzip, which the control file declares), and the pkg-config file points
# into the root it was unpacked to.
#   deb_install_test.sh BUILD_DIR SOURCE_DIR SLS_COMPILE
set -uo pipefail
build=$1 source_dir=$2 bin=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
for tool in cpack dpkg-deb lintian; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool is not installed (./dev installs it)"; exit 1; }
done

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/sls-compile_*_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || { echo "FAIL: cpack wrote no sls-compile_<version>_<arch>.deb"; exit 1; }
echo "built $(basename "$deb")"

lintian --fail-on error "$deb" >"$work/lintian.log" 2>&1 || fail "lintian: $(grep '^E:' "$work/lintian.log")"
grep -c '^W:' "$work/lintian.log" | xargs echo "lintian warnings:"

dpkg-deb -I "$deb" control | grep -q '^Depends: .*libyaml-cpp' || fail "the control file declares no dependencies"
# libzip is loaded at run time, where dpkg-shlibdeps does not see it: declared by hand.
dpkg-deb -I "$deb" control | grep -Eq '^Depends: (.*[ ,])?libzip[0-9]+' ||
  fail "the control file does not declare libzip, which 'package' loads"
root=$work/root
dpkg-deb -x "$deb" "$root"
for path in usr/bin/sls-compile usr/include/slsc/slsc.h usr/lib/libslsc.a usr/lib/libslsc.so.0 \
            usr/lib/cmake/slsc/slscConfig.cmake usr/lib/pkgconfig/slsc.pc \
            usr/share/sls-compile/schemas/serverless.schema.json \
            usr/share/man/man1/sls-compile.1.gz \
            usr/share/bash-completion/completions/sls-compile \
            usr/share/zsh/vendor-completions/_sls-compile \
            usr/share/doc/sls-compile/copyright usr/share/doc/sls-compile/changelog.gz; do
  [ -e "$root/$path" ] || fail "the package has no /$path"
done

# The installed binary compiles the example as the built one does.
(cd "$source_dir/examples/chat" && "$root/usr/bin/sls-compile" serverless.yml >"$work/installed.json" 2>/dev/null) ||
  fail "the installed sls-compile failed on the example"
(cd "$source_dir/examples/chat" && "$bin" serverless.yml >"$work/built.json" 2>/dev/null)
cmp -s "$work/installed.json" "$work/built.json" || fail "the installed binary wrote another template"
"$root/usr/bin/sls-compile" --version | grep -q '^sls-compile ' || fail "the installed --version"
# ... and packages it, loading libzip on the way.
cp -r "$source_dir/examples/chat" "$work/chat"
(cd "$work/chat" && "$root/usr/bin/sls-compile" package --output "$work/packaged" serverless.yml >/dev/null 2>&1) ||
  fail "the installed sls-compile could not package the example"
ls "$work/packaged"/*.zip >/dev/null 2>&1 || fail "the installed sls-compile wrote no zip"
zcat "$root/usr/share/man/man1/sls-compile.1.gz" | grep -q 'diagnostics' || fail "the man page lacks the options"
bash -n "$root/usr/share/bash-completion/completions/sls-compile" || fail "the bash completion does not parse"
if command -v zsh >/dev/null; then
  zsh -n "$root/usr/share/zsh/vendor-completions/_sls-compile" || fail "the zsh completion does not parse"
fi
if command -v pkg-config >/dev/null; then
  cflags=$(PKG_CONFIG_PATH="$root/usr/lib/pkgconfig" pkg-config --cflags slsc | tr -d ' ')
  [ "$(realpath -m "${cflags#-I}")" = "$(realpath "$root/usr/include")" ] ||
    fail "slsc.pc points elsewhere than the root it was unpacked to: $cflags"
fi

[ "$failures" -eq 0 ] && echo "debian package: ok"
exit $((failures > 0))
