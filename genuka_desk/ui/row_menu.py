"""The menu of a row of the order list (right click): open, print, take a payment, and its queued changes.

A change the server refused says why and offers its ways out (Retry,
Revert, Send the rest without the refused part; for a sale: correct it,
send it again, discard it); a conflict opens the order to resolve it.
Which are offered is the service's to say (its changes and their states).
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from .. import service as _service
from . import questions
from .bridge import ServiceBridge
from .open_windows import OpenWindows
from .order_dialogs import OrderDialogs
from .order_list_view import OrderListView
from .refusal_words import RefusalWords
from .window_part import WindowPart


class RowMenu(WindowPart):
    """The row menu of ``view`` and its queue actions; ``bulk_action`` is offered over several rows."""

    def __init__(
        self,
        window: QWidget,
        view: OrderListView,
        windows: OpenWindows,
        dialogs: OrderDialogs,
        bulk_action: QAction,
        service: _service.OrderService,
        bridge: ServiceBridge,
        *,
        language: str,
        read_only: bool,
    ) -> None:
        super().__init__(window)
        self.view = view
        self.windows = windows
        self.dialogs = dialogs
        self.bulk_action = bulk_action
        self.service = service
        self.bridge = bridge
        self.language = language
        self.read_only = read_only
        view.rowMenuAsked.connect(self.show)

    def menu(self, order_id: str) -> QMenu:
        """The menu of ``order_id``'s row, not shown yet."""
        menu = QMenu(self.host())
        menu.addAction(self.tr("Open order"), lambda: self.windows.open_order(order_id))
        menu.addAction(self.tr("Print…"), lambda: self.dialogs.print_order(order_id))
        if not self.read_only:
            menu.addAction(self.tr("Take a payment…"), lambda: self.dialogs.take_payment(order_id))
            menu.addAction(self.tr("Send to the customer…"), lambda: self.dialogs.send_to_customer(order_id))
            menu.addAction(self.tr("Take a return…"), lambda: self.dialogs.take_return(order_id))
        for change in self.service.orders.changes_of(order_id):
            if change.state is _service.ChangeState.FAILED:
                menu.addSeparator()
                said = RefusalWords(menu).said(change.last_error, language=self.language)
                reason = QAction(self.tr("Refused: %s") % said.words, menu)
                reason.setToolTip(said.detail)
                reason.setEnabled(False)
                menu.addAction(reason)
                if change.kind is _service.ChangeKind.CREATE:
                    menu.addAction(self.tr("Correct the sale…"), lambda: self.windows.fix_sale(order_id))
                    menu.addAction(self.tr("Send it again"), partial(self.retry, change.id))
                    menu.addAction(self.tr("Discard the sale…"), partial(self.discard_sale, change))
                    continue
                menu.addAction(self.tr("Retry"), partial(self.retry, change.id))
                if self.service.changes.accepted_part(change.id) is not None:
                    menu.addAction(
                        self.tr("Send the rest, without the refused part"), partial(self.keep_rest, change.id)
                    )
                menu.addAction(self.tr("Revert"), partial(self.revert_change, change.id))
            elif change.state is _service.ChangeState.CONFLICT:
                menu.addSeparator()
                menu.addAction(self.tr("Resolve the conflict…"), lambda: self.windows.open_order(order_id))
        if len(self.view.selected_ids()) > 1:
            menu.addSeparator()
            menu.addAction(self.bulk_action)
        return menu

    def show(self, order_id: str, where: QPoint) -> None:
        """Show ``order_id``'s row menu at ``where`` (on the screen) until the clerk picks or leaves."""
        self.menu(order_id).exec(where)

    def retry(self, change_id: str) -> None:
        """Retry (a refusal of the moment): the refused change goes out again as it is."""
        self.bridge.run(self.service.changes.retry(change_id))

    def keep_rest(self, change_id: str) -> None:
        """Send the rest: a refusal that names one part; the rest goes out again without it."""
        self.bridge.run(self.service.changes.keep_accepted(change_id))

    def revert_change(self, change_id: str) -> None:
        """Revert: drop an unsent change; the order shows the server's version again."""
        self.bridge.run(self.service.changes.discard(change_id))

    def discard_sale(self, change: _service.Change) -> None:
        """Discard the sale: after a warning, a sale the server never created is gone."""
        from .counter.words import CounterWords

        words = CounterWords(self.host())
        if questions.confirm(self.host(), words.discard_title(), words.discard_question(change.order_ref)):
            self.bridge.run(self.service.changes.discard(change.id))
