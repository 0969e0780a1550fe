"""Edit > Preferences: the language, the dates' way, new orders (how often to look, a notice), the update check,
the receipt printer."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QWidget,
)

from .. import models as _models
from ..models.coerce import WAT
from .dates import COMPUTER, SHOP, moment_text
from .i18n import LANGUAGES, system_language
from .idle_watch import IDLE_CHOICES

if TYPE_CHECKING:
    from .paper.printer_part import PrinterPart


class PreferencesDialog(QDialog):
    """The clerk's preferences; the caller reads them back after ``exec()``."""

    def __init__(
        self,
        language: str,
        daily_update_check: bool,
        parent: QWidget | None = None,
        *,
        poll_seconds: int = 30,
        notify_new: bool = True,
        dates: str = SHOP,
        ways: tuple[str | None, str | None] = ("CM", None),
        now: datetime | None = None,
        settings: QSettings | None = None,
        idle_minutes: int = 0,
        discount_limit: int | None = None,
        may_set_limit: bool = False,
    ) -> None:
        """``language``: the saved choice (fr, en, or "" for the computer's).

        ``dates``: whose way dates follow (``shop`` or ``computer``); ``ways``: the country of
        each (the shop's, this computer's; None: none), each choice shown with ``now`` written so.
        ``settings``: where the receipt printer is kept (its part is shown then; the caller saves it).
        """
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        form = QFormLayout(self)
        self.language = QComboBox(self)
        # "" follows the computer's language (the one used when nothing was chosen).
        self.language.addItem(self.tr("As the computer (%s)") % LANGUAGES[system_language()], "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        form.addRow(self.tr("Language"), self.language)
        self.dates = QComboBox(self)
        shown = (now or datetime.now(WAT)).astimezone(WAT)
        spoken = str(language or system_language())
        shop, computer = ways
        self.dates.addItem(
            self.tr("As in the shop's country, %s (%s)")
            % (_models.country_name(shop or "", spoken), moment_text(shown, spoken, shop or "")),
            SHOP,
        )
        self.dates.addItem(self.tr("As on this computer (%s)") % moment_text(shown, spoken, computer or ""), COMPUTER)
        self.dates.setCurrentIndex(max(0, self.dates.findData(dates)))
        self.dates.setToolTip(self.tr("How dates are written in the list, the orders and the printed documents"))
        form.addRow(self.tr("Dates"), self.dates)
        self.poll = QSpinBox(self)
        self.poll.setRange(10, 3600)
        self.poll.setSuffix(self.tr(" s"))
        self.poll.setValue(poll_seconds)
        form.addRow(self.tr("Look for new orders every"), self.poll)
        self.notify = QCheckBox(self.tr("Tell me when new orders come in (notification and sound)"), self)
        self.notify.setChecked(notify_new)
        form.addRow("", self.notify)
        self.daily_updates = QCheckBox(self.tr("Check for a new version once a day"), self)
        self.daily_updates.setChecked(daily_update_check)
        form.addRow("", self.daily_updates)
        self._lock_row(form, idle_minutes)
        self._limit_row(form, discount_limit, may_set_limit)
        self.printer: PrinterPart | None = None
        if settings is not None:
            from .paper.printer_part import PrinterPart  # loaded with the dialog, not at the start

            self.printer = PrinterPart(settings, self)
            form.addRow(self.printer)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _lock_row(self, form: QFormLayout, minutes: int) -> None:
        """A shared counter PC: lock the desk by itself after a while; the clerk's own PIN (the app connects it)."""
        self.idle_lock = QComboBox(self)
        for choice in IDLE_CHOICES:
            text = self.tr("%n minute(s) without use", "", choice) if choice else self.tr("Never")
            self.idle_lock.addItem(text, choice)
        self.idle_lock.setCurrentIndex(max(0, self.idle_lock.findData(minutes)))
        self.set_pin_button = QPushButton(self.tr("Set my PIN…"), self)
        self.set_pin_button.setToolTip(self.tr("Your 4-digit PIN unlocks this desk (Ctrl+L locks it)"))
        row = QHBoxLayout()
        row.addWidget(self.idle_lock, 1)
        row.addWidget(self.set_pin_button)
        form.addRow(self.tr("Lock the desk after"), row)

    def _limit_row(self, form: QFormLayout, limit: int | None, may_set: bool) -> None:
        """The manager's limit on a clerk's discount (a manager sets it; the service judges each discount)."""
        self.discount_limit = QSpinBox(self)
        self.discount_limit.setRange(-1, 100)
        self.discount_limit.setSpecialValueText(self.tr("No limit"))
        self.discount_limit.setSuffix(" %")
        self.discount_limit.setValue(-1 if limit is None else limit)
        self.discount_limit.setEnabled(may_set)
        self.discount_limit.setToolTip(
            self.tr("Above it, a manager must give the discount")
            if may_set
            else self.tr("Only a manager can set the discount limit.")
        )
        form.addRow(self.tr("Discount limit"), self.discount_limit)

    def chosen_discount_limit(self) -> int | None:
        """The discount limit in percent (None: no limit)."""
        value = self.discount_limit.value()
        return None if value < 0 else value

    def idle_minutes(self) -> int:
        """The minutes without use before the desk locks itself (0: never)."""
        return int(self.idle_lock.currentData())

    def chosen_language(self) -> str:
        """The language code picked (fr or en), "" to follow the computer's."""
        return str(self.language.currentData())

    def chosen_dates(self) -> str:
        """Whose way dates follow: ``shop`` (the shop's country) or ``computer``."""
        return str(self.dates.currentData())
