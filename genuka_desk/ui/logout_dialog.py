"""File > Log out: confirm, say what happens to unsent changes, optionally delete the local copy."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget


class LogoutDialog(QMessageBox):
    """Asks before logging out; warns when changes were not sent yet."""

    def __init__(self, unsent: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unsent = unsent
        self.setWindowTitle(self.tr("Log out"))
        self.setIcon(QMessageBox.Icon.Warning if unsent else QMessageBox.Icon.Question)
        self.setText(self.tr("Log out of Genuka Desk? The saved key is forgotten on this computer."))
        if unsent:
            self.setInformativeText(
                self.tr(
                    "%n change(s) were not sent yet. They stay on this computer and are sent after the next"
                    " login, unless you delete the local data: then they are lost.",
                    "",
                    unsent,
                )
            )
        self.forget_box = QCheckBox(self.tr("Also delete the orders stored on this computer"), self)
        self.setCheckBox(self.forget_box)
        self.logout_button = self.addButton(self.tr("Log out"), QMessageBox.ButtonRole.AcceptRole)
        self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(QMessageBox.StandardButton.Cancel)

    def forget_data(self) -> bool:
        """Whether the clerk asked to delete the local copy too."""
        return self.forget_box.isChecked()

    def chosen(self) -> bool:
        """Whether the clerk pressed Log out."""
        return self.clickedButton() is self.logout_button
