"""Edit > Preferences: the language, new orders (how often to look, a notice), the daily update check."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget

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
    ) -> None:
        """``language``: the saved choice (fr, en, or "" for the computer's)."""
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
