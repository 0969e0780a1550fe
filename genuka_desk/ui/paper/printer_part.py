"""Preferences' "Receipt printer" part: none, network, USB or serial; the roll; the drawer; a test print."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ...service.thermal import DEFAULT_PORT, PrinterError, PrinterKind, PrinterTarget
from .thermal_job import run_thermal
from .thermal_settings import save_target, saved_address, saved_kind, saved_target, target_of
from .thermal_words import check_words, problem_text


class PrinterPart(QGroupBox):
    """The receipt printer's choices, read from ``settings`` and written back by :meth:`save`."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Receipt printer"), parent)
        self.settings = settings
        self.timeout: float | None = None  # the send's time limit (None: the service's own; tests shorten it)
        self._tested_on = PrinterTarget()
        kept = saved_target(settings)
        self._addresses = {kind: saved_address(settings, kind) for kind in PrinterKind}
        form = QFormLayout(self)
        self.kind = QComboBox(self)
        for label, kind in (
            (self.tr("None: receipts go through the system's printers"), PrinterKind.NONE),
            (self.tr("Network (Ethernet or Wi-Fi)"), PrinterKind.NETWORK),
            (self.tr("USB"), PrinterKind.USB),
            (self.tr("Serial port"), PrinterKind.SERIAL),
        ):
            self.kind.addItem(label, kind.value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(saved_kind(settings).value)))
        form.addRow(self.tr("Printer"), self.kind)
        self.address = QLineEdit(self)
        form.addRow(self.tr("Address"), self.address)
        self.roll = QComboBox(self)
        self.roll.addItem(self.tr("80 mm (48 characters a line)"), 80)
        self.roll.addItem(self.tr("58 mm (32 characters a line)"), 58)
        self.roll.setCurrentIndex(max(0, self.roll.findData(kept.width)))
        form.addRow(self.tr("Paper"), self.roll)
        self.drawer = QCheckBox(self.tr("Open the cash drawer on cash sales"), self)
        self.drawer.setChecked(kept.drawer_on_cash)
        form.addRow("", self.drawer)
        row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("Test print"), self)
        self.test_button.clicked.connect(self.test_print)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        row.addWidget(self.test_button)
        row.addWidget(self.result, 1)
        form.addRow("", row)
        self._shown = self.chosen_kind()
        self.address.setText(self._addresses[self._shown])
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def chosen_kind(self) -> PrinterKind:
        """How the printer is reached, as chosen."""
        return PrinterKind(str(self.kind.currentData()))

    def target(self) -> PrinterTarget:
        """The printer the fields name (not set when its address cannot be read)."""
        return target_of(self.chosen_kind(), self.address.text(), self.chosen_width(), self.drawer.isChecked())

    def chosen_width(self) -> int:
        """The roll's width in mm."""
        return int(self.roll.currentData())

    def _kind_changed(self, *_: Any) -> None:
        self._addresses[self._shown] = self.address.text()  # each kind keeps what was typed for it
        kind = self._shown = self.chosen_kind()
        self.address.setText(self._addresses[kind])
        self.address.setPlaceholderText(
            {
                PrinterKind.NETWORK: self.tr("host:port, e.g. 192.168.1.50:%s") % DEFAULT_PORT,
                PrinterKind.USB: self.tr("vendor:product as lsusb shows them, e.g. 04b8:0202"),
                PrinterKind.SERIAL: self.tr("the port, e.g. /dev/ttyUSB0 or COM3"),
            }.get(kind, "")
        )
        chosen = kind is not PrinterKind.NONE
        for field in (self.address, self.roll, self.drawer, self.test_button):
            field.setEnabled(chosen)
        self.result.clear()

    def unreadable(self) -> str:
        """Why the address cannot be used ("" when it can, or when no printer is chosen)."""
        kind = self.chosen_kind()
        if kind is PrinterKind.NONE or self.target().is_set:
            return ""
        return {
            PrinterKind.NETWORK: self.tr("Type the printer's address as host:port, e.g. 192.168.1.50:%s.")
            % DEFAULT_PORT,
            PrinterKind.USB: self.tr("Type the printer's USB ids as vendor:product, e.g. 04b8:0202."),
            PrinterKind.SERIAL: self.tr("Type the printer's serial port, e.g. /dev/ttyUSB0 or COM3."),
        }[kind]

    def test_print(self) -> None:
        """Print the test page on the printer the fields name, and say what happened."""
        problem = self.unreadable()
        if problem:
            self.result.setText(problem)
            return
        from ...service.thermal.send import SEND_TIMEOUT, print_check_page

        target, words, timeout = self.target(), check_words(), self.timeout or SEND_TIMEOUT
        self._tested_on = target
        self.test_button.setEnabled(False)
        self.result.setText(self.tr("Printing the test page…"))
        run_thermal(lambda: print_check_page(target, words, timeout), self._tested)

    def _tested(self, outcome: object, _: object = None) -> None:
        from ...service.thermal.send import Paper

        self.test_button.setEnabled(self.chosen_kind() is not PrinterKind.NONE)
        if isinstance(outcome, PrinterError):
            self.result.setText(problem_text(outcome, self._tested_on))
        elif isinstance(outcome, Exception):
            self.result.setText(self.tr("The test page could not be printed; the details are in the log file."))
        elif outcome is Paper.LOW:
            self.result.setText(self.tr("Printed. The paper is running low: have a new roll ready."))
        else:
            self.result.setText(self.tr("Printed: check the page on the printer."))

    def save(self) -> None:
        """Keep the choices in the settings."""
        save_target(
            self.settings, self.chosen_kind(), self.address.text(), self.chosen_width(), self.drawer.isChecked()
        )
