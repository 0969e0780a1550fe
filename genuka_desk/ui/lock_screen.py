"""The lock screen: over the main window, the company's code (asked once), a PIN pad, and a way by password.

A window of its own, frameless and application-modal, laid over the main
window (it follows it): it takes the keyboard even when a dialog was open
under it; the desk's other windows wait hidden or covered
(:mod:`.desk_locker`). The PIN alone says who unlocks: the server's
``login-with-pin`` takes the company's code and the PIN, no user, so the
screen never asks to pick a name for it. The fourth digit sends it. The
company's code comes first, the one time this computer does not know it
(then it is kept). A clerk without a PIN picks their name among those who
worked here lately (their email is filled in) and types their password.
Every refusal is one clear line (:mod:`.lock_words`); nothing typed is ever
shown or kept.
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
    QVBoxLayout,
    QWidget,
)

from ..models.auth import CompanyCard
from ..models.coerce import WAT
from ..service.desk_lock import DeskLock, NoCompanyCode, UnknownCompanyCode, Unlocked
from .bridge import ServiceBridge
from .lock_words import unlock_refusal

KEY_ROLE = Qt.ItemDataRole.UserRole
PIN_LENGTH = 4
CODE_PAGE, PIN_PAGE, PASSWORD_PAGE = 0, 1, 2
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
STYLE = """
LockScreen { background: #1f2a37; }
QFrame#card { background: palette(window); border-radius: 10px; }
QLabel#title { font-size: 18px; font-weight: 600; }
QLabel#heading { font-size: 15px; font-weight: 600; }
QLabel#hint, QLabel#lately { color: palette(placeholder-text); }
QLabel#message { color: #b3261e; }
QPushButton#digit { min-width: 56px; min-height: 44px; font-size: 18px; }
QLineEdit#pin { font-size: 22px; letter-spacing: 8px; }
QLineEdit#code { font-size: 18px; }
"""


def _label(text: str, parent: QWidget, name: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


class Steps(QWidget):
    """The lock screen's steps, one shown at a time, as tall as the one shown.

    (A QStackedWidget is as tall as its tallest page: the short code step
    would sit over the PIN pad's empty height.)
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._pages: list[QWidget] = []
        self._current = -1

    def addWidget(self, page: QWidget) -> None:
        """Add a step (the first one added is shown)."""
        self._pages.append(page)
        self._layout.addWidget(page)
        page.setVisible(len(self._pages) == 1)
        if self._current < 0:
            self._current = 0

    def currentIndex(self) -> int:
        """The step shown."""
        return self._current

    def setCurrentIndex(self, index: int) -> None:
        """Show step ``index`` (the others are hidden, and take no room)."""
        self._current = index
        for n, page in enumerate(self._pages):
            page.setVisible(n == index)


class LockScreen(QWidget):
    """The lock over ``host`` (the main window): the company's code once, then a PIN or a password.

    Says :attr:`unlocked` when a clerk took the desk.
    """

    unlocked = Signal(object)  # the service's Unlocked

    def __init__(self, lock: DeskLock, bridge: ServiceBridge, host: QWidget, *, note: str = "") -> None:
        super().__init__(host, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("LockScreen")
        self.lock = lock
        self.bridge = bridge
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
        self.title = _label(self.tr("The desk is locked"), card, "title")
        layout.addWidget(self.title)
        who = lock.clerk_name
        since = datetime.now(WAT).strftime("%H:%M")  # the shop's time, as the status bar and the till show it
        self.subtitle = _label(
            self.tr("Locked by %s at %s. Your work is kept: the windows stay as they were.") % (who, since)
            if who
            else self.tr("Locked at %s. Your work is kept: the windows stay as they were.") % since,
            card,
        )
        layout.addWidget(self.subtitle)
        self.note = _label(note, card)  # why it locked, when it was not the clerk (a login that ended)
        self.note.setVisible(bool(note))
        layout.addWidget(self.note)
        self.pages = Steps(card)
        self.pages.addWidget(self._code_page())
        self.pages.addWidget(self._pin_page())
        self.pages.addWidget(self._password_page())
        self.pages.setCurrentIndex(PIN_PAGE if lock.company_code else CODE_PAGE)
        layout.addWidget(self.pages)
        self.message = _label("", card, "message")
        layout.addWidget(self.message)
        self.switch = QPushButton(self.tr("No PIN? Use my password"), card)
        self.switch.setFlat(True)
        self.switch.clicked.connect(self.toggle_way)
        layout.addWidget(self.switch, 0, Qt.AlignmentFlag.AlignLeft)
        card.setMinimumWidth(560)
        host.installEventFilter(self)
        self.follow()

    # -- the pages -------------------------------------------------------------------------

    def _code_page(self) -> QWidget:
        """The company's code: asked first, once per computer (the PIN login needs it)."""
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(_label(self.tr("First, your company's code"), page, "heading"))
        layout.addWidget(
            _label(
                self.tr(
                    "This computer asks it once (your manager has it). Then each clerk unlocks the desk "
                    "with their own PIN."
                ),
                page,
            )
        )
        row = QHBoxLayout()
        self.code = QLineEdit(page)
        self.code.setObjectName("code")
        self.code.setPlaceholderText(self.tr("Company code"))
        self.code.setMaxLength(16)  # 02-authentication.md: max 16 characters
        self.code.returnPressed.connect(self.submit_code)
        self.code_button = QPushButton(self.tr("Next"), page)
        self.code_button.clicked.connect(self.submit_code)
        row.addWidget(self.code, 1)
        row.addWidget(self.code_button)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _pin_page(self) -> QWidget:
        """The PIN pad: the PIN alone says who unlocks; beside it, who worked here lately (to read, not to pick)."""
        page = QWidget(self)
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 8, 0, 0)
        left = QVBoxLayout()
        left.addWidget(_label(self.tr("Type your PIN"), page, "heading"))
        self.company = _label("", page, "hint")  # the company, when its code was just checked
        self.company.hide()
        left.addWidget(self.company)
        self.pin = QLineEdit(page)
        self.pin.setObjectName("pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(PIN_LENGTH)
        self.pin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin.textEdited.connect(self._pin_typed)
        self.pin.returnPressed.connect(self.submit_pin)
        left.addWidget(self.pin)
        pad = QGridLayout()
        for n, digit in enumerate("123456789"):
            pad.addWidget(self._key(digit, lambda _=False, d=digit: self.press(d)), n // 3, n % 3)
        pad.addWidget(self._key("⌫", self._erase, self.tr("Erase")), 3, 0)
        pad.addWidget(self._key("0", lambda: self.press("0")), 3, 1)
        pad.addWidget(self._key(self.tr("OK"), self.submit_pin), 3, 2)
        left.addLayout(pad)
        row.addLayout(left)
        right = QVBoxLayout()
        right.addSpacing(28)
        right.addWidget(_label(self.tr("Your PIN alone says who you are: whoever's PIN it is takes the desk."), page))
        names = [clerk.name for clerk in self.lock.recent()]
        self.lately = _label(self.tr("Lately at this desk: %s") % ", ".join(names) if names else "", page, "lately")
        self.lately.setVisible(bool(names))
        right.addWidget(self.lately)
        right.addStretch(1)
        row.addSpacing(16)
        row.addLayout(right, 1)
        return page

    def _key(self, text: str, slot: object, tip: str = "") -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName("digit")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the PIN field keeps the keyboard
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _password_page(self) -> QWidget:
        """A clerk without a PIN: their name among the recent clerks fills in their email; then their password."""
        page = QWidget(self)
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 8, 0, 0)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Who are you?"), page))
        self.clerks = QListWidget(page)
        self.clerks.setMinimumWidth(200)
        for clerk in self.lock.recent():
            item = QListWidgetItem(clerk.name)
            item.setData(KEY_ROLE, clerk.email or "")
            item.setToolTip(clerk.email or "")
            self.clerks.addItem(item)
        self.clerks.currentItemChanged.connect(self._clerk_picked)
        left.addWidget(self.clerks)
        row.addLayout(left)
        right = QVBoxLayout()
        right.addWidget(_label(self.tr("Unlock with your Genuka email and password (needs the connection)."), page))
        self.email = QLineEdit(page)
        self.email.setPlaceholderText(self.tr("Email"))
        self.password = QLineEdit(page)
        self.email.returnPressed.connect(self.password.setFocus)
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self.submit_password)
        self.unlock_button = QPushButton(self.tr("Unlock"), page)
        self.unlock_button.clicked.connect(self.submit_password)
        for widget in (self.email, self.password, self.unlock_button):
            right.addWidget(widget)
        right.addStretch(1)
        row.addLayout(right, 1)
        return page

    def _clerk_picked(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        """A name picked for the password way: their email (when one was typed here before), then the password."""
        if item is None:
            return
        self.email.setText(str(item.data(KEY_ROLE) or ""))
        self.password.clear()
        (self.password if self.email.text() else self.email).setFocus()

    def toggle_way(self) -> None:
        """Between the PIN (the company's code first, when not known) and the password."""
        to_password = self.pages.currentIndex() != PASSWORD_PAGE
        self.pages.setCurrentIndex(PASSWORD_PAGE if to_password else self._pin_way())
        self.switch.setText(self.tr("Use my PIN") if to_password else self.tr("No PIN? Use my password"))
        self.message.clear()
        self._focus()

    def _pin_way(self) -> int:
        return PIN_PAGE if self.lock.company_code else CODE_PAGE

    def _focus(self) -> None:
        page = self.pages.currentIndex()
        if page == CODE_PAGE:
            self.code.setFocus()
        elif page == PIN_PAGE:
            self.pin.setFocus()
        else:
            (self.password if self.email.text() else self.email).setFocus()

    # -- typing --------------------------------------------------------------------------------

    def press(self, digit: str) -> None:
        """A digit of the pad."""
        if self.busy or self.pages.currentIndex() != PIN_PAGE:
            return
        if len(self.pin.text()) < PIN_LENGTH:
            self.pin.setText(self.pin.text() + digit)
            self._pin_typed(self.pin.text())

    def _erase(self) -> None:
        self.pin.setText(self.pin.text()[:-1])

    def _pin_typed(self, text: str) -> None:
        self.message.clear()
        if len(text) == PIN_LENGTH:
            self.submit_pin()

    # -- the company's code, then unlocking ----------------------------------------------------------

    def submit_code(self) -> None:
        """Check the company's code with the server; kept, it is not asked again on this computer."""
        code = self.code.text().strip()
        if self.busy:
            return
        if not code:
            self.message.setText(unlock_refusal(NoCompanyCode()))
            return
        self._set_busy(True)
        self.bridge.run(self.lock.verify_company(code), self._code_checked, self._code_refused)

    def _code_checked(self, card: CompanyCard) -> None:
        self._set_busy(False)
        self.message.clear()
        self.company.setText(card.name or "")
        self.company.setVisible(bool(card.name))
        self.pages.setCurrentIndex(PIN_PAGE)
        self.pin.clear()
        self.pin.setFocus()

    def _code_refused(self, exc: Exception) -> None:
        self._set_busy(False)
        self.message.setText(unlock_refusal(exc))
        self.code.selectAll()  # not a secret: kept to correct, replaced by typing
        self.code.setFocus()

    def submit_pin(self) -> None:
        """Check the PIN typed: whoever's it is unlocks."""
        pin = self.pin.text()
        if self.busy or not pin or self.pages.currentIndex() != PIN_PAGE:
            return
        self._set_busy(True)
        self.bridge.run(self.lock.unlock_with_pin(pin), self._done, self._refused)

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
        self.switch.setEnabled(not busy)
        if busy:
            self.message.setText(self.tr("Checking…"))

    def _refused(self, exc: Exception, *, by_password: bool = False) -> None:
        self._set_busy(False)
        self.pin.clear()
        self.password.clear()
        self.message.setText(unlock_refusal(exc, by_password=by_password))
        if isinstance(exc, NoCompanyCode | UnknownCompanyCode) and not by_password:
            # The code is not known (any more), or the server knows it no more: asked again before the PIN.
            self.pages.setCurrentIndex(CODE_PAGE)
            self.code.setText(self.lock.company_code or "")
            self.code.selectAll()
        self._focus()

    def _done(self, result: Unlocked) -> None:
        self._set_busy(False)
        self.pin.clear()
        self.password.clear()
        self.unlocked.emit(result)

    # -- over the main window ---------------------------------------------------------------------

    @property
    def host(self) -> QWidget:
        """The main window under it (its parent: no reference of its own, which could outlive the window)."""
        host = self.parentWidget()
        assert host is not None
        return host

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
        self._focus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.pin.clear()  # Esc never closes the lock
            return
        if event.key() in _ENTER:
            return  # an Enter after the fourth digit (which already sent the PIN): nothing else takes it
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
