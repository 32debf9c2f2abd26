#!/usr/bin/env bash
# The release package as an administrator meets it, every command of docs/operations.md run here: unpacked into an
# empty folder and run from another one (a resource or a path tied to the source tree fails here), installed with
# install.sh, its units checked by systemd-analyze, served as two instances on one PostgreSQL behind nginx over
# HTTPS, backed up on a schedule's terms and restored, and upgraded from the previous release's database.
# Usage: scripts/package_test.sh dist/ktxh-VERSION-linux-ARCH.tar.gz
# Environment: KTXH_TEST_POSTGRES_URL (a superuser URL), KTXH_PACKAGE_PORT (first of six free ports).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
ARCHIVE=$(realpath "$1")
PG=${KTXH_TEST_POSTGRES_URL:?a PostgreSQL URL}
PORT=${KTXH_PACKAGE_PORT:-18500}
WORK=$(mktemp -d /tmp/ktxh-package.XXXXXX)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
ok() { echo "ok   $1"; }
fail() { echo "FAIL $1"; exit 1; }
wait_healthy() { for _ in $(seq 1 100); do curl -fsk "$1/healthz" >/dev/null 2>&1 && return 0; sleep 0.2; done; fail "$1 never answered /healthz"; }
db() { echo "${PG%/*}/$1"; }

# 1. Unpacked into an empty folder, run from another.
mkdir -p "$WORK/unpacked" "$WORK/elsewhere"
tar -C "$WORK/unpacked" -xzf "$ARCHIVE"
PKG=$(echo "$WORK"/unpacked/ktxh-*)
cd "$WORK/elsewhere"
K="$PKG/bin/ktxh"
VERSION=$("$K" --version)
[[ "$ARCHIVE" == *"ktxh-$VERSION-linux-"* ]] && ok "ktxh --version is $VERSION, as the archive is named" || fail "version"
for part in bin/ktxh install.sh etc/ktxh.env.sample lib/systemd/system/ktxh.service lib/systemd/system/ktxh-backup.timer \
  share/doc/ktxh/operations.md share/ktxh/nginx-ktxh.conf share/ktxh/Caddyfile; do
  [ -e "$PKG/$part" ] || fail "the package lacks $part"
done
ok "the package holds the program, its resources, the docs, the settings sample and the units"
if ldd "$K" 2>/dev/null | grep -q "libswift"; then fail "the binary needs the Swift runtime"; fi
ok "the binary carries its Swift runtime (ldd names no libswift)"
"$K" demo --no-serve --db "$WORK/demo.sqlite" > "$WORK/demo.log"
grep -q "Đã tạo dữ liệu mẫu" "$WORK/demo.log" && ok "ktxh demo --no-serve from another folder: the demo data and the catalogue load" || fail "demo"
"$K" serve --db "$WORK/demo.sqlite" --port "$PORT" > "$WORK/serve-demo.log" 2>&1 &
PIDS+=($!)
wait_healthy "http://127.0.0.1:$PORT"
curl -fs "http://127.0.0.1:$PORT/assets/app.css" | grep -q "box-sizing" && ok "ktxh serve answers /healthz and its assets" || fail "assets"
kill "${PIDS[-1]}"

# 2. Installed (as root: into folders of this test, without touching the machine's /opt and /etc).
I="$WORK/root"
"$PKG/install.sh" --prefix "$I/opt/ktxh" --etc "$I/etc/ktxh" --systemd "$I/etc/systemd/system" --state "$I/var/lib/ktxh" \
  --backups "$I/var/backups/ktxh" --no-user > "$WORK/install.log"
