#!/usr/bin/env bash
# An AppImage from the PyInstaller folder. Needs appimagetool (not in pip or the
# Debian archive: download it from github.com/AppImage/appimagetool on a machine with internet).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
VERSION="$("$PYTHON" "$ROOT/packaging/version.py" "$ROOT")"
APPDIR="$ROOT/build/GenukaDesk.AppDir"
rm -rf "$APPDIR"
mkdir -p "$APPDIR/usr/bin"
cp -a "$ROOT/build/dist/genuka-desk" "$APPDIR/usr/lib-genuka-desk"
ln -s ../lib-genuka-desk/genuka-desk "$APPDIR/usr/bin/genuka-desk"
cp "$ROOT/packaging/linux/genuka-desk.desktop" "$APPDIR/genuka-desk.desktop"
cp "$ROOT/build/icons/256x256/apps/genuka-desk.png" "$APPDIR/genuka-desk.png"
cat > "$APPDIR/AppRun" <<'TXT'
#!/bin/sh
HERE="$(dirname "$(readlink -f "$0")")"
exec "$HERE/usr/lib-genuka-desk/genuka-desk" "$@"
TXT
chmod +x "$APPDIR/AppRun"
ARCH="$(uname -m)" appimagetool "$APPDIR" "$ROOT/build/GenukaDesk-${VERSION}-$(uname -m).AppImage"
echo "$ROOT/build/GenukaDesk-${VERSION}-$(uname -m).AppImage"
