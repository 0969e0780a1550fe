#!/usr/bin/env bash
# Install the Debian/Ubuntu packages genuka-desk needs, only those missing.
#   system-deps.sh venv   only what `python3 -m venv` needs (before the venv is made)
#   system-deps.sh test   Qt offscreen (headless test runs)
#   system-deps.sh gui    a real window on X11/XWayland (make run)
#   system-deps.sh shots  gui + Xvfb and ImageMagick (screenshots)
#   system-deps.sh package  gui + binutils + libpython3.X: every library the bundled xcb plugin links
#                           to must be present for the build's ldd check (the .deb declares the same set)
# Uses sudo when not root; does nothing on systems without dpkg.
set -euo pipefail

OFFSCREEN="libegl1 libgl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3 fonts-dejavu-core"
XCB="libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-image0 libxcb-randr0 \
libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libx11-xcb1"
SHOTS="xvfb xauth imagemagick"

case "${1:-test}" in
  venv) wanted="" ;;
  test) wanted="$OFFSCREEN" ;;
  gui) wanted="$OFFSCREEN $XCB" ;;
  shots) wanted="$OFFSCREEN $XCB $SHOTS" ;;
  # PyInstaller bundles the interpreter's shared library (Debian ships it apart from python3).
  package) wanted="$OFFSCREEN $XCB binutils libpython$(python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])')" ;;
  *) echo "usage: $0 test|gui|shots|package" >&2; exit 2 ;;
esac

# python3 -m venv needs ensurepip (Debian ships it apart as python3-venv).
if ! python3 -c "import ensurepip" >/dev/null 2>&1; then
  wanted="$wanted python3-venv"
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
  exit 0
fi

[ -z "$wanted" ] && exit 0

missing=""
for pkg in $wanted; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $pkg"
  fi
done
[ -z "$missing" ] && exit 0

echo "Installing system packages:$missing"
if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
  echo "Please install as root:$missing" >&2; exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
