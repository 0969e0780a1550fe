"""A return receipt's words in the clerk's language, for the receipt printer and the PDF alike.

The roll's layout is made without Qt (``service/thermal/return_receipt.py``);
its words are translated here and handed over. The A4 page and the PDF roll
(:mod:`.return_document`) take the same words, so all papers say the same.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...service.thermal.return_receipt import ReturnReceiptWords
from ..dates import dates_locale
from ..returns.words import ReturnSay


def return_receipt_words(language: str) -> ReturnReceiptWords:
    """A return receipt's words in ``language`` (the one installed: Qt translates)."""
    return ReturnReceiptWords(
        language=language,
        dates=dates_locale(language),
        pair=QCoreApplication.translate("ThermalWords", "%s: %s"),
        title=QCoreApplication.translate("ReturnWords", "Return %s"),
        queued=QCoreApplication.translate("ReturnWords", "Return (queued: its reference comes after the sync)"),
        order=QCoreApplication.translate("ReturnWords", "Order"),
        lines=QCoreApplication.translate("ReturnWords", "Goods returned"),
        columns=(
            QCoreApplication.translate("ReturnWords", "Qty"),
            QCoreApplication.translate("ReturnWords", "Unit price"),
            QCoreApplication.translate("ReturnWords", "Amount"),
        ),
        value=QCoreApplication.translate("ReturnWords", "Value returned"),
        refund=QCoreApplication.translate("ReturnWords", "Refunded"),
        how=QCoreApplication.translate("ReturnWords", "How"),
        cash=QCoreApplication.translate("ReturnWords", "Cash (out of the till)"),
        credit_note=QCoreApplication.translate("ReturnWords", "No money now: credit note"),
        not_sent=QCoreApplication.translate("ThermalWords", "not sent yet"),
        served_by=QCoreApplication.translate("ThermalWords", "Served by %s"),
        keep=QCoreApplication.translate("ReturnWords", "Keep this receipt."),
        reasons=ReturnSay().reasons(),
        tax_names={
            "rccm": QCoreApplication.translate("ThermalWords", "Trade register (RCCM)"),
            "fiscal_id": QCoreApplication.translate("ThermalWords", "Tax number (NIU)"),
        },
    )
