#!/usr/bin/env bash
# tests/install_test.sh BUILD_DIR EXAMPLE: installs dyad into a temporary prefix, moves the
# prefix somewhere else, and codes EXAMPLE with the moved binary from an unrelated
# directory. Passes when events come out, `dyad --version` reports the data directory under
# the moved prefix and its syntax model there (so nothing is read from the build checkout), and evidence names
# dictionary files relative to the data directory.
set -euo pipefail
build=$1 example=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$example" "$tmp/story.txt"
cmake --install "$build" --prefix "$tmp/first" >/dev/null
mv "$tmp/first" "$tmp/moved"
cd "$tmp"
version=$(env -u DYAD_DATA_DIR -u DYAD_SYNTAX_MODEL "$tmp/moved/bin/dyad" --version)
echo "$version"
grep -q "^data: $tmp/moved/share/dyad/dictionaries (installed)$" <<<"$version" \
  || { echo "FAIL: the moved binary does not use its own data"; exit 1; }
grep -q "^model: $tmp/moved/share/dyad/models/en-ud.bin$" <<<"$version" \
  || { echo "FAIL: the moved binary does not use its own syntax model"; exit 1; }
env -u DYAD_DATA_DIR -u DYAD_SYNTAX_MODEL "$tmp/moved/bin/dyad" code --date 2025-03-14 \
  --threads 1 story.txt >events.jsonl
n=$(wc -l <events.jsonl)
echo "$n events"
[[ $n -gt 0 ]] || { echo "FAIL: no events"; exit 1; }
# Every event's evidence names its dictionary file relative to the data directory.
if grep -o '"where":"[^"]*"' events.jsonl | grep -v '"where":"\(dictionaries\|generated\)/'; then
  echo "FAIL: evidence names a dictionary file by a path of this machine"; exit 1
fi
echo "PASS"
