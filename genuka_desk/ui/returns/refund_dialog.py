"""Refund…: money handed back later for a return approved without any.

The return's value and the order's payments, as in the return dialog: the
money goes back on one of them (cash goes through the till), the amount starts
at what the service says can go back (``service.returns.refundable_for``: the
return's value, never more than was paid beyond the order's total) and may be
lowered. Saving queues the refund through
``service.returns.refund`` on the bridge; a refusal is said here, the dialog
still open.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ... import models as _models
from ... import service as _service
from ...service.return_types import RefundChoice, RefundSource, ReturnDraft, ReturnView
from ..bridge import ServiceBridge
from ..labels import method_label
from ..parts import MoneyEdit, with_currency
from ..refusal_words import RefusalWords
from .words import ReturnSay


class RefundDialog(QDialog):
    """Money back for one approved return; ``refunded`` gives the return once the service has queued it."""

    refunded = Signal(object)  # the ReturnView the service answered

    def __init__(
        self,
        service: _service.OrderService,
        bridge: ServiceBridge,
        order_id: str,
        view: ReturnView,
        *,
        locale: str = "fr",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.bridge = bridge
        self.order_id = order_id
        self.view = view
        self.language = locale
        self.say = ReturnSay(self)
        self.draft: ReturnDraft = service.returns.draft(order_id)
        self._saving = False
        which = view.reference or self.say.state("queued")
        self.setWindowTitle(self.tr("Refund a return — %s") % which)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        lines = QLabel(
            ", ".join(f"{quantity} × {title} ({self.say.reason(reason)})" for title, quantity, reason, _ in view.lines),
            self,
        )
        lines.setWordWrap(True)
        form.addRow(self.tr("Lines"), lines)
        value = QLabel(f"<b>{self.money(view.value)}</b>", self)
        value.setTextFormat(Qt.TextFormat.RichText)
        form.addRow(self.tr("Value returned"), value)
        self.source = QComboBox(self)
        for source in self.draft.sources:
            self.source.addItem(self.source_text(source), source.payment_id)
        source_label = QLabel(self.tr("&Money back on"), self)
        source_label.setBuddy(self.source)
        form.addRow(source_label, self.source)
        self.amount = MoneyEdit(self, self.draft.currency, locale)
        self.refusal = ""  # the service's word when it cannot say what goes back (the return gone meanwhile)
        try:
            self.most = service.returns.refundable_for(order_id, view.key)  # judged again on saving
        except _service.ServiceError as exc:
            self.most, self.refusal = Decimal(0), RefusalWords(self).text(exc.message)
        self.amount.set_amount(self.most)
        amount_label = QLabel(self.tr("&Amount handed back"), self)
        amount_label.setBuddy(self.amount)
        form.addRow(amount_label, with_currency(self.amount))
        self.till_note = QLabel(self.tr("Taken out of the till's cash."), self)
        self.till_note.setStyleSheet("color:#555")
        form.addRow("", self.till_note)
        layout.addLayout(form)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color:#b3261e")
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.addButton(self.tr("&Refund"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.source.currentIndexChanged.connect(self._refresh)
        self.amount.textChanged.connect(self._refresh)
        self._refresh()

    def money(self, amount: Decimal | None) -> str:
        """An amount in the order's currency, in the clerk's language."""
        return _models.format_money(amount, self.draft.currency, self.language)

    def source_text(self, source: RefundSource) -> str:
        """A payment money can go back on: its way, what is left of it, and the till for cash."""
        way = self.say.cash() if source.is_cash else (source.method_label or method_label(source.method))
        left = self.tr("%s left") % self.money(source.amount)
        if source.is_cash:
            return self.tr("%s · %s · through the till") % (way, left)
        return f"{way} · {left}"

    def chosen_source(self) -> RefundSource | None:
        """The payment the money goes back on."""
        payment_id = self.source.currentData()
        return next((s for s in self.draft.sources if s.payment_id == payment_id), None)

    def problems(self) -> list[str]:
        """What stops the refund, in the clerk's words (the service judges the rest)."""
        if not self.draft.may_take:
            return [self.tr("This login may not take returns on Genuka: ask a manager for the permission.")]
        if not self.draft.sources:
            return [self.tr("This order has no payment to hand money back on.")]
        if self.refusal:
            return [self.refusal]
        if self.most <= 0:
            return [self.tr("Nothing was paid beyond the order's total: there is no money to hand back.")]
        amount = self.amount.amount()
        if amount is None or amount <= 0:
            return [self.tr("The amount handed back must be a number above 0.")]
        return []

    def _refresh(self, *_: object) -> None:
        if self._saving:
            return
        source = self.chosen_source()
        self.till_note.setVisible(source is not None and source.is_cash)
        problems = self.problems()
        self.save_button.setEnabled(not problems)
        self.problem.setText(problems[0] if problems else "")

    def save(self) -> None:
        """Hand the refund to the service (queued: shown at once, sent by the sync); the dialog closes then."""
        source = self.chosen_source()
        amount = self.amount.amount()
        if self._saving or self.problems() or source is None or amount is None:
            return
        self._saving = True
        self.save_button.setEnabled(False)
        work = self.service.returns.refund(self.order_id, self.view.key, RefundChoice(source.payment_id, amount))
        self.bridge.run(work, self._done, self._refused)

    def _done(self, view: ReturnView) -> None:
        self._saving = False
        self.refunded.emit(view)
        self.accept()

    def _refused(self, exc: Exception) -> None:
        self._saving = False
        self.problem.setText(self.bridge.message_of(exc, self.tr("The refund could not be queued.")))
        self.save_button.setEnabled(not self.problems())
