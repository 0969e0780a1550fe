"""First start: where the Genuka server is and who logs in (or: try the demo)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import service as _service


class LoginDialog(QDialog):
    """Server URL, then email and password or an API key; "Try the demo" needs nothing."""

    def __init__(
        self, base_url: str = _service.DEFAULT_BASE_URL, email: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log in to Genuka"))
        self.wants_demo = False
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Connect genuka-desk to your Genuka shop."), self)
        layout.addWidget(intro)
        form = QFormLayout()
        self.server = QLineEdit(base_url, self)
        form.addRow(self.tr("Server"), self.server)
        layout.addLayout(form)
        self.tabs = QTabWidget(self)
        account = QWidget(self)
        account_form = QFormLayout(account)
        self.email = QLineEdit(email, account)
        self.password = QLineEdit(account)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        account_form.addRow(self.tr("Email"), self.email)
        account_form.addRow(self.tr("Password"), self.password)
        key = QWidget(self)
        key_form = QFormLayout(key)
        self.api_key = QLineEdit(key)
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.company = QLineEdit(key)
        key_form.addRow(self.tr("API key"), self.api_key)
        key_form.addRow(self.tr("Company id"), self.company)
        self.tabs.addTab(account, self.tr("Email and password"))
        self.tabs.addTab(key, self.tr("API key"))
        layout.addWidget(self.tabs)
        self.remember = QCheckBox(self.tr("Remember me on this computer"), self)
        self.remember.setChecked(True)
        layout.addWidget(self.remember)
        self.keyring_note = QLabel(self)
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setStyleSheet("color:#8a6d00")
        self.keyring_note.hide()
        layout.addWidget(self.keyring_note)
        # Known email (a new login after a refused token): straight to the password.
        (self.password if email else self.email).setFocus()
        self.error = QLabel(self)
        self.error.setStyleSheet("color:#b3261e")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        self.demo_button = QPushButton(self.tr("Try the demo"), self)
        buttons.addButton(self.demo_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.demo_button.clicked.connect(self._demo)
        buttons.accepted.connect(self.check_and_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def show_keyring_note(self, text: str) -> None:
        """Say where the token will be kept when there is no OS keychain."""
        self.keyring_note.setText(text)
        self.keyring_note.show()

    def show_error(self, text: str) -> None:
        """Show why the last try failed (the dialog stays open)."""
        self.error.setText(text)

    def using_key(self) -> bool:
        """Whether the clerk chose the API key tab."""
        return self.tabs.currentIndex() == 1

    def check_and_accept(self) -> None:
        """OK: accept only a usable server address and a complete login (else say what is missing)."""
        try:
            _service.check_base_url(self.server.text().strip())
        except (_service.InsecureURLError, ValueError) as exc:
            self.show_error(str(exc))
            return
        if self.using_key():
            if not self.api_key.text().strip() or not self.company.text().strip():
                self.show_error(self.tr("Give the API key and the company id."))
                return
        elif not self.email.text().strip() or not self.password.text():
            self.show_error(self.tr("Give your email and password."))
            return
        self.accept()

    def _demo(self) -> None:
        self.wants_demo = True
        self.accept()
