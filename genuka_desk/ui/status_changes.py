"""Statuses changed from the list: one picked in a row's dropdown, or one set on the selected orders.

Before queuing, the clerk is asked when the change has side effects (the
models' rule: a credit note, a payment cancelled), and "Paid" or "Partly
paid" on an order whose balance says otherwise offers to record the payment
instead (the documented way: the status then follows the money).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import models as _models
from .. import service as _service
from ..models.owed import has_paid_something
from . import questions
from .bridge import ServiceBridge
from .order_dialogs import OrderDialogs
from .order_list_view import OrderListView
from .window_part import WindowPart


class StatusChanges(WindowPart):
    """The status changes of ``view``'s orders, with their questions; :attr:`bulk_action` is "Set status…"."""

    failed = Signal(str)  # why a change could not be made, for the clerk

    def __init__(
        self,
        window: QWidget,
        view: OrderListView,
        dialogs: OrderDialogs,
        service: _service.OrderService,
        bridge: ServiceBridge,
        *,
        language: str,
        read_only: bool,
    ) -> None:
        super().__init__(window)
        self.view = view
        self.orders = view.orders
        self.dialogs = dialogs
        self.service = service
        self.bridge = bridge
        self.language = language
        self.read_only = read_only
        self.bulk_action = QAction(self.tr("Set status…"), self)
        self.bulk_action.setToolTip(self.tr("Change the status of the selected orders"))
        self.bulk_action.triggered.connect(self.bulk_change)
        self.bulk_action.setEnabled(not read_only)
        self.orders.statusEdited.connect(self.change_status)

    def side_effect_warning(self, side: _models.Side, value: str, current: str) -> str | None:
        """Why a status change deserves a question first, in the clerk's words (None: it does not)."""
        effect = _models.status_side_effect(side, value, current)
        if effect is _models.SideEffect.CREDIT_NOTE:
            return self.tr(
                "Setting the payment back to awaiting payment creates a credit note for what was invoiced. Continue?"
            )
        if effect is _models.SideEffect.PAYMENT_CANCELLED:
            return self.tr("Cancelling the payment cannot be undone from here. Continue?")
        return None

    def paid_choice(self, order: _models.Order) -> str | None:
        """ "Paid" picked while a balance remains: "payment" (record it), "status" (the status alone), None.

        Tests replace this.
        """
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Record the payment?"), "", parent=self.host())
        box.setText(
            self.tr("%s still owes %s. Record a payment for it? Only then does Genuka count the money.")
            % (order.reference or "", _models.format_money(order.balance, order.currency_code, self.language))
        )
        pay = box.addButton(self.tr("Record a payment…"), QMessageBox.ButtonRole.AcceptRole)
        alone = box.addButton(self.tr("Only change the status"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return {id(pay): "payment", id(alone): "status"}.get(id(box.clickedButton()))

    def partly_paid_refusal(self, count: int) -> str:
        """Why "Partly paid" cannot be set on ``count`` selected orders: nothing is paid on them."""
        return self.tr(
            "No payment is recorded on %n selected order(s). An order is partly paid once a payment is recorded on "
            "it: take a payment on each (Edit > Take a payment…); the status follows.",
            "",
            count,
        )

    def change_status(self, order_id: str, side: _models.Side, value: str) -> None:
        """A status picked in the table: ask if it has side effects, then queue it.

        "Paid" while a balance remains offers to record a payment for it (the
        documented way: the status then follows the money). "Partly paid" on
        an order with nothing paid asks how much was paid and records that
        payment, which makes it partly paid; without an amount nothing changes.
        """
        if side == _models.Side.BILLING and value == _models.BillingStatus.PARTIALLY_PAID.value:
            held = self.service.orders.cached(order_id)
            if held is not None and not held.cancelled and not has_paid_something(held):
                self.orders.orders_changed([order_id], False)  # the cell shows what the store holds
                self.dialogs.take_payment(order_id, partly=True)
                return
        order = self.service.orders.cached(order_id) if side == _models.Side.BILLING and value == "paid" else None
        if order is not None and order.balance > 0 and not order.cancelled:
            choice = self.paid_choice(order)
            if choice != "status":
                self.orders.orders_changed([order_id], False)  # the cell shows what the store holds
                if choice == "payment":
                    self.dialogs.take_payment(order_id, order.balance)
                return
        row = self.service.orders.row(order_id)
        current = (
            ""
            if row is None
            else (row.billing_status.value if side == _models.Side.BILLING else row.shipping_status.value)
        )
        warning = self.side_effect_warning(side, value, current)
        if warning and not questions.confirm(self.host(), self.tr("Change the status?"), warning):
            return
        kwargs = {"billing": value} if side == _models.Side.BILLING else {"shipping": value}
        self.orders.show_status(order_id, side, value)  # at once; the queued change confirms it

        def undo(exc: Exception) -> None:
            self.orders.orders_changed([order_id], False)  # back to what the store holds
            self.failed.emit(self.bridge.message_of(exc, self.tr("The change could not be saved.")))

        self.bridge.run(self.service.orders.set_status(order_id, **kwargs), on_error=undo)

    def bulk_change(self) -> None:
        """Set the status of every selected order at once."""
        ids = self.view.selected_ids()
        if not ids or self.read_only:
            return
        from .bulk_dialog import BulkStatusDialog

        dialog = BulkStatusDialog(len(ids), self.host())
        if not dialog.exec():
            return
        billing, shipping = dialog.choice()
        if billing is None and shipping is None:
            return
        if billing == _models.BillingStatus.PARTIALLY_PAID.value:
            orders = [self.service.orders.cached(i) for i in ids]
            unpaid = [o for o in orders if o is not None and not o.cancelled and not has_paid_something(o)]
            if unpaid:
                self.failed.emit(self.partly_paid_refusal(len(unpaid)))
                return
        if billing:
            warning = self.side_effect_warning(_models.Side.BILLING, billing, "")
            if warning and not questions.confirm(self.host(), self.tr("Change the status?"), warning):
                return
        self.bridge.run(self.service.orders.bulk_set_status(ids, billing=billing, shipping=shipping))
