"""The document dialogs' buttons speak the clerk's language (their texts are found by lupdate, in their context)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from genuka_desk.ui.i18n import install_language
from genuka_desk.ui.paper.buttons import paper_buttons


class Verbs(QWidget):
    """A dialog's verbs, counting the presses."""

    def __init__(self) -> None:
        super().__init__()
        self.pressed: list[str] = []

    def preview(self) -> None:
        self.pressed.append("preview")

    def print_with_dialog(self) -> None:
        self.pressed.append("print")

    def print_again(self) -> None:
        self.pressed.append("again")

    def save_pdf_dialog(self) -> None:
        self.pressed.append("pdf")


def test_the_row_is_in_french_and_runs_each_verb(qtbot: QtBot) -> None:
    install_language("fr")
    try:
        verbs = Verbs()
        qtbot.addWidget(verbs)
        buttons = paper_buttons(verbs, verbs, QVBoxLayout(verbs))
        assert [b.text() for b in buttons] == ["Aperçu…", "Imprimer…", "Réimprimer", "Enregistrer en PDF…"]
        for button in buttons:
            button.click()
        assert verbs.pressed == ["preview", "print", "again", "pdf"]
    finally:
        install_language("en")