KI="$I/opt/ktxh/bin/ktxh"
[ "$("$KI" --version)" = "$VERSION" ] && [ -f "$I/etc/ktxh/ktxh.env" ] && ok "install.sh: program, settings and units in place" || fail "install"
grep -q "ExecStart=$I/opt/ktxh/bin/ktxh serve" "$I/etc/systemd/system/ktxh.service" || fail "the unit names the installed program"
echo "# changed by the administrator" >> "$I/etc/ktxh/ktxh.env"
"$PKG/install.sh" --prefix "$I/opt/ktxh" --etc "$I/etc/ktxh" --systemd "$I/etc/systemd/system" --state "$I/var/lib/ktxh" \
  --backups "$I/var/backups/ktxh" --no-user > /dev/null
grep -q "changed by the administrator" "$I/etc/ktxh/ktxh.env" && ok "installing again (an upgrade) keeps the edited settings" || fail "settings kept"
if command -v systemd-analyze >/dev/null; then
  systemd-analyze verify --man=no "$I/etc/systemd/system/ktxh.service" "$I/etc/systemd/system/ktxh-backup.service" \
    "$I/etc/systemd/system/ktxh-backup.timer" && ok "systemd-analyze verify: the service, the backup service and the timer" \
    || fail "systemd units"
fi

# 3. A server on PostgreSQL, set up as docs/operations.md says.
psql -q "$PG" -c "CREATE DATABASE ktxh_package" -c "CREATE DATABASE ktxh_package_restored" -c "CREATE DATABASE ktxh_package_old"
# The administrator's commands find the database in the service's settings file, as on a server.
sed -i "s#^KTXH_DATABASE_URL=.*#KTXH_DATABASE_URL=$(db ktxh_package)#" "$I/etc/ktxh/ktxh.env"
export KTXH_CONFIG="$I/etc/ktxh/ktxh.env"
unset KTXH_DATABASE_URL
"$KI" migrate | grep -q "0026_CreatePlanTasks" || fail "migrate on the settings file's database"
"$KI" import "$ROOT/Tests/Fixtures/seeds/000_8bc828e30ca0c793.txt" > /dev/null
echo "mat-khau-quan-tri-1" | "$KI" user add quantri --role admin --name "Quản trị hệ thống" --password-stdin > /dev/null
TOKEN=$("$KI" token create --user quantri --label "kiểm thử gói" --json | python3 -c "import json,sys; print(json.load(sys.stdin)['token'])")
ok "migrate, import, the first admin and an API token on PostgreSQL"
for n in 1 2; do
  "$KI" serve --host 127.0.0.1 --port $((PORT + n)) --secure-cookies --trusted-proxy 127.0.0.1 > "$WORK/serve-$n.log" 2>&1 &
  PIDS+=($!)
  wait_healthy "http://127.0.0.1:$((PORT + n))"
done
ok "two instances of ktxh serve on one PostgreSQL"

