"""The till's history, newest first (this desk's sessions and those the server lists: other desks', the web's),
each with where it stands and its Z report one click away."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QPushButton, QTableWidget, QTableWidgetItem, QWidget

from ... import models as _models
from ..dates import moment_text
from .bar import APPROX
from .words import TillWords, signed_money
from .z_words import ZSay

if TYPE_CHECKING:
    from ...service.till import TillView

KEY_ROLE = Qt.ItemDataRole.UserRole
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_COLUMN = 4
REASON_COLUMN = 8
REASON_WIDTH = 180  # room for "Erreur de rendu de monnaie" on two lines at most


def difference_of(view: TillView) -> Decimal | None:
    """A counted session's difference: the server's once it has counted, else counted less expected here.

    (The rule of ``service.till_report.report_of``; a ``difference`` on ``TillView`` would make this go.)
    """
    session = view.session
    server = session.server_body or {}
    if server.get("difference") is not None and not view.provisional:
        return Decimal(str(server["difference"]))
    return None if view.counted is None else view.counted - view.expected


class HistoryTable(QTableWidget):
    """One row per session; ``reportAsked`` with its local id when its Z report button is clicked."""

    reportAsked = Signal(str)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.words = TillWords(self)
        self.say = ZSay(self)
        titles = [
            "",  # the Z report's button: first, never scrolled out of sight
            self.tr("Opened"),
            self.tr("By"),
            self.tr("Till"),
            self.tr("Status"),
            self.tr("Should hold"),
            self.tr("Counted"),
            self.tr("Difference"),
            self.tr("Reason"),
        ]
        self.setColumnCount(len(titles))
        self.setHorizontalHeaderLabels(titles)
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The reason takes what is left, never less than REASON_WIDTH, and wraps: the row grows to show it whole.
        header.setSectionResizeMode(REASON_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(REASON_COLUMN, REASON_WIDTH)
        header.setStretchLastSection(True)
        self.setWordWrap(True)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.cellDoubleClicked.connect(lambda row, _column: self._report_of(row))

    def fill(self, views: list[TillView]) -> None:
        """Show ``views`` (the selection stays on the same session)."""
        chosen = self.selected_key()
        self.setRowCount(len(views))
        for row, view in enumerate(views):
            session = view.session

            def money(amount: Decimal | None, currency: str = session.currency) -> str:
                return _models.format_money(amount, currency, self.language)

            expected = money(view.expected)
            difference = difference_of(view)
            shown_difference = "" if difference is None else signed_money(difference, session.currency, self.language)
            cells = [
                moment_text(datetime.fromtimestamp(session.opened_at, UTC), self.language),
                session.opened_by,
                session.account_label,
                self.say.state(view.state),
                f"{APPROX} {expected}" if view.provisional else expected,
                money(view.counted),
                shown_difference,
                self.words.reason(view.reason),
            ]
            for column, text in enumerate(cells, start=1):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # a cell the window is too narrow for is read whole under the pointer
                if column in (5, 6, 7):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setData(KEY_ROLE, session.local_id)
                item.setData(STATUS_ROLE, session.status)
                self.setItem(row, column, item)
            button = QPushButton(self.tr("Z report"), self)
            button.setToolTip(self.tr("Print or save this session's Z report"))
            button.clicked.connect(lambda _=False, key=session.local_id: self.reportAsked.emit(key))
            anchor = QTableWidgetItem()
            anchor.setData(KEY_ROLE, session.local_id)
            anchor.setData(STATUS_ROLE, session.status)
            self.setItem(row, 0, anchor)
            self.setCellWidget(row, 0, button)
            if session.local_id == chosen:
                self.selectRow(row)

    def selected_key(self) -> str | None:
        """The local id of the session selected (None: none)."""
        items = self.selectedItems()
        return str(items[0].data(KEY_ROLE)) if items else None

    def selected_status(self) -> str | None:
        """Where the selected session stands (None: none selected)."""
        items = self.selectedItems()
        item = self.item(items[0].row(), STATUS_COLUMN) if items else None
        return None if item is None else str(item.data(STATUS_ROLE))

    def key_at(self, row: int) -> str | None:
        """The local id of the session in ``row``."""
        item = self.item(row, 0)
        return None if item is None else str(item.data(KEY_ROLE))

    def _report_of(self, row: int) -> None:
        key = self.key_at(row)
        if key is not None:
            self.reportAsked.emit(key)
