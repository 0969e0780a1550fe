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
    """The Z report's words in ``language``, the reasons for a difference named as the clerk says them."""
    from ...service.thermal.z_layout import ZWords  # with the first report: not at the start

    return ZWords(
        language=language,
        dates=dates_locale(language),
        title=QCoreApplication.translate("ThermalWords", "Z report"),
        provisional=QCoreApplication.translate("ThermalWords", "Provisional: not synced with Genuka yet"),
        till=QCoreApplication.translate("ThermalWords", "Till"),
        session=QCoreApplication.translate("ThermalWords", "Session"),
        opened=QCoreApplication.translate("ThermalWords", "Opened"),
        closed=QCoreApplication.translate("ThermalWords", "Closed"),
        still_open=QCoreApplication.translate("ThermalWords", "Still open"),
        opened_by=QCoreApplication.translate("ThermalWords", "Opened by"),
        closed_by=QCoreApplication.translate("ThermalWords", "Closed by"),
        opening_count=QCoreApplication.translate("ThermalWords", "Opening count"),
        opening_total=QCoreApplication.translate("ThermalWords", "Opening cash"),
        cash_sales=QCoreApplication.translate("ThermalWords", "Cash sales"),
        by_way=QCoreApplication.translate("ThermalWords", "Payments by way of paying"),
        refunds=QCoreApplication.translate("ThermalWords", "Refunds"),
        payouts=QCoreApplication.translate("ThermalWords", "Pay-outs and expenses"),
        expected=QCoreApplication.translate("ThermalWords", "Expected cash"),
        counted=QCoreApplication.translate("ThermalWords", "Counted cash"),
        closing_count=QCoreApplication.translate("ThermalWords", "Closing count"),
        difference=QCoreApplication.translate("ThermalWords", "Difference"),
        reason=QCoreApplication.translate("ThermalWords", "Reason"),
        reasons={
            "none": QCoreApplication.translate("ThermalWords", "None"),
            "rounding": QCoreApplication.translate("ThermalWords", "Rounding"),
            "change_mistake": QCoreApplication.translate("ThermalWords", "Change mistake"),
            "lost_receipt": QCoreApplication.translate("ThermalWords", "Lost receipt"),
            "system_error": QCoreApplication.translate("ThermalWords", "System error"),
            "found_cash": QCoreApplication.translate("ThermalWords", "Found cash"),
            "suspected_theft": QCoreApplication.translate("ThermalWords", "Suspected theft"),
            "other": QCoreApplication.translate("ThermalWords", "Other"),
        },
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
