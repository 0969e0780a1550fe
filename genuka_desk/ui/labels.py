"""Words the clerk sees for statuses and sync marks, translated through Qt."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..models import BillingStatus, ShippingStatus


def _t(text: str) -> str:
    return QCoreApplication.translate("Status", text)


def shipping_label(status: ShippingStatus) -> str:
    """The fulfilment status in the clerk's language."""
    return {
        ShippingStatus.PENDING: _t("Pending"),
        ShippingStatus.TAKEN_IN_CHARGE: _t("Taken in charge"),
        ShippingStatus.DELIVERED: _t("Delivered"),
        ShippingStatus.PARTIAL_DELIVERY: _t("Partly delivered"),
    }.get(status, _t("Unknown"))


def billing_label(status: BillingStatus) -> str:
    """The payment status in the clerk's language."""
    return {
        BillingStatus.PENDING: _t("Awaiting payment"),
        BillingStatus.PAID: _t("Paid"),
        BillingStatus.PARTIALLY_PAID: _t("Partly paid"),
        BillingStatus.UNPAID: _t("Unpaid"),
        BillingStatus.CANCELED: _t("Canceled"),
    }.get(status, _t("Unknown"))


def sync_label(pending: int, failed: bool, conflict: bool) -> str:
    """The row's sync mark as words (tooltips and CSV)."""
    if conflict:
        return _t("Conflict: a colleague changed the same field")
    if failed:
        return _t("Refused by the server")
    if pending:
        return _t("Waiting to be sent")
    return ""
