"""The editor's conflict view: the clerk's values beside a colleague's, and the choice between them."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import models as _models
from ... import service as _service
from ..change_words import key_label, key_value


class ConflictPart(QGroupBox):
    """Shown while a change of the order is in conflict; ``resolve(change_id, keep)`` settles it."""

    resolve = Signal(str, str)  # change id, Keep

    def __init__(self, language: str = "fr", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.setTitle(self.tr("A colleague changed the same fields"))
        self.setStyleSheet("QGroupBox{color:#b3261e;font-weight:bold}")
        layout = QVBoxLayout(self)
        # Only when the program cannot tell whether an unanswered try was made and undone since.
        self.unsure = QLabel(
            self.tr(
                "This change was sent without an answer, and the order was changed on the server since: "
                "it may have been made and then changed back by a colleague. Check the order, then choose."
            ),
            self,
        )
        self.unsure.setWordWrap(True)
        self.unsure.setStyleSheet("font-weight:normal")
        self.unsure.hide()
        layout.addWidget(self.unsure)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Mine"), self.tr("Theirs (server)")])
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.keep_mine = QPushButton(self.tr("Keep mine"), self)
        self.take_theirs = QPushButton(self.tr("Take theirs"), self)
        self.change_id: str | None = None
        self.keep_mine.clicked.connect(lambda: self._settle(_models.Keep.MINE))
        self.take_theirs.clicked.connect(lambda: self._settle(_models.Keep.THEIRS))
        buttons.addStretch(1)
        buttons.addWidget(self.keep_mine)
        buttons.addWidget(self.take_theirs)
        layout.addLayout(buttons)
        self.hide()

    def load(self, order: _models.Order, active: list[_service.Change]) -> None:
        """Show the first change of ``order`` in conflict among its ``active`` changes (hidden when none)."""
        conflicts = [c for c in active if c.state is _service.ChangeState.CONFLICT and c.order_id == str(order.id)]
        self.setVisible(bool(conflicts))
        self.change_id = conflicts[0].id if conflicts else None
        self.table.setRowCount(0)
        if not conflicts:
            return
        change = conflicts[0]
        self.setTitle(
            self.tr("Sent without an answer, then changed on the server")
            if change.unsure
            else self.tr("A colleague changed the same fields")
        )
        self.unsure.setVisible(change.unsure)
        mine = change.edit.intended()
        currency = order.currency_code
        for key, theirs in change.theirs.items():
            row = self.table.rowCount()
            self.table.insertRow(row)
            texts = (
                key_label(key, order),
                key_value(key, mine.get(key), currency, self.language),
                key_value(key, theirs, currency, self.language),
            )
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def set_read_only(self, read_only: bool) -> None:
        """A reader sees the conflict but cannot settle it."""
        self.keep_mine.setEnabled(not read_only)
        self.take_theirs.setEnabled(not read_only)

    def _settle(self, keep: _models.Keep) -> None:
        if self.change_id is not None:
            self.resolve.emit(self.change_id, keep.value)
