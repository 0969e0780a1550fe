"""The Z report written as a PDF without a window (for ``genuka-desk till report --pdf``): Qt offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from ..i18n import install_language
from ..labels import way_names
from .z_output import A4, write_z_pdf

if TYPE_CHECKING:
    from ...models import PaymentMethod
    from ...service.till_report import ZReport


def render_z_pdf(
    report: ZReport, path: Path, language: str, width: int = A4, methods: Iterable[PaymentMethod] = ()
) -> Path:
    """Write the Z report as a PDF (A4, or a roll ``width`` mm wide), in ``language``; no display needed.

    ``methods`` (``service.payments.methods()``) name the ways of paying as the shop does ("Orange Money");
    without them a documented processor has its brand name, another its code in words.
    """
    if QApplication.instance() is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QApplication(["genuka-desk"])
    install_language(language)
    return write_z_pdf(report, path, language, width, way_names(methods))
