#!/usr/bin/env bash
# fuzz/run_long.sh: one long libFuzzer session of one target (docs/fuzzing.md).
#
#   fuzz/run_long.sh TARGET CPU_SECONDS WALL_SECONDS [BUILD_DIR]
#
# Runs BUILD_DIR/TARGET_fuzzer (default build-fuzz) at nice 19 from the seed corpus
# fuzz/corpus/TARGET, writing new inputs to $FUZZ_WORK/TARGET (default /tmp/fuzz-work)
# and crashes to $FUZZ_LOGS/TARGET/ (default /tmp/fuzz-logs). Stops when the fuzzer has
# used CPU_SECONDS of CPU or WALL_SECONDS have passed, whichever comes first; after a
# crash it starts again (at most 5 times) so one shallow bug does not end the session.
# Prints "cpu TARGET SECONDS" and the crash files at the end.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
target=$1 cpu_budget=$2 wall_budget=$3 build=${4:-build-fuzz}
work=${FUZZ_WORK:-/tmp/fuzz-work}/$target
logs=${FUZZ_LOGS:-/tmp/fuzz-logs}
mkdir -p "$work" "$logs/$target"
dict=()
[[ -f fuzz/$target.dict ]] && dict=(-dict="fuzz/$target.dict")
tick=$(getconf CLK_TCK)
cpu_used=0 start=$SECONDS restarts=0

cpu_of() {  # cpu_of PID: user+system seconds of a live process
  local f
  f=$(cut -d' ' -f14,15 "/proc/$1/stat" 2>/dev/null) || { echo 0; return; }
  set -- $f
  echo $(( ($1 + $2) / tick ))
}

while (( cpu_used < cpu_budget && SECONDS - start < wall_budget && restarts <= 5 )); do
  left_wall=$(( wall_budget - (SECONDS - start) ))
  nice -n 19 "$build/${target}_fuzzer" "${dict[@]}" -timeout=60 -rss_limit_mb=2048 \
    -max_total_time="$left_wall" -print_final_stats=1 \
    -artifact_prefix="$logs/$target/" "$work" "fuzz/corpus/$target" \
    >>"$logs/$target.log" 2>&1 &
  pid=$!
  last=0
  while kill -0 "$pid" 2>/dev/null; do
    sleep 5
    now=$(cpu_of "$pid")
    (( now > 0 )) && last=$now
    if (( cpu_used + last >= cpu_budget )); then kill -INT "$pid" 2>/dev/null; fi
  done
  wait "$pid"; rc=$?
  cpu_used=$(( cpu_used + last ))
  echo "run of $target ended rc=$rc cpu=${last}s total=${cpu_used}s" >>"$logs/$target.log"
  (( rc == 0 || rc == 130 || rc == 72 )) && break  # finished, or stopped by us
  restarts=$(( restarts + 1 ))
done
echo "cpu $target $cpu_used wall $(( SECONDS - start )) restarts $restarts"
ls "$logs/$target/" 2>/dev/null
