#!/usr/bin/env bash
# Benchmark: importing the machine format (docs/import.md) at 100,000 and 1,000,000 lines, against the
# sqlite3 shell's own CSV import of the same file measured in the same run. Shows time and peak memory;
# the goal is memory that does not grow with the number of lines. Writes BENCHMARKS.md's import section
# to stdout. Usage: scripts/bench_import.sh [ROWS...]   (default: 100000 1000000)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v sqlite3 >/dev/null && [ -x /usr/bin/time ] || {
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sqlite3 time >/dev/null; }
swift build -c release --product ktxh >/dev/null
BIN="$(swift build -c release --show-bin-path)/ktxh"
WORK=$(mktemp -d /tmp/ktxh-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
"$BIN" demo --no-serve --db "$WORK/demo.sqlite" >/dev/null

measure() { # prints "seconds max_rss_kb" for the command
  /usr/bin/time -f "%e %M" -o "$WORK/time" "$@" >/dev/null 2>"$WORK/err" || { cat "$WORK/err" >&2; exit 1; }
  cat "$WORK/time"
}

echo "| lines | ktxh import (s) | ktxh peak memory (MB) | sqlite3 .import (s) | sqlite3 peak memory (MB) | time ratio ktxh/sqlite3 |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: |"
for ROWS in "${@:-100000 1000000}"; do
  for N in $ROWS; do
    CSV="$WORK/figures-$N.csv"
    python3 scripts/make_figures_csv.py "$WORK/demo.sqlite" "$N" > "$CSV"
    cp "$WORK/demo.sqlite" "$WORK/run.sqlite"
    read -r KT KM < <(measure "$BIN" import "$CSV" --db "$WORK/run.sqlite")
    rm -f "$WORK/ref.sqlite"
    read -r ST SM < <(measure sqlite3 "$WORK/ref.sqlite" ".import --csv $CSV figures")
    python3 - "$N" "$KT" "$KM" "$ST" "$SM" <<'PY'
import sys
n, kt, km, st, sm = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5])
print(f"| {int(n):,} | {kt:.1f} | {km / 1024:.0f} | {st:.1f} | {sm / 1024:.0f} | {kt / st:.1f}× |")
PY
    rm -f "$CSV" "$WORK/run.sqlite" "$WORK/run.sqlite-wal" "$WORK/run.sqlite-shm"
  done
done
