"""The base of a window's parts: a child object of the window, which reaches it through Qt's parent link."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget


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
