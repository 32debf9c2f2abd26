#!/usr/bin/env bash
# Installs an unpacked ktxh release on a Linux server: the program in /opt/ktxh, its settings in /etc/ktxh (the
# sample copied once, never over an edited file), the service and the nightly backup in /etc/systemd/system, a
# system user ktxh owning /var/lib/ktxh and /var/backups/ktxh. Run as root from the unpacked folder; running it
# again upgrades the program and keeps the settings. Then: edit /etc/ktxh/ktxh.env, and see docs/operations.md.
#
# Usage: sudo ./install.sh [--prefix DIR] [--etc DIR] [--systemd DIR] [--state DIR] [--backups DIR] [--no-user]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=/opt/ktxh ETC=/etc/ktxh SYSTEMD=/etc/systemd/system STATE=/var/lib/ktxh BACKUPS=/var/backups/ktxh USER_SETUP=1
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) PREFIX=$2; shift 2 ;;
    --etc) ETC=$2; shift 2 ;;
    --systemd) SYSTEMD=$2; shift 2 ;;
    --state) STATE=$2; shift 2 ;;
    --backups) BACKUPS=$2; shift 2 ;;
    --no-user) USER_SETUP=0; shift ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "Tùy chọn không rõ: $1" >&2; exit 2 ;;
  esac
done

if [ "$USER_SETUP" = 1 ] && ! id ktxh >/dev/null 2>&1; then
  useradd --system --home-dir "$STATE" --no-create-home --shell /usr/sbin/nologin ktxh
fi
install -d -m 0755 "$PREFIX" "$PREFIX/bin" "$SYSTEMD"
# The program and its resource bundles replace the old ones whole: an upgrade never mixes two releases.
rm -rf "$PREFIX/bin.new" && cp -R "$HERE/bin" "$PREFIX/bin.new"
rm -rf "$PREFIX/bin.old" && mv "$PREFIX/bin" "$PREFIX/bin.old" && mv "$PREFIX/bin.new" "$PREFIX/bin" && rm -rf "$PREFIX/bin.old"
rm -rf "$PREFIX/share" && cp -R "$HERE/share" "$PREFIX/share"
install -d -m 0750 "$ETC"
if [ ! -f "$ETC/ktxh.env" ]; then install -m 0640 "$HERE/etc/ktxh.env.sample" "$ETC/ktxh.env"; fi
install -m 0644 "$HERE/etc/ktxh.env.sample" "$ETC/ktxh.env.sample"
install -d -m 0750 "$STATE" "$BACKUPS"
if [ "$USER_SETUP" = 1 ]; then
  chown root:ktxh "$ETC" "$ETC/ktxh.env"
  chown ktxh:ktxh "$STATE" "$BACKUPS"
fi
for unit in ktxh.service ktxh-backup.service ktxh-backup.timer; do
  sed -e "s#/opt/ktxh#$PREFIX#g" -e "s#/etc/ktxh#$ETC#g" -e "s#/var/lib/ktxh#$STATE#g" -e "s#/var/backups/ktxh#$BACKUPS#g" \
    "$HERE/lib/systemd/system/$unit" > "$SYSTEMD/$unit"
  chmod 0644 "$SYSTEMD/$unit"
done
echo "Đã cài ktxh $("$PREFIX/bin/ktxh" --version) vào $PREFIX."
echo "Tiếp theo: sửa $ETC/ktxh.env, rồi: systemctl daemon-reload && systemctl enable --now ktxh ktxh-backup.timer"
