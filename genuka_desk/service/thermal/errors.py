"""What can go wrong with the receipt printer, as a kind the front ends put in the clerk's words."""

from __future__ import annotations

from enum import StrEnum

from ..errors import ServiceError


class PrinterProblem(StrEnum):
    """Why a ticket did not print (or printed with a warning)."""

    NOT_SET = "not_set"  # no receipt printer chosen in Preferences
    UNREACHABLE = "unreachable"  # no answer at the address, no such device, cable out, switched off
    PAPER_OUT = "paper_out"  # the printer said its roll is empty
    NO_USB = "no_usb"  # this computer cannot talk USB (no libusb)
    FAILED = "failed"  # the connection broke while sending


class PrinterError(ServiceError):
    """A ticket that did not reach the printer; ``detail`` is the library's or the system's own text (for the log)."""

    def __init__(self, problem: PrinterProblem, detail: str = "") -> None:
        super().__init__(f"receipt printer: {problem.value}" + (f" ({detail})" if detail else ""))
        self.problem = problem
        self.detail = detail
