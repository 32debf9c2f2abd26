#!/usr/bin/env bash
# Builds a release with the Swift runtime linked in (--static-swift-stdlib: nothing of Swift needed on the server)
# and writes dist/ktxh-VERSION-linux-ARCH.tar.gz: bin/ (the program and its resource bundles: the catalogue, unit
# lists, criteria sets, demo data), share/doc/ktxh/ (README and docs), etc/ktxh.env.sample, lib/systemd/system/
# (the service and the nightly backup), share/ktxh/ (nginx and Caddy samples) and install.sh.
# Prints the archive's path. Usage: bash scripts/package.sh
set -euo pipefail
cd "$(dirname "$0")/.."
FLAGS=(-c release --static-swift-stdlib --product ktxh)
swift build "${FLAGS[@]}" >&2
BIN_DIR=$(swift build "${FLAGS[@]}" --show-bin-path)
VERSION=$("$BIN_DIR/ktxh" --version)
NAME="ktxh-$VERSION-linux-$(uname -m)"
STAGE="dist/$NAME"
rm -rf "$STAGE" "dist/$NAME.tar.gz"
mkdir -p "$STAGE/bin" "$STAGE/share/doc/ktxh" "$STAGE/share/ktxh" "$STAGE/etc" "$STAGE/lib/systemd/system"
cp "$BIN_DIR/ktxh" "$STAGE/bin/"
# Debug sections out, symbols kept: a crash's backtrace still names its functions.
strip --strip-debug "$STAGE/bin/ktxh"
cp -R "$BIN_DIR"/*.resources "$STAGE/bin/"
cp README.md BENCHMARKS.md docs/*.md "$STAGE/share/doc/ktxh/"
cp deploy/ktxh.env.sample "$STAGE/etc/"
cp deploy/ktxh.service deploy/ktxh-backup.service deploy/ktxh-backup.timer "$STAGE/lib/systemd/system/"
cp deploy/nginx-ktxh.conf deploy/Caddyfile "$STAGE/share/ktxh/"
cp deploy/install.sh "$STAGE/"
tar -C dist -czf "dist/$NAME.tar.gz" "$NAME"
rm -rf "$STAGE"
echo "dist/$NAME.tar.gz"
