"""Send to the customer: the order's e-mail by Genuka (``notify``, queued) and the WhatsApp link with its text.

Genuka's ``notify`` e-mails the order's confirmation to the customer (and to
the shop's users who view orders); it has no WhatsApp channel
(06-orders-sales.md). WhatsApp is a ``wa.me`` link the clerk opens: a chat
with the customer's phone, opening with the receipt or invoice in short and,
once the order is on the server, its public page on Genuka. Both in the
customer's language (``customer.preferred_language``), else the desk's.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import models as _models
from .errors import ServiceError

if TYPE_CHECKING:
    # The paper's facts load the models: after the list is painted, not before (ui/early.py).
    from .. import store as _store
    from .core import ServiceCore
    from .paper import PaperKind
    from .send_text import SendWords
    from .shop import Shop

log = logging.getLogger(__name__)

LANGUAGES = ("fr", "en")
NO_EMAIL = "This customer has no e-mail address: Genuka sends its e-mail only to one. Send it by WhatsApp."


@dataclass(frozen=True)
class SendPlan:
    """What can be sent to an order's customer, and how."""

    order_id: str
    reference: str
    customer: str
    email: str  # "" when the customer has none: no e-mail by Genuka
    phone: str  # "" when there is none: no WhatsApp
    language: str  # the customer's, else the desk's
    on_server: bool  # False: a sale not synced yet, so no public link until it is


def customer_language(order: _models.Order, desk: str) -> str:
    """``fr`` or ``en``: the customer's ``preferred_language`` (05-customers-crm.md) when it is one, else ``desk``."""
    customer = order.raw_view.get("customer")
    wanted = customer.get("preferred_language") if isinstance(customer, dict) else None
    code = str(wanted or "").strip().lower()[:2]
    return code if code in LANGUAGES else (desk if desk in LANGUAGES else "en")


class Sending:
    """The e-mail by Genuka (queued, sent once at most) and the WhatsApp link (offline too)."""

    def __init__(self, core: ServiceCore, shop: Shop) -> None:
        """The capability over ``core``; the message reads the order's papers from ``shop``."""
        self._core = core
        self._shop = shop

    def plan(self, key: str, desk_language: str) -> SendPlan:
        """What the order's customer can be sent (raises :class:`OrderNotFound`)."""
        order = self._core.order(key)
        email = (order.customer.email or "").strip() if order.customer else ""
        phone = order.customer_phone
        return SendPlan(
            order_id=str(order.id),
            reference=order.reference or str(order.id),
            customer=order.customer_name,
            email=email if _models.is_valid_email(email) else "",
            phone=phone if _models.whatsapp_link(phone) else "",
            language=customer_language(order, desk_language),
            on_server=not _models.is_local_id(str(order.id)),
        )

    def link(self, key: str, kind: PaperKind) -> str | None:
        """The order's public page on Genuka (None until the server has the order)."""
        from .send_text import public_link

        return public_link(self._core.client.base_url, self._core.order_id(key), kind)

    def message(self, key: str, kind: PaperKind, words: SendWords, clerk: str = "") -> str:
        """The WhatsApp message in ``words``' language: the receipt or invoice in short, and its link when known."""
        facts = self._shop.paper(key, clerk)
        from .send_text import message_text

        return message_text(facts, kind, words, self.link(key, kind))

    def whatsapp(self, key: str, kind: PaperKind, words: SendWords) -> str:
        """The ``wa.me`` link that opens a chat with the customer with the message typed in."""
        order = self._core.order(key)
        link = _models.whatsapp_link(order.customer_phone, self.message(key, kind, words))
        if link is None:
            raise ServiceError("This order has no phone number for WhatsApp.")
        return link

    async def email(self, key: str, language: str) -> _store.Change:
        """Queue Genuka's e-mail of the order to its customer, in ``language``: shown at once, sent once at most.

        Raises :class:`ServiceError` (nothing queued) when the customer has no e-mail address
        or the order is cancelled.
        """
        order = self._core.order(key)
        email = (order.customer.email or "").strip() if order.customer else ""
        if not _models.is_valid_email(email):
            raise ServiceError(NO_EMAIL)
        if order.cancelled:
            raise ServiceError("This order is cancelled: it is not sent to the customer.")
        lang = language if language in LANGUAGES else "en"
        change = self._core.store.notices.enqueue_notice(str(order.id), lang)
        log.info("queued the e-mail of order %s to its customer (%s)", change.order_ref or order.id, lang)
        self._core.changed((str(order.id),))
        return change
