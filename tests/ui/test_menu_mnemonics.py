"""The menus the keyboard walks, in both languages: Alt and a letter opens each menu, each entry has its letter,
and no two entries of one menu (nor two menus of the bar) share one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar
from pytestqt.qtbot import QtBot

from genuka_desk.ui.i18n import install_language
from genuka_desk.ui.main_window import MainWindow
from genuka_desk.ui.mnemonics import give_mnemonics, mnemonic, with_mnemonic
from tests.support.gui import WAIT, Gui


@pytest.fixture
def back_to_english() -> Iterator[None]:
    yield
    install_language("en")


def window_in(gui: Gui, qtbot: QtBot, language: str, folder: Path) -> MainWindow:
    install_language(language)
    settings = QSettings(str(folder / f"{language}.ini"), QSettings.Format.IniFormat)
    window = MainWindow(gui.service, gui.bridge, locale=language, settings=settings)
    qtbot.addWidget(window)
    window.show()
    return window


def letters(menu: QMenu | QMenuBar) -> list[tuple[str, str]]:
    """Each entry's text and the key Qt gives it ("" for none), separators left out."""
    return [
        (a.text(), QKeySequence.mnemonic(a.text()).toString())
        for a in menu.actions()
        if not a.isSeparator() and a.text()
    ]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_menu_and_entry_has_its_own_letter(
    gui: Gui, qtbot: QtBot, tmp_path: Path, back_to_english: None, language: str
) -> None:
    window = window_in(gui, qtbot, language, tmp_path)
    bar = window.menuBar()
    titles = letters(bar)
    assert len(titles) == 5 and all(key for _, key in titles), titles
    assert len({key for _, key in titles}) == len(titles), titles  # (French: "&Affichage" and "&Aide" both had A)
    menus = bar.findChildren(QMenu)
    assert len(menus) >= 6  # File, Edit, View and its Columns, Till, Help
    for menu in menus:
        menu.aboutToShow.emit()  # (the entries other parts own get their letters as the menu opens)
        entries = letters(menu)
        assert entries, menu.title()
        assert all(key for _, key in entries), (menu.title(), entries)
        assert len({key for _, key in entries}) == len(entries), (menu.title(), entries)
    file_menu = next(m for m in menus if m.title() in ("&File", "&Fichier"))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    qtbot.keyClick(window.filters.search, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # Alt+F opens File
    qtbot.waitUntil(file_menu.isVisible, timeout=WAIT)
    file_menu.hide()


def test_a_letter_is_found_for_an_entry_without_one_and_a_shared_one_is_given_another(qtbot: QtBot) -> None:
    assert mnemonic("&File") == "f" and mnemonic("Aid&e") == "e" and mnemonic("Salt && pepper") is None
    assert with_mnemonic("À traiter", {"t"}) == "À t&raiter"  # a plain letter: every keyboard types it
    assert with_mnemonic("Sync now", set()) == "&Sync now"
    assert with_mnemonic("Sync now", {"s"}) == "Sync &now"  # a word's first letter first
    menu = QMenu()
    for text in ("&Open", "&Other", "Close", "Copy", "Salt &&Co"):
        menu.addAction(text)
    give_mnemonics(menu)
    texts = [a.text() for a in menu.actions()]
    assert texts[0] == "&Open" and texts[2].count("&") == 1 and mnemonic(texts[1]) not in (None, "o"), texts
    keys = [mnemonic(t) for t in texts]
    assert None not in keys and len(set(keys)) == len(keys), texts
    assert "&&" in texts[4], texts  # a written ampersand stays one
