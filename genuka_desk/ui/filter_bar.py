"""The order list's filter toolbar: search, payment and fulfilment, dates, "needs attention", "waiting to send".

It says which list the clerk asks for (:meth:`FilterBar.query`) and when
that changed (:attr:`FilterBar.changed`, the search after a short pause in
the typing); the window lists it. It also shows how many orders the list
holds and, on a badge, how many new ones came in.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QSettings, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QPushButton, QToolBar, QWidget

from .. import models as _models
from .. import service as _service
from ..models.coerce import WAT
from .day_field import DayEdit
from .order_search_box import OrderSearchBox
from .status_delegate import status_choices
from .window_layout import ATTENTION_KEY, FULFILMENT_KEY, PAYMENT_KEY

SEARCH_PAUSE_MS = 150  # the list follows the search box once the typing pauses this long


class FilterBar(QToolBar):
    """The filters above the list, the count of orders it holds and the new-orders badge."""

    changed = Signal()  # the clerk asked for another list
    newOrdersAsked = Signal()  # the badge was clicked: the list newest first, from the top

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Filters"))  # (the toolbar's name, in the window's context menu)
        self.setObjectName("filters")
        self.setMovable(False)
        self.search = OrderSearchBox(self)
        self.search.setPlaceholderText(self.tr("Search reference, customer, phone, product…"))
        self.search.setMinimumWidth(240)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_PAUSE_MS)
        self._search_timer.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        self.payment_filter = QComboBox(self)
        self.payment_filter.addItem(self.tr("Any payment"), "")
        for value, label in status_choices(_models.Side.BILLING):
            self.payment_filter.addItem(label, value)
        self.fulfilment_filter = QComboBox(self)
        self.fulfilment_filter.addItem(self.tr("Any fulfilment"), "")
        for value, label in status_choices(_models.Side.SHIPPING):
            self.fulfilment_filter.addItem(label, value)
        self.dates_enabled = QCheckBox(self.tr("From"), self)
        self.date_from = DayEdit(self)  # "7 Dec 2026" in English: no month to guess
        self.date_to = DayEdit(self)
        today = QDate.currentDate()
        self.date_from.setDate(today.addMonths(-1))
        self.date_to.setDate(today)
        for edit in (self.date_from, self.date_to):
            edit.setEnabled(False)
            edit.dateChanged.connect(lambda _: self.changed.emit())
        self.dates_enabled.toggled.connect(self._dates_toggled)
        self.attention = QAction(self.tr("Needs attention"), self)
        self.attention.setCheckable(True)
        self.attention.setToolTip(
            self.tr(
                "Orders whose change was refused or is in conflict, or whose payment status disagrees with the balance"
            )
        )
        self.attention.toggled.connect(lambda _: self.changed.emit())
        self.waiting = QAction(self.tr("Waiting to send"), self)
        self.waiting.setCheckable(True)
        self.waiting.setToolTip(self.tr("Orders with changes not on the server yet"))
        self.waiting.toggled.connect(lambda _: self.changed.emit())
        self.payment_filter.currentIndexChanged.connect(lambda _: self.changed.emit())
        self.fulfilment_filter.currentIndexChanged.connect(lambda _: self.changed.emit())
        self.addWidget(self.search)
        self.found = QLabel(self)  # how many orders the list shows ("128 orders"; none: says so)
        self.found.setMinimumWidth(110)
        self.addWidget(self.found)
        self.new_badge = QPushButton(self)  # "3 new orders": newest first at a click
        self.new_badge.setStyleSheet("background:#1e7a34;color:white;border-radius:9px;padding:2px 10px;")
        self.new_badge.clicked.connect(self.newOrdersAsked)
        # A toolbar shows or hides its widgets through their actions.
        self.new_badge_action = self.addWidget(self.new_badge)
        self.new_badge_action.setVisible(False)
        self.addWidget(self.payment_filter)
        self.addWidget(self.fulfilment_filter)
        self.addWidget(self.dates_enabled)
        self.addWidget(self.date_from)
        self.addWidget(QLabel(self.tr(" to "), self))
        self.addWidget(self.date_to)
        self.addSeparator()
        self.addAction(self.attention)
        self.addAction(self.waiting)

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.changed.emit()

    def query(self, base: _service.ListQuery) -> _service.ListQuery:
        """The list the filters ask for, sorted as ``base``."""
        created_from = created_to = None
        if self.dates_enabled.isChecked():
            start = _day(self.date_from.date())
            end = _day(self.date_to.date())
            # The shop's days (Douala's time), as every time on screen: not the PC's, not UTC.
            created_from = datetime.combine(start, time.min, tzinfo=WAT)
            created_to = datetime.combine(end, time.max, tzinfo=WAT)
        payment = self.payment_filter.currentData() or ""
        fulfilment = self.fulfilment_filter.currentData() or ""
        return _service.ListQuery(
            search=self.search.text(),
            billing_status=(payment,) if payment else (),
            shipping_status=(fulfilment,) if fulfilment else (),
            needs_attention=self.attention.isChecked(),
            only_unsent=self.waiting.isChecked(),
            created_from=created_from,
            created_to=created_to,
            sort=base.sort,
            descending=base.descending,
        )

    def search_now(self) -> None:
        """The search is listed now (Enter): the pause after the typing is not waited for."""
        self._search_timer.stop()

    def focus_search(self) -> None:
        """Put the cursor in the search box, its text selected."""
        self.search.setFocus()
        self.search.selectAll()

    def show_count(self, count: int) -> None:
        """How many orders the list holds, beside the search box."""
        self.found.setText(self.tr("%n order(s)", "", count) if count else self.tr("No order matches"))

    def show_new(self, count: int) -> None:
        """The badge of the new orders not seen yet (hidden when none)."""
        self.new_badge.setText(self.tr("%n new order(s)", "", count))
        self.new_badge_action.setVisible(count > 0)

    def restore(self, settings: QSettings) -> None:
        """The filters left on at the last close (each one lists again as it is set)."""
        payment = str(settings.value(PAYMENT_KEY, "") or "")
        fulfilment = str(settings.value(FULFILMENT_KEY, "") or "")
        self.payment_filter.setCurrentIndex(max(0, self.payment_filter.findData(payment)))
        self.fulfilment_filter.setCurrentIndex(max(0, self.fulfilment_filter.findData(fulfilment)))
        self.attention.setChecked(str(settings.value(ATTENTION_KEY, "false")).lower() == "true")

    def remember(self, settings: QSettings) -> None:
        """Keep the filters for the next start (the search and dates are not kept)."""
        settings.setValue(PAYMENT_KEY, self.payment_filter.currentData() or "")
        settings.setValue(FULFILMENT_KEY, self.fulfilment_filter.currentData() or "")
        settings.setValue(ATTENTION_KEY, self.attention.isChecked())


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
