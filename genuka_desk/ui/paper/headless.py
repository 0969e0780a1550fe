"""The documents written as PDFs without a window (``genuka-desk orders print``): Qt offscreen, no display."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ... import service as _service
from ..i18n import install_language
from .output import write_pdf


def render_pdf(
    facts: _service.PaperFacts, kind: _service.PaperKind, path: Path, language: str, width: int = 80
) -> Path:
    """Write one document as a PDF, in ``language``, with Qt's own print support (no display needed)."""
    if QApplication.instance() is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QApplication(["genuka-desk"])
    install_language(language)
    return write_pdf(facts, kind, path, language, width)
