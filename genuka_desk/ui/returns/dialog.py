"""Take a return…: the order's lines and how many come back, why, the value, and the money handed back.

Opened on ``service.returns.draft`` (the local copy: offline too, and
quick). Each line says what was sold and already returned; its spin box is
capped at what can still come back, and a line with no known variant says
why it cannot. The value coming back is ``service.returns.value_of`` (the
service's rule, rounded once). The refund goes on one of the order's payments
(cash goes through the till) or nowhere now (the server's credit note stands);
its amount starts at ``service.returns.suggest_refund`` and may be changed: the
service refuses what is too much, or lines a sync took back meanwhile, in a
sentence shown here in the clerk's words. "Approve now" is
offered to a clerk who may approve. Saving queues the return through
``service.returns.take`` on the bridge: the GUI never waits.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import models as _models
from ... import service as _service
from ...service.return_types import RefundChoice, RefundSource, ReturnChoice, ReturnDraft, ReturnView
from ..bridge import ServiceBridge
from ..labels import method_label
from ..parts import MoneyEdit, with_currency
from ..refusal_words import RefusalWords
from .words import ReturnSay

ITEM, SOLD, RETURNED, BACK, REASON, COMMENT = range(6)
NO_MONEY = ""  # the refund choice's data for "no money now (credit note)"


class ReturnDialog(QDialog):
    """One return on one order; ``taken`` gives the return once the service has queued it."""

    taken = Signal(object)  # the ReturnView the service answered

    def __init__(
        self,
        service: _service.OrderService,
        bridge: ServiceBridge,
        order_id: str,
        *,
        locale: str = "fr",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.bridge = bridge
        self.order_id = order_id
        self.language = locale
        self.say = ReturnSay(self)
        self.draft: ReturnDraft = service.returns.draft(order_id)
        self._amount_typed = False  # the clerk changed the amount: a change of lines no longer replaces it
        self._valued = Decimal(0)  # the lines coming back, as the service values them
        self.refusal = ""  # the service's refusal of the lines chosen (a sync brought a web return meanwhile...)
        self._saving = False
        draft = self.draft
        self.setWindowTitle(self.tr("Take a return — %s") % draft.order_reference)
        self.setMinimumWidth(720)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setText(
            self.tr("Order <b>%s</b> · total %s · paid %s")
            % (draft.order_reference, self.money(draft.total), self.money(draft.paid))
        )
        layout.addWidget(self.summary)
        self.why_not = QLabel(RefusalWords(self).text(draft.why_not) if draft.why_not else "", self)
        self.why_not.setWordWrap(True)
        self.why_not.setStyleSheet("color:#8a5a00")
        self.why_not.setVisible(bool(draft.why_not))
        layout.addWidget(self.why_not)

        titles = [
            self.tr("Item"),
            self.tr("Sold"),
            self.tr("Returned"),
            self.tr("Coming back"),
            self.tr("Reason"),
            self.tr("Comment"),
        ]
        self.table = QTableWidget(len(draft.lines), len(titles), self)
        self.table.setHorizontalHeaderLabels(titles)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COMMENT, QHeaderView.ResizeMode.Stretch)
        self.spins: list[QSpinBox] = []
        self.reasons: list[QComboBox] = []
        self.comments: list[QLineEdit] = []
        reason_words = self.say.reasons()
        for row, line in enumerate(draft.lines):
            item = QTableWidgetItem(f"{line.index}. {line.title}")
            cannot = line.variant_id is None
            if cannot:
                item.setToolTip(self.tr("This line cannot be returned yet: its product is not known to Genuka."))
                item.setForeground(Qt.GlobalColor.gray)
            self.table.setItem(row, ITEM, item)
            for column, number in ((SOLD, line.sold), (RETURNED, line.returned)):
                cell = QTableWidgetItem(str(number))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, cell)
            spin = QSpinBox(self.table)
            spin.setRange(0, 0 if cannot else max(0, line.returnable))
            spin.setEnabled(not cannot and line.returnable > 0)
            spin.setToolTip(self.tr("At most %n can come back.", "", max(0, line.returnable)))
            spin.valueChanged.connect(self._lines_changed)
            self.table.setCellWidget(row, BACK, spin)
            reason = QComboBox(self.table)
            for key, words in reason_words.items():
                reason.addItem(words, key)
            reason.setEnabled(spin.isEnabled())
            self.table.setCellWidget(row, REASON, reason)
            comment = QLineEdit(self.table)
            comment.setMaxLength(500)  # the reference's max:500 (R/07:1252)
            comment.setPlaceholderText(self.tr("optional"))
            comment.setEnabled(spin.isEnabled())
            self.table.setCellWidget(row, COMMENT, comment)
            self.spins.append(spin)
            self.reasons.append(reason)
            self.comments.append(comment)
        self.table.resizeColumnsToContents()
        header.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        # As tall as its lines (up to eight; more scroll): no empty well under a short order.
        rows = sum(self.table.rowHeight(n) for n in range(min(len(draft.lines), 8)))
        height = header.sizeHint().height() + rows + 2 * self.table.frameWidth()
        self.table.setMinimumHeight(height)
        if len(draft.lines) <= 8:
            self.table.setMaximumHeight(height)
        layout.addWidget(self.table, 1)

        form = QFormLayout()
        self.value = QLabel(self)
        self.value.setTextFormat(Qt.TextFormat.RichText)
        form.addRow(self.tr("Value coming back"), self.value)
        self.source = QComboBox(self)
        for source in draft.sources:
            self.source.addItem(self.source_text(source), source.payment_id)
        self.source.addItem(self.say.no_refund(), NO_MONEY)
        self.source.setCurrentIndex(0)
        source_label = QLabel(self.tr("&Money back on"), self)
        source_label.setBuddy(self.source)
        form.addRow(source_label, self.source)
        self.amount = MoneyEdit(self, draft.currency, locale)
        amount_label = QLabel(self.tr("&Amount handed back"), self)
        amount_label.setBuddy(self.amount)
        form.addRow(amount_label, with_currency(self.amount))
        self.till_note = QLabel(self.tr("Taken out of the till's cash."), self)
        self.till_note.setStyleSheet("color:#555")
        form.addRow("", self.till_note)
        self.comment = QLineEdit(self)
        self.comment.setMaxLength(500)
        self.comment.setPlaceholderText(self.tr("optional, for the whole return"))
        comment_label = QLabel(self.tr("C&omment"), self)
        comment_label.setBuddy(self.comment)
        form.addRow(comment_label, self.comment)
        layout.addLayout(form)
        self.approve = QCheckBox(self.tr("A&pprove now (restocks and recalculates the bill)"), self)
        self.approve.setChecked(draft.may_approve)
        self.approve.setEnabled(draft.may_approve)
        if not draft.may_approve:
            self.approve.setToolTip(self.tr("A manager approves it later: this login may not approve returns."))
        layout.addWidget(self.approve)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color:#b3261e")
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.addButton(self.tr("&Take the return"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.approve.toggled.connect(self._approve_toggled)
        self.source.currentIndexChanged.connect(self._source_changed)
        self.amount.textEdited.connect(self._amount_edited)
        self.amount.textChanged.connect(self._refresh)
        self._lines_changed()
        self._approve_toggled(self.approve.isChecked())

    # -- what is shown -----------------------------------------------------------

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

    def choices(self) -> list[ReturnChoice]:
        """The lines coming back, as the clerk set them (none at zero)."""
        chosen = []
        for line, spin, reason, comment in zip(self.draft.lines, self.spins, self.reasons, self.comments, strict=True):
            if line.variant_id is not None and spin.value() > 0:
                chosen.append(
                    ReturnChoice(line.variant_id, spin.value(), str(reason.currentData()), comment.text().strip())
                )
        return chosen

    def value_back(self) -> Decimal:
        """What the lines coming back are worth, as the service values them (0 when it refuses them)."""
        return self._valued

    def refund(self) -> RefundChoice | None:
        """The money handed back (None: none now, the credit note stands), or None when its amount is unreadable."""
        payment_id = str(self.source.currentData() or NO_MONEY)
        amount = self.amount.amount()
        if payment_id == NO_MONEY or amount is None or amount <= 0:
            return None
        return RefundChoice(payment_id, amount)

    def problems(self) -> list[str]:
        """What stops the return being taken, in the clerk's words (the service judges the rest)."""
        if not self.draft.may_take:
            return [self.tr("This login may not take returns on Genuka: ask a manager for the permission.")]
        if self.draft.why_not:
            return [RefusalWords(self).text(self.draft.why_not)]
        if not self.choices():
            return [self.tr("Choose how many of a line come back.")]
        if self.refusal:
            return [self.refusal]
        if self.source.currentData() != NO_MONEY and not self.amount.is_blank() and self.amount.amount() is None:
            return [self.tr("The amount handed back must be a number.")]
        return []

    def _lines_changed(self, *_: object) -> None:
        self.refusal = ""
        try:
            self._valued = self.service.returns.value_of(self.order_id, self.choices())
        except _service.ServiceError as exc:
            self._refused_now(exc)
        self.value.setText(f"<b>{self.money(self.value_back())}</b>")
        if not self.refusal and not self._amount_typed and self.source.currentData() != NO_MONEY:
            self._suggest()
        self._refresh()

    def _suggest(self) -> None:
        chosen = self.choices()
        try:
            suggested = self.service.returns.suggest_refund(self.order_id, chosen) if chosen else Decimal(0)
        except _service.ServiceError as exc:
            self._refused_now(exc)
            return
        self.amount.set_amount(suggested)

    def _refused_now(self, exc: _service.ServiceError) -> None:
        """The service refused the lines as chosen: said in the clerk's words, nothing valued, Save held."""
        self._valued = Decimal(0)
        self.refusal = RefusalWords(self).text(exc.message)

    def _amount_edited(self, *_: object) -> None:
        self._amount_typed = True

    def _source_changed(self, *_: object) -> None:
        payment_id = self.source.currentData()
        money = payment_id != NO_MONEY
        self.amount.setEnabled(money)
        if not money:
            self.amount.set_amount(None)
        elif not self._amount_typed:
            self._suggest()
        source = self.chosen_source()
        self.till_note.setVisible(source is not None and source.is_cash)
        self._refresh()

    def _approve_toggled(self, approving: bool) -> None:
        # Money goes back behind the approval: without it, the credit note stands until a manager approves.
        if not approving:
            self.source.setCurrentIndex(self.source.findData(NO_MONEY))
        self.source.setEnabled(approving)
        self.source.setToolTip(
            "" if approving else self.tr("Money goes back once the return is approved: refund it after the approval.")
        )
        self._source_changed()

    def chosen_source(self) -> RefundSource | None:
        """The payment the money goes back on (None: no money now)."""
        payment_id = self.source.currentData()
        return next((s for s in self.draft.sources if s.payment_id == payment_id), None)

    def _refresh(self, *_: object) -> None:
        if self._saving:
            return
        problems = self.problems()
        self.save_button.setEnabled(not problems)
        self.save_button.setToolTip(problems[0] if problems else "")
        if problems and self.choices():
            self.problem.setText(problems[0])
        elif not problems:
            self.problem.setText("")

    # -- saving -------------------------------------------------------------------

    def save(self) -> None:
        """Hand the return to the service (queued: shown at once, sent by the sync); the dialog closes then."""
        if self._saving or self.problems():
            return
        self._saving = True
        self.save_button.setEnabled(False)
        self.problem.setText(self.tr("Queuing the return…"))
        work = self.service.returns.take(
            self.order_id,
            self.choices(),
            self.refund(),
            comment=self.comment.text().strip(),
            approve=self.approve.isChecked() and self.draft.may_approve,
        )
        self.bridge.run(work, self._taken, self._refused)

    def _taken(self, view: ReturnView) -> None:
        self._saving = False
        self.taken.emit(view)
        self.accept()

    def _refused(self, exc: Exception) -> None:
        self._saving = False
        self.problem.setText(self.bridge.message_of(exc, self.tr("The return could not be queued.")))
        self.save_button.setEnabled(not self.problems())
