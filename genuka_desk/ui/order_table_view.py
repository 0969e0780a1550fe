"""The order list's table view: the rows about to be painted are filled first, and paints go before a sync's storing."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QTableView

from .order_list_mirror import ListMirror


class OrderTableView(QTableView):
    """A ``QTableView`` over a :class:`ListMirror`; its paint holds ``foreground`` (the service's).

    Before each paint the mirror is asked to hold the rows on screen, so the
    paint itself runs in Qt alone. ``foreground`` makes a sync storing pages
    wait meanwhile: its Python steps would otherwise take the GIL from us.
    """

    def __init__(self, foreground: Callable[[], AbstractContextManager[None]], parent: Any = None) -> None:
        super().__init__(parent)
        self._foreground = foreground

    def paintEvent(self, event: QPaintEvent) -> None:
        with self._foreground():
            model = self.model()
            if isinstance(model, ListMirror) and model.rowCount():
                first = max(0, self.rowAt(0))
                last = self.rowAt(self.viewport().height() - 1)
                model.hold(first, model.rowCount() - 1 if last < 0 else last)
            super().paintEvent(event)
