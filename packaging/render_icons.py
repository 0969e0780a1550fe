"""Render genuka_desk/ui/assets/icons/genuka-desk.svg into the icon files installers need.

Writes PNGs for the Linux hicolor theme, ``windows/genuka-desk.ico`` and
``macos/genuka-desk.icns`` (Qt's own image plugins write both formats).
Run: ``python packaging/render_icons.py OUT_DIR`` (the PNGs go to OUT_DIR).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "genuka_desk" / "ui" / "assets" / "icons" / "genuka-desk.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def main(out: Path) -> int:
    app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    for size in SIZES:
        folder = out / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        if not render(renderer, size).save(str(folder / "genuka-desk.png")):
            print(f"cannot write the {size} px icon", file=sys.stderr)
            return 1
    ok = render(renderer, 256).save(str(ROOT / "packaging" / "windows" / "genuka-desk.ico"), "ICO")
    ok = render(renderer, 512).save(str(ROOT / "packaging" / "macos" / "genuka-desk.icns"), "ICNS") and ok
    del app
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "icons"))
