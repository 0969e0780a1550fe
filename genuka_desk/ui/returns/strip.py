"""The editor's Returns strip: the order's returns, where each stands, its money; approve, refund, print.

Shown only when the order has returns (``service.returns.of_order``: the
server's and the ones queued here). A manager approves a return waiting for
it from here; a clerk who may take returns hands money back later for an
approved return with none handed back yet ("Refund…"); any clerk prints a
return's receipt.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import models as _models
from ...service.return_types import ReturnView
from .words import ReturnSay

WHICH, STATE, LINES, VALUE, MONEY = range(5)
WAITING = "waiting_approval"
APPROVED = ("confirmed", "done")


def owes_money(view: ReturnView) -> bool:
    """Whether ``view`` is approved with no money handed back yet (its refund may follow)."""
    refund = view.refund
    none_yet = refund is None or refund.payment_id is None or refund.amount <= 0
    return view.state in APPROVED and none_yet and view.refund_state not in ("queued", "sent")


class ReturnsStrip(QWidget):
    """The order's returns; ``approve_requested``, ``refund_requested`` and ``print_requested`` name its key."""

    approve_requested = Signal(str)
    refund_requested = Signal(str)
    print_requested = Signal(str)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.currency = "XAF"
        self.say = ReturnSay(self)
        self.views: list[ReturnView] = []
        self._may_approve = False
        self._may_refund = False
        self._read_only = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight:600")
        layout.addWidget(self.title)
        titles = [self.tr("Return"), self.tr("Where it stands"), self.tr("Lines"), self.tr("Value"), self.tr("Money")]
        self.table = QTableWidget(0, len(titles), self)
        self.table.setHorizontalHeaderLabels(titles)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(LINES, QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(120)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.approve_button = QPushButton(self.tr("Approve"), self)
        self.approve_button.setToolTip(self.tr("Restocks the goods and recalculates the bill on Genuka"))
        self.approve_button.clicked.connect(lambda: self._ask(self.approve_requested))
        self.refund_button = QPushButton(self.tr("Refund…"), self)
        self.refund_button.setToolTip(self.tr("Hand the money back now, on one of the order's payments"))
        self.refund_button.clicked.connect(lambda: self._ask(self.refund_requested))
        self.print_button = QPushButton(self.tr("Print return receipt…"), self)
        self.print_button.clicked.connect(lambda: self._ask(self.print_requested))
        row.addWidget(self.approve_button)
        row.addWidget(self.refund_button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.hide()

    def load(self, views: Sequence[ReturnView], currency: str, *, may_approve: bool, may_refund: bool = False) -> None:
        """Show ``views`` (hidden when there are none); ``may_approve``: the clerk may approve returns;
        ``may_refund``: they may take returns (and so hand money back)."""
        chosen = self.selected()
        self.views = list(views)
        self.currency = currency
        self._may_approve = may_approve
        self._may_refund = may_refund
        self.title.setText(self.tr("Returns (%n)", "", len(self.views)))
        self.table.setRowCount(len(self.views))
        for row, view in enumerate(self.views):
            cells = {
                WHICH: view.reference or self.tr("queued"),
                STATE: self.say.state(view.state),
                LINES: ", ".join(
                    f"{quantity} × {title} ({self.say.reason(reason)})" for title, quantity, reason, _ in view.lines
                ),
                VALUE: self.money(view.value),
                MONEY: self.money_text(view),
            }
            for column, text in cells.items():
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, view.key)
                if column == VALUE:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if view.state == WAITING:
                    item.setForeground(Qt.GlobalColor.darkYellow)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(LINES, QHeaderView.ResizeMode.Stretch)
        keys = [view.key for view in self.views]
        pick = (
            keys.index(chosen)
            if chosen in keys
            else next((n for n, view in enumerate(self.views) if view.state == WAITING), len(keys) - 1)
        )
        if keys:
            self.table.selectRow(pick)
        self.setVisible(bool(self.views))
        self._selection_changed()

    def money(self, amount: Decimal | None) -> str:
        """An amount in the order's currency."""
        return _models.format_money(amount, self.currency, self.language)

    def money_text(self, view: ReturnView) -> str:
        """The money of a return: how much goes back and where that stands, or the credit note."""
        refund = view.refund
        if refund is None or refund.payment_id is None or refund.amount <= 0:
            return self.tr("credit note")
        state = self.say.refund_state(view.refund_state)
        return f"{self.money(refund.amount)} · {state}" if state else self.money(refund.amount)

    def set_read_only(self, read_only: bool) -> None:
        """Lock approving (printing stays)."""
        self._read_only = read_only
        self._selection_changed()

    def selected(self) -> str | None:
        """The key of the return selected."""
        items = self.table.selectedItems()
        return str(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def selected_view(self) -> ReturnView | None:
        """The return selected."""
        key = self.selected()
        return next((view for view in self.views if view.key == key), None)

    def _selection_changed(self) -> None:
        view = self.selected_view()
        waiting = view is not None and view.state == WAITING
        self.approve_button.setVisible(self._may_approve and not self._read_only)
        self.approve_button.setEnabled(waiting)
        owed = any(owes_money(v) for v in self.views)
        self.refund_button.setVisible(self._may_refund and not self._read_only and owed)
        self.refund_button.setEnabled(view is not None and owes_money(view))
        self.print_button.setEnabled(view is not None)

    def _ask(self, signal: SignalInstance) -> None:
        key = self.selected()
        if key is not None:
            signal.emit(key)
