"""Which receipt printer, how it is reached, and its roll: chosen once in Preferences.

A network printer listens for raw bytes on a TCP port (9100 by habit);
a USB one is found by its vendor and product ids (``04b8:0202``); a serial
one by its device (``/dev/ttyUSB0``, ``COM3``). The roll is 58 mm (32
characters a line in the printer's font A) or 80 mm (48).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

DEFAULT_PORT = 9100  # the raw-printing port network receipt printers listen on
WIDTHS = (58, 80)  # mm
COLUMNS = {58: 32, 80: 48}  # characters a line, font A
DOTS = {58: 384, 80: 576}  # printable dots a line at 203 dpi


class PrinterKind(StrEnum):
    """How the receipt printer is reached."""

    NONE = "none"  # no receipt printer: receipts take the system's print path
    NETWORK = "network"
    USB = "usb"
    SERIAL = "serial"


@dataclass(frozen=True)
class PrinterTarget:
    """The receipt printer chosen, its roll, and whether a cash sale opens its drawer."""

    kind: PrinterKind = PrinterKind.NONE
    host: str = ""
    port: int = DEFAULT_PORT
    vendor: int = 0
    product: int = 0
    device: str = ""
    width: int = 80
    drawer_on_cash: bool = False

    @property
    def is_set(self) -> bool:
        """Whether receipts go to this printer (a kind chosen, and its address given)."""
        if self.kind is PrinterKind.NETWORK:
            return bool(self.host)
        if self.kind is PrinterKind.USB:
            return bool(self.vendor and self.product)
        if self.kind is PrinterKind.SERIAL:
            return bool(self.device)
        return False

    @property
    def columns(self) -> int:
        """Characters a line on this roll."""
        return COLUMNS.get(self.width, COLUMNS[80])

    def address(self) -> str:
        """Where it is, as typed in Preferences (``192.168.1.50:9100``, ``04b8:0202``, ``/dev/ttyUSB0``)."""
        if self.kind is PrinterKind.NETWORK:
            return f"{self.host}:{self.port}"
        if self.kind is PrinterKind.USB:
            return f"{self.vendor:04x}:{self.product:04x}"
        return self.device


_HOST = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$")


def network_address(text: str) -> tuple[str, int] | None:
    """``host[:port]`` read (the port 9100 when left out); None when it is not an address.

    An IPv6 address goes in brackets (``[fe80::1]:9100``).
    """
    text = text.strip()
    bracket = re.fullmatch(r"\[([0-9A-Fa-f:.]+)\](?::(\d+))?", text)
    if bracket:
        host, port = bracket.group(1), bracket.group(2) or str(DEFAULT_PORT)
    else:
        host, colon, port = text.partition(":")
        if not _HOST.match(host):
            return None
        port = port if colon else str(DEFAULT_PORT)
    if not port.isdigit():
        return None
    number = int(port)
    return (host, number) if 0 < number < 65536 else None


def usb_ids(text: str) -> tuple[int, int] | None:
    """``vendor:product`` in hexadecimal as ``lsusb`` shows them (``04b8:0202``, ``0x0416:0x5011``); None else."""
    match = re.fullmatch(r"\s*(?:0x)?([0-9A-Fa-f]{1,4})\s*:\s*(?:0x)?([0-9A-Fa-f]{1,4})\s*", text)
    if not match:
        return None
    vendor, product = int(match.group(1), 16), int(match.group(2), 16)
    return (vendor, product) if vendor and product else None
