#!/usr/bin/env bash
# Build build/genuka-desk_<version>_<arch>.deb from the PyInstaller folder build/dist/genuka-desk.
# Usage: packaging/linux/build-deb.sh  (from the repository root, after the PyInstaller build)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
DIST="$ROOT/build/dist/genuka-desk"
VERSION="$("$PYTHON" "$ROOT/packaging/version.py" "$ROOT")"
ARCH="$(dpkg --print-architecture)"
STAGE="$ROOT/build/deb/genuka-desk_${VERSION}_${ARCH}"
OUT="$ROOT/build/genuka-desk_${VERSION}_${ARCH}.deb"

[ -x "$DIST/genuka-desk" ] || { echo "no PyInstaller build in $DIST (run make package)" >&2; exit 1; }

rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
         "$STAGE/usr/share/icons/hicolor/scalable/apps" "$STAGE/usr/share/doc/genuka-desk"
cp -a "$DIST" "$STAGE/opt/genuka-desk"
install -m 0755 "$ROOT/packaging/linux/launcher.sh" "$STAGE/usr/bin/genuka-desk"
install -m 0644 "$ROOT/packaging/linux/genuka-desk.desktop" "$STAGE/usr/share/applications/genuka-desk.desktop"
install -m 0644 "$ROOT/genuka_desk/ui/assets/icons/genuka-desk.svg" "$STAGE/usr/share/icons/hicolor/scalable/apps/genuka-desk.svg"
"$PYTHON" "$ROOT/packaging/render_icons.py" "$ROOT/build/icons" >/dev/null
for size in 16 24 32 48 64 128 256 512; do
    dir="$STAGE/usr/share/icons/hicolor/${size}x${size}/apps"
    mkdir -p "$dir"
    install -m 0644 "$ROOT/build/icons/${size}x${size}/apps/genuka-desk.png" "$dir/genuka-desk.png"
done
cat > "$STAGE/usr/share/doc/genuka-desk/copyright" <<TXT
genuka-desk: offline-first order management for Genuka shops.
Bundles Python, Qt 6 and PySide6 (LGPLv3) and other open-source libraries; their licences are in /opt/genuka-desk/_internal.
TXT

SIZE_KB="$(du -sk "$STAGE" | cut -f1)"
# The libraries Qt's xcb and EGL plugins load from the system (the bundle carries the rest).
DEPENDS="libc6 (>= 2.34), libegl1, libgl1, libfontconfig1, libfreetype6, libglib2.0-0, libdbus-1-3, \
libxkbcommon0, libxkbcommon-x11-0, libx11-6, libx11-xcb1, libxcb1, libxcb-cursor0, libxcb-icccm4, \
libxcb-image0, libxcb-keysyms1, libxcb-randr0, libxcb-render-util0, libxcb-render0, libxcb-shape0, \
libxcb-shm0, libxcb-sync1, libxcb-xfixes0, libxcb-xinerama0, libxcb-xkb1, libxrender1, libsm6, libice6"
cat > "$STAGE/DEBIAN/control" <<TXT
Package: genuka-desk
Version: ${VERSION}
Section: misc
Priority: optional
Architecture: ${ARCH}
Maintainer: Genuka Desk team <desk@genuka.com>
Installed-Size: ${SIZE_KB}
Depends: ${DEPENDS}
Recommends: gnome-keyring | kwalletmanager
Homepage: https://genuka.com
Description: Offline-first order management for Genuka shops
 Genuka Desk lists, searches and edits the orders of a Genuka shop and moves
 them along (taken in charge, delivered, paid). It keeps working when the
 internet drops: changes are queued on disk and sent exactly once when the
 connection returns.
TXT
cat > "$STAGE/DEBIAN/postinst" <<'TXT'
#!/bin/sh
set -e
if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q /usr/share/applications || true; fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true; fi
exit 0
TXT
cp "$STAGE/DEBIAN/postinst" "$STAGE/DEBIAN/postrm"
chmod 0755 "$STAGE/DEBIAN/postinst" "$STAGE/DEBIAN/postrm"
find "$STAGE" -type d -exec chmod 0755 {} +

dpkg-deb --root-owner-group --build "$STAGE" "$OUT" >/dev/null
echo "$OUT"
