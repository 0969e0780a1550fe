"""Edit > Preferences: the language and the daily update check."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QWidget

from .i18n import LANGUAGES, system_language


class PreferencesDialog(QDialog):
    """The clerk's preferences; the caller reads them back after ``exec()``."""

    def __init__(self, language: str, daily_update_check: bool, parent: QWidget | None = None) -> None:
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
