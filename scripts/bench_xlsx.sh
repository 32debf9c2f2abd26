#!/usr/bin/env bash
# The XLSX benchmark: ktxh (`ktxh bench xlsx`), Python's XlsxWriter and C's libxlsxwriter (scripts/bench_xlsx.c)
# in constant_memory mode write the same 199,260 x 9 cells on this machine in this run; /usr/bin/time measures wall time, CPU time and peak memory.
# ktxh is also run on a tenth of the rows, to show that its peak memory does not grow with them.
# Before timing, a small run of both is read back with openpyxl to check the cells are the same.
#
# Usage: scripts/bench_xlsx.sh [ROWS]      (BIN=path/to/ktxh to skip the release build)
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-199260}
OUT=$(mktemp -d /tmp/ktxh-bench.XXXXXX)
trap 'rm -rf "$OUT"' EXIT
if [ -z "${BIN:-}" ]; then
  swift build -c release --product ktxh >&2
  BIN="$(swift build -c release --show-bin-path)/ktxh"
fi
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 1; }

# The same cells from both writers.
"$BIN" bench xlsx --rows 1200 -o "$OUT/small-ktxh.xlsx" >/dev/null
python3 scripts/bench_xlsx.py --rows 1200 -o "$OUT/small-xlsxwriter.xlsx" >/dev/null
cc -O2 -o "$OUT/bench_xlsx_c" scripts/bench_xlsx.c -lxlsxwriter
"$OUT/bench_xlsx_c" 1200 "$OUT/small-libxlsxwriter.xlsx"
python3 - "$OUT/small-ktxh.xlsx" "$OUT/small-xlsxwriter.xlsx" "$OUT/small-libxlsxwriter.xlsx" <<'PY'
import sys, openpyxl
a, *others = (list(openpyxl.load_workbook(p, read_only=True).active.iter_rows(values_only=True)) for p in sys.argv[1:])
for b in others:
    assert a == b, next((i, x, y) for i, (x, y) in enumerate(zip(a, b)) if x != y)
print(f"same cells from all three writers: {len(a)} rows x {len(a[0])} columns", file=sys.stderr)
PY

measure() {  # label, command...: prints "label|wall s|cpu s|peak MiB"
  local label=$1; shift
  /usr/bin/time -v "$@" > /dev/null 2> "$OUT/time.txt"
  python3 - "$label" "$OUT/time.txt" <<'PY'
import re, sys
text = open(sys.argv[2]).read()
wall = text.split("Elapsed (wall clock) time (h:mm:ss or m:ss): ")[1].split()[0].split(":")
seconds = sum(float(p) * 60 ** i for i, p in enumerate(reversed(wall)))
cpu = float(re.search(r"User time \(seconds\): ([\d.]+)", text)[1]) + float(re.search(r"System time \(seconds\): ([\d.]+)", text)[1])
peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)[1]) / 1024
print(f"{sys.argv[1]}|{seconds:.2f}|{cpu:.2f}|{peak:.1f}")
PY
}

echo "machine: $(nproc) cores, $(uname -srm), $(python3 -c 'import xlsxwriter, sys; print(f"XlsxWriter {xlsxwriter.__version__}, Python {sys.version.split()[0]}")')"
echo "writer|wall s|cpu s|peak MiB"
measure "ktxh, $ROWS rows" "$BIN" bench xlsx --rows "$ROWS" -o "$OUT/ktxh.xlsx"
measure "ktxh, $((ROWS / 10)) rows" "$BIN" bench xlsx --rows "$((ROWS / 10))" -o "$OUT/ktxh-tenth.xlsx"
measure "XlsxWriter constant_memory, $ROWS rows" python3 scripts/bench_xlsx.py --rows "$ROWS" -o "$OUT/xlsxwriter.xlsx"
measure "libxlsxwriter constant_memory, $ROWS rows" "$OUT/bench_xlsx_c" "$ROWS" "$OUT/libxlsxwriter.xlsx"
ls -l "$OUT"/ktxh.xlsx "$OUT"/xlsxwriter.xlsx | awk '{print $9 ": " $5 " bytes"}'
