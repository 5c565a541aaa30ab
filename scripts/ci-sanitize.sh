#!/usr/bin/env bash
# scripts/ci-sanitize.sh: builds dyad with AddressSanitizer, UndefinedBehaviorSanitizer and
# LeakSanitizer (cmake -DDYAD_SANITIZE=ON) and runs the whole test suite under them. Any
# sanitizer report aborts the test that caused it, so a clean run is a passing ctest.
#
# Runs from any directory; safe to run again (the build is incremental). Environment:
#   DYAD_SANITIZE_BUILD_DIR  build directory, relative to the repository (default: build-asan)
#   CXX                      compiler (default: g++; clang++ works too)
#   DYAD_JOBS                parallel compile and test jobs (default: nproc)
# The generated default data (scripts/setup.sh puts it in build/dictionaries/) is copied
# from there, or generated with DYAD_SKIP_BUILD=1 scripts/setup.sh when build/ has none.
# Exit status: 0 when every test passes, 1 otherwise (2 when the build fails).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
BUILD_DIR=${DYAD_SANITIZE_BUILD_DIR:-build-asan}
JOBS=${DYAD_JOBS:-$(nproc 2>/dev/null || echo 2)}
export CXX=${CXX:-g++}

log() { printf 'ci-sanitize: %s\n' "$*"; }
die() { printf 'ci-sanitize: error: %s\n' "$*" >&2; exit 2; }

mkdir -p "$BUILD_DIR/dictionaries"
# The generated data (countries.dict, gazetteer.tsv, ...): copied from the main build when
# it has them (refreshed when newer), else generated here by setup.sh without building.
if compgen -G "build/dictionaries/*" >/dev/null; then
  cp -u build/dictionaries/* "$BUILD_DIR/dictionaries/"
else
  DYAD_BUILD_DIR=$BUILD_DIR DYAD_SKIP_BUILD=1 scripts/setup.sh || die "setup.sh failed"
fi
# The unpacked npm data the binaries read at run time (world-atlas for `dyad serve`'s map),
# from the same place.
if compgen -G "build/_deps/npm/world-atlas-*/package" >/dev/null && ! compgen -G "$BUILD_DIR/_deps/npm/world-atlas-*/package" >/dev/null; then
  mkdir -p "$BUILD_DIR/_deps/npm"
  cp -r build/_deps/npm/world-atlas-*/ "$BUILD_DIR/_deps/npm/"
fi

log "configuring $BUILD_DIR with $CXX, -DDYAD_SANITIZE=ON"
cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDYAD_SANITIZE=ON \
  -DDYAD_BUILD_BENCH=OFF >"$BUILD_DIR/cmake-configure.log" 2>&1 \
  || { tail -n 30 "$BUILD_DIR/cmake-configure.log" >&2; die "cmake configure failed"; }
log "building with $JOBS jobs"
cmake --build "$BUILD_DIR" -j"$JOBS" || die "the sanitizer build failed"

# detect_leaks is on by default on x86-64 Linux; said here so that it stays on.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-}
log "ctest under ASan+UBSan+LSan"
if ctest --test-dir "$BUILD_DIR" --output-on-failure --no-tests=error -j"$JOBS" --timeout 600; then
  log "all tests passed with no sanitizer report"
else
  log "FAILED: see the test output above (sanitizer reports start with '==PID==ERROR' or 'runtime error')"
  exit 1
fi
