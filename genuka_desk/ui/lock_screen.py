"""The lock screen: over the main window, the recent clerks of this PC, a PIN pad, and a way by password.

A window of its own, frameless and application-modal, laid over the main
window (it follows it): it takes the keyboard even when a dialog was open
under it, and the windows under it stay as they were (their content hidden
by :mod:`.desk_locker`'s covers). The clerk picks their name (needed only
offline, when two kept PINs could match) and types four digits: the fourth
sends it. A clerk without a PIN uses their email and password. Every refusal
is one clear line (:mod:`.lock_words`); nothing typed is ever shown or kept.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..models.coerce import WAT
from ..service.desk_lock import DeskLock, Unlocked
from .bridge import ServiceBridge
from .lock_words import unlock_refusal

KEY_ROLE = Qt.ItemDataRole.UserRole
PIN_LENGTH = 4
STYLE = """
LockScreen { background: #1f2a37; }
QFrame#card { background: palette(window); border-radius: 10px; }
QLabel#title { font-size: 18px; font-weight: 600; }
QLabel#message { color: #b3261e; }
QPushButton#digit { min-width: 56px; min-height: 44px; font-size: 18px; }
QLineEdit#pin { font-size: 22px; letter-spacing: 8px; }
"""


class LockScreen(QWidget):
    """The lock over ``host`` (the main window): who unlocks, and how. Says :attr:`unlocked` when done."""

    unlocked = Signal(object)  # the service's Unlocked

    def __init__(self, lock: DeskLock, bridge: ServiceBridge, host: QWidget, *, note: str = "") -> None:
        super().__init__(host, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("LockScreen")
        self.lock = lock
        self.bridge = bridge
        self.host = host
        self.busy = False
        self.releasing = False
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowTitle(self.tr("Genuka Desk — Locked"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        card = QFrame(self)
        card.setObjectName("card")
        row.addWidget(card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(28, 24, 28, 24)
        self.title = QLabel(self.tr("The desk is locked"), card)
        self.title.setObjectName("title")
        layout.addWidget(self.title)
        who = lock.clerk_name
        since = datetime.now(WAT).strftime("%H:%M")  # the shop's time, as the status bar and the till show it
        self.subtitle = QLabel(
            self.tr("Locked by %s at %s. Your work is kept: the windows stay as they were.") % (who, since)
            if who
            else self.tr("Locked at %s. Your work is kept: the windows stay as they were.") % since,
            card,
        )
        self.subtitle.setWordWrap(True)
        layout.addWidget(self.subtitle)
        self.note = QLabel(note, card)  # why it locked, when it was not the clerk (a login that ended)
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        layout.addWidget(self.note)
        self.pages = QStackedWidget(card)
        self.pages.addWidget(self._pin_page())
        self.pages.addWidget(self._password_page())
        layout.addWidget(self.pages)
        self.message = QLabel(card)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.switch = QPushButton(self.tr("No PIN? Use my password"), card)
        self.switch.setFlat(True)
        self.switch.clicked.connect(self.toggle_way)
        layout.addWidget(self.switch, 0, Qt.AlignmentFlag.AlignLeft)
        card.setMinimumWidth(560)
        host.installEventFilter(self)
        self.follow()

    # -- the two ways ----------------------------------------------------------------------

    def _pin_page(self) -> QWidget:
        page = QWidget(self)
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 8, 0, 0)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Who are you?"), page))
        self.clerks = QListWidget(page)
        self.clerks.setMinimumWidth(220)
        current = self.lock.current_key
        for clerk in self.lock.recent():
            item = QListWidgetItem(clerk.name if clerk.has_pin else self.tr("%s (password)") % clerk.name)
            item.setData(KEY_ROLE, clerk.key)
            self.clerks.addItem(item)
            if clerk.key == current:
                self.clerks.setCurrentItem(item)
        left.addWidget(self.clerks)
        row.addLayout(left)
        right = QVBoxLayout()
        self.code = QLineEdit(page)  # the company's code, asked once (then kept in the profile)
        self.code.setPlaceholderText(self.tr("Company code"))
        self.code.setVisible(not self.lock.company_code)
        right.addWidget(self.code)
        right.addWidget(QLabel(self.tr("PIN"), page))
        self.pin = QLineEdit(page)
        self.pin.setObjectName("pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(PIN_LENGTH)
        self.pin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin.textEdited.connect(self._pin_typed)
        self.pin.returnPressed.connect(self.submit_pin)
        self.clerks.itemClicked.connect(lambda _item: self.pin.setFocus())
        right.addWidget(self.pin)
        pad = QGridLayout()
        for n, digit in enumerate("123456789"):
            pad.addWidget(self._key(digit, lambda _=False, d=digit: self.press(d)), n // 3, n % 3)
        pad.addWidget(self._key("⌫", self._erase, self.tr("Erase")), 3, 0)
        pad.addWidget(self._key("0", lambda: self.press("0")), 3, 1)
        pad.addWidget(self._key(self.tr("OK"), self.submit_pin), 3, 2)
        right.addLayout(pad)
        row.addLayout(right)
        return page

    def _key(self, text: str, slot: object, tip: str = "") -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName("digit")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the PIN field keeps the keyboard
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _password_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Unlock with your Genuka email and password (needs the connection)."), page))
        self.email = QLineEdit(page)
        self.email.setPlaceholderText(self.tr("Email"))
        self.password = QLineEdit(page)
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self.submit_password)
        self.unlock_button = QPushButton(self.tr("Unlock"), page)
        self.unlock_button.clicked.connect(self.submit_password)
        for widget in (self.email, self.password, self.unlock_button):
            layout.addWidget(widget)
        layout.addStretch(1)
        return page

    def toggle_way(self) -> None:
        """Between the PIN pad and the password form."""
        by_password = self.pages.currentIndex() == 0
        self.pages.setCurrentIndex(1 if by_password else 0)
        self.switch.setText(self.tr("Use my PIN") if by_password else self.tr("No PIN? Use my password"))
        self.message.clear()
        if by_password:
            picked = self._picked()
            kept = next((c for c in self.lock.recent() if c.key == picked), None)
            if kept is not None and kept.email and not self.email.text():
                self.email.setText(kept.email)
            (self.password if self.email.text() else self.email).setFocus()
        else:
            self.pin.setFocus()

    # -- typing --------------------------------------------------------------------------------

    def press(self, digit: str) -> None:
        """A digit of the pad."""
        if len(self.pin.text()) < PIN_LENGTH:
            self.pin.setText(self.pin.text() + digit)
            self._pin_typed(self.pin.text())

    def _erase(self) -> None:
        self.pin.setText(self.pin.text()[:-1])

    def _pin_typed(self, text: str) -> None:
        self.message.clear()
        if len(text) == PIN_LENGTH:
            self.submit_pin()

    def _picked(self) -> str | None:
        item = self.clerks.currentItem()
        return str(item.data(KEY_ROLE)) if item is not None else None

    # -- unlocking -------------------------------------------------------------------------------

    def submit_pin(self) -> None:
        """Check the PIN typed (the company code first, the one time it is asked)."""
        pin = self.pin.text()
        if self.busy or not pin:
            return
        self._set_busy(True)
        code = self.code.text().strip() if self.code.isVisible() else ""
        if code:
            self.bridge.run(self.lock.verify_company(code), lambda _card: self._pin_now(pin), self._refused)
        else:
            self._pin_now(pin)

    def _pin_now(self, pin: str) -> None:
        if self.lock.company_code:
            self.code.hide()  # verified: kept in the profile, not asked again
        self.bridge.run(self.lock.unlock_with_pin(pin, self._picked()), self._done, self._refused)

    def submit_password(self) -> None:
        """Check the email and password with the server."""
        if self.busy or not self.email.text().strip() or not self.password.text():
            return
        self._set_busy(True)
        work = self.lock.unlock_with_password(self.email.text(), self.password.text())
        self.bridge.run(work, self._done, lambda exc: self._refused(exc, by_password=True))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.pages.setEnabled(not busy)
        if busy:
            self.message.setText(self.tr("Checking…"))

    def _refused(self, exc: Exception, *, by_password: bool = False) -> None:
        self._set_busy(False)
        self.pin.clear()
        self.password.clear()
        self.message.setText(unlock_refusal(exc, by_password=by_password))
        (self.password if by_password else self.pin).setFocus()

    def _done(self, result: Unlocked) -> None:
        self._set_busy(False)
        self.pin.clear()
        self.password.clear()
        self.unlocked.emit(result)

    # -- over the main window ---------------------------------------------------------------------

    def follow(self) -> None:
        """Lie exactly over the main window (its frame included)."""
        self.setGeometry(self.host.frameGeometry())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.host and event.type() in (QEvent.Type.Move, QEvent.Type.Resize):
            self.follow()
        return False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.follow()
        self.raise_()
        self.activateWindow()
        (self.pin if self.pages.currentIndex() == 0 else self.email).setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.pin.clear()  # Esc never closes the lock
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.releasing:
            event.ignore()  # only an unlock lifts it (Alt+F4 on it does nothing)
            return
        event.accept()

    def release(self) -> None:
        """Lift the lock screen (after an unlock)."""
        self.releasing = True
        self.host.removeEventFilter(self)
        self.close()
        self.deleteLater()
