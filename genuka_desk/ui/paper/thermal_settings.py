"""The receipt printer chosen in Preferences, kept in the settings as the clerk typed it."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from ...service.thermal import PrinterKind, PrinterTarget, network_address, usb_ids

KIND_KEY = "thermal/kind"
ADDRESS_KEY = "thermal/%s"  # one address per kind: switching kinds keeps what was typed for each
WIDTH_KEY = "thermal/width"
DRAWER_KEY = "thermal/drawer_on_cash"


def saved_address(settings: QSettings, kind: PrinterKind) -> str:
    """What was typed for ``kind`` (``192.168.1.50:9100``, ``04b8:0202``, ``/dev/ttyUSB0``)."""
    return str(settings.value(ADDRESS_KEY % kind.value, "") or "")


def target_of(kind: PrinterKind, address: str, width: int, drawer_on_cash: bool) -> PrinterTarget:
    """The printer these choices name; one whose address cannot be read is not set (``is_set`` is False)."""
    address = address.strip()
    width = width if width in (58, 80) else 80
    if kind is PrinterKind.NETWORK:
        found = network_address(address)
        host, port = found if found else ("", 0)
        return PrinterTarget(kind, host=host, port=port, width=width, drawer_on_cash=drawer_on_cash)
    if kind is PrinterKind.USB:
        ids = usb_ids(address)
        vendor, product = ids if ids else (0, 0)
        return PrinterTarget(kind, vendor=vendor, product=product, width=width, drawer_on_cash=drawer_on_cash)
    if kind is PrinterKind.SERIAL:
        return PrinterTarget(kind, device=address, width=width, drawer_on_cash=drawer_on_cash)
    return PrinterTarget(width=width)


def saved_kind(settings: QSettings) -> PrinterKind:
    """How the receipt printer is reached (none when nothing, or something unknown, is kept)."""
    try:
        return PrinterKind(str(settings.value(KIND_KEY, PrinterKind.NONE.value) or PrinterKind.NONE.value))
    except ValueError:
        return PrinterKind.NONE


def saved_target(settings: QSettings) -> PrinterTarget:
    """The receipt printer kept in ``settings``."""
    kind = saved_kind(settings)
    width = str(settings.value(WIDTH_KEY, 80) or 80)
    drawer = bool(settings.value(DRAWER_KEY, False, type=bool))
    return target_of(kind, saved_address(settings, kind), int(width) if width.isdigit() else 80, drawer)


def save_target(settings: QSettings, kind: PrinterKind, address: str, width: int, drawer_on_cash: bool) -> None:
    """Keep the choices (the address under its kind)."""
    settings.setValue(KIND_KEY, kind.value)
    if kind is not PrinterKind.NONE:
        settings.setValue(ADDRESS_KEY % kind.value, address.strip())
    settings.setValue(WIDTH_KEY, width)
    settings.setValue(DRAWER_KEY, drawer_on_cash)
