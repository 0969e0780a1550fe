"""The strips above the order list: a newer version, the local copy rebuilt, read only, the demo.

Each says one thing about the whole desk, in the clerk's words; the window
lays them out above the list (the offline one sits in the status bar, so the
list never moves when the network comes and goes).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel

from .. import service as _service

WARNING_STYLE = "background:#fff4ce;color:#4d3b00;padding:6px 10px;border-bottom:1px solid #e6d28a;"


def banner(text: str) -> QLabel:
    """A hidden warning strip (offline, cache rebuilt)."""
    label = QLabel(text)
    label.setStyleSheet(WARNING_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class Banners(QObject):
    """The strips above the list, top to bottom in :attr:`strips`; each shown when it has something to say."""

    def __init__(self, *, read_only: bool, cache_rebuilt: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.read_only_banner = QLabel(self.tr("Read only: your account may not change orders."))
        self.read_only_banner.setStyleSheet("background:#e8eef7;color:#1d3557;padding:6px 10px;")
        self.read_only_banner.setVisible(read_only)
        self.cache_banner = banner(
            self.tr(
                "The local copy of the orders was damaged. It was set aside and the orders are being"
                " fetched again from Genuka. Your unsent changes are safe."
            )
        )
        self.cache_banner.setVisible(cache_rebuilt)
        self.demo_banner = QLabel(
            self.tr(
                "Demo: these orders, customers and payments are examples on this computer;"
                " they start over at each start."
            )
        )
        self.demo_banner.setStyleSheet("background:#fff4d6;color:#6b4e00;padding:6px 10px;")
        self.demo_banner.setWordWrap(True)
        self.demo_banner.hide()
        # A newer version is out (the daily check): a link to its installer, and "not now".
        self.update_banner = QLabel()
        self.update_banner.setStyleSheet("background:#e8f4ea;color:#1e4620;padding:6px 10px;")
        self.update_banner.setTextFormat(Qt.TextFormat.RichText)
        self.update_banner.hide()
        self.strips = (self.update_banner, self.cache_banner, self.read_only_banner, self.demo_banner)

    def show_update(self, text: str, url: str) -> None:
        """The strip of a newer version: what is out, Download, Not now (``#dismiss``)."""
        later, download = self.tr("Not now"), self.tr("Download")
        links = [f"<a href='#dismiss'>{later}</a>"]
        if url:
            links.insert(0, f"<a href='{html.escape(url, quote=True)}'>{download}</a>")
        self.update_banner.setText(f"{html.escape(text)} &nbsp; " + " · ".join(links))
        self.update_banner.show()

    def cache_rebuilt(self, moved_to: str) -> None:
        """The local copy was set aside (to ``moved_to``) and is being fetched again."""
        self.cache_banner.show()
        self.cache_banner.setToolTip(moved_to)

    def sync_finished(self, event: _service.SyncFinished) -> None:
        """A sync ended: when it went through, the orders are back (after a rebuilt copy)."""
        if event.error is None:
            self.cache_banner.hide()
