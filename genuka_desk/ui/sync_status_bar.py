"""The main window's status bar: online or not, what waits to be sent, the sync's progress and its last time.

It follows the service's events (through the bridge) and holds the
"Sync now" action (F5), off while a sync it started runs. On a counter PC
clerks share, it names the clerk at the desk (after each unlock).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QProgressBar, QSizePolicy, QStatusBar, QWidget

from .. import service as _service
from ..models.coerce import WAT
from .banners import banner
from .bridge import ServiceBridge


class SyncStatusBar(QStatusBar):
    """Where the sync stands, at the window's foot; ``online`` is what the last connectivity event said."""

    def __init__(self, service: _service.OrderService, bridge: ServiceBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)  # as QMainWindow.statusBar() makes it
        self.service = service
        self.bridge = bridge
        self.online = False
        self.last_sync: datetime | None = None
        self.sync_action = QAction(self.tr("Sync now"), self)
        self.sync_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.sync_action.triggered.connect(self.sync_now)
        self.online_label = QLabel(self.tr("Connecting…"))
        self.pending_label = QLabel()
        self.last_sync_label = QLabel(self.tr("Not synced yet"))
        self.clerk_label = QLabel()  # who works at the desk (a shared counter PC: changed by each unlock)
        self.clerk_label.hide()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(180)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.offline_banner = banner(
            self.tr(
                "You are offline. Your edits are kept on this computer and will be sent"
                " as soon as the connection returns."
            )
        )
        self.addWidget(self.online_label)
        self.addWidget(self.pending_label)
        # Here, not above the list: the list never moves when the network drops or comes back.
        self.addWidget(self.offline_banner, 1)
        self.addPermanentWidget(self.clerk_label)
        self.addPermanentWidget(self.progress)
        self.addPermanentWidget(self.last_sync_label)
        bridge.queueChanged.connect(self.show_queue)
        bridge.connectivityChanged.connect(self.show_connectivity)
        bridge.syncProgress.connect(self.show_progress)
        bridge.syncFinished.connect(self.sync_finished)

    def catch_up(self) -> None:
        """Show where things stand now: a sync may have run before this bar existed."""
        counts = self.service.changes.counts()
        self.show_queue(counts.pending, counts.failed, counts.conflict)
        if self.service.online is not None:
            self.show_connectivity(self.service.online, "")
        if self.service.last_sync is not None:
            self.show_last_sync(self.service.last_sync)

    def show_clerk(self, name: str) -> None:
        """The clerk at the desk (``""``: the session names nobody, an API key: nothing shown)."""
        self.clerk_label.setText(self.tr("At the desk: %s") % name if name else "")
        self.clerk_label.setToolTip(
            self.tr("Lock the desk (Ctrl+L): the next clerk unlocks with their PIN.") if name else ""
        )
        self.clerk_label.setVisible(bool(name))

    def sync_now(self) -> None:
        """F5: send the queue and fetch changes now."""
        self.sync_action.setEnabled(False)
        self.bridge.run(self.service.sync(), on_done=lambda _: self.sync_action.setEnabled(True))

    def refresh_everything(self) -> None:
        """View > Refresh everything: every order fetched again (what the server holds wins, queued changes stay)."""
        self.sync_action.setEnabled(False)
        self.bridge.run(self.service.sync(full=True), on_done=lambda _: self.sync_action.setEnabled(True))

    def show_queue(self, pending: int, failed: int, conflict: int) -> None:
        """What waits: to be sent, refused, in conflict ("All changes sent" when nothing)."""
        parts = []
        if pending:
            parts.append(self.tr("%n change(s) waiting", "", pending))
        if failed:
            parts.append(self.tr("%n refused", "", failed))
        if conflict:
            parts.append(self.tr("%n in conflict", "", conflict))
        self.pending_label.setText(" · ".join(parts) if parts else self.tr("All changes sent"))

    def show_connectivity(self, online: bool, reason: str) -> None:
        """Online or offline (``reason`` in the tooltip); offline, the strip says the edits are kept."""
        self.online = online
        self.offline_banner.setVisible(not online)
        if not online:
            self.progress.hide()  # nothing is received or sent offline
        self.online_label.setText(self.tr("Online") if online else self.tr("Offline"))
        self.online_label.setToolTip(reason)

    def show_progress(self, phase: str, done: int, total: int) -> None:
        """A sync's progress: ``done`` of ``total`` (0: not known) in ``phase`` (sending or receiving)."""
        if not done:
            # Nothing moved yet: offline, a try of the first change (retried for seconds) would show
            # an empty bar beside "Offline", which says nothing.
            return
        self.progress.show()
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        else:
            self.progress.setRange(0, 0)
        self.progress.setToolTip(
            self.tr("Sending changes") if phase == _service.SyncPhase.PUSH else self.tr("Receiving orders")
        )

    def sync_finished(self, event: _service.SyncFinished) -> None:
        """A sync ended: its time when it went through, else the server's trouble (when it was reached)."""
        self.progress.hide()
        self.sync_action.setEnabled(True)
        if event.error is None:
            self.show_last_sync(datetime.now().astimezone())
            if self.online:
                self.online_label.setText(self.tr("Online"))
                self.online_label.setToolTip("")
        elif self.online:
            # Reached, but the server fails what it is asked: not "Online" as if all were well.
            self.online_label.setText(self.tr("Server trouble, retrying"))
            self.online_label.setToolTip(event.error)

    def show_last_sync(self, when: datetime) -> None:
        """The time of the last sync that went through (the shop's time)."""
        self.last_sync = when
        self.last_sync_label.setText(self.tr("Last sync %s") % when.astimezone(WAT).strftime("%H:%M"))
