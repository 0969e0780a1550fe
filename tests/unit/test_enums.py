"""The server's words are read leniently, the same way for every kind: unknown ones are UNKNOWN, never an error."""

from __future__ import annotations

from typing import Any

import pytest

from genuka_desk.models import BillingStatus, OrderState, ShippingMode, ShippingStatus
from genuka_desk.models.enums import ServerWord


@pytest.mark.parametrize("kind", [ShippingStatus, BillingStatus, ShippingMode])
@pytest.mark.parametrize("odd", [None, 3, "", "  ", "teleported", ["paid"], {"status": "paid"}])
def test_a_word_the_desk_does_not_know_is_unknown(kind: type[ServerWord], odd: Any) -> None:
    assert kind.parse(odd) is kind["UNKNOWN"]


@pytest.mark.parametrize("kind", [ShippingStatus, BillingStatus, ShippingMode])
def test_every_word_is_read_in_any_case_with_spaces_around(kind: type[ServerWord]) -> None:
    for word in kind:
        assert kind.parse(f"  {word.value.upper()} ") is word


def test_cancelled_is_the_billing_status_only() -> None:
    assert BillingStatus.parse("Cancelled") is BillingStatus.CANCELED
    assert ShippingStatus.parse("cancelled") is ShippingStatus.UNKNOWN
    assert ShippingMode.parse("canceled") is ShippingMode.UNKNOWN


def test_a_clerk_chooses_among_the_known_words() -> None:
    assert ShippingStatus.settable() == [
        ShippingStatus.PENDING,
        ShippingStatus.TAKEN_IN_CHARGE,
        ShippingStatus.DELIVERED,
        ShippingStatus.PARTIAL_DELIVERY,
    ]
    assert BillingStatus.UNKNOWN not in BillingStatus.settable() and len(BillingStatus.settable()) == 5


def test_the_state_is_a_number() -> None:
    assert OrderState.parse(3) is OrderState.SALES_ORDER and OrderState.parse("2") is OrderState.QUOTATION
    assert OrderState.parse(7) is OrderState.UNKNOWN and OrderState.parse("x") is OrderState.UNKNOWN
