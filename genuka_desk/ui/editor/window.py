"""The order editor window: the parts joined into one edit, checked, previewed and saved.

Non-modal; one window per order. The parts are read into an
:class:`OrderEdit` (only what differs from the order as shown), validated
with the models' rules and previewed with the models' totals; Save hands it
to the service.
"""

from __future__ import annotations

import time
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QTabWidget, QVBoxLayout

from ... import models as _models
from ... import service as _service
from ...models.phone import phone_text
from .. import questions
from ..bridge import ServiceBridge
from ..change_words import change_lines, field_errors_lines
from ..dates import moment_text
from ..held_words import HeldWords
from ..labels import billing_label, document_label, shipping_label, source_label
from ..payment_dialog import PaymentDialog
from ..product_picker import ProductPicker
from ..refusal_words import RefusalWords
from ..returns.strip import ReturnsStrip, owes_money
from ..service_window import ServiceWindow
from .addresses_part import AddressesPart
from .billing_part import BillingPart
from .conflict_part import ConflictPart
from .history_part import HistoryPart
from .lines_part import LinesPart
from .messages import EditorMessages
from .payments_part import PaymentsPart


class OrderEditor(ServiceWindow):
    """One order, editable (or read-only), in its own window.

    ``customer_requested`` asks for the customer's orders and balance,
    ``fix_sale_requested`` for a sale not created yet in the sale window, and
    ``print_requested`` for its documents (the main window opens them).
    """

    customer_requested = Signal(str)
    fix_sale_requested = Signal(str)
    print_requested = Signal(str)
    send_requested = Signal(str)  # "Send to the customer…": Genuka's e-mail, WhatsApp
    return_print_requested = Signal(str, str)  # "Print return receipt…": the order's id, the return's key

    def __init__(
        self,
        service: _service.OrderService,
        bridge: ServiceBridge,
        order_id: str,
        *,
        locale: str = "fr",
        read_only: bool = False,
    ) -> None:
        super().__init__(service, bridge, locale)
        self.order_id = order_id
        self.read_only = read_only
        order = service.orders.cached(order_id)
        if order is None:
            raise KeyError(order_id)
        self.order: _models.Order = order
        self._loading = False
        self._close_after_save = False
        self._splittable: str | None = None  # a refused change whose accepted part can go alone
        self._refused_id: str | None = None  # the refused change the strip's buttons act on
        self._unreadable: set[str] = set()
        self._history_asked: float | None = None  # when the server's history was last asked (None: not yet)
        self._history_ask = 0  # the number of the last ask: its answer alone is shown
        self.messages = EditorMessages(self)
        self.resize(900, 680)
        self._build()
        self.load(order)
        bridge.ordersChanged.connect(self._orders_changed)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence.StandardKey.Print, self, lambda: self.print_requested.emit(self.order_id))
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.refresh_from_server()

    # -- layout ----------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        top = QHBoxLayout()
        self.header = QLabel(self)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.customer_button = QPushButton(self.tr("Customer…"), self)
        self.customer_button.clicked.connect(self._customer_clicked)
        self.fix_sale_button = QPushButton(self.tr("Correct the sale…"), self)
        self.fix_sale_button.clicked.connect(lambda: self.fix_sale_requested.emit(self.order_id))
        self.fix_sale_button.hide()
        top.addWidget(self.header, 1)
        top.addWidget(self.fix_sale_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.customer_button, 0, Qt.AlignmentFlag.AlignTop)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setToolTip(self.tr("Receipt, invoice or delivery slip (Ctrl+P)"))
        self.print_button.clicked.connect(lambda: self.print_requested.emit(self.order_id))
        top.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignTop)
        self.send_button = QPushButton(self.tr("Send to the customer…"), self)
        self.send_button.setToolTip(self.tr("By Genuka's e-mail, or WhatsApp with the receipt's link"))
        self.send_button.clicked.connect(lambda: self.send_requested.emit(self.order_id))
        self.send_button.setEnabled(not self.read_only)
        top.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignTop)
        self.return_button = QPushButton(self.tr("Return…"), self)
        self.return_button.setToolTip(self.tr("Take goods back on this order, and hand the money back"))
        self.return_button.clicked.connect(self.take_return)
        top.addWidget(self.return_button, 0, Qt.AlignmentFlag.AlignTop)
        root.addLayout(top)
        self._held = HeldWords(self)
        self._refusals = RefusalWords(self)
        self.conflict = ConflictPart(self.language, self)
        self.conflict.resolve.connect(self.resolve)
        root.addWidget(self.conflict)
        self.refused = QLabel(self)
        self.refused.setWordWrap(True)
        self.refused.setStyleSheet("color:#b3261e")
        self.refused.hide()
        root.addWidget(self.refused)
        actions = QHBoxLayout()
        self.retry_button = QPushButton(self.tr("Send it again"), self)
        self.retry_button.setToolTip(self.tr("For a refusal of the moment: the same change goes out again"))
        self.retry_button.clicked.connect(self.retry_refused)
        self.undo_button = QPushButton(self.tr("Undo this change…"), self)
        self.undo_button.clicked.connect(self.undo_refused)
        self.keep_rest_button = QPushButton(self.tr("Send the rest, without the refused part"), self)
        self.keep_rest_button.clicked.connect(self.keep_rest)
        for button in (self.retry_button, self.undo_button, self.keep_rest_button):
            button.hide()
            actions.addWidget(button)
        actions.addStretch(1)
        root.addLayout(actions)
        self.returns = ReturnsStrip(self.language, self)  # hidden until the order has returns
        self.returns.approve_requested.connect(self.approve_return)
        self.returns.refund_requested.connect(self.refund_return)
        self.returns.print_requested.connect(lambda key: self.return_print_requested.emit(self.order_id, key))
        root.addWidget(self.returns)

        self.lines = LinesPart(self.language, self)
        self.lines.judge = self.service.manual_discounts.for_lines  # a discount, the manager's limit judged
        self.lines.code_judge = self.service.manual_discounts.code_on_order  # the service's: no cycle to this window
        self.lines.offer_judge = self.service.manual_discounts.offered_on
        self.lines.add_requested.connect(self.add_line)
        self.addresses = AddressesPart(self.messages, self)
        self.billing = BillingPart(self.language, self)
        self.billing.payment_asked.connect(lambda: self.take_payment(partly=True))  # "Partly paid", nothing paid
        self.history = HistoryPart(self.language, self)
        self.payments = PaymentsPart(self.language, self)
        self.payments.take_requested.connect(self.take_payment)
        self.payments.delete_requested.connect(self.delete_payment)
        for part in (self.lines, self.addresses, self.billing):
            part.changed.connect(self._changed)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.lines, self.tr("Lines"))
        self.tabs.addTab(self.addresses, self.tr("Addresses"))
        self.tabs.addTab(self.billing, self.tr("Billing and shipping"))
        self.tabs.addTab(self.payments, self.tr("Payments"))
        self.tabs.addTab(self.history, self.tr("History"))
        root.addWidget(self.tabs, 1)

        footer = QHBoxLayout()
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color:#b3261e")
        self.problem.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Undo edits"), self)
        self.revert_button.clicked.connect(self.revert)
        footer.addWidget(self.problem, 1)
        footer.addWidget(self.revert_button)
        footer.addWidget(self.save_button)
        root.addLayout(footer)

    # -- loading ---------------------------------------------------------------

    def load(self, order: _models.Order) -> None:
        """Show ``order`` and forget unsaved edits."""
        self._loading = True
        try:
            self.order = order
            self.lines.load(order)
            self.lines.show_gap(self.service.manual_discounts.code_gap(str(order.id)))
            self.addresses.load(order)
            self.billing.load(order)
        finally:
            self._loading = False
        self._show_header()
        self._show_changes()
        self._set_read_only()
        self._changed()

    def _show_header(self) -> None:
        order = self.order
        self.setWindowTitle(self.tr("Order %s") % (order.reference or order.id) + "[*]")  # [*]: unsaved edits
        key = self._customer_key()
        self.customer_button.setEnabled(bool(key) and self.service.customers.get(key) is not None)
        created = moment_text(order.created_at, self.language)  # the shop's country's way
        updated = moment_text(order.updated_at, self.language)
        document = document_label(order.state, order.cancelled)
        mark = f"<span style='color:#b3261e'>{document}</span>" if order.cancelled else document
        self.header.setText(
            f"<b style='font-size:15pt'>{escape(order.reference or '')}</b> &nbsp; {mark} &nbsp; "
            # The phone written as the list and known customers' are ("+237 699 55 44 33").
            f"{escape(order.customer_name)} &nbsp; {escape(phone_text(order.customer_phone))}<br>"
            + self.tr("Created %s · updated %s · source %s · payment %s · fulfilment %s")
            % (
                created,
                updated,
                source_label(order.source),
                billing_label(order.billing_status),
                shipping_label(order.shipping_status),
            )
        )

    def _show_changes(self) -> None:
        active = self.service.orders.changes_of(self.order_id)
        self.conflict.load(self.order, active)
        refused = [c for c in active if c.state is _service.ChangeState.FAILED]
        sale = next((c for c in active if c.kind is _service.ChangeKind.CREATE), None)
        self.fix_sale_button.setVisible(
            _models.is_local_id(self.order_id) and sale is not None and not sale.posted and not self.read_only
        )
        currency = self.order.currency_code
        held = [text for c in refused if (text := self._held.text(c.last_error, currency, self.language))]
        if held:
            # The desk held it (the money would not add up): its own words, not a server's refusal.
            self.refused.setText(held[0])
        elif sale is not None and sale.state is _service.ChangeState.FAILED:
            said = self._refusals.said(sale.last_error, currency, self.language)
            self.refused.setToolTip(self.tr("The server's words: %s") % said.detail if said.detail else "")
            self.refused.setText(
                self.tr("The server refused this sale: %s") % said.words
                + " "
                + self.tr("Correct the sale, then it is sent again; or discard it.")
            )
        elif refused:
            details = "; ".join(line for c in refused for line in field_errors_lines(c.field_errors, self.order))
            said = self._refusals.said(refused[0].last_error, currency, self.language)
            self.refused.setToolTip(self.tr("The server's words: %s") % said.detail if said.detail else "")
            what = "; ".join(change_lines(refused[0], self.order, self.language))
            self.refused.setText(
                (
                    self.tr("The server refused a change (%s): %s") % (what, said.words)
                    if what
                    else self.tr("The server refused a change: %s") % said.words
                )
                + (f" ({details})" if details else "")
                + " "
                + self.tr("Correct the values and save, send it again, or undo it.")
            )
        self.refused.setVisible(bool(refused))
        splittable = [c for c in refused if self.service.changes.accepted_part(c.id) is not None]
        self._splittable = splittable[0].id if splittable else None
        self.keep_rest_button.setVisible(self._splittable is not None and not self.read_only)
        # The advice must be possible to follow from here: send again, or undo.
        plain = [c for c in refused if c.kind is not _service.ChangeKind.CREATE]
        self._refused_id = plain[0].id if plain else None
        for button in (self.retry_button, self.undo_button):
            button.setVisible(self._refused_id is not None and not self.read_only)
        history = self.service.orders.history_of(self.order_id)
        self.history.load(history, self.order)
        asked = self._history_asked
        if asked is not None and any(c.sent_at is not None and c.sent_at > asked for c in history):
            self._ask_history()  # a change reached the server since: its entry replaces this computer's
        user = self.order.user
        clerks = {str(user.id): user.display_name} if user is not None and user.id else {}
        self.payments.load(self.order, self.service.payments.methods(), clerks, waiting=bool(active))
        self.billing.show_money_problem(self.order, waiting=bool(active))  # a payment status at odds with the money
        self._show_returns()

    def _show_returns(self) -> None:
        views = self.service.returns.of_order(self.order_id)
        # Whether the clerk may approve is asked only when a return waits for it (the draft reads the lines).
        waiting = any(view.state == "waiting_approval" for view in views)
        may_approve = waiting and not self.read_only and self.service.returns.draft(self.order_id).may_approve
        may_refund = not self.read_only and any(owes_money(v) for v in views) and self.service.returns.may_take
        self.returns.load(views, self.order.currency_code, may_approve=may_approve, may_refund=may_refund)

    def _customer_key(self) -> str:
        customer = self.order.customer
        return str(customer.id) if customer is not None and customer.id else self.order.customer_phone

    def _customer_clicked(self) -> None:
        self.customer_requested.emit(self._customer_key())

    @property
    def locked(self) -> bool:
        """Nothing may be changed: the clerk may only read, or the order is cancelled."""
        return self.read_only or bool(getattr(self, "order", None) and self.order.cancelled)

    def _set_read_only(self) -> None:
        locked = self.locked
        self.lines.set_read_only(locked)
        self.addresses.set_read_only(locked)
        self.billing.set_read_only(locked)
        self.conflict.set_read_only(locked)
        self.payments.set_read_only(locked)
        self.returns.set_read_only(locked)
        self.return_button.setEnabled(not locked)
        self.save_button.setVisible(not locked)
        self.revert_button.setVisible(not locked)

    # -- the form as an edit ---------------------------------------------------

    def collect(self) -> tuple[_models.OrderEdit, list[str]]:
        """The edit the parts describe, and problems the models cannot see (text that is not a number)."""
        lines = self.lines.values()
        billing = self.billing.values()
        values: dict[str, Any] = {**self.addresses.values(), **billing.fields}
        codes = {"discounts": lines.codes} if lines.codes is not None else {}  # the shop's discounts by code
        edit = _models.OrderEdit(
            fields={**_models.field_changes(self.order, values), **codes},
            lines=lines.changed,
            removed_lines=lines.removed,
            added_lines=lines.added,
        )
        self._unreadable = billing.unreadable
        return edit, [self.messages.not_a_number(key) for key in sorted(billing.unreadable)]

    def _changed(self, *_: Any) -> None:
        if self._loading:
            return
        edit, problems = self.collect()
        found = _models.validate_edit(self.order, edit)
        messages = problems + [self.messages.problem_text(p) for p in found]
        marked = {p.key for p in found} | self._unreadable
        self.addresses.mark(marked)
        self.billing.mark(marked)
        preview = (
            _models.Order.from_raw(_models.apply_edit(self.order.raw_view, edit), copy_raw=False)
            if not messages
            else self.order
        )
        self.lines.show_totals(preview)
        dirty = not edit.is_empty()
        self.problem.setText(messages[0] if messages else "")
        self.save_button.setEnabled(dirty and not messages and not self.locked)
        self.save_button.setToolTip(messages[0] if messages else "")
        self.setWindowModified(dirty)

    @property
    def dirty(self) -> bool:
        """Whether the form holds edits not saved yet."""
        return not self.collect()[0].is_empty()

    # -- actions ---------------------------------------------------------------

    def add_line(self) -> None:
        """Pick a product from the catalogue and add it as a line."""
        picker = ProductPicker(self.service, self.bridge, self.order.currency_code, self.language, self)
        if picker.exec():
            line = picker.new_line()
            if line is not None:
                self.add_new_line(line)

    def add_new_line(self, line: _models.NewLine) -> None:
        """Add ``line`` to the form."""
        self.lines.add(line)

    def save(self) -> None:
        """Queue the edit through the service (Ctrl+S)."""
        if self.locked or not self.save_button.isEnabled():
            return
        edit, problems = self.collect()
        if problems or edit.is_empty():
            return
        self.save_button.setEnabled(False)
        self.bridge.run(self.service.orders.update(self.order_id, edit), self._saved, self._save_failed)

    def _saved(self, change: _service.Change | None) -> None:
        order = self.service.orders.cached(self.order_id)
        if order is not None:
            self.load(order)
        if self._close_after_save:
            self.close()

    def revert(self) -> None:
        """Undo edits: after a question, the form shows the order as it stands again."""
        question = self.tr("Throw away the edits made in this window?")
        if self.dirty and not questions.confirm(self, self.tr("Undo edits"), question):
            return
        self.load(self.order)

    def _save_failed(self, exc: Exception) -> None:
        self._close_after_save = False  # the window stays, with the reason
        if isinstance(exc, _service.InvalidEdit):
            self.problem.setText(exc.problems[0].message if exc.problems else exc.message)
        else:
            self.problem.setText(getattr(exc, "message", None) or self.tr("The change could not be saved."))
        self._changed()

    def take_payment(self, partly: bool = False) -> QDialog:
        """Payments > Take a payment: the dialog, then the payment queued (shown at once).

        ``partly``: asked by "Partly paid" picked with nothing paid (the dialog asks how much).
        """
        dialog = PaymentDialog(self.service, self.order, locale=self.language, partly=partly, parent=self)
        dialog.accepted.connect(lambda: dialog.record(self.bridge, lambda _: self._reload(), self._money_failed))
        dialog.open()
        return dialog

    def take_return(self) -> QDialog | None:
        """Return…: the return dialog over this order; the return is queued and shown at once (None: locked)."""
        if self.locked:
            return None
        from ..returns.dialog import ReturnDialog  # opened on demand

        dialog = ReturnDialog(self.service, self.bridge, self.order_id, locale=self.language, parent=self)
        dialog.taken.connect(lambda _: self._reload())
        dialog.open()
        return dialog

    def approve_return(self, return_key: str) -> None:
        """Approve (a manager): the return waiting is approved, queued and sent by the sync."""
        question = self.tr("Approve this return? The goods go back to stock and the bill is recalculated on Genuka.")
        if not questions.confirm(self, self.tr("Approve the return?"), question):
            return
        self.bridge.run(
            self.service.returns.approve(self.order_id, return_key), lambda _: self._reload(), self._return_failed
        )

    def refund_return(self, return_key: str) -> QDialog | None:
        """Refund…: the money of an approved return handed back now (queued, shown at once); None when locked."""
        view = next((v for v in self.returns.views if v.key == return_key), None)
        if self.locked or view is None:
            return None
        from ..returns.refund_dialog import RefundDialog  # opened on demand

        dialog = RefundDialog(self.service, self.bridge, self.order_id, view, locale=self.language, parent=self)
        dialog.refunded.connect(lambda _: self._reload())
        dialog.open()
        return dialog

    def _return_failed(self, exc: Exception) -> None:
        self.problem.setText(self.bridge.message_of(exc, self.tr("The return could not be approved.")))

    def delete_payment(self, payment_id: str) -> None:
        """Payments > Delete the payment (a clerk's mistake): asked first, then queued."""
        question = self.tr("Delete this payment? The balance due goes back up. It is undone on the server too.")
        if not questions.confirm(self, self.tr("Delete the payment?"), question):
            return
        self.bridge.run(
            self.service.payments.delete(self.order_id, payment_id), lambda _: self._reload(), self._money_failed
        )

    def _money_failed(self, exc: Exception) -> None:
        self.problem.setText(self.bridge.message_of(exc, self.tr("The payment could not be kept.")))

    def retry_refused(self) -> None:
        """The refused change goes out again as it is (a refusal of the moment)."""
        if self._refused_id is not None:
            self.bridge.run(self.service.changes.retry(self._refused_id), lambda _: self._reload(), self._money_failed)

    def undo_refused(self) -> None:
        """After a question, the refused change is dropped: the order shows the server's version again."""
        question = self.tr("Undo the refused change? The order goes back to what the server holds.")
        if self._refused_id is not None and questions.confirm(self, self.tr("Undo the change?"), question):
            self.bridge.run(
                self.service.changes.discard(self._refused_id), lambda _: self._reload(), self._money_failed
            )

    def keep_rest(self) -> None:
        """A refusal that names one part (a removed line): the rest (an address) goes out again without it."""
        if self._splittable is not None:
            self.bridge.run(
                self.service.changes.keep_accepted(self._splittable), lambda _: self._reload(), self._money_failed
            )

    def resolve(self, change_id: str, keep: str) -> None:
        """Settle a conflict from the side-by-side view (``keep``: mine or theirs)."""
        self.bridge.run(self.service.changes.resolve(change_id, keep), lambda _: self._reload())

    def refresh_from_server(self) -> None:
        """Fetch the order fresh (company lists, activities); offline the cached copy stays."""
        self.bridge.run(self.service.orders.refresh(self.order_id), lambda _: None, lambda _: None)
        self._ask_history()

    def _ask_history(self) -> None:
        self._history_asked = time.time()
        # Two asks can be answered out of order (a busy PC): only the newest answer is shown.
        self._history_ask += 1
        ask = self._history_ask
        self.bridge.run(
            self.service.orders.activities(self.order_id),
            lambda found: self._show_activities(found, ask),
            lambda exc: self._activities_failed(exc, ask),
        )

    def _show_activities(self, activities: list[_models.Activity], ask: int) -> None:
        if ask == self._history_ask:  # an older ask's answer may lack a change sent since
            self.history.set_activities(activities, self.service.orders.clock_skew())

    def _activities_failed(self, exc: Exception, ask: int) -> None:
        if ask == self._history_ask:
            self.history.set_offline()

    def _orders_changed(self, ids: list[str], bulk: bool) -> None:
        if self.order_id in ids or bulk:
            self._reload()

    def _reload(self) -> None:
        order = self.service.orders.cached(self.order_id)
        if order is None:
            return
        if self.dirty:
            # Keep the clerk's typing; refresh what is safe to refresh.
            self.order = order
            self.lines.rebase(order)
            self.billing.rebase(order)
            self._show_header()
            self._show_changes()
            self._changed()
        else:
            self.load(order)

    def ask_unsaved(self) -> str | None:
        """Closing with edits not saved: "save", "discard", or None (stay). Tests replace this."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved edits"), "", parent=self)
        box.setText(self.tr("This order has edits that are not saved."))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
        )
        box.button(QMessageBox.StandardButton.Save).setEnabled(self.save_button.isEnabled())
        answer = box.exec()
        return {QMessageBox.StandardButton.Save: "save", QMessageBox.StandardButton.Discard: "discard"}.get(
            QMessageBox.StandardButton(answer)
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.read_only or not self.dirty or self._close_after_save:
            event.accept()
            return
        answer = self.ask_unsaved()
        if answer == "save" and self.save_button.isEnabled():
            self._close_after_save = True  # closes once the edit is queued
            self.save()
            event.ignore()
        elif answer == "discard":
            event.accept()
        else:
            event.ignore()
