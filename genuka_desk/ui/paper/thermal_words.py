"""The receipt printer's words in the clerk's language: on its tickets, and for what went wrong.

The tickets are made without Qt (``service/thermal``); their words are
translated here and handed over, as the PDF documents' are in
:mod:`.document`. The same English texts as the PDF receipt's, so both
papers say the same.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ...service.thermal import PrinterError, PrinterProblem, PrinterTarget
from ...service.thermal.words import CheckWords, ReceiptWords
from ..dates import dates_locale

if TYPE_CHECKING:
    from ...service.thermal.z_layout import ZWords


def receipt_words(language: str) -> ReceiptWords:
    """A receipt's words in ``language`` (the one installed: Qt translates)."""
    return ReceiptWords(
        language=language,
        dates=dates_locale(language),
        pair=QCoreApplication.translate("ThermalWords", "%s: %s"),
        receipt=QCoreApplication.translate("ThermalWords", "Receipt"),
        temporary=QCoreApplication.translate(
            "ThermalWords", "Temporary reference: this sale is not on the Genuka server yet."
        ),
        customer=QCoreApplication.translate("ThermalWords", "Customer"),
        deliver_to=QCoreApplication.translate("ThermalWords", "Deliver to"),
        picked_up=QCoreApplication.translate("ThermalWords", "Picked up at the shop"),
        delivery_day=QCoreApplication.translate("ThermalWords", "Delivery day: %s"),
        subtotal=QCoreApplication.translate("ThermalWords", "Subtotal"),
        discount=QCoreApplication.translate("ThermalWords", "Discount"),
        shipping=QCoreApplication.translate("ThermalWords", "Shipping"),
        taxes=QCoreApplication.translate("ThermalWords", "Taxes"),
        total=QCoreApplication.translate("ThermalWords", "Total"),
        paid=QCoreApplication.translate("ThermalWords", "Amount paid"),
        balance=QCoreApplication.translate("ThermalWords", "Balance due"),
        payments=QCoreApplication.translate("ThermalWords", "Payments"),
        not_sent=QCoreApplication.translate("ThermalWords", "not sent yet"),
        cash=QCoreApplication.translate("ThermalWords", "Cash"),
        cash_given=QCoreApplication.translate("ThermalWords", "Cash given"),
        change_given=QCoreApplication.translate("ThermalWords", "Change given"),
        served_by=QCoreApplication.translate("ThermalWords", "Served by %s"),
        thanks=QCoreApplication.translate("ThermalWords", "Thank you for your purchase!"),
        tax_names={
            "rccm": QCoreApplication.translate("ThermalWords", "Trade register (RCCM)"),
            "fiscal_id": QCoreApplication.translate("ThermalWords", "Tax number (NIU)"),
        },
    )


def check_words() -> CheckWords:
    """The test page's words."""
    return CheckWords(
        title=QCoreApplication.translate("ThermalWords", "Test print"),
        works=QCoreApplication.translate("ThermalWords", "If you can read this, the receipt printer works."),
        letters=QCoreApplication.translate("ThermalWords", "French letters:"),
        paper=QCoreApplication.translate("ThermalWords", "Roll: %s mm, %s columns"),
        code=QCoreApplication.translate("ThermalWords", "QR code printed by the printer:"),
    )


def z_words(language: str) -> ZWords:
    """The Z report's words in ``language``: its states, pay-outs, bills and coins and reasons as the A4 page's."""
    from ...service.thermal.z_layout import ZWords  # with the first report: not at the start
    from ..till.words import TillWords
    from ..till.z_words import ZSay

    say, till = ZSay(), TillWords()
    approved, rejected, on = say.review_words()
    return ZWords(
        language=language,
        dates=dates_locale(language),
        pair=QCoreApplication.translate("ThermalWords", "%s: %s"),
        title=QCoreApplication.translate("ThermalWords", "Z report"),
        provisional=QCoreApplication.translate("ThermalWords", "Provisional: not synced with Genuka yet"),
        till=QCoreApplication.translate("ThermalWords", "Till"),
        reference=QCoreApplication.translate("ThermalWords", "Ref. %s"),
        opened=QCoreApplication.translate("ThermalWords", "Opened"),
        closed=QCoreApplication.translate("ThermalWords", "Closed"),
        still_open=QCoreApplication.translate("ThermalWords", "Still open"),
        opened_by=QCoreApplication.translate("ThermalWords", "Opened by"),
        closed_by=QCoreApplication.translate("ThermalWords", "Closed by"),
        status=QCoreApplication.translate("ThermalWords", "Status"),
        opening_count=QCoreApplication.translate("ThermalWords", "Opening count"),
        opening_total=QCoreApplication.translate("ThermalWords", "Opening cash"),
        opening_notes=QCoreApplication.translate("ThermalWords", "Opening notes"),
        cash_sales=QCoreApplication.translate("ThermalWords", "Cash sales"),
        by_way=QCoreApplication.translate("ThermalWords", "Payments by method"),
        refunds=QCoreApplication.translate("ThermalWords", "Refunds"),
        movements=QCoreApplication.translate("ThermalWords", "Other cash in and out"),
        expected=QCoreApplication.translate("ThermalWords", "Expected cash"),
        counted=QCoreApplication.translate("ThermalWords", "Counted cash"),
        closing_count=QCoreApplication.translate("ThermalWords", "Closing count"),
        difference=QCoreApplication.translate("ThermalWords", "Difference"),
        reason=QCoreApplication.translate("ThermalWords", "Reason"),
        closing_notes=QCoreApplication.translate("ThermalWords", "Closing notes"),
        approved_by=approved,
        rejected_by=rejected,
        on=on,
        approval_note=QCoreApplication.translate("ThermalWords", "Manager's note"),
        rejection_note=QCoreApplication.translate("ThermalWords", "Why it was rejected"),
        other_move=say.other_move(),
        reasons=dict(till.reasons()),
        states=say.states(),
        kinds=say.kinds(),
        moves=say.moves(),
    )


def problem_text(error: PrinterError, target: PrinterTarget) -> str:
    """What went wrong with the receipt printer, as a clerk understands it."""
    where = target.address()
    return {
        PrinterProblem.NOT_SET: QCoreApplication.translate(
            "ThermalWords", "No receipt printer is set: choose one in Edit > Preferences."
        ),
        PrinterProblem.UNREACHABLE: QCoreApplication.translate(
            "ThermalWords", "The receipt printer does not answer (%s): check that it is switched on and connected."
        )
        % where,
        PrinterProblem.PAPER_OUT: QCoreApplication.translate(
            "ThermalWords", "The receipt printer is out of paper: put in a new roll."
        ),
        PrinterProblem.NO_USB: QCoreApplication.translate(
            "ThermalWords",
            "This computer cannot reach USB printers (the USB library is missing): use the network or serial port.",
        ),
        PrinterProblem.FAILED: QCoreApplication.translate(
            "ThermalWords", "The connection to the receipt printer broke while printing (%s): try again."
        )
        % where,
    }[error.problem]
