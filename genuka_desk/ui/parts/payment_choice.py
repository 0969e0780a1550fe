"""The way of paying and the treasury account, from the company's payment methods."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from ... import models as _models
from ..labels import account_label, method_label

NONE_SHOWN = "—"


class PaymentChoice(QObject):
    """Two drop-downs, a method and an account; ``follow`` makes the account follow the method chosen."""

    changed = Signal()

    def __init__(self, parent: QWidget, *, follow: bool = False) -> None:
        super().__init__(parent)
        self.method = QComboBox(parent)
        self.account = QComboBox(parent)
        self._accounts: dict[str, str] = {}  # a method's value -> its treasury account
        self._follow = follow
        self.method.currentIndexChanged.connect(self._method_changed)
        self.account.currentIndexChanged.connect(self.changed)

    def fill(
        self,
        methods: list[_models.PaymentMethod],
        method: str | None = None,
        account: str | None = None,
        *,
        blank: bool = True,
    ) -> None:
        """List ``methods`` and select ``method`` and ``account``.

        A value not among them is listed as it is (reopening and saving then
        changes nothing); ``blank`` offers "—" when nothing is chosen yet.
        """
        for combo in (self.method, self.account):
            combo.blockSignals(True)
            combo.clear()
        rows: dict[str, int] = {}  # a method's id and account id -> its row (for orders that name it so)
        self._accounts = {}
        for entry in methods:
            value = entry.processor or entry.name
            if value and self.method.findData(value) < 0:
                self.method.addItem(method_label(entry.processor, entry.name) or str(value), value)
                for alias in (entry.id, entry.treasury_account_id):
                    if alias:
                        rows.setdefault(alias, self.method.count() - 1)
                if entry.treasury_account_id:
                    self._accounts[value] = entry.treasury_account_id
            if entry.treasury_account_id and self.account.findData(entry.treasury_account_id) < 0:
                self.account.addItem(account_label(entry), entry.treasury_account_id)
        if method in rows and self.method.findData(method) < 0:
            # Some orders name their method by its id or its account's id: show the method's name
            # and keep the value as it is.
            self.method.setItemData(rows[method], method)
        for combo, current in ((self.method, method), (self.account, account)):
            if current and combo.findData(current) < 0:
                combo.addItem(str(current), current)
            if not current and blank:
                combo.insertItem(0, NONE_SHOWN, None)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
            combo.blockSignals(False)

    def add_method(self, label: str, value: str, row: int = 0) -> None:
        """Offer a way of paying the company's list lacks (cash, at the counter)."""
        if self.method.findData(value) < 0:
            self.method.insertItem(row, label, value)

    def method_value(self) -> str | None:
        """The chosen method's value (a processor name, ``cash``...), None for "—"."""
        value = self.method.currentData()
        return None if value is None else str(value)

    def account_value(self) -> str | None:
        """The chosen treasury account's id, None for "—"."""
        value = self.account.currentData()
        return None if value is None else str(value)

    def _method_changed(self, _: int) -> None:
        if self._follow:
            account = self._accounts.get(self.method_value() or "")
            row = self.account.findData(account) if account else self.account.findData(None)
            if row >= 0:
                self.account.setCurrentIndex(row)
        self.changed.emit()
