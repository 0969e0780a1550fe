"""The row every document dialog shows: Preview, Print, Print again, Save as PDF."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QPushButton, QWidget


class PaperVerbs(Protocol):
    """What the buttons run (a receipt's dialog, the Z report's)."""

    def preview(self) -> object: ...
    def print_with_dialog(self) -> object: ...
    def print_again(self) -> object: ...
    def save_pdf_dialog(self) -> object: ...


def paper_buttons(
    parent: QWidget, verbs: PaperVerbs, layout: QBoxLayout
) -> tuple[QPushButton, QPushButton, QPushButton, QPushButton]:
    """The row, wired to ``verbs`` and added to ``layout``: (preview, print, print again, save as PDF)."""

    # Each text literal in its translate() call: lupdate finds them only so.
    row = QHBoxLayout()
    preview = QPushButton(QCoreApplication.translate("PaperButtons", "Preview…"), parent)
    printing = QPushButton(QCoreApplication.translate("PaperButtons", "Print…"), parent)
    again = QPushButton(QCoreApplication.translate("PaperButtons", "Print again"), parent)
    pdf = QPushButton(QCoreApplication.translate("PaperButtons", "Save as PDF…"), parent)
    preview.clicked.connect(verbs.preview)
    printing.clicked.connect(verbs.print_with_dialog)
    again.clicked.connect(verbs.print_again)
    pdf.clicked.connect(verbs.save_pdf_dialog)
    for button in (preview, printing, again, pdf):
        row.addWidget(button)
    layout.addLayout(row)
    return preview, printing, again, pdf
