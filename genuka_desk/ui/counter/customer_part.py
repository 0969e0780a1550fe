"""The sale's customer: found as the clerk types a phone number or a name, or typed in as a new one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ... import models as _models
from ... import service as _service
from ...models.phone import phone_text
from ..parts import INVALID_STYLE, SearchField


class CustomerPart(QGroupBox):
    """Who buys; ``picked`` says a known customer was chosen, ``done`` that the clerk moves on."""

    changed = Signal()
    picked = Signal(str)  # the customer's id
    done = Signal()
    show_customer = Signal(str)  # the clerk asks for the customer's orders

    def __init__(self, service: _service.OrderService, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Customer"), parent)
        self.service = service
        self.customer_id: str | None = None
        layout = QVBoxLayout(self)
        self.search = SearchField(self, self.tr("Phone or name…"), 110)
        self.results = self.search.results
        self.search.typed.connect(self._find)
        self.search.activated.connect(self._pick)
        known = QHBoxLayout()
        self.label = QLabel(self)
        self.history_button = QPushButton(self.tr("Orders and balance…"), self)
        self.history_button.setEnabled(False)
        self.history_button.clicked.connect(lambda: self.show_customer.emit(self.customer_id or ""))
        known.addWidget(self.label, 1)
        known.addWidget(self.history_button)
        form = QFormLayout()
        self.first_name = QLineEdit(self)
        self.last_name = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.phone.setPlaceholderText("6 99 12 34 56")
        form.addRow(self.tr("First name"), self.first_name)
        form.addRow(self.tr("Last name"), self.last_name)
        form.addRow(self.tr("Phone"), self.phone)
        for edit in (self.first_name, self.last_name, self.phone):
            edit.textEdited.connect(self._typed)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addLayout(known)
        layout.addLayout(form)

    def reset(self) -> None:
        """Nobody yet."""
        self.customer_id = None
        for edit in (self.search, self.first_name, self.last_name, self.phone):
            edit.clear()
        self.label.clear()
        self.search.show_results([])
        self.history_button.setEnabled(False)
        self.mark(set())

    def load(self, customer: _models.NewCustomer) -> None:
        """Show a sale's customer (a sale being corrected)."""
        self.reset()
        self.customer_id = customer.id
        self.first_name.setText(customer.first_name)
        self.last_name.setText(customer.last_name)
        self.phone.setText(customer.phone or "")
        self.label.setText(self.tr("Known customer: %s") % customer.name if customer.id else self.tr("New customer"))
        self.history_button.setEnabled(bool(customer.id))

    def customer(self) -> _models.NewCustomer:
        """The customer as the part shows them (the phone in its normal form when it is one)."""
        return _models.NewCustomer(
            id=self.customer_id,
            first_name=self.first_name.text().strip(),
            last_name=self.last_name.text().strip(),
            phone=_models.normal_phone(self.phone.text()) or (self.phone.text().strip() or None),
        )

    def choose(self, row: _service.CustomerRow) -> None:
        """This known customer buys."""
        self.customer_id = row.id
        first, _, last = row.name.partition(" ")
        self.first_name.setText(first)
        self.last_name.setText(last)
        self.phone.setText(phone_text(row.phone))
        self.label.setText(self.tr("Known customer: %s") % f"{row.name} {phone_text(row.phone)}".strip())
        self.history_button.setEnabled(True)
        self.search.show_results([])
        self.picked.emit(row.id)
        self.changed.emit()
        self.done.emit()

    def mark(self, names: set[str]) -> None:
        """A red frame on the fields ``names`` (``first_name``, ``phone``...)."""
        for name, edit in (("first_name", self.first_name), ("last_name", self.last_name), ("phone", self.phone)):
            edit.setStyleSheet(INVALID_STYLE if name in names else "")

    def _find(self, text: str) -> None:
        found = self.service.customers.search(text, limit=8) if len(text.strip()) >= 2 else []
        self.search.show_results((f"{row.name}   {phone_text(row.phone)}".strip(), row) for row in found)

    def _pick(self) -> None:
        self.search.flush()
        row = self.search.chosen()
        if row is not None:
            self.choose(row)
            return
        # Nobody known: what was typed starts a new customer (a number is a phone, else a name).
        text = self.search.text().strip()
        if _models.normal_phone(text):
            self.phone.setText(text)
        elif text:
            first, _, last = text.partition(" ")
            self.first_name.setText(first)
            self.last_name.setText(last)
        self._typed()
        self.done.emit()

    def _typed(self, *_: Any) -> None:
        self.customer_id = None  # edited by hand: a new customer (the server matches a known phone)
        self.label.setText(self.tr("New customer"))
        self.history_button.setEnabled(False)
        self.changed.emit()
