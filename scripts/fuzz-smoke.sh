#!/usr/bin/env bash
# scripts/fuzz-smoke.sh: builds the libFuzzer targets (fuzz/*_fuzzer.cc) with clang and
# runs each for a short while from its seed corpus; fails on any crash, hang, leak or
# sanitizer report. A long session is described in docs/fuzzing.md.
#
#   scripts/fuzz-smoke.sh [SECONDS]     # seconds per target, default 30
#
# First every reproducer under fuzz/regressions/TARGET/ is run once (a known bug that is
# not fixed yet fails here, on purpose), then each target fuzzes for SECONDS. Runs from any
# directory. Environment:
#   DYAD_FUZZ_BUILD_DIR  build directory (default: build-fuzz)
#   CXX                  the compiler (default: clang++; needs libclang-rt-14-dev or newer)
#   DYAD_JOBS            parallel compile jobs and fuzzers run at once (default: nproc)
#   DYAD_FUZZ_TARGETS    space-separated target names to run (default: all)
# New inputs go to a scratch directory, never into fuzz/corpus/. A crash's input is kept in
# $BUILD/fuzz-smoke/TARGET/crash-* and named in the output.
# Exit status: 0 all clean, 1 a target crashed, 2 the build failed.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
SECONDS_PER=${1:-30}
BUILD_DIR=${DYAD_FUZZ_BUILD_DIR:-build-fuzz}
JOBS=${DYAD_JOBS:-$(nproc 2>/dev/null || echo 2)}
export CXX=${CXX:-clang++}

log() { printf 'fuzz-smoke: %s\n' "$*"; }
die() { printf 'fuzz-smoke: error: %s\n' "$*" >&2; exit 2; }

command -v "$CXX" >/dev/null 2>&1 || die "$CXX not found (apt-get install clang libclang-rt-14-dev)"
targets=()
for src in fuzz/*_fuzzer.cc; do
  name=$(basename "$src" _fuzzer.cc)
  if [[ -n ${DYAD_FUZZ_TARGETS:-} && " $DYAD_FUZZ_TARGETS " != *" $name "* ]]; then continue; fi
  targets+=("$name")
done
(( ${#targets[@]} > 0 )) || die "no fuzz targets selected"

mkdir -p "$BUILD_DIR"
log "configuring $BUILD_DIR with $CXX, -DDYAD_FUZZ=ON"
cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDYAD_FUZZ=ON \
  -DDYAD_BUILD_TESTS=OFF -DDYAD_BUILD_BENCH=OFF >"$BUILD_DIR/cmake-configure.log" 2>&1 \
  || { tail -n 30 "$BUILD_DIR/cmake-configure.log" >&2; die "cmake configure failed"; }
log "building ${#targets[@]} fuzzers with $JOBS jobs"
cmake --build "$BUILD_DIR" -j"$JOBS" --target "${targets[@]/%/_fuzzer}" \
  || die "the fuzzer build failed"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
out=$BUILD_DIR/fuzz-smoke
rm -rf "$out"
failed=()

# 1. Reproducers of bugs found so far: each must run clean once fixed.
for t in "${targets[@]}"; do
  dir=fuzz/regressions/$t
  [[ -d $dir ]] || continue
  mkdir -p "$out/$t"
  for f in "$dir"/*; do
    [[ -f $f ]] || continue
    log_file=$out/$t/regression-$(basename "$f").log
    if "$BUILD_DIR/${t}_fuzzer" -timeout=25 -rss_limit_mb=2048 "$f" >"$log_file" 2>&1; then
      log "$t: regression $(basename "$f"): clean"
    else
      log "$t: regression $(basename "$f"): FAILS; see $log_file"
      grep -hE 'invariant failed|SUMMARY: |ERROR: libFuzzer' "$log_file" | head -n 2 >&2 || true
      failed+=("$t(regression $(basename "$f"))")
    fi
  done
done

# 2. Fuzzing, JOBS targets at a time.
run_one() {  # run_one TARGET: fuzzes for SECONDS_PER; returns the fuzzer's status
  local t=$1 scratch
  scratch=$(mktemp -d "${TMPDIR:-/tmp}/dyad-fuzz-$t.XXXXXX")
  mkdir -p "$out/$t"
  local dict=()
  [[ -f fuzz/$t.dict ]] && dict=(-dict="fuzz/$t.dict")
  local rc=0
  "$BUILD_DIR/${t}_fuzzer" "${dict[@]}" -max_total_time="$SECONDS_PER" -timeout=25 \
    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$out/$t/" \
    "$scratch" "fuzz/corpus/$t" >"$out/$t/fuzz.log" 2>&1 || rc=$?
  rm -rf "$scratch"
  return "$rc"
}

pids=() names=()
for t in "${targets[@]}"; do
  run_one "$t" & pids+=($!) names+=("$t")
  if (( ${#pids[@]} >= JOBS )); then
    if wait "${pids[0]}"; then log "${names[0]}: clean for ${SECONDS_PER}s"
    else log "${names[0]}: FAILED; log $out/${names[0]}/fuzz.log"; failed+=("${names[0]}"); fi
    pids=("${pids[@]:1}") names=("${names[@]:1}")
  fi
done
for i in "${!pids[@]}"; do
  if wait "${pids[$i]}"; then log "${names[$i]}: clean for ${SECONDS_PER}s"
  else log "${names[$i]}: FAILED; log $out/${names[$i]}/fuzz.log"; failed+=("${names[$i]}"); fi
done

for f in "${failed[@]}"; do
  [[ $f == *"(regression"* ]] && continue
  t=$f
  for a in "$out/$t"/crash-* "$out/$t"/leak-* "$out/$t"/timeout-* "$out/$t"/oom-*; do
    [[ -e $a ]] && log "  reproduce: $BUILD_DIR/${t}_fuzzer $a"
  done
  grep -hE 'invariant failed|SUMMARY: ' "$out/$t/fuzz.log" 2>/dev/null | head -n 3 >&2 || true
done
if (( ${#failed[@]} > 0 )); then
  log "FAILED: ${failed[*]}"
  exit 1
fi
log "all ${#targets[@]} targets clean"
