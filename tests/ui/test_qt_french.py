"""Qt's own dialogs (file dialogs, standard buttons) speak French with ours, also where Qt looks elsewhere."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo
from PySide6.QtWidgets import QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from genuka_desk.ui import i18n


def qt_says(context: str, text: str) -> str:
    """Qt's own words (its French puts a no-break space before the colon)."""
    return QCoreApplication.translate(context, text).replace("\xa0", " ")


@pytest.fixture
def back_to_english(qapp: Any) -> Iterator[None]:
    yield
    i18n.install_language("en")


def test_french_translates_qts_own_file_dialog(back_to_english: None) -> None:
    i18n.install_language("fr")
    assert qt_says("QFileDialog", "Look in:") == "Voir dans :"
    assert qt_says("QFileDialog", "Files of type:") == "Fichiers de type :"
    i18n.install_language("en")
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Look in:"


def test_qts_own_french_is_found_when_qt_points_elsewhere(
    back_to_english: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # A frozen program: Qt's idea of its translations folder may be a place that does not exist.
    monkeypatch.setattr(QLibraryInfo, "path", staticmethod(lambda which: str(tmp_path / "nowhere")))
    i18n.install_language("fr")
    assert qt_says("QFileDialog", "Look in:") == "Voir dans :"


def test_the_file_dialog_itself_shows_no_english_in_french(back_to_english: None, qtbot: QtBot) -> None:
    # Qt asks for some texts with their shortcut marks ("&Look in:"), which its own catalogue lacks.
    i18n.install_language("fr")
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = [label.text().replace("&", "").replace("\xa0", " ") for label in dialog.findChildren(QLabel)]
    assert "Voir dans :" in labels and "Fichiers de type :" in labels, labels
    assert not any(english in text for text in labels for english in ("Look in", "Files of", "File name")), labels
