"""View > Today: the manager's figures at a glance, from the local copy (instant, offline).

Sales today and this week, what is still owed, this week's orders by payment
status, fulfilment and channel, and a small bar chart of the week's days,
drawn with QPainter. Refreshed a moment after orders change.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QDockWidget, QFormLayout, QLabel, QVBoxLayout, QWidget

from .. import models as _models
from .. import service as _service
from .labels import billing_label, shipping_label, source_label


class WeekChart(QWidget):
    """Seven bars: each day's sales this week."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days: list[tuple[str, int, float]] = []
        self.setMinimumHeight(110)

    def show_days(self, days: list[tuple[str, int, float]]) -> None:
        """The week's (day, orders, sales)."""
        self.days = days
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.days:
            return
        top = max((sales for _, _, sales in self.days), default=0.0) or 1.0
        width = self.width() / len(self.days)
        room = self.height() - 18
        for n, (day, orders, sales) in enumerate(self.days):
            height = room * sales / top
            bar = QRectF(n * width + 4, room - height, width - 8, height)
            painter.fillRect(bar, QColor("#1e7a34") if orders else QColor("#d9d9d9"))
            painter.setPen(QColor("#444444"))
            painter.drawText(
                QRectF(n * width, room + 2, width, 16), int(Qt.AlignmentFlag.AlignCenter), day[-2:]
            )  # the day of the month
        painter.end()


class TodayPanel(QDockWidget):
    """The figures dock."""

    def __init__(self, service: _service.OrderService, language: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Today"), parent)
        self.setObjectName("today")
        self.service = service
        self.language = language
        body = QWidget(self)
        layout = QVBoxLayout(body)
        form = QFormLayout()
        self.today = QLabel(body)
        self.week = QLabel(body)
        self.owed = QLabel(body)
        form.addRow(self.tr("Today"), self.today)
        form.addRow(self.tr("This week"), self.week)
        form.addRow(self.tr("Still owed"), self.owed)
        self.owed.setToolTip(
            self.tr(
                "What customers still owe on sales orders and invoices"
                " (cancelled orders, cancelled payments and quotations left out)"
            )
        )
        layout.addLayout(form)
        self.chart = WeekChart(body)
        layout.addWidget(self.chart)
        self.breakdown = QLabel(body)
        self.breakdown.setTextFormat(Qt.TextFormat.RichText)
        self.breakdown.setWordWrap(True)
        layout.addWidget(self.breakdown)
        layout.addStretch(1)
        self.setWidget(body)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(800)  # a sync changes many orders: one count after the burst
        self._later.timeout.connect(self.refresh)
        self.visibilityChanged.connect(lambda shown: self.refresh() if shown else None)

    def soon(self, *_: object) -> None:
        """Orders changed: count again in a moment (only while shown)."""
        if self.isVisible():
            self._later.start()

    def refresh(self) -> None:
        """Count now."""
        self.show_figures(self.service.shop.figures())

    def _money(self, amount: float) -> str:
        return _models.format_money(Decimal(str(round(amount, 2))), "XAF", self.language)

    def show_figures(self, figures: _service.Figures) -> None:
        """Show these figures."""
        self.today.setText(self.tr("%n order(s)", "", figures.today_orders) + " · " + self._money(figures.today_sales))
        self.week.setText(self.tr("%n order(s)", "", figures.week_orders) + " · " + self._money(figures.week_sales))
        self.owed.setText(self._money(figures.owed))
        self.chart.show_days(figures.per_day)
        parts = []
        for title, counts, name in (
            (self.tr("Payment"), figures.by_payment, lambda v: billing_label(_models.BillingStatus.parse(v))),
            (self.tr("Fulfilment"), figures.by_fulfilment, lambda v: shipping_label(_models.ShippingStatus.parse(v))),
            (self.tr("Channel"), figures.by_source, source_label),
        ):
            if counts:
                items = ", ".join(f"{name(k)} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1]))
                parts.append(f"<b>{title}</b>: {items}")
        self.breakdown.setText("<br>".join(parts) or self.tr("No order this week yet."))
