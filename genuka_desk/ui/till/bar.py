"""The till's part of the status bar: open since when and what the drawer should hold, closed, or waiting.

It reads ``service.till`` again whenever the service says something moved
(an order or a till session changed, the queue, a sync ended): a cash sale
moves what the drawer should hold, a sync turns the desk's figure into the
server's. Those events come in bursts, so one read follows each burst.
Clicking it opens the till window.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QSizePolicy, QToolButton, QWidget

from ... import models as _models
from ... import service as _service
from ...models.coerce import WAT
from ..bridge import ServiceBridge
from ..dates import day_text
from ..held_words import HeldWords
from .held import held_change
from .words import CLOSING, PENDING, TillWords

APPROX = "≈"  # before a figure the server has not confirmed yet
_GREY = "color: palette(mid);"
_WARN = "color: #8a5a00;"


def since_text(opened_at: float, language: str, now: datetime | None = None) -> str:
    """When a session was opened, in the shop's time: ``08:02`` today, else its day too."""
    when = datetime.fromtimestamp(opened_at, WAT)
    today = (now or datetime.now(WAT)).astimezone(WAT).date()
    clock = when.strftime("%H:%M")
    return clock if when.date() == today else f"{day_text(when, language)} {clock}"


class TillBar(QToolButton):
    """The till at the window's foot; ``opened`` asks for the till window."""

    opened = Signal()

    def __init__(
        self, service: _service.OrderService, bridge: ServiceBridge, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.language = language
        self.words = TillWords(self)
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the menu and its shortcut reach the till by keyboard
        self.clicked.connect(self.opened)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self.refresh)
        bridge.ordersChanged.connect(self.soon)
        bridge.queueChanged.connect(self.soon)
        bridge.syncFinished.connect(self.soon)
        self.hide()  # until the till is known (cash control on or off)
        self.refresh()

    def soon(self, *_: object) -> None:
        """Read the till again once the current burst of events is over."""
        self._soon.start()

    def refresh(self) -> None:
        """Say where the till stands now."""
        if self.service.closed:
            return
        till = self.service.till
        view = till.current()
        if view is None:
            self._closed(till.available())
            return
        session = view.session
        currency = session.currency
        money = _models.format_money(view.expected, currency, self.language)
        held = held_change(self.service, view)
        if held is not None:
            self._say(
                self.tr("Till: waiting for your decision"),
                HeldWords(self).text(held.last_error, currency, self.language) or held.last_error or "",
                _WARN,
            )
        elif session.status == PENDING:
            self._say(self.tr("Till: waiting for a manager's approval"), self.tr("Open the till window to see it."))
        elif session.status == CLOSING:
            counted = _models.format_money(session.balance_counted, currency, self.language)
            self._say(
                self.tr("Till closed · %s counted · not sent yet") % counted,
                self.tr("The close is sent to Genuka as soon as the connection allows."),
            )
        else:
            shown = f"{APPROX} {money}" if view.provisional else money
            text = self.tr("Till open since %s · should hold %s") % (
                since_text(session.opened_at, self.language),
                shown,
            )
            tip = self.tr("Not all on the server yet: the desk's own count.") if view.provisional else ""
            self._say(text, tip)

    def _closed(self, available: bool | None) -> None:
        if available is None:
            self.hide()  # the server was not asked yet: nothing to say
        elif available:
            self._say(self.tr("Till closed"), self.tr("Open the till to start a shift (Till menu)."))
        else:
            self._say(self.tr("No cash control"), self.words.no_cash_control(), _GREY)

    def _say(self, text: str, tip: str, style: str = "") -> None:
        self.setText(text)
        self.setToolTip(tip)
        self.setStyleSheet(style)
        self.show()
