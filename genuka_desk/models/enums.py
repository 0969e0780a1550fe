"""Order statuses, with an ``UNKNOWN`` fallback so a new server value never crashes."""

from __future__ import annotations

from enum import IntEnum, StrEnum
from typing import Any, Self

# The server's other spellings of its words: ``cancelled`` (two l) is ``canceled``.
_SPELLINGS = {"cancelled": "canceled"}


class ServerWord(StrEnum):
    """A word the server sends (a status, a mode): read in any case; one this desk does not know is ``UNKNOWN``.

    The words of a subclass include ``UNKNOWN``.
    """

    @classmethod
    def parse(cls, value: Any) -> Self:
        """The member ``value`` names (case and spaces around ignored); UNKNOWN for anything else."""
        if isinstance(value, str):
            text = value.strip().lower()
            try:
                return cls(_SPELLINGS.get(text, text))
            except ValueError:
                pass
        return cls["UNKNOWN"]

    @classmethod
    def settable(cls) -> list[Self]:
        """The values a clerk may choose (all but UNKNOWN)."""
        return [word for word in cls if word.name != "UNKNOWN"]


class Side(StrEnum):
    """Which half of an order: billing (its payment) or shipping (its fulfilment)."""

    BILLING = "billing"
    SHIPPING = "shipping"


class Keep(StrEnum):
    """How a conflict is settled: the clerk's values over the server's, or the server's."""

    MINE = "mine"
    THEIRS = "theirs"


class ShippingStatus(ServerWord):
    """Fulfilment status (``shipping.status``)."""

    PENDING = "pending"
    TAKEN_IN_CHARGE = "taken_in_charge"
    DELIVERED = "delivered"
    PARTIAL_DELIVERY = "partial_delivery"
    UNKNOWN = "unknown"


class BillingStatus(ServerWord):
    """Payment status (``billing.status``); the API spells canceled with one l (``cancelled`` is read too)."""

    PENDING = "pending"
    PAID = "paid"
    PARTIALLY_PAID = "partially_paid"
    UNPAID = "unpaid"
    CANCELED = "canceled"
    UNKNOWN = "unknown"


class OrderState(IntEnum):
    """The integer ``state`` of an order."""

    UNKNOWN = 0
    INVOICE = 1
    QUOTATION = 2
    SALES_ORDER = 3

    @classmethod
    def parse(cls, value: Any) -> OrderState:
        """Map 1/2/3 (or their strings) to a member, anything else to UNKNOWN."""
        if type(value) is int and 0 <= value <= 3:
            return _STATES[value]  # the common case, without the enum's lookup
        from .coerce import to_int

        number = to_int(value)
        try:
            return cls(number) if number is not None else cls.UNKNOWN
        except ValueError:
            return cls.UNKNOWN


_STATES = tuple(OrderState(n) for n in range(4))


class ShippingMode(ServerWord):
    """How the goods reach the customer."""

    DELIVERY = "delivery"
    PICKUP = "pickup"
    UNKNOWN = "unknown"


# The channels a sale taken here can come from (the ``source`` of POST /admin/orders).
SOURCES = ("POS", "WHATSAPP", "PHONE", "FACEBOOK", "INSTAGRAM", "WEB")


def is_cancelled(deleted_at: Any, status: Any) -> bool:
    """The rule :attr:`Order.cancelled` and the list's column share: a deletion or a cancelled status."""
    if deleted_at not in (None, ""):
        return True
    return isinstance(status, str) and status.strip().lower() in ("cancelled", "canceled")
