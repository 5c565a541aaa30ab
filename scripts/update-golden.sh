#!/bin/sh
# Regenerates tests/golden/guardian-events.tsv, the golden listing of the Guardian
# sample's events (tools/dyad/guardian_golden_test.cc), from the current coder and the
# default dictionaries. Run it ON PURPOSE, when a change is meant to move events; read
# `git diff tests/golden/` and give the reason in the commit message.
#
#   scripts/update-golden.sh            # uses build/ (DYAD_BUILD_DIR picks another)
#
# Needs ../shared/data/corpus/guardian-2019-sample.jsonl beside the checkout.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${DYAD_BUILD_DIR:-$root/build}
cmake --build "$build" -j2 --target dyad dyad_tests
out=$(DYAD_UPDATE_GOLDEN=1 "$build/dyad_tests" --gtest_filter='GuardianGolden.*' 2>&1) || {
  printf '%s\n' "$out"
  exit 1
}
case $out in
  *"DYAD_UPDATE_GOLDEN=1: wrote"*) ;;
  *) printf '%s\n' "$out"; echo "update-golden.sh: the listing was not written" >&2; exit 1 ;;
esac
printf '%s\n' "$out" | grep -o 'wrote [0-9]* events to .*'
git -C "$root" diff --stat -- tests/golden/ 2>/dev/null || echo "review: git diff tests/golden/"
