"""The base of a window's parts: a child object of the window, which reaches it through Qt's parent link."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget


class WindowPart(QObject):
    """One job of a window (its menus, its row menu, its quit flow…), living and dying with it.

    The part reaches its window through Qt's parent, never a Python
    attribute: the window holds its parts, and a part holding the window back
    would make a cycle keeping a deleted window's Python side alive until the
    next collection (which the desk runs only now and then).
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)

    def host(self) -> QWidget:
        """The window this part belongs to."""
        return cast(QWidget, self.parent())

    def asking_window(self) -> QWidget:
        """The window the clerk asked from (the sale, the till window…), else the part's own.

        A dialog opens over it: one made a child of the main window raises the main window over the
        window the clerk works in, which then hides behind it once the dialog is done.
        """
        return QApplication.activeWindow() or self.host()
