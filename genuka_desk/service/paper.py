"""What the printed documents say of an order: facts only, from the local copy (so they print offline).

The invoice, the receipt and the delivery slip are laid out by the GUI
(``ui/paper``), in the clerk's language; this module gathers their content:
the shop as Genuka gives it (``GET /admin/company``, kept at each sync, its
logo too), the order's reference (a sale not created yet prints under its
temporary reference, marked so), the customer, the lines, the totals, the
payments and the balance; for a cash payment taken here with more handed
over, the cash given and the change (kept on this computer only: Genuka has
no field for them); and the clerk by the name Genuka knows them by, never an
email address.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from .. import models as _models
from .. import store as _store
from .. import sync as _sync
from ..models.auth import person_name
from ..models.owed import order_owes
from ..models.phone import phone_text
from ..store.cash_given import CashGiven


class PaperKind(StrEnum):
    """The three documents."""

    INVOICE = "invoice"  # A4, with prices
    RECEIPT = "receipt"  # a thermal roll, 58 or 80 mm wide, with a QR code
    SLIP = "slip"  # the delivery slip for the courier: no prices, a QR code


@dataclass(frozen=True)
class Shop:
    """The shop as the documents head it."""

    name: str
    address: list[str] = field(default_factory=list)
    phone: str = ""
    email: str = ""
    tax_ids: list[tuple[str, str]] = field(default_factory=list)  # ("rccm" | "fiscal_id", value)
    logo: bytes | None = None


@dataclass(frozen=True)
class PaperLine:
    """One line as printed."""

    title: str
    detail: str  # variant and SKU
    quantity: int
    unit: Decimal
    total: Decimal
    discount: Decimal = Decimal(0)  # what the line's discounts take off its total (shown under it)


@dataclass(frozen=True)
class PaperPayment:
    """One payment as printed."""

    day: date | None
    amount: Decimal
    method: str  # the way's name as Genuka gives it ("Orange Money")
    queued: bool  # taken here, not on the server yet
    tendered: Decimal | None = None  # the cash handed over, when more than the amount (a cash payment taken here)
    change: Decimal | None = None  # the change given back then
    processor: str = ""  # the way as the server names it ("cash": the document says it in the clerk's words)


@dataclass(frozen=True)
class PaperFacts:
    """Everything a document of one order carries."""

    order_id: str
    reference: str
    temporary: bool  # a sale not created on the server yet: its reference is the desk's
    created_at: datetime | None
    shop: Shop
    customer: str  # the name; a customer known by their phone alone: the phone
    customer_phone: str  # beside a name ("" when the phone is the customer line)
    delivery: list[str]  # the shipping address, a line each (empty: pickup)
    pickup: bool
    scheduled: date | None
    lines: list[PaperLine]
    totals: _models.Totals  # amount_due: what is still owed (the server's figure)
    payments: list[PaperPayment]
    currency: str
    clerk: str  # the clerk's name as Genuka gives it ("" when it gives none: never an email address)
    qr: str  # what the QR code holds: the order's reference
    discount_names: tuple[str, ...] = ()  # the order's discounts by their code and title ("SUMMER25 Summer Sale")


def _obj(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _text(value: Any) -> str:
    """A text or a number as printed; anything else (nothing, an object, a list, true/false) prints nothing."""
    if isinstance(value, bool) or not isinstance(value, str | int | float | Decimal):
        return ""
    return " ".join(str(value).split())


def shop_of(store: _store.LocalStore, order: _models.Order) -> Shop:
    """The shop from the profile kept at the last sync, else from what the order carries.

    Read where ``GET /admin/company`` documents each fact (19-company-settings.md):
    ``address.line1``, ``zip``, ``city``, ``country`` and ``phone``; the tax
    numbers ``metadata.rccm`` and ``metadata.fiscalID``; ``metadata.contact``'s
    ``email`` and ``phone``. What is missing is left out, labels and all.
    """
    profile: dict[str, Any] = json.loads(store.cache.get_meta(_sync.COMPANY_KEY) or "{}")
    if not isinstance(profile, dict):
        profile = {}
    address = _obj(profile.get("address"))
    metadata = _obj(profile.get("metadata"))
    contact = _obj(metadata.get("contact"))
    lines = [
        _text(address.get("line1")),
        " ".join(p for p in (_text(address.get("zip")), _text(address.get("city"))) if p),
    ]
    country = _text(address.get("country"))
    if country:
        lines.append(country)
    taxes = [(key, _text(metadata.get(name))) for key, name in (("rccm", "rccm"), ("fiscal_id", "fiscalID"))]
    logo_meta: dict[str, Any] = json.loads(store.cache.get_meta(_sync.LOGO_KEY) or "{}")
    logo = base64.b64decode(logo_meta["image"]) if isinstance(logo_meta, dict) and logo_meta.get("image") else None
    name = (
        _text(profile.get("name"))
        or (_text(order.company.name) if order.company else "")
        or _text(order.shop.name if order.shop else "")
    )
    return Shop(
        name=name,
        address=[line for line in lines if line],
        phone=_text(address.get("phone")) or _text(contact.get("phone")),
        email=_text(contact.get("email")),
        tax_ids=[(key, value) for key, value in taxes if value],
        logo=logo,
    )


def paper_facts(
    store: _store.LocalStore, order: _models.Order, methods: list[_models.PaymentMethod], clerk: str
) -> PaperFacts:
    """The facts of ``order`` (as the clerk sees it, waiting changes laid on it)."""
    totals = _models.order_totals(order)
    names = {str(m.processor or m.name): str(m.name or m.processor) for m in methods if m.processor or m.name}
    address = order.shipping_address
    pickup = bool(order.shipping and order.shipping.mode and order.shipping.mode.value == "pickup")
    delivery: list[str] = []
    if address is not None and not pickup:
        who = " ".join(p for p in (_text(address.first_name), _text(address.last_name)) if p)
        city = " ".join(p for p in (_text(address.postal_code), _text(address.city)) if p)
        delivery = [p for p in (who, _text(address.line1), _text(address.line2), city, _text(address.country)) if p]
        if address.phone:
            delivery.append(phone_text(_text(address.phone)))
    scheduled = order.shipping.scheduled_at if order.shipping else None
    lines = []
    for line in order.lines:
        detail = " · ".join(p for p in (line.variant_title or "", line.sku or "") if p)
        unit = line.price or Decimal(0)
        quantity = int(line.quantity or 0)
        lines.append(PaperLine(line.title, detail, quantity, unit, unit * quantity, line.discount_off))
    reference = order.reference or str(order.id)
    total = order.amount if order.amount is not None else totals.total
    # A sale to a phone alone is named by its phone (as the list names it), not "Customer: —" and the phone below.
    name, phone = order.customer_name.strip(), phone_text(order.customer_phone)  # as known customers' are written
    return PaperFacts(
        order_id=str(order.id),
        reference=reference,
        temporary=_models.is_local_id(str(order.id)),
        created_at=order.created_at,
        shop=shop_of(store, order),
        customer=name or phone,
        customer_phone=phone if name else "",
        delivery=delivery,
        pickup=pickup,
        scheduled=scheduled.date() if scheduled is not None else None,
        lines=lines,
        # What is really owed (models.owed): nothing on a cancelled order or payment status, or a quotation.
        totals=replace(totals, total=total, paid=total - order.balance, amount_due=order_owes(order)),
        payments=_payments(order.payments, names, store.payments.cash_given(str(order.id))),
        currency=order.currency_code,
        clerk=person_name(clerk) or "",
        qr=reference,
        discount_names=discount_names(order),
    )


def discount_names(order: _models.Order) -> tuple[str, ...]:
    """The order-level discounts the server shows, by code and title (the shape is not documented: both read)."""
    found = order.extra("discounts")
    names = []
    for item in found if isinstance(found, list) else []:
        entry = _obj(item)
        inner = _obj(entry.get("discount"))  # a pivot-like entry holding the discount itself
        code = _text(entry.get("code") or inner.get("code"))
        title = _text(entry.get("title") or inner.get("title"))
        name = " ".join(p for p in (code, title if title != code else "") if p)
        if name:
            names.append(name)
    return tuple(names)


def _payments(payments: list[_models.Payment], names: dict[str, str], cash: list[CashGiven]) -> list[PaperPayment]:
    """The payments as printed, each cash one taken here with the cash handed over and the change.

    A payment waiting to be sent is known by its key; once on the server it has
    an id of the server's, and is known by its amount and way (a payment since
    deleted is no longer on the order: its cash is not printed).
    """
    found: dict[int, CashGiven] = {}
    left = list(cash)
    for waiting in (True, False):
        for n, p in enumerate(payments):
            if p.queued != waiting:
                continue
            note = next((c for c in left if _same_payment(c, p)), None)
            if note is not None:
                found[n] = note
                left.remove(note)
    return [
        PaperPayment(
            _day(p.paid_at or p.created_at),
            p.amount or Decimal(0),
            names.get(p.method or "", p.method or ""),
            p.queued,
            tendered=found[n].tendered if n in found else None,
            change=found[n].change if n in found else None,
            processor=p.method or "",
        )
        for n, p in enumerate(payments)
    ]


def _same_payment(cash: CashGiven, payment: _models.Payment) -> bool:
    if payment.queued:
        return payment.id == cash.local_id
    return payment.amount == cash.amount and (payment.method or "").strip().lower() == cash.method.strip().lower()


def _day(moment: datetime | None) -> date | None:
    return None if moment is None else moment.date()
