"""A sale's draft: phone numbers in one form, the documented create body, the local copy, the checks."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from genuka_desk.models import (
    NewCustomer,
    NewOrder,
    NewOrderLine,
    Order,
    is_local_id,
    local_reference,
    new_local_id,
    normal_phone,
    validate_new_order,
    whatsapp_link,
)


@pytest.mark.parametrize(
    ("typed", "normal"),
    [
        ("699000000", "+237699000000"),
        ("6 99 00 00 00", "+237699000000"),
        ("699-00-00-00", "+237699000000"),
        ("+237 699 00 00 00", "+237699000000"),
        ("00237 699 000 000", "+237699000000"),
        ("237699000000", "+237699000000"),
        ("0699000000", "+237699000000"),
        ("233 42 12 34", "+237233421234"),
        ("+33 6 12 34 56 78", "+33612345678"),
        ("12345", None),
        ("599000000", None),
        ("+237 599 00 00 00", None),
        ("six", None),
        ("", None),
    ],
)
def test_phone_numbers_as_clerks_type_them(typed: str, normal: str | None) -> None:
    assert normal_phone(typed) == normal


def test_a_whatsapp_link_carries_the_number_with_its_country_code() -> None:
    assert whatsapp_link("6 99 00 00 00") == "https://wa.me/237699000000"
    assert whatsapp_link("+33 6 12 34 56 78") == "https://wa.me/33612345678"
    assert whatsapp_link("not a phone") is None and whatsapp_link(None) is None


def sale(**extra: object) -> NewOrder:
    draft = NewOrder(
        customer=NewCustomer(first_name="Awa", last_name="Bello", phone="+237699000000"),
        created_at=datetime(2026, 12, 1, 9, 30, 5, 123456, tzinfo=UTC),
        **extra,  # type: ignore[arg-type]
    )
    draft.add(NewOrderLine(product_id="p1", variant_id="v1", title="Savon", quantity=2, price=Decimal(1500)))
    draft.add(NewOrderLine(product_id="p1", variant_id="v1", title="Savon", quantity=1, price=Decimal(1500)))
    draft.add(NewOrderLine(title="Sac tressé", quantity=1, price=Decimal("2000.50")))
    return draft


def test_the_create_body_holds_only_what_the_clerk_gave_in_the_documented_shape() -> None:
    body = sale(paid_amount=Decimal(5000), method="cash").create_body()
    assert body == {
        "source": "POS",
        "currency": "XAF",
        "customer": {"first_name": "Awa", "last_name": "Bello", "phone": "+237699000000"},
        "products": [
            {"title": "Savon", "price": 1500, "quantity": 3, "product_id": "p1", "variant_id": "v1"},
            {"title": "Sac tressé", "price": 2000.5, "quantity": 1},
        ],
        "shipping": {"mode": "pickup"},
        # No billing: billing.amount records no payment on Genuka; the money goes as a payment of its own.
        "created_at": "2026-12-01T09:30:05.000000Z",  # whole seconds: how the desk finds it again
    }
    delivery = sale(mode="delivery", address={"line1": "Akwa", "city": "Douala", "country": "Cameroon", "line2": ""})
    delivery.scheduled_at = date(2026, 12, 3)
    shipping = delivery.create_body()["shipping"]
    assert shipping == {
        "mode": "delivery",
        "address": {"line1": "Akwa", "city": "Douala", "country": "Cameroon"},
        "scheduled_at": "2026-12-03",
    }
    assert "billing" not in sale().create_body()


def test_a_known_customer_goes_by_id_alone_so_their_record_is_not_rewritten() -> None:
    known = NewCustomer(id="01kcust", first_name="Jean Pierre", last_name="ONANA", phone="+237699000001")
    assert NewOrder(customer=known).create_body()["customer"] == {"id": "01kcust"}
    typed = NewCustomer(first_name="Awa", last_name="", phone="+237699000000", email="")
    assert NewOrder(customer=typed).create_body()["customer"] == {"first_name": "Awa", "phone": "+237699000000"}


def test_the_money_taken_with_a_sale_is_a_payment_of_its_own() -> None:
    draft = sale(paid_amount=Decimal(5000), method="cash", treasury_account_id="acc1", tendered=Decimal(10000))
    payment = draft.payment()
    assert payment is not None and payment.body() == {
        "amount": 5000,
        "method": "cash",
        "treasury_account_id": "acc1",
        "date": "2026-12-01",
    }
    assert payment.tendered == Decimal(10000)
    assert payment.key == draft.payment().key  # type: ignore[union-attr]  # one identity across tries
    assert sale().payment() is None and sale(paid_amount=Decimal(0)).payment() is None
    late = sale(paid_amount=Decimal(1), method="cash")
    late.created_at = datetime(2026, 12, 1, 23, 30, tzinfo=UTC)
    assert late.payment().paid_on == date(2026, 12, 2)  # type: ignore[union-attr]  # its day in Douala


def test_the_local_copy_reads_as_an_order_with_its_temporary_reference() -> None:
    order_id = new_local_id()
    assert is_local_id(order_id) and not is_local_id("01k76xt7z87katy392s6w335cp")
    order = Order.from_raw(sale(paid_amount=Decimal(7000), method="cash").local_body(order_id, local_reference(7)))
    assert order.reference == "DESK-0007" and str(order.id) == order_id
    assert order.amount == Decimal("6500.50") and order.item_count == 4
    assert [(line.title, line.quantity) for line in order.lines] == [("Savon", 3), ("Sac tressé", 1)]
    # Unpaid as the server creates it: the sale's queued payment lays the money on it.
    assert order.customer_phone == "+237699000000" and order.billing_status.value == "pending"
    assert order.balance == Decimal("6500.50") and order.payments == []


def test_the_checks_name_what_stops_a_sale() -> None:
    assert validate_new_order(sale()) == []
    empty = NewOrder()
    assert {p.code for p in validate_new_order(empty)} == {"customer_required", "lines_empty"}
    draft = sale(mode="delivery", address={"line1": "Akwa"}, paid_amount=Decimal(10**6))
    draft.customer.phone = "699"
    draft.lines[0].quantity = 0
    keys = {p.key: p.code for p in validate_new_order(draft)}
    assert keys == {
        "customer.phone": "phone_invalid",
        f"lines.+{draft.lines[0].key}.quantity": "quantity_min",
        "shipping.address.city": "address_required",
        "shipping.address.country": "address_required",
        "billing.amount": "paid_too_much",
        "billing.method": "method_required",
    }
    draft = sale(paid_amount=Decimal(100), method="cash")
    assert {p.key: p.code for p in validate_new_order(draft)} == {"billing.treasury_account_id": "account_required"}


def test_a_sale_is_recognised_only_in_its_own_shop() -> None:
    from genuka_desk.sync.creations import is_our_sale

    draft = sale(shop_id="shop-a")
    body = draft.local_body("01order", "#ORDER_1")
    assert is_our_sale(Order.from_raw({**body, "shop_id": "shop-a"}), draft)
    assert not is_our_sale(Order.from_raw({**body, "shop_id": "shop-b"}), draft)
    assert is_our_sale(Order.from_raw(body), draft)  # a body without its shop says nothing against it
