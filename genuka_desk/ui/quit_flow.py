"""Closing the main window: the open windows first, then the changes the server has not received.

With changes waiting, the clerk is asked (:func:`.quit_dialog.ask_quit`,
the one place tests answer it): send them now (then close, or ask again
saying why some are left), keep sending in the background (the window goes,
a tray icon stays until the queue is empty), quit anyway (they wait for the
next start), or stay.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from .. import service as _service
from . import quit_dialog
from .bridge import ServiceBridge
from .notices import NewOrderNotices
from .window_part import WindowPart


class QuitFlow(WindowPart):
    """Whether ``window`` may close now, and the ways of sending before it goes.

    ``leaving``: the program closes the window itself (log out, switch
    company): nothing is asked. ``background``: the window is closed, the
    program stays only to finish sending.
    """

    def __init__(
        self,
        window: QWidget,
        service: _service.OrderService,
        bridge: ServiceBridge,
        notices: NewOrderNotices,
        *,
        read_only: bool,
        close_windows: Callable[[], bool],
    ) -> None:
        super().__init__(window)
        self.service = service
        self.bridge = bridge
        self.notices = notices
        self.read_only = read_only
        self.close_windows = close_windows
        self.leaving = False
        self.background = False
        self._send_failed: str | None = None  # why Send now left changes (said when it asks again)
        bridge.queueChanged.connect(self._queue_changed)

    def may_close(self) -> bool:
        """Asked by the window's close: True when it may go now (else it stays, or goes once sent)."""
        if not self.close_windows():
            return False
        unsent = 0 if self.read_only or self.leaving or self.service.closed else self.service.changes.unsent_count()
        if not unsent:
            return True
        answer = self.ask()
        if answer == "send":
            self.bridge.run(self.service.sync(pull=False), self._sent_before_quit, self._sent_before_quit)
        elif answer == "tray":
            self.send_in_background()
        return answer == "quit"

    def ask(self) -> str | None:
        """The question: "send" (now), "tray", "quit" (kept for the next start), None (stay).

        After a "Send now" that left changes, it says why.
        """
        counts = self.service.changes.counts()
        situation = quit_dialog.QuitSituation(
            pending=counts.pending,
            failed=counts.failed,
            conflict=counts.conflict,
            online=self.service.online,
            send_failed=self._send_failed,
            tray=QSystemTrayIcon.isSystemTrayAvailable(),
        )
        self._send_failed = None
        return quit_dialog.ask_quit(self.host(), situation)

    def send_in_background(self) -> None:
        """Quit, but only once everything is sent: the window goes, a tray icon stays until the queue is empty."""
        tray = self.notices.tray_icon()
        menu = QMenu(self.host())
        menu.addAction(self.tr("Open Genuka Desk"), self.notices.bring_back)
        menu.addAction(self.tr("Quit anyway"), self.quit_now)
        tray.setContextMenu(menu)
        tray.setToolTip(self.tr("Genuka Desk: sending the changes, then it quits"))
        tray.show()
        self.background = True
        self.host().hide()
        self.bridge.run(self.service.sync(pull=False), self._maybe_done, self._maybe_done)

    def quit_now(self) -> None:
        """Close the window without asking (the tray's Quit anyway, or everything sent)."""
        self.background = False
        self.leaving = True
        if self.notices.tray is not None:
            self.notices.tray.hide()
        self.host().close()

    def _queue_changed(self, pending: int, failed: int, conflict: int) -> None:
        if self.background and not pending:
            self.quit_now()  # kept running only to finish sending: done (refused ones wait for the next start)

    def _maybe_done(self, *_: object) -> None:
        """In the background: quit once nothing waits any more (a change refused keeps it there, in the tray)."""
        if self.background and self.service.changes.counts().pending == 0:
            self.quit_now()  # refused changes and conflicts wait for the clerk: at the next start

    def _sent_before_quit(self, outcome: object) -> None:
        """Send now is done: close, which asks again, saying why, if some could not be sent."""
        if isinstance(outcome, _service.SyncReport):
            self._send_failed = "offline" if outcome.offline else outcome.error
        elif isinstance(outcome, Exception):
            self._send_failed = self.bridge.message_of(outcome)
        elif isinstance(outcome, str):
            self._send_failed = outcome
        self.host().close()
