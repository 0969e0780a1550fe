"""Edit > Preferences: the language, the dates' way, new orders (how often to look, a notice), the update check."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget

from .. import models as _models
from ..models.coerce import WAT
from .dates import COMPUTER, SHOP, moment_text
from .i18n import LANGUAGES, system_language


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
    ) -> None:
        """``language``: the saved choice (fr, en, or "" for the computer's).

        ``dates``: whose way dates follow (``shop`` or ``computer``); ``ways``: the country of
        each (the shop's, this computer's; None: none), each choice shown with ``now`` written so.
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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen_language(self) -> str:
        """The language code picked (fr or en), "" to follow the computer's."""
        return str(self.language.currentData())

    def chosen_dates(self) -> str:
        """Whose way dates follow: ``shop`` (the shop's country) or ``computer``."""
        return str(self.dates.currentData())
