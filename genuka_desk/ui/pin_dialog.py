"""Preferences > Set my PIN: the clerk at the desk sets their 4-digit PIN (``POST /user/set-pin``), typed twice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from ..service.desk_lock import DeskLock
from .bridge import ServiceBridge
from .lock_words import unlock_refusal


class PinDialog(QDialog):
    """Two PIN fields; OK sets it on the server (and keeps its hash here for an offline unlock)."""

    def __init__(self, lock: DeskLock, bridge: ServiceBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lock = lock
        self.bridge = bridge
        self.setWindowTitle(self.tr("My PIN"))
        form = QFormLayout(self)
        intro = QLabel(
            self.tr("%s: your PIN unlocks this desk after Lock (Ctrl+L). Four digits, only yours.")
            % (lock.clerk_name or self.tr("You")),
            self,
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.pin = self._field()
        self.again = self._field()
        form.addRow(self.tr("New PIN"), self.pin)
        form.addRow(self.tr("Once more"), self.again)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color:#b3261e")
        form.addRow(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.send)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def _field(self) -> QLineEdit:
        field = QLineEdit(self)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setMaxLength(4)
        field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return field

    def send(self) -> None:
        """Set the PIN on the server; the dialog closes when it took it, else says why."""
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Checking…"))
        self.bridge.run(self.lock.set_pin(self.pin.text(), self.again.text()), self._done, self._refused)

    def _done(self, _result: None) -> None:
        self.accept()

    def _refused(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        self.pin.clear()
        self.again.clear()
        self.message.setText(unlock_refusal(exc))
        self.pin.setFocus()
