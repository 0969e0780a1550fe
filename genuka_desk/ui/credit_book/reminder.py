"""The reminder: the words to send a customer who owes, in their language, for the clerk to change, then WhatsApp."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ...service.credit_book import Debtor


class ReminderDialog(QDialog):
    """The reminder's words (the desk's proposal in ``language``, editable); :meth:`words` once accepted."""

    def __init__(self, debtor: Debtor, words: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reminder to %s") % (debtor.name or debtor.phone))
        layout = QVBoxLayout(self)
        said = {
            "fr": self.tr("In French: the customer's language, else the desk's. Change the words as you wish:"),
            "en": self.tr("In English: the customer's language, else the desk's. Change the words as you wish:"),
        }
        layout.addWidget(QLabel(said.get(language, said["en"]), self))
        self.text = QPlainTextEdit(self)
        self.text.setPlainText(words)
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, parent=self)
        send = buttons.addButton(self.tr("Open in &WhatsApp"), QDialogButtonBox.ButtonRole.AcceptRole)
        send.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 260)

    def words(self) -> str:
        """What the clerk will send."""
        return self.text.toPlainText().strip()
