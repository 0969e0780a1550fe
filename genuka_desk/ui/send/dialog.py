"""Send to the customer…: Genuka's e-mail of the order and/or a WhatsApp chat, showing what will be sent.

The e-mail is Genuka's own order confirmation (``notify``): queued, it goes
once the order is on the server, and never twice by itself. WhatsApp opens a
``wa.me`` chat with the customer's phone, the message typed in, in the
customer's language: the receipt or invoice in short and, once the order is
on the server, the link to its page on Genuka. The clerk sends it from
WhatsApp. Everything here reads the local copy, so it opens offline too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ... import service as _service
from ..bridge import ServiceBridge
from .words import send_words


class SendDialog(QDialog):
    """What can be sent to one order's customer, and the words they will read."""

    # How a link is opened (tests replace it: no browser offscreen).
    open_url: Callable[[QUrl], object] = staticmethod(QDesktopServices.openUrl)

    def __init__(
        self,
        service: _service.OrderService,
        bridge: ServiceBridge,
        order_id: str,
        *,
        locale: str = "fr",
        clerk: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.bridge = bridge
        self.order_id = order_id
        self.clerk = clerk
        self.plan = service.send.plan(order_id, locale)
        self.setWindowTitle(self.tr("Send %s to the customer") % self.plan.reference)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        who = self.plan.customer or self.plan.phone or self.tr("this customer")
        heading = QLabel(self.tr("Order %s, for %s") % (self.plan.reference, who), self)
        heading.setStyleSheet("font-weight:600")
        layout.addWidget(heading)

        self.email_box = QCheckBox(self)
        if self.plan.email:
            self.email_box.setText(self.tr("&E-mail by Genuka to %s") % self.plan.email)
            self.email_box.setToolTip(
                self.tr("Genuka's order confirmation. It goes once the order is on the server, and never twice.")
            )
        else:
            self.email_box.setText(self.tr("&E-mail by Genuka: this customer has no e-mail address"))
            self.email_box.setEnabled(False)
        self.whatsapp_box = QCheckBox(self)
        if self.plan.phone:
            self.whatsapp_box.setText(self.tr("&WhatsApp to %s") % self.plan.phone)
            self.whatsapp_box.setChecked(True)
        else:
            self.whatsapp_box.setText(self.tr("&WhatsApp: this customer has no phone number"))
            self.whatsapp_box.setEnabled(False)
        self.email_box.setChecked(bool(self.plan.email) and not self.plan.phone)
        layout.addWidget(self.email_box)
        layout.addWidget(self.whatsapp_box)

        form = QFormLayout()
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Receipt"), _service.PaperKind.RECEIPT.value)
        self.kind.addItem(self.tr("Invoice"), _service.PaperKind.INVOICE.value)
        kind_label = QLabel(self.tr("Send &as:"), self)
        kind_label.setBuddy(self.kind)
        form.addRow(kind_label, self.kind)
        self.language = QComboBox(self)
        self.language.addItem(self.tr("French"), "fr")
        self.language.addItem(self.tr("English"), "en")
        self.language.setCurrentIndex(max(0, self.language.findData(self.plan.language)))
        language_label = QLabel(self.tr("In the &language:"), self)
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)
        layout.addLayout(form)

        layout.addWidget(QLabel(self.tr("The WhatsApp message:"), self))
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setMinimumHeight(220)
        layout.addWidget(self.preview)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color:#8a5a00")
        self.note.setVisible(not self.plan.on_server)
        self.note.setText(
            self.tr(
                "This sale is not on Genuka yet: the link to its receipt comes after the sync. The e-mail waits "
                "for it and goes then."
            )
        )
        layout.addWidget(self.note)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color:#b3261e")
        self.problem.hide()
        layout.addWidget(self.problem)

        buttons = QDialogButtonBox(self)
        self.send_button = buttons.addButton(self.tr("&Send"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.send)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for box in (self.email_box, self.whatsapp_box):
            box.toggled.connect(self._update)
        self.kind.currentIndexChanged.connect(self._update)
        self.language.currentIndexChanged.connect(self._update)
        self._update()

    def chosen_kind(self) -> _service.PaperKind:
        """Receipt or invoice, as chosen."""
        return _service.PaperKind(str(self.kind.currentData()))

    def chosen_language(self) -> str:
        """The customer's language as chosen (``fr`` or ``en``)."""
        return str(self.language.currentData())

    def message(self) -> str:
        """The WhatsApp message as it will be typed in the chat."""
        words = send_words(self.chosen_language())
        return self.service.send.message(self.order_id, self.chosen_kind(), words, self.clerk)

    def _update(self, *_: object) -> None:
        self.preview.setPlainText(self.message())
        self.preview.setEnabled(self.whatsapp_box.isChecked())
        self.send_button.setEnabled(self.email_box.isChecked() or self.whatsapp_box.isChecked())

    def send(self) -> None:
        """Open the WhatsApp chat and/or queue the e-mail; close once the e-mail is kept."""
        if self.whatsapp_box.isChecked():
            words = send_words(self.chosen_language())
            self.open_url(QUrl(self.service.send.whatsapp(self.order_id, self.chosen_kind(), words)))
        if self.email_box.isChecked():
            work = self.service.send.email(self.order_id, self.chosen_language())
            self.bridge.run(work, lambda _: self.accept(), self._not_queued)
            return
        self.accept()

    def _not_queued(self, exc: Exception) -> None:
        self.problem.setText(self.bridge.message_of(exc, self.tr("The e-mail could not be queued.")))
        self.problem.show()
