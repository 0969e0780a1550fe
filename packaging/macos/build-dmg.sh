#!/usr/bin/env bash
# A .dmg holding "Genuka Desk.app" and a link to /Applications (drag to install).
# Run on macOS after: python -m PyInstaller --noconfirm --distpath build/dist --workpath build/work packaging/genuka-desk.spec
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
PYTHON="${PYTHON:-python3}"
VERSION="$("$PYTHON" "$ROOT/packaging/version.py" "$ROOT")"
APP="$ROOT/build/dist/Genuka Desk.app"
STAGE="$ROOT/build/dmg"
OUT="$ROOT/build/GenukaDesk-${VERSION}.dmg"
[ -d "$APP" ] || { echo "no app bundle at $APP" >&2; exit 1; }
rm -rf "$STAGE" "$OUT"
mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
# Ad-hoc signature so Gatekeeper sees a consistent bundle (a Developer ID replaces "-" for public releases).
codesign --force --deep --sign - "$STAGE/Genuka Desk.app"
hdiutil create -volname "Genuka Desk" -srcfolder "$STAGE" -ov -format UDZO "$OUT"
echo "$OUT"
