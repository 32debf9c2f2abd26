#!/usr/bin/env bash
# The whole test suite: installs what the tests need (PostgreSQL, Chromium, LibreOffice, poppler, openpyxl,
# python-docx, XlsxWriter, DuckDB), starts a throw-away PostgreSQL cluster on 127.0.0.1, runs `swift test` against SQLite
# and PostgreSQL, drives the real web app in headless Chromium, then reads the documents ktxh writes back with
# tools it did not write. Artefacts (screenshots, documents, their rendered first pages) go to ./artifacts.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
ARTIFACTS="$ROOT/artifacts"
mkdir -p "$ARTIFACTS"

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui libreoffice-calc-nogui fonts-liberation)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
[ -x /usr/bin/time ] || need+=(time)
[ -f /usr/include/xlsxwriter.h ] || need+=(libxlsxwriter-dev)
command -v wrk >/dev/null 2>&1 || need+=(wrk)
command -v rsvg-convert >/dev/null 2>&1 || need+=(librsvg2-bin)
command -v cc >/dev/null 2>&1 || need+=(gcc)
# The release package: a static Swift runtime links libcurl and libxml2; nginx and Caddy front it in the package test.
dpkg -s libcurl4-openssl-dev >/dev/null 2>&1 || need+=(libcurl4-openssl-dev)
dpkg -s libxml2-dev >/dev/null 2>&1 || need+=(libxml2-dev)
command -v nginx >/dev/null 2>&1 || need+=(nginx)
command -v caddy >/dev/null 2>&1 || need+=(caddy)
command -v systemd-analyze >/dev/null 2>&1 || need+=(systemd)
if [ ${#need[@]} -gt 0 ]; then
  echo "== installing ${need[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

python3 -c 'import openpyxl, docx, xlsxwriter, selenium, duckdb, axe_selenium_python, aiosmtpd, schemathesis' 2>/dev/null || {
  echo "== installing openpyxl python-docx XlsxWriter selenium duckdb axe-selenium-python aiosmtpd schemathesis"
  python3 -m pip install -q --disable-pip-version-check openpyxl python-docx XlsxWriter selenium duckdb axe-selenium-python aiosmtpd \
    schemathesis
}

# A local PostgreSQL cluster, owned by the postgres user (initdb refuses root), trust auth on loopback only. The tests
# run in parallel, each store with its own pool and some starting ktxh processes: 100 connections were too few.
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
PGPORT=${KTXH_PG_PORT:-54329}
PGDATA=$(mktemp -d /tmp/ktxh-pg.XXXXXX)
RUNAS=()
if [ "$(id -u)" -eq 0 ]; then chown postgres "$PGDATA"; RUNAS=(runuser -u postgres --); fi
cleanup() {
  [ -n "${SERVER_PID:-}" ] && kill "$SERVER_PID" 2>/dev/null || true
  "${RUNAS[@]}" "$PGBIN/pg_ctl" -D "$PGDATA" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PGDATA"
  [ -n "${RELEASE:-}" ] && rm -rf "$RELEASE"
  return 0
}
trap cleanup EXIT
echo "== starting PostgreSQL ($PGBIN) on 127.0.0.1:$PGPORT"
"${RUNAS[@]}" "$PGBIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${RUNAS[@]}" "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/log" -w \
  -o "-p $PGPORT -c listen_addresses=127.0.0.1 -c max_connections=400 -k $PGDATA" start >/dev/null
export KTXH_TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$PGPORT/postgres"

echo "== swift format lint"
swift format lint --strict -r Sources Tests Package.swift

echo "== swift test (SQLite and PostgreSQL)"
swift build --build-tests
swift test

# One release build serves everything after the unit tests: the package (static Swift runtime, its resources beside
# it), unpacked and run from outside the source tree by the browser checks, the API and fault tests, the benchmarks
# and the documents, so a path tied to the source tree fails here.
echo "== package: a release build, unpacked elsewhere"
PORT=${KTXH_TEST_PORT:-18080}
ARCHIVE=$(bash scripts/package.sh)
RELEASE=$(mktemp -d /tmp/ktxh-release.XXXXXX)
chmod 755 "$RELEASE"  # the read-only fault test runs the program as another user
tar -C "$RELEASE" -xzf "$ARCHIVE"
BIN=$(echo "$RELEASE"/ktxh-*/bin/ktxh)
"$BIN" --version

echo "== package test: installed, served behind nginx over HTTPS, backed up, restored, upgraded"
KTXH_PACKAGE_PORT=$((PORT + 400)) bash scripts/package_test.sh "$ARCHIVE"

echo "== browser: ktxh demo in headless Chromium"
DB=$(mktemp -u /tmp/ktxh-demo.XXXXXX).sqlite
"$BIN" demo --db "$DB" --port "$PORT" > "$ARTIFACTS/demo.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break; sleep 0.2; done
python3 "$ROOT/scripts/browser_check.py" "http://127.0.0.1:$PORT" "$ARTIFACTS" "$ARTIFACTS/demo.log"
kill "$SERVER_PID"; SERVER_PID=""
rm -f "$DB" "$DB-wal" "$DB-shm"

# The issue's scenario against `ktxh serve` on a fresh database, as a real deployment starts: migrate, import
# the city's reports, create the first admin on the command line; everything else happens in the browser.
scenario() {
  local label=$1 db=$2
  local password="quan-tri-$(date +%s%N)"
  "$BIN" migrate --db "$db" >/dev/null
  "$BIN" import Tests/Fixtures/seeds/001_b8e6713ef4b705f8.txt --db "$db" >/dev/null
  "$BIN" import Tests/Fixtures/seeds/000_8bc828e30ca0c793.txt --db "$db" >/dev/null
  echo "$password" | "$BIN" user add quantri --role admin --name "Quản trị hệ thống" --password-stdin --db "$db" >/dev/null
  "$BIN" serve --db "$db" --port "$PORT" > "$ARTIFACTS/serve-$label.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break; sleep 0.2; done
  KTXH_ADMIN_PASSWORD="$password" python3 "$ROOT/scripts/browser_scenario.py" "http://127.0.0.1:$PORT" "$ARTIFACTS" "$label"
  kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""
}

echo "== browser scenario on SQLite"
DB=$(mktemp -u /tmp/ktxh-scenario.XXXXXX).sqlite
scenario sqlite "$DB"
rm -f "$DB" "$DB-wal" "$DB-shm"

echo "== browser scenario on PostgreSQL"
"${RUNAS[@]}" "$PGBIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U postgres ktxh_scenario
scenario postgres "postgres://postgres@127.0.0.1:$PGPORT/ktxh_scenario"

# The API as another system meets it: every operation of the OpenAPI document, with generated and mutated
# inputs; no server error, every answer's status, content type and body as the document says.
echo "== API: schemathesis against ktxh serve"
APIDB=$(mktemp -u /tmp/ktxh-api.XXXXXX).sqlite
"$BIN" demo --no-serve --db "$APIDB" > /dev/null
TOKEN=$("$BIN" token create --user quantri --label schemathesis --db "$APIDB" --json | python3 -c "import json,sys; print(json.load(sys.stdin)['token'])")
"$BIN" serve --db "$APIDB" --port "$PORT" > "$ARTIFACTS/serve-api.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break; sleep 0.2; done
schemathesis run "http://127.0.0.1:$PORT/api/v1/openapi.json" -H "Authorization: Bearer $TOKEN" \
  --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance \
  --max-examples 40 --workers 1 --max-time 60 --report junit --report-dir "$ARTIFACTS/schemathesis"
kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""
rm -f "$APIDB" "$APIDB-wal" "$APIDB-shm"

# What happens when things fail (docs/reliability.md): kill -9 mid-import and mid-saves, two servers on one
# PostgreSQL with 50 clients, PostgreSQL restarted under load, SQLite held by another process, a full disk, a
# read-only database. Restarts the cluster once; it is up again when this returns.
echo "== faults"
KTXH_BIN="$BIN" PGBIN="$PGBIN" PGDATA="$PGDATA" PGPORT="$PGPORT" PGRUNAS="${RUNAS[*]}" KTXH_FAULT_PORT=$((PORT + 200)) \
  python3 "$ROOT/scripts/fault_tests.py"

echo "== benchmarks, quick sizes (BENCHMARKS.md has the full run): ktxh bench --quick on SQLite and PostgreSQL"
BIN="$BIN" bash "$ROOT/scripts/bench_xlsx.sh" 6000
"${RUNAS[@]}" "$PGBIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U postgres ktxh_bench
"$BIN" bench --quick --json --db "postgres://postgres@127.0.0.1:$PGPORT/ktxh_bench" > "$ARTIFACTS/bench-quick.json"
python3 - "$ARTIFACTS/bench-quick.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
names = [r["name"] for r in report["results"]]
for needed in ["import SQLite", "import PostgreSQL", "roll-up 34 provinces SQLite", "roll-up 34 provinces PostgreSQL",
               "roll-up 34 provinces SQLite vs DuckDB", "xlsx", "xlsx vs libxlsxwriter"]:
    result = next(r for r in report["results"] if r["name"] == needed)
    assert result["ktxh"] > 0 and result["reference"] and result["ratio"] > 0, result
assert any(n.startswith("scaling ") for n in names), names
print(f"bench --quick: {len(names)} figures, each beside its reference")
PY

echo "== documents: written by ktxh, read back by openpyxl, python-docx, LibreOffice and pdftotext"
DOCS="$ARTIFACTS/documents"
rm -rf "$DOCS"; mkdir -p "$DOCS"
DOCDB=$(mktemp -u /tmp/ktxh-docs.XXXXXX).sqlite
"$BIN" demo --no-serve --db "$DOCDB" > /dev/null
plan_id() { "$BIN" plans list --db "$DOCDB" --json | python3 -c "import json,sys; print(next(p['id'] for p in json.load(sys.stdin)['plans'] if p['key'] == '$1'))"; }
P2024=$(plan_id 058-2024); P2025=$(plan_id 058-2025)
for f in xlsx docx html; do
  "$BIN" report progress --db "$DOCDB" --plan "$P2024" --period 2024-H1 -o "$DOCS/progress.$f" > /dev/null
  "$BIN" report plan --db "$DOCDB" --plan "$P2025" -o "$DOCS/plan.$f" > /dev/null
done
"$BIN" report draft --db "$DOCDB" --plan "$P2024" --period 2024-H1 --number 123/BC-UBND --date 2024-06-20 \
  --signer "Hoàng Hà Bắc" -o "$DOCS/draft.docx" > /dev/null
"$BIN" report draft --db "$DOCDB" --plan "$P2024" --period 2024-H1 -o "$DOCS/draft.pdf" > /dev/null
pdftotext "$DOCS/draft.pdf" "$DOCS/draft.txt"
grep -q "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" "$DOCS/draft.txt"
rm -f "$DOCDB" "$DOCDB-wal" "$DOCDB-shm"
python3 "$ROOT/scripts/check_documents.py" "$DOCS" "$ROOT/Tests/Fixtures/seeds" "$DOCS"
