"""A day the clerk picks from a calendar or types, or no day at all.

Genuka reads ``shipping.scheduled_at`` as ``Y-m-d``; free text would be read
month-first by the server's parser, so a day is sent as the date edit's date, never as
the text typed. The date edits write the day so that no reader takes it for
the month: English spells the month (``7 Dec 2026``; ``07/12/2026`` reads as
July to many), French keeps its ``07/12/2026``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

FRENCH_DAY = "dd/MM/yyyy"


def day_format(locale: QLocale) -> str:
    """A date edit's display format in ``locale``: the month spelled in English, the day first as the country has it.

    ``en_CM`` (and ``en_GB``) write ``d MMM yyyy`` (``7 Dec 2026``), ``en_US`` ``MMM d, yyyy``
    (``Dec 7, 2026``), as the desk writes days (:func:`.dates.day_text`); French ``dd/MM/yyyy``.
    """
    if locale.language() != QLocale.Language.English:
        return FRENCH_DAY
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)  # "dd/MM/yyyy" in Cameroon, "M/d/yy" in the US
    return "MMM d, yyyy" if short.find("M") < short.find("d") else "d MMM yyyy"


class DayEdit(QDateEdit):
    """A date edit with a calendar, in :func:`day_format`; a day is typed as it reads (``7 Dec 2026``, ``07/12/2026``).

    Qt moves on to the next part once the one typed can take no more (``7``:
    no day 70), and then reads the separator typed next as "the part after":
    ``7 Dec 2026`` would skip the month. A separator typed right after such a
    move is the one just crossed, so it is let go.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(day_format(self.locale()))
        self._moved_on = False  # Qt went to the next part by itself at the last key

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Type a day as it is written: the separator after a part Qt left by itself moves no further."""
        text = event.text()
        if self._moved_on and text.isprintable() and text and not text[0].isalnum():
            event.accept()  # (", " after "Dec 7": both are the gap already crossed)
            return
        before = self.currentSectionIndex()
        super().keyPressEvent(event)
        self._moved_on = bool(text) and text[0].isalnum() and self.currentSectionIndex() > before


class DayField(QWidget):
    """A check box ("set") beside a :class:`DayEdit`; unchecked means no day."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.enabled_box = QCheckBox(self)
        self.enabled_box.setToolTip(self.tr("Set a date"))
        self.date_edit = DayEdit(self)
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
