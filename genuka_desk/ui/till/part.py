"""The till's part of the main window: its status bar button, its menu entries, its dialogs and its window.

The window makes one :class:`TillPart` and puts :attr:`TillPart.bar` in
its status bar and :meth:`TillPart.fill` in its Till menu. Who may do
what: a read-only login neither opens nor closes the till (it does not
sell); a manager's review (approve or reject a count that differs) is
offered to a login that may change orders (``may_review``, see
:mod:`.review` for why the desk cannot tell a manager apart yet), and the
server judges the rest.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from ... import service as _service
from ..bridge import ServiceBridge
from ..open_windows import OpenWindows, bring_up
from ..window_part import WindowPart
from .bar import TillBar
from .held import held_change
from .words import OPENED

TILL_WINDOW = "till"  # its key among the desk's open windows
WINDOW_SHORTCUT = "Ctrl+Shift+T"


class TillPart(WindowPart):
    """The till in the main window (see the module)."""

    def __init__(
        self,
        window: QWidget,
        service: _service.OrderService,
        bridge: ServiceBridge,
        settings: QSettings,
        windows: OpenWindows,
        *,
        language: str,
        read_only: bool,
    ) -> None:
        super().__init__(window)
        self.service, self.bridge, self.settings, self.windows = service, bridge, settings, windows
        self.language = language
        self.read_only = read_only
        self.may_review = not read_only
        self.bar = TillBar(service, bridge, language, window)
        self.bar.opened.connect(self.show_window)
        self.open_action = QAction(self.tr("Open the till…"), self)
        self.open_action.triggered.connect(self.open_till)
        self.close_action = QAction(self.tr("Close the till…"), self)
        self.close_action.triggered.connect(self.close_till)
        self.window_action = QAction(self.tr("Till and Z reports…"), self)
        self.window_action.setShortcut(QKeySequence(WINDOW_SHORTCUT))
        self.window_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.window_action.triggered.connect(self.show_window)
        for signal in (bridge.ordersChanged, bridge.queueChanged, bridge.syncFinished):
            signal.connect(self._enable)
        self._enable()

    def fill(self, menu: QMenu) -> None:
        """The Till menu's entries."""
        menu.addAction(self.open_action)
        menu.addAction(self.close_action)
        menu.addSeparator()
        menu.addAction(self.window_action)

    def _enable(self, *_: object) -> None:
        """Open while no session is open, Close while one is (neither for a read-only login).

        Not Close while the sync holds the session's opening for the clerk: that close would be held too
        (its session is not open on the server); the till window says what to decide first.
        """
        if self.service.closed:
            return
        view = self.service.till.current()
        held = held_change(self.service, view) is not None
        # A shift closed and awaiting a manager (or the sync) does not keep the next one from opening.
        self.open_action.setEnabled(not self.read_only and (view is None or view.session.status != OPENED))
        self.close_action.setEnabled(
            not self.read_only and view is not None and view.session.status == OPENED and not held
        )
        tip = self.tr("This login only reads: it does not open or close the till.") if self.read_only else ""
        self.open_action.setToolTip(tip)
        held_tip = self.tr("First decide about the held opening in the till window.")
        self.close_action.setToolTip(held_tip if held and not self.read_only else tip)

    def open_till(self) -> QWidget:
        """Till > Open the till…: the opening count (it explains when the till cannot be opened)."""
        from .open_dialog import OpenTillDialog

        dialog = OpenTillDialog(self.service, self.bridge, language=self.language, parent=self.asking_window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def close_till(self) -> QWidget:
        """Till > Close the till…: the closing count, then its outcome and the Z report."""
        from .close_dialog import CloseTillDialog

        dialog = CloseTillDialog(self.service, self.bridge, language=self.language, parent=self.asking_window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.on_report = lambda key: self.z_report(key, dialog)
        dialog.open()
        return dialog

    def show_window(self) -> QWidget:
        """Till > Till and Z reports… (and a click on the bar): the till window, raised when already open."""
        from .window import TillWindow

        window = self.windows.windows.get(TILL_WINDOW)
        if window is None:
            window = TillWindow(
                self.service,
                self.bridge,
                self.language,
                actions=[self.open_action, self.close_action],
                may_review=self.may_review,
            )
            window.reportAsked.connect(lambda key: self.z_report(key, window))
            self.windows.keep(TILL_WINDOW, window)
        bring_up(window)
        return window

    def z_report(self, key: str, parent: QWidget | None = None) -> QWidget:
        """A session's Z report, to print or save as PDF."""
        from .z_dialog import ZReportDialog

        dialog = ZReportDialog(
            self.service, self.bridge, key, self.settings, language=self.language, parent=parent or self.host()
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
