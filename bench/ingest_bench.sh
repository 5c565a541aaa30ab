#!/usr/bin/env bash
# bench/ingest_bench.sh: the ingest benchmark of docs/store-format.md.
#
# Builds a corpus of about 100,000 documents in a temporary directory (the Guardian sample
# of ../shared/data/corpus repeated REPEAT times with distinct ids, one JSON Lines file per
# repetition; nothing is written into the repository), ingests it into a fresh store with
# all cores, then ingests it again (which must add nothing), and prints documents/s,
# events/s, the database size and the peak memory (GNU time's maximum resident set).
#
#   bench/ingest_bench.sh [BUILD_DIR] [REPEAT]     defaults: build, 400
# Environment: DYAD_BENCH_TMP (default: mktemp -d), DYAD_BENCH_KEEP=1 keeps it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
BUILD=${1:-build}
REPEAT=${2:-400}
DYAD="$BUILD/dyad"
SAMPLE=../shared/data/corpus/guardian-2019-sample.jsonl
[[ -x $DYAD ]] || { echo "ingest_bench: $DYAD not built" >&2; exit 2; }
[[ -r $SAMPLE ]] || { echo "ingest_bench: $SAMPLE missing (needs ../shared)" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "ingest_bench: needs GNU time (apt-get install time)" >&2; exit 2; }
# Needs: python3 (corpus and counts), GNU time (peak memory).

TMP=${DYAD_BENCH_TMP:-$(mktemp -d /tmp/dyad-ingest-bench.XXXXXX)}
[[ ${DYAD_BENCH_KEEP:-0} == 1 ]] || trap 'rm -rf "$TMP"' EXIT
mkdir -p "$TMP/corpus"
python3 - "$SAMPLE" "$TMP/corpus" "$REPEAT" <<'PY'
import json, sys, os
sample, out, repeat = sys.argv[1], sys.argv[2], int(sys.argv[3])
docs = [json.loads(l) for l in open(sample, encoding="utf-8") if l.strip()]
for r in range(repeat):
    d = os.path.join(out, "part%02d" % (r // 100))
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "rep%04d.jsonl" % r), "w", encoding="utf-8") as f:
        for doc in docs:
            doc = dict(doc, id="%s-r%04d" % (doc["id"], r))
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
PY
DOCS=$(cat "$TMP"/corpus/*/*.jsonl | wc -l)
BYTES=$(du -sb "$TMP/corpus" | cut -f1)
echo "corpus: $DOCS documents, $BYTES bytes, in $TMP/corpus"
echo "machine: $(nproc) cores, $(uname -m), $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"

DB="$TMP/bench.db"
sql() {  # sql QUERY: one value from the store (Python's sqlite3: no sqlite3 CLI needed)
  python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])' "$DB" "$1"
}
rm -f "$DB" "$DB-wal" "$DB-shm"
run() {  # run LABEL: ingest into $DB, print the figures
  local before=0
  [[ -f $DB ]] && before=$(sql 'SELECT count(*) FROM events')
  /usr/bin/time -f '%e %M %U %S' -o "$TMP/time" "$DYAD" ingest "$TMP/corpus" --db "$DB" --progress lines 2>"$TMP/log" || { cat "$TMP/log" >&2; exit 2; }
  read -r secs kb usr sys <"$TMP/time"
  local events
  events=$(( $(sql 'SELECT count(*) FROM events') - before ))
  local size
  size=$(python3 -c 'import os,sys; print(sum(os.path.getsize(p) for p in sys.argv[1:] if os.path.exists(p)))' "$DB" "$DB-wal")
  echo "$1: $(tail -1 "$TMP/log" | sed 's/^dyad ingest: done: //')"
  python3 -c "
d,e,s,m,z,c=$DOCS,$events,$secs,$kb,$size,$usr+$sys
print(f'  wall {s:.1f} s, {d/s:,.0f} documents/s, {e/s:,.0f} events/s ({e:,} events added), '
      f'database {z/1e6:,.1f} MB, peak RSS {m/1024:,.0f} MiB, CPU {c:.1f} s (user+sys)')"
}
run "first ingest"
sql "SELECT (SELECT count(*) FROM documents)||' documents, '||(SELECT count(*) FROM sentences)||' sentences, '||(SELECT count(*) FROM events)||' events, '||(SELECT count(*) FROM clusters)||' clusters'"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
run "re-ingest (must add 0)"
sql "SELECT (SELECT count(*) FROM documents)||' documents, '||(SELECT count(*) FROM sentences)||' sentences, '||(SELECT count(*) FROM events)||' events, '||(SELECT count(*) FROM clusters)||' clusters'"

# Reading it back: a few representative queries and exports, timed.
timed() {  # timed LABEL COMMAND...: wall seconds and output lines
  local label=$1 t0 t1 lines
  shift
  t0=$(date +%s.%N)
  lines=$( { "$@" || true; } | wc -l)
  t1=$(date +%s.%N)
  python3 -c 'import sys; print(f"  {sys.argv[1]}: {float(sys.argv[3]) - float(sys.argv[2]):.2f} s, {sys.argv[4]} lines")' \
    "$label" "$t0" "$t1" "$lines"
}
echo "queries on the store:"
timed "query --by dyad --top 10" "$DYAD" query --db "$DB" --by dyad --top 10 --format csv
timed "query --actor USA* --by month" "$DYAD" query --db "$DB" --actor 'USA*' --by month --format csv
timed "query --dyad USA*,IRN* (events)" "$DYAD" query --db "$DB" --dyad 'USA*,IRN*' --format csv
timed "query --text '\"peace talks\"'" "$DYAD" query --db "$DB" --text '"peace talks"' --format csv
timed "query --by quad --dedup" "$DYAD" query --db "$DB" --by quad --dedup --format csv
timed "export --format gdelt (all)" "$DYAD" export --db "$DB" --format gdelt
timed "export --format phoenix --dedup" "$DYAD" export --db "$DB" --format phoenix --dedup
