"""The one door to python-escpos: a printer that gives its bytes, and the real ones that send them.

The library is loaded here at the first ticket, not at the desk's start.
It keeps the printers' capabilities as a pickle in a folder; left alone it
makes a new temporary folder at each start and reads its YAML again
(0.12 s), so the folder is set to one in this user's cache first.
"""

from __future__ import annotations

import functools
import os
import socket
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs

from ..paths import APP_AUTHOR, APP_NAME

if TYPE_CHECKING:
    from escpos.escpos import Escpos
    from escpos.printer import Dummy

PROFILE = "default"  # the library's generic ESC/POS printer (Epson's commands, which the clones follow)
# PC850 (Multilingual Latin 1): table 2 on every printer the library knows, and every French letter but œ/Œ.
CODE_PAGE = "CP850"


def _capabilities_folder() -> None:
    if "ESCPOS_CAPABILITIES_PICKLE_DIR" in os.environ:
        return
    folder = Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)) / "escpos"
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError:
        return  # the library's own temporary folder, then
    os.environ["ESCPOS_CAPABILITIES_PICKLE_DIR"] = str(folder)


def dummy(columns: int = 48, dots: int = 576) -> Dummy:
    """A printer that keeps what it is sent (a ticket's bytes), its profile told the roll's width.

    The library's generic profile knows no width; it is copied with this
    roll's (``columns`` characters, ``dots`` dots a line), so that the library
    can centre an image and keep it within the roll.
    """
    _capabilities_folder()
    from escpos.capabilities import Profile
    from escpos.printer import Dummy

    printer = Dummy(profile=PROFILE)
    base = printer.profile
    profile = Profile(columns=columns, features=dict(base.features))
    profile.profile_data = dict(base.profile_data, media={"dpi": 203, "width": {"mm": "", "pixels": dots}})
    printer.profile = profile
    return printer


@functools.cache
def _network() -> type[Escpos]:
    """The library's network printer, its connection made so that a refused one leaves no socket open."""
    from escpos.exceptions import DeviceNotFoundError
    from escpos.printer import Network

    class ClosingNetwork(Network):
        def open(self, raise_not_found: bool = True) -> None:
            # The library's own open() drops the socket of a refused connection unclosed.
            try:
                self.device = socket.create_connection((self.host, self.port), timeout=self.timeout)
            except OSError as exc:
                if raise_not_found:
                    raise DeviceNotFoundError(f"Could not open socket for {self.host}:\n{exc}") from None

    return ClosingNetwork


def device(kind: str, timeout: float, **where: Any) -> Escpos:
    """The library's printer of ``kind`` (network, usb, serial) at ``where``, not opened yet."""
    _capabilities_folder()
    from escpos import printer

    if kind == "network":
        return _network()(where["host"], port=where["port"], timeout=timeout, profile=PROFILE)
    if kind == "usb":
        # pyusb counts its timeout in milliseconds.
        return printer.Usb(where["vendor"], where["product"], timeout=int(timeout * 1000), profile=PROFILE)
    return printer.Serial(where["device"], timeout=timeout, profile=PROFILE)
