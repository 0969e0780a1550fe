"""The new-order window: a sale at the counter, with the keyboard only; also where a refused sale is corrected.

The parts (customer, lines, delivery, payment) each gather one side of the
sale; the window joins them into a :class:`NewOrder`, shows why Save is off
(the models' rules), and hands the sale to the service: saved at once,
offline too, then ready for the next customer. Opened on a sale the server
refused, it shows the server's reasons field by field, and sends the
corrected sale again or discards it after a warning.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ... import models as _models
from ... import service as _service
from .. import questions
from ..bridge import ServiceBridge
from ..editor.messages import EditorMessages
from ..service_window import ServiceWindow
from .customer_part import CustomerPart
from .delivery_part import DeliveryPart
from .lines_part import SaleLinesPart
from .payment_part import PaymentPart
from .words import CounterWords, marked_fields


class NewOrderWindow(ServiceWindow):
    """One sale after another; ``saved`` gives each saved sale's temporary reference.

    ``show_customer`` asks for a known customer's orders and balance (the
    main window opens them).
    """

    saved = Signal(str)
    sold = Signal(str, bool)  # a new sale saved: its reference, and whether cash was taken (the drawer opens)
    receipt_asked = Signal(str)  # "Print the receipt" of the last sale saved
    send_asked = Signal(str)  # "Send to the customer…" of the last sale saved
    show_customer = Signal(str)

    def __init__(self, service: _service.OrderService, bridge: ServiceBridge, *, locale: str = "fr") -> None:
        super().__init__(service, bridge, locale)
        self.words = CounterWords(self)
        self.fixing: _service.Change | None = None  # the refused sale being corrected, if any
        self.tried = False  # the clerk tried to save: say what stops it, even on an untouched sale
        self.setWindowTitle(self.tr("New order"))
        self.fit_on_screen(1020, 760)
        self._build()
        self.payment.set_methods(service.payments.methods())
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.reset()

    def _build(self) -> None:
        root = QVBoxLayout(self)
        self.refusal = QLabel(self)
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet("color:#b3261e; background:#fdecea; padding:6px")
        self.refusal.hide()
        root.addWidget(self.refusal)
        top = QHBoxLayout()
        self.customer = CustomerPart(self.service, self)
        self.delivery = DeliveryPart(EditorMessages(self), self.language, self)
        top.addWidget(self.customer, 1)
        top.addWidget(self.delivery, 1)
        root.addLayout(top)
        self.goods = SaleLinesPart(self.service, self.language, self)
        root.addWidget(self.goods, 1)
        self.payment = PaymentPart(self.language, self)
        root.addWidget(self.payment)
        footer = QHBoxLayout()
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color:#b3261e")
        self.problem.setWordWrap(True)
        self.done_label = QLabel(self)
        self.done_label.setStyleSheet("color:#1e7a34")
        # Under the footer: where the saved sale is found (Genuka gives it its own number once sent).
        self.where_label = QLabel(self)
        self.where_label.setWordWrap(True)
        self.where_label.setStyleSheet("color:#555555")
        self.where_label.hide()
        self.discard_button = QPushButton(self.tr("Discard this sale…"), self)
        self.discard_button.clicked.connect(self.discard)
        self.save_button = QPushButton(self.tr("Save the sale"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.receipt_button = QPushButton(self.tr("Print the receipt"), self)
        self.receipt_button.setToolTip(self.tr("The receipt of the sale just saved (Ctrl+P)"))
        self.receipt_button.clicked.connect(self.ask_receipt)
        self.receipt_button.hide()  # until a sale is saved
        self.send_button = QPushButton(self.tr("Send to the customer…"), self)
        self.send_button.setToolTip(self.tr("The sale just saved, by Genuka's e-mail or WhatsApp"))
        self.send_button.clicked.connect(self.ask_send)
        self.send_button.hide()  # until a sale is saved
        self.last_sale = ""
        self.following = ""  # the sale the note under the footer speaks of
        QShortcut(QKeySequence.StandardKey.Print, self, self.ask_receipt)
        footer.addWidget(self.problem, 1)
        footer.addWidget(self.done_label)
        footer.addWidget(self.receipt_button)
        footer.addWidget(self.send_button)
        footer.addWidget(self.discard_button)
        footer.addWidget(self.save_button)
        root.addLayout(footer)
        root.addWidget(self.where_label)
        for part in (self.customer, self.delivery, self.goods, self.payment):
            part.changed.connect(self._refresh)
        self.customer.done.connect(self.goods.search.setFocus)
        self.customer.picked.connect(self._customer_picked)
        self.customer.changed.connect(lambda: self.goods.set_customer(self.customer.customer_id))
        self.customer.show_customer.connect(self.show_customer)
        self.goods.problem.connect(self.problem.setText)
        self.payment.submitted.connect(self.save)
        self.bridge.ordersChanged.connect(self._follow_sale)  # (bound: gone with the window)

    # -- the shortcuts tests and the keyboard use ----------------------------------

    @property
    def cart(self) -> _models.NewOrder:
        """The lines taken so far (and the currency)."""
        return self.goods.cart

    def add_item(self, item: Any, quantity: int = 1) -> None:
        """Add a catalogue product (the same one again raises its quantity)."""
        self.goods.add_item(item, quantity)

    # -- the form --------------------------------------------------------------

    def reset(self) -> None:
        """An empty sale for the next customer (the source and the way of paying stay)."""
        self.fixing = None
        self.tried = False
        self.setWindowTitle(self.tr("New order"))
        self.refusal.hide()
        self.discard_button.hide()
        self.save_button.setText(self.tr("Save the sale"))
        self.customer.reset()
        self.goods.reset()
        self.delivery.reset()
        self.payment.reset()
        self._refresh()
        self.customer.search.setFocus()

    def load_sale(self, change: _service.Change) -> None:
        """Correct a sale not created yet (refused, or waiting): its draft fills the parts."""
        draft = change.draft
        if draft is None:
            return
        self.reset()
        self.fixing = change
        self.setWindowTitle(self.tr("Sale %s (not on the server yet)") % change.order_ref)
        self.customer.load(draft.customer)
        self.goods.load(draft.lines, draft.currency, draft.codes)
        self.goods.set_customer(draft.customer.id)
        self.delivery.load(draft)
        self.payment.load(draft)
        if draft.customer.id:
            self._customer_picked(draft.customer.id)
        self.save_button.setText(self.tr("Send it again"))
        self.discard_button.show()
        if change.last_error:
            self.refusal.setText(self.words.refusal(change.last_error, change.field_errors, draft, self.language))
            self.refusal.show()
            customer, delivery, rows = marked_fields(change.field_errors)
            self.customer.mark(customer)
            self.delivery.mark(delivery)
            self.goods.mark(rows)
        self._refresh()

    def _customer_picked(self, customer_id: str) -> None:
        def offer(addresses: list[dict[str, str]]) -> None:
            if self.customer.customer_id == customer_id:  # still the same customer
                self.delivery.set_known(addresses)

        self.bridge.run(self.service.customers.known_addresses(customer_id), offer)

    def draft(self) -> tuple[_models.NewOrder, list[str]]:
        """The sale the window describes, and what cannot be read (an amount that is not a number)."""
        sale = self.cart.model_copy(deep=True)
        sale.customer = self.customer.customer()
        unreadable = self.delivery.fill(sale)
        unreadable += self.payment.fill(sale)
        if self.fixing is not None and self.fixing.draft is not None:
            sale.created_at = self.fixing.draft.created_at  # the sale's own second stays
        return sale, unreadable

    def _refresh(self, *_: Any) -> None:
        sale, unreadable = self.draft()
        messages = unreadable + [self.words.problem_text(p) for p in _models.validate_new_order(sale)]
        # A new sale as it opens is not wrong yet: Save stays off, but its problems wait for the clerk.
        said = self.tried or bool(unreadable) or not sale.is_untouched
        self.problem.setText(messages[0] if messages and said else "")
        self.save_button.setEnabled(not messages)
        self.save_button.setToolTip(messages[0] if messages else "")
        self.payment.show_totals(sale)

    # -- saving ---------------------------------------------------------------

    def save(self) -> None:
        """Keep the sale (Ctrl+S); it is sent when the server can be reached."""
        if not self.save_button.isEnabled():
            self.tried = True  # Ctrl+S or Enter on a sale not ready: say why
            self._refresh()
            return
        sale, unreadable = self.draft()
        if unreadable:
            return
        self.save_button.setEnabled(False)
        if self.fixing is not None:
            work = self.service.sales.fix(self.fixing.id, sale)
            self.bridge.run(work, self._fixed, self._save_failed)
        else:
            self.bridge.run(self.service.sales.create(sale), partial(self._saved, sale), self._save_failed)

    def _saved(self, sale: _models.NewOrder, change: _service.Change) -> None:
        # Enter on the amount received saves at once: the change to give back stays said after the form empties.
        self.done_label.setText(self.words.saved_text(change.order_ref, sale, self.language))
        self.last_sale = self.following = change.order_ref
        self._follow_sale()
        self.receipt_button.show()
        self.send_button.show()
        cash = bool(sale.paid_amount) and (sale.method or "").strip().lower() == _models.CASH_PROCESSOR
        self.saved.emit(change.order_ref)
        self.sold.emit(change.order_ref, cash)
        self.reset()

    def _follow_sale(self, *_: Any) -> None:
        """Say where the last sale saved is found: under Genuka's number once the server created it."""
        reference = self.following
        if not reference or self.service.orders.closed:
            return
        order_id = self.service.orders.find(reference)
        row = self.service.orders.row(order_id) if order_id and not _models.is_local_id(order_id) else None
        sent = row.reference if row is not None and row.reference and row.reference != reference else None
        said = self.words.where_text(reference, sent)
        gap = self.service.manual_discounts.code_gap(order_id) if sent and order_id else None
        if gap is not None:  # the server's total wins: the clerk sees the difference, never charged silently
            money = partial(_models.format_money, currency=self.cart.currency, locale=self.language)
            text = self.tr("Genuka took %1 off for the discount codes; the desk expected %2. The total is Genuka's.")
            said += " " + text.replace("%1", money(gap[1])).replace("%2", money(gap[0]))
        self.where_label.setText(said)
        self.where_label.show()

    def ask_receipt(self) -> None:
        """Print the receipt of the last sale saved (Ctrl+P): the main window sends it to the printer."""
        if self.last_sale:
            self.receipt_asked.emit(self.last_sale)

    def ask_send(self) -> None:
        """Send the last sale saved to its customer: the main window opens the dialog over this one."""
        if self.last_sale:
            self.send_asked.emit(self.last_sale)

    def _fixed(self, change: _service.Change) -> None:
        self.saved.emit(change.order_ref)
        self.reset()  # the correction went out: the window is a new sale's again
        self.following = ""  # the note was another sale's
        self.where_label.hide()
        self.done_label.setText(self.tr("Sale %s corrected; it is sent again.") % change.order_ref)

    def _save_failed(self, exc: Exception) -> None:
        if isinstance(exc, _service.InvalidEdit) and exc.problems:
            self.problem.setText(self.words.problem_text(exc.problems[0]))
        else:
            self.problem.setText(self.bridge.message_of(exc, self.tr("The sale could not be saved.")))
        self.save_button.setEnabled(True)

    def discard(self) -> None:
        """Give up a sale the server never created (after a warning): it is gone from this computer."""
        change = self.fixing
        if change is None:
            return
        if not questions.confirm(self, self.words.discard_title(), self.words.discard_question(change.order_ref)):
            return

        def gone(_: Any) -> None:
            self.reset()
            self.done_label.setText(self.tr("Sale %s discarded.") % change.order_ref)

        self.bridge.run(self.service.changes.discard(change.id), gone, self._save_failed)

    def closeEvent(self, event: QCloseEvent) -> None:
        question = self.tr("Close and lose this sale?")
        if self.fixing is None and self.cart.lines and not questions.confirm(self, self.tr("Sale not saved"), question):
            event.ignore()
            return
        event.accept()
