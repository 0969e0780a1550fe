"""File > Export list to CSV: every order of the current list (not only the screen) to a file, off the GUI thread."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QStatusBar, QWidget

from .. import service as _service
from . import save_place
from .bridge import ServiceBridge
from .labels import billing_label, document_label, shipping_label, source_label
from .order_table_model import Column, OrderTableModel, column_title
from .window_part import WindowPart

if TYPE_CHECKING:
    import asyncio

SAID_FOR_MS = 20_000  # how long the status bar says where the file went: long enough to read it


class ExportAction(WindowPart):
    """Export ``orders``' list (its query) as CSV; ``status_bar`` says where it went, :attr:`failed` why it did not."""

    failed = Signal(str)  # why the file could not be written, for the clerk

    def __init__(
        self,
        window: QWidget,
        orders: OrderTableModel,
        status_bar: QStatusBar,
        service: _service.OrderService,
        bridge: ServiceBridge,
        settings: QSettings,
    ) -> None:
        super().__init__(window)
        self.orders = orders
        self.status_bar = status_bar
        self.service = service
        self.bridge = bridge
        self.settings = settings

    def csv_words(self) -> _service.CsvWords:
        """The export's column titles and the names of statuses and sources, in the clerk's language."""
        titles = [column_title(c) for c in Column if c not in (Column.SYNC, Column.DOCUMENT, Column.BALANCE)]
        return _service.CsvWords(
            [*titles, column_title(Column.DOCUMENT), column_title(Column.BALANCE), self.tr("Currency"), self.tr("Id")],
            billing_label,
            shipping_label,
            document_label,
            source_label,
        )

    def export_csv(self, path: Path, *, for_tools: bool = False) -> asyncio.Task[int]:
        """Write every order of the current list (not only the screen) to ``path``, off the GUI thread.

        In the clerk's words, or ``for_tools`` in fixed English ones. The
        status bar says how many when it is done; a file that cannot be
        written gets a clear message. The task gives the count.
        """

        def done(count: int) -> None:
            # Where it went (the file, its folder by name: "Documents").
            folder = path.parent.name or str(path.parent)
            said = self.tr("%n order(s) exported to %s (folder %s)", "", count) % (path.name, folder)
            self.status_bar.showMessage(said, SAID_FOR_MS)

        def failed(exc: Exception) -> None:
            if isinstance(exc, OSError):
                self.failed.emit(self.tr("Could not write the file: %s") % (exc.strerror or exc))
            else:
                self.failed.emit(self.bridge.message_of(exc))

        words = _service.CsvWords.for_tools() if for_tools else self.csv_words()
        return self.bridge.run(self.service.orders.export_csv(self.orders.query, path, words), done, failed)

    def ask_and_export(self) -> None:
        """Ask where (Documents, then the last folder; today's name) and in which words, then write."""
        request = save_place.csv_request(self.settings, date.today())
        name, chosen = save_place.ask_where(self.host(), self.tr("Export orders"), request)
        if name:
            path, for_tools = save_place.csv_chosen(self.settings, name, chosen)
            self.export_csv(path, for_tools=for_tools)
