"""Bytes to the receipt printer through the library's own printers (network, USB, serial), with short time limits.

Called off the GUI thread: a printer switched off or unplugged costs at most
the time limit, and comes back as a :class:`.PrinterError` whose problem
the front end says in the clerk's words. The test page asks the printer
for its paper first (``DLE EOT 4``); a printer that does not answer that
question still prints.
"""

from __future__ import annotations

import logging
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from . import library
from .check_page import check_page_bytes
from .errors import PrinterError, PrinterProblem
from .target import PrinterKind, PrinterTarget
from .words import CheckWords

if TYPE_CHECKING:
    from escpos.escpos import Escpos

log = logging.getLogger(__name__)

SEND_TIMEOUT = 4.0  # s: to connect, and for each write
STATUS_TIMEOUT = 1.5  # s: the paper's answer (a printer that keeps quiet is not waited for long)


class Paper(IntEnum):
    """What the printer said of its roll (the library's figures)."""

    OUT = 0
    LOW = 1
    FINE = 2
    UNKNOWN = 3  # it did not say


def _opened(target: PrinterTarget, timeout: float) -> Escpos:
    """The library's printer for ``target``, connected."""
    if not target.is_set:
        raise PrinterError(PrinterProblem.NOT_SET)
    from escpos.exceptions import DeviceNotFoundError

    where: dict[str, Any]
    if target.kind is PrinterKind.NETWORK:
        where = {"host": target.host, "port": target.port}
    elif target.kind is PrinterKind.USB:
        where = {"vendor": target.vendor, "product": target.product}
    else:
        where = {"device": target.device}
    try:
        printer = library.device(target.kind.value, timeout, **where)
        printer.open()
    except DeviceNotFoundError as exc:
        raise PrinterError(PrinterProblem.UNREACHABLE, str(exc).strip()) from None
    except (RuntimeError, ValueError) as exc:
        # pyusb or its libusb missing (NoBackendError is a ValueError); a serial port's settings refused.
        problem = PrinterProblem.NO_USB if target.kind is PrinterKind.USB else PrinterProblem.UNREACHABLE
        raise PrinterError(problem, str(exc).strip()) from None
    except OSError as exc:
        raise PrinterError(PrinterProblem.UNREACHABLE, str(exc).strip()) from None
    return printer


def _write(printer: Escpos, data: bytes) -> None:
    try:
        # The library's way to send bytes made on its Dummy printer (its documentation's "_raw(dummy.output)").
        printer._raw(data)
    except (OSError, ValueError) as exc:
        raise PrinterError(PrinterProblem.FAILED, str(exc).strip()) from None


def _close(printer: Escpos) -> None:
    try:
        printer.close()
    except (OSError, ValueError):
        pass  # the bytes are out; a close that fails changes nothing for the clerk


def send(target: PrinterTarget, data: bytes, timeout: float = SEND_TIMEOUT) -> None:
    """Send ``data`` to the printer of ``target`` (raises :class:`.PrinterError`)."""
    printer = _opened(target, timeout)
    try:
        _write(printer, data)
    finally:
        _close(printer)


def paper_of(printer: Escpos, timeout: float = STATUS_TIMEOUT) -> Paper:
    """What the printer says of its paper; UNKNOWN when it does not answer in time."""
    device = getattr(printer, "device", None)
    settimeout = getattr(device, "settimeout", None)
    if callable(settimeout):
        settimeout(timeout)  # a network printer: this question alone waits less
    try:
        return Paper(printer.paper_status())
    except (OSError, ValueError, NotImplementedError) as exc:
        log.info("the receipt printer did not say how its paper is: %s", exc)
        return Paper.UNKNOWN


def print_check_page(
    target: PrinterTarget, words: CheckWords, timeout: float = SEND_TIMEOUT, status_timeout: float = STATUS_TIMEOUT
) -> Paper:
    """Print the test page; what the printer said of its paper (raises :class:`.PrinterError`, paper out too)."""
    page = check_page_bytes(words, target.width, target.address())
    printer = _opened(target, timeout)
    try:
        paper = paper_of(printer, status_timeout)
        if paper is Paper.OUT:
            raise PrinterError(PrinterProblem.PAPER_OUT)
        settimeout = getattr(getattr(printer, "device", None), "settimeout", None)
        if callable(settimeout):
            settimeout(timeout)
        _write(printer, page)
    finally:
        _close(printer)
    return paper
