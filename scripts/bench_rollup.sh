#!/usr/bin/env bash
# Benchmark: the roll-up of every 2025 commune (3,321) × 60 indicators to the 34 provinces, ktxh's way (two
# queries per province table, then the core's aggregation rules) against the same aggregation as one
# hand-written SQL query, measured in the same run and checked to agree cell by cell. SQLite always;
# PostgreSQL too when KTXH_BENCH_POSTGRES_URL names an empty database. Prints BENCHMARKS.md's rows.
# Usage: scripts/bench_rollup.sh [INDICATORS] [RUNS]   (default: 60 3)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product ktxh >/dev/null
BIN="$(swift build -c release --show-bin-path)/ktxh"
"$BIN" bench rollup --indicators "${1:-60}" --runs "${2:-3}"
if [ -n "${KTXH_BENCH_POSTGRES_URL:-}" ]; then
  "$BIN" bench rollup --db "$KTXH_BENCH_POSTGRES_URL" --indicators "${1:-60}" --runs "${2:-3}" | tail -n 1
fi
