"""Words the clerk sees for statuses and sync marks, translated through Qt."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication

from .. import models as _models

# The processors Genuka documents (08-payments-pos.md), by their brand names: for a payment's way the shop's own
# list does not name (a method since removed, a report written without the list).
_PROCESSORS = {
    "notchpay": "NotchPay",
    "stripe": "Stripe",
    "paydunya": "PayDunya",
    "taramoney": "TaraMoney",
    "pawapay": "PawaPay",
    "paypal": "PayPal",
    "mamoni": "Mamoni",
    "flutterwave": "Flutterwave",
    "genuka_pay": "Genuka Pay",
}


def shipping_label(status: _models.ShippingStatus) -> str:
    """The fulfilment status in the clerk's language."""
    return {
        _models.ShippingStatus.PENDING: QCoreApplication.translate("Status", "Pending"),
        _models.ShippingStatus.TAKEN_IN_CHARGE: QCoreApplication.translate("Status", "Taken in charge"),
        _models.ShippingStatus.DELIVERED: QCoreApplication.translate("Status", "Delivered"),
        _models.ShippingStatus.PARTIAL_DELIVERY: QCoreApplication.translate("Status", "Partly delivered"),
    }.get(status, QCoreApplication.translate("Status", "Unknown"))


def billing_label(status: _models.BillingStatus) -> str:
    """The payment status in the clerk's language."""
    return {
        _models.BillingStatus.PENDING: QCoreApplication.translate("Status", "Awaiting payment"),
        _models.BillingStatus.PAID: QCoreApplication.translate("Status", "Paid"),
        _models.BillingStatus.PARTIALLY_PAID: QCoreApplication.translate("Status", "Partly paid"),
        _models.BillingStatus.UNPAID: QCoreApplication.translate("Status", "Unpaid"),
        # One spelling with the document column's (Genuka's value is spelled "canceled").
        _models.BillingStatus.CANCELED: QCoreApplication.translate("Status", "Cancelled"),
    }.get(status, QCoreApplication.translate("Status", "Unknown"))


def document_label(state: _models.OrderState, cancelled: bool = False) -> str:
    """What the order is (quotation, sales order, invoice), or that it was cancelled."""
    if cancelled:
        return QCoreApplication.translate("Status", "Cancelled")
    return {
        _models.OrderState.QUOTATION: QCoreApplication.translate("Status", "Quotation"),
        _models.OrderState.SALES_ORDER: QCoreApplication.translate("Status", "Sales order"),
        _models.OrderState.INVOICE: QCoreApplication.translate("Status", "Invoice"),
    }.get(state, "—")


def sync_label(pending: int, failed: bool, conflict: bool) -> str:
    """The row's sync mark as words (tooltips and CSV)."""
    if conflict:
        return QCoreApplication.translate("Status", "Conflict: a colleague changed the same field")
    if failed:
        return QCoreApplication.translate("Status", "Refused by the server")
    if pending:
        return QCoreApplication.translate("Status", "Waiting to be sent")
    return ""


def source_label(source: str | None) -> str:
    """Where an order came from, one spelling everywhere (``WHATSAPP``: WhatsApp, ``POS``: the counter)."""
    key = (source or "").strip().upper()
    known = {
        "POS": QCoreApplication.translate("Source", "Counter (POS)"),
        "WHATSAPP": "WhatsApp",
        "WEB": QCoreApplication.translate("Source", "Website"),
        "PHONE": QCoreApplication.translate("Source", "Phone"),
        "FACEBOOK": "Facebook",
        "INSTAGRAM": "Instagram",
        "DASHBOARD": QCoreApplication.translate("Source", "Genuka dashboard"),
        "EXCEL": QCoreApplication.translate("Source", "Excel import"),
        "EMAIL": QCoreApplication.translate("Source", "Email"),
    }
    if key in known:
        return known[key]
    return (source or "").replace("_", " ").strip().capitalize() or "—"


def method_label(processor: str | None, name: str | None = None) -> str:
    """A way of paying as the clerk says it: cash in their language, others by Genuka's name ("PawaPay")."""
    key = (processor or "").strip().lower()
    if key == _models.CASH_PROCESSOR or (not key and (name or "").strip().lower() == _models.CASH_PROCESSOR):
        return QCoreApplication.translate("Payment", "Cash")
    return (name or "").strip() or (processor or "").strip()


def way_names(methods: Iterable[_models.PaymentMethod]) -> dict[str, str]:
    """The shop's ways of paying as the clerk says them, by the processor and the name a payment records."""
    names: dict[str, str] = {}
    for method in methods:
        label = method_label(method.processor, method.name)
        for key in (method.processor, method.name):
            if key and key.strip() and label:
                names.setdefault(key.strip(), label)
    return names


def way_label(way: str, names: Mapping[str, str] | None = None) -> str:
    """A payment's way as Genuka records it (``cash``, ``pawapay``, ``bank``) in the clerk's words.

    Cash in their language, else the shop's name for it (``names``, from :func:`way_names`), else the
    documented processor's brand name, else the code made readable: never a raw ``snake_case`` id.
    """
    key = (way or "").strip()
    if key.lower() == _models.CASH_PROCESSOR:
        return method_label(_models.CASH_PROCESSOR)
    if names and key in names:
        return names[key]
    if key.lower() == "bank":  # a documented payment method label (06-orders-sales.md)
        return QCoreApplication.translate("Payment", "Bank transfer")
    if key.lower() in _PROCESSORS:
        return _PROCESSORS[key.lower()]
    return key.replace("_", " ").strip().capitalize() or "—"


def account_label(method: _models.PaymentMethod) -> str:
    """The treasury account of a way of paying, by its label in Genuka ("Caisse principale").

    Without ``include=treasuryAccount`` the label is not known: then "Account of <way>".
    """
    if method.treasury_account is not None and (method.treasury_account.label or "").strip():
        return str(method.treasury_account.label).strip()
    way = method_label(method.processor, method.name) or str(method.treasury_account_id or "")
    return QCoreApplication.translate("Payment", "Account of %s") % way
