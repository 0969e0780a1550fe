"""Open the till: the drawer counted bill by bill and coin by coin, the cash account if there are several, notes.

Enter opens it: the session is shown at once and its opening queued (sent
by the sync, offline too). A till that cannot be opened says why (no cash
control, nothing synced yet, one already open) instead of tracing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ... import service as _service
from ..bridge import ServiceBridge
from .count_table import CountTable
from .error_line import ErrorLine
from .words import TillWords

if TYPE_CHECKING:
    from ...service.till import TillView


class OpenTillDialog(QDialog):
    """The opening count; :attr:`view` is the session opened, once accepted."""

    def __init__(
        self,
        service: _service.OrderService,
        bridge: ServiceBridge,
        *,
        language: str = "fr",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service, self.bridge, self.language = service, bridge, language
        self.words = TillWords(self)
        self.view: TillView | None = None
        till = service.till
        self.setWindowTitle(self.tr("Open the till"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Count the cash in the drawer: how many of each bill and coin (Tab to go on)."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.account = QComboBox(self)
        for account_id, label in till.cash_accounts():
            self.account.addItem(label, account_id)
        form.addRow(self.tr("Cash account"), self.account)
        self.account.setVisible(self.account.count() > 1)  # one account: nothing to choose
        form.labelForField(self.account).setVisible(self.account.count() > 1)
        layout.addLayout(form)
        self.table = CountTable(till.denominations(), till.currency(), language, self)
        layout.addWidget(self.table)
        self.notes = QLineEdit(self)
        self.notes.setPlaceholderText(self.tr("Notes (optional)"))
        self.notes.setMaxLength(500)  # the reference's limit for metadata.notes
        layout.addWidget(self.notes)
        self.error = ErrorLine(self)  # a refusal grows the dialog: the count typed does not move
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.open_button = self.buttons.addButton(self.tr("Open the till"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        last = self.table.last()
        if last is not None:
            QWidget.setTabOrder(last, self.notes)
        self._explain_dead_end()
        first = self.table.first()
        if first is not None:
            first.setFocus()

    def _explain_dead_end(self) -> None:
        """When the till cannot be opened here, say so at once (and the button stays off)."""
        till = self.service.till
        if till.available() is False:
            self.show_error(self.words.no_cash_control())
        elif not self.table.boxes:
            self.show_error(self.tr("The bills and coins are not known yet: sync once with the server."))
        elif self.account.count() == 0:
            self.show_error(self.words.no_account())
        else:
            return
        self.open_button.setEnabled(False)

    def show_error(self, text: str) -> None:
        """Why the till was not opened, under the count."""
        self.error.say(text)

    def accept(self) -> None:
        """Open the till with the count (kept open with the reason when it cannot)."""
        if not self.open_button.isEnabled():
            return
        from ...service.till import TillError

        account = self.account.currentData()
        try:
            self.view = self.service.till.open(
                self.table.counts(), str(account) if account else None, self.notes.text().strip()
            )
        except TillError as exc:
            self.show_error(self.words.refusal(exc, self.bridge.message_of(exc)))
            return
        super().accept()
