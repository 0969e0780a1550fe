"""A day the clerk picks from a calendar, or no day at all.

Genuka reads ``shipping.scheduled_at`` as ``Y-m-d``; free text would be read
month-first by the server's parser, so the clerk never types a date.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget


class DayField(QWidget):
    """A check box ("set") beside a calendar date edit; unchecked means no day."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.enabled_box = QCheckBox(self)
        self.enabled_box.setToolTip(self.tr("Set a date"))
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.date_edit.setDate(QDate.currentDate())
        self.date_edit.setEnabled(False)
        layout.addWidget(self.enabled_box)
        layout.addWidget(self.date_edit, 1)
        self.enabled_box.toggled.connect(self._toggled)
        self.date_edit.dateChanged.connect(lambda _day: self.changed.emit())
        self._read_only = False

    def _toggled(self, on: bool) -> None:
        self.date_edit.setEnabled(on and not self._read_only)
        self.changed.emit()

    def day(self) -> date | None:
        """The picked day, or None when no day is set."""
        if not self.enabled_box.isChecked():
            return None
        picked = self.date_edit.date()
        return date(picked.year(), picked.month(), picked.day())

    def set_day(self, day: date | None) -> None:
        """Show ``day`` (None: no day), without emitting ``changed``."""
        self.blockSignals(True)
        try:
            self.enabled_box.setChecked(day is not None)
            self.date_edit.setDate(QDate(day.year, day.month, day.day) if day else QDate.currentDate())
            self.date_edit.setEnabled(day is not None and not self._read_only)
        finally:
            self.blockSignals(False)

    def set_read_only(self, read_only: bool) -> None:
        """Show the day without letting the clerk change it."""
        self._read_only = read_only
        self.enabled_box.setEnabled(not read_only)
        self.date_edit.setEnabled(self.enabled_box.isChecked() and not read_only)
