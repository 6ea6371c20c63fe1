#!/usr/bin/env bash
# Installs the built project into a temporary prefix, builds examples/consumer against the
# installed package with find_package(slsc CONFIG), runs it, and checks pkg-config's view.
#   install_consume.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
source_dir=$1 build_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake --install "$build_dir" --prefix "$work/prefix" >/dev/null
# Only our own headers are installed.
if find "$work/prefix/include" -type f ! -path '*/slsc/*' | grep -q .; then
  echo "unexpected headers installed:"; find "$work/prefix/include" -type f; exit 1
fi
if grep -rE '#include [<"](yaml-cpp|rapidjson|valijson)' "$work/prefix/include"; then
  echo "a public header includes a dependency's header"; exit 1
fi
cmake -S "$source_dir/examples/consumer" -B "$work/consumer" -DCMAKE_PREFIX_PATH="$work/prefix" >/dev/null
cmake --build "$work/consumer" >/dev/null
out=$(LD_LIBRARY_PATH="$work/prefix/lib:${LD_LIBRARY_PATH:-}" "$work/consumer/consumer")
echo "$out"
grep -q '^WebsocketsApi AWS::ApiGatewayV2::Api$' <<<"$out"
grep -q '^broken.yml:5:3 function-no-handler$' <<<"$out"
PKG_CONFIG_PATH="$work/prefix/lib/pkgconfig" pkg-config --cflags --libs slsc | grep -q -- '-lslsc'
echo "install and consume: ok"
