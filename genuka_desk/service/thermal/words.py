"""The words on a receipt and on the test page, in the clerk's language: given by the front end.

The desk speaks through Qt's translation (``ui/paper/thermal_words.py``
fills these); the layout here only places them. ``language`` writes the
money (Babel, as everywhere) and ``dates`` the days and times (a locale
with the country whose way dates follow, ``fr_CM``).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ReceiptWords:
    """A receipt's words; a ``%s`` stands for the value put in its place."""

    language: str = "en"
    dates: str = "en_CM"
    pair: str = "%s: %s"  # a label and its value (French spaces its colon)
    receipt: str = "Receipt"
    temporary: str = "Temporary reference: this sale is not on the Genuka server yet."
    customer: str = "Customer"
    deliver_to: str = "Deliver to"
    picked_up: str = "Picked up at the shop"
    delivery_day: str = "Delivery day: %s"
    subtotal: str = "Subtotal"
    discount: str = "Discount"
    shipping: str = "Shipping"
    taxes: str = "Taxes"
    total: str = "Total"
    paid: str = "Amount paid"
    balance: str = "Balance due"
    payments: str = "Payments"
    not_sent: str = "not sent yet"
    cash: str = "Cash"  # the way of paying ``cash``, as the clerk says it
    cash_given: str = "Cash given"
    change_given: str = "Change given"
    served_by: str = "Served by %s"
    thanks: str = "Thank you for your purchase!"
    tax_names: dict[str, str] = field(
        default_factory=lambda: {"rccm": "Trade register (RCCM)", "fiscal_id": "Tax number (NIU)"}
    )


@dataclass(frozen=True)
class CheckWords:
    """The test page's words."""

    title: str = "Test print"
    works: str = "If you can read this, the receipt printer works."
    letters: str = "French letters:"
    paper: str = "Roll: %s mm, %s columns"
    code: str = "QR code printed by the printer:"
