#!/usr/bin/env bash
# The Linux packages: the PyInstaller one-folder build, then the .deb (and, when
# appimagetool is on PATH, an AppImage). Prints the paths it made.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
cd "$ROOT"
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath build/dist --workpath build/work packaging/genuka-desk.spec
# Links PyInstaller made to libraries the spec left out (nothing loads them).
find build/dist/genuka-desk -xtype l -delete
# Every bundled library must find what it links to.
missing="$(cd build/dist/genuka-desk/_internal && for f in $(find . -name '*.so*' -type f); do
    LD_LIBRARY_PATH="$PWD:$PWD/PySide6/Qt/lib" ldd "$f" 2>/dev/null | grep -q 'not found' && echo "$f"; done || true)"
if [ -n "$missing" ]; then echo "bundled libraries with missing dependencies:" $missing >&2; exit 1; fi
PYTHON="$PYTHON" bash packaging/linux/build-deb.sh
if command -v appimagetool >/dev/null 2>&1; then
    PYTHON="$PYTHON" bash packaging/linux/build-appimage.sh
fi