# 4. nginx over HTTPS in front of both, from the sample with this test's ports and a self-signed certificate.
if command -v nginx >/dev/null; then
  openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=ktxh.test" -keyout "$WORK/key.pem" -out "$WORK/cert.pem" 2>/dev/null
  HTTPS=$((PORT + 3))
  sed -e "s#127.0.0.1:8080#127.0.0.1:$((PORT + 1))#" -e "s#127.0.0.1:8081#127.0.0.1:$((PORT + 2))#" \
    -e "s#listen 80;#listen $((PORT + 4));#" -e "s#listen 443 ssl http2;#listen $HTTPS ssl http2;#" \
    -e "s#/etc/ssl/ktxh/fullchain.pem#$WORK/cert.pem#" -e "s#/etc/ssl/ktxh/privkey.pem#$WORK/key.pem#" \
    "$PKG/share/ktxh/nginx-ktxh.conf" > "$WORK/site.conf"
  cat > "$WORK/nginx.conf" <<NGINX
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events {}
http {
  access_log $WORK/nginx-access.log;
  client_body_temp_path $WORK; proxy_temp_path $WORK; fastcgi_temp_path $WORK; uwsgi_temp_path $WORK; scgi_temp_path $WORK;
  include $WORK/site.conf;
}
NGINX
  nginx -t -c "$WORK/nginx.conf" -p "$WORK" 2>/dev/null && ok "nginx -t accepts the sample" || fail "nginx config"
  nginx -c "$WORK/nginx.conf" -p "$WORK"
  BASE="https://127.0.0.1:$HTTPS"
  wait_healthy "$BASE"
  [ "$(curl -sk -o /dev/null -w '%{http_code}' "http://127.0.0.1:$((PORT + 4))/")" = 301 ] || fail "http redirects to https"
  for _ in 1 2 3 4; do curl -fsk -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/plans" | grep -q '"plans"' || fail "API through nginx"; done
  ok "HTTPS through nginx to both instances: /healthz, the API, http redirected"
  # Signed in through the proxy, the session holds whichever instance answers.
  JAR="$WORK/cookies"
  csrf=$(curl -sk -c "$JAR" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
  code=$(curl -sk -b "$JAR" -c "$JAR" -D "$WORK/login-headers" -o /dev/null -w '%{http_code}' --data-urlencode "_csrf=$csrf" \
    --data-urlencode "username=quantri" --data-urlencode "password=mat-khau-quan-tri-1" --data-urlencode "next=/" "$BASE/login")
  [ "$code" = 303 ] || fail "login through nginx ($code)"
  grep -i "set-cookie: ktxh_session=" "$WORK/login-headers" | grep -qi "secure" || fail "the session cookie is Secure"
  for _ in 1 2 3 4 5 6; do curl -fsk -b "$JAR" "$BASE/" | grep -q "Đăng xuất" || fail "a session through nginx"; done
  ok "a session started through nginx (its cookie Secure) is valid on both instances"
  [ "$(curl -sk -o /dev/null -w '%{http_code}' "$BASE/metrics")" = 200 ] && ok "/metrics answers inside" || fail "metrics"
else
  echo "skip nginx: not installed"
fi
if command -v caddy >/dev/null; then
  caddy validate --config "$PKG/share/ktxh/Caddyfile" --adapter caddyfile > /dev/null 2>&1 && ok "caddy validate accepts the Caddyfile" || fail "Caddyfile"
fi

# 5. Backups as the timer takes them, and a restore.
"$KI" backup -o "$I/var/backups/ktxh/" --keep 2 > /dev/null
sleep 1
"$KI" backup -o "$I/var/backups/ktxh/" --keep 2 > /dev/null
LATEST=$(ls "$I/var/backups/ktxh/" | sort | tail -n 1)
"$KI" restore "$I/var/backups/ktxh/$LATEST" --db "$(db ktxh_package_restored)" > /dev/null
[ "$("$KI" plans list --db "$(db ktxh_package_restored)" --json | python3 -c "import json,sys; print(len(json.load(sys.stdin)['plans']))")" = 1 ] \
  && ok "ktxh backup -o FOLDER/ --keep, then ktxh restore: the plan is back" || fail "restore"

# 6. An upgrade: the previous release's database, restored, refused by serve until migrated.
"$KI" restore "$ROOT/Tests/Fixtures/upgrade/ktxh-0.2.0.pgdump" --db "$(db ktxh_package_old)" > /dev/null
"$KI" migrate --pending --db "$(db ktxh_package_old)" | grep -q "0026_CreatePlanTasks" || fail "pending steps listed"
if "$KI" serve --db "$(db ktxh_package_old)" --port $((PORT + 5)) > "$WORK/serve-old.log" 2>&1; then fail "serve ran on an old schema"; fi
"$KI" migrate --db "$(db ktxh_package_old)" > /dev/null
[ "$("$KI" plans list --db "$(db ktxh_package_old)" --json | python3 -c "import json,sys; print(len(json.load(sys.stdin)['plans']))")" = 4 ] \
  && ok "an upgrade: serve refused the old schema, migrate applied it, every plan is there" || fail "upgrade"
psql -q "$PG" -c "DROP DATABASE ktxh_package WITH (FORCE)" -c "DROP DATABASE ktxh_package_restored" -c "DROP DATABASE ktxh_package_old"
echo "package: all checks passed"
