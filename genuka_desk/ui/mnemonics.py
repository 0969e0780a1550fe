"""Menus the keyboard can walk: every entry has its own Alt letter (``&File``), none shared within one menu.

The main window's own entries carry theirs in their texts, chosen in each
language (``&Fichier``, ``É&dition``). Menus also hold actions other parts
own (the status bar's Sync now, the filters', the till's): those get the
first letter still free in their menu when it opens, a word's first letter
if one is, so a menu never has two entries on one letter, in any language.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMenu, QMenuBar

_HOOKED = "mnemonicsHooked"  # a menu's property: it gives its entries their letters each time it opens


def mnemonic(text: str) -> str | None:
    """The letter after the single ``&`` of ``text``, lower-cased (None: none; ``&&`` is a plain ``&``)."""
    at = 0
    while (at := text.find("&", at)) >= 0 and at + 1 < len(text):
        if text[at + 1] != "&":
            return text[at + 1].lower()
        at += 2
    return None


def _plain(char: str) -> bool:
    """A letter or digit every keyboard types (an accented one is not on every layout)."""
    return char.isascii() and char.isalnum()


def with_mnemonic(text: str, taken: set[str]) -> str | None:
    """``text`` with a letter not in ``taken`` marked: a word's first letter, else any; None when none is free."""
    label = text.split("\t", 1)[0]  # (a shortcut written after a tab is no candidate)
    starts = [n for n, char in enumerate(label) if _plain(char) and (n == 0 or not label[n - 1].isalnum())]
    others = [n for n, char in enumerate(label) if _plain(char) and n not in starts]
    for n in starts + others:
        if label[n].lower() not in taken:
            return text[:n] + "&" + text[n:]
    return None


def give_mnemonics(menu: QMenu | QMenuBar) -> None:
    """Each entry of ``menu`` its own letter: the ones its text chose, in order, then one free for the rest.

    An entry whose letter an entry above it already has loses it for a free one.
    """
    taken: set[str] = set()
    later = []
    for action in menu.actions():
        if action.isSeparator() or not action.text():
            continue
        letter = mnemonic(action.text())
        if letter is None or letter in taken:
            later.append(action)
        else:
            taken.add(letter)
    for action in later:
        text = action.text()
        if mnemonic(text) is not None:  # a letter another entry has: dropped (a written "&&" stays)
            text = text.replace("&&", "\0").replace("&", "").replace("\0", "&&")
        marked = with_mnemonic(text, taken)
        if marked is not None:
            action.setText(marked)
            taken.add(mnemonic(marked) or "")


def _hook(menu: QMenu) -> None:
    """``menu`` gives its entries (and its submenus' titles) letters each time it opens."""
    if menu.property(_HOOKED):
        return
    menu.setProperty(_HOOKED, True)
    menu.aboutToShow.connect(lambda: _opening(menu))


def _opening(menu: QMenu) -> None:
    give_mnemonics(menu)
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            _hook(sub)  # (filled later, or by another part: it gives its own letters when it opens)


def keep_mnemonics(bar: QMenuBar) -> None:
    """The menu bar's titles their letters now, and every menu its entries' letters whenever it opens."""
    give_mnemonics(bar)
    for menu in bar.findChildren(QMenu):
        _hook(menu)
