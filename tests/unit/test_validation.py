"""Local validation: nothing invalid is queued, each problem says why."""

from __future__ import annotations

from decimal import Decimal

import pytest

from genuka_desk.models import LineChange, NewLine, Order, OrderEdit, validate_edit
from tests.support.fixtures import load_fixture


@pytest.fixture
def order() -> Order:
    return Order.from_raw(load_fixture("order-update.response.json"))


def codes(order: Order, edit: OrderEdit) -> dict[str, str]:
    return {p.key: p.code for p in validate_edit(order, edit)}


def test_a_good_edit_has_no_problem(order: Order) -> None:
    edit = OrderEdit(
        fields={
            "shipping.address.line1": "Akwa, rue 12",
            "billing.address.phone": "+237 699 00 00 00",
            "billing.address.email": "gaelle@example.cm",
            "shipping.status": "delivered",
            "billing.scheduled_at": "2026-01-02",
        },
        lines={"4839": LineChange(quantity=3, price=Decimal(12500))},
    )
    assert validate_edit(order, edit) == []


@pytest.mark.parametrize(("quantity", "code"), [(0, "quantity_min"), (-2, "quantity_min"), (2_000_000, "quantity_max")])
def test_quantities(order: Order, quantity: int, code: str) -> None:
    assert codes(order, OrderEdit(lines={"4839": LineChange(quantity=quantity)})) == {"lines.4839.quantity": code}


def test_prices(order: Order) -> None:
    assert codes(order, OrderEdit(lines={"4839": LineChange(price=Decimal(-1))})) == {"lines.4839.price": "price_min"}


@pytest.mark.parametrize(
    ("key", "value", "code"),
    [
        ("billing.address.email", "[email protected]", "email_invalid"),
        ("billing.address.email", "no at sign", "email_invalid"),
        ("shipping.address.phone", "call me", "phone_invalid"),
        ("shipping.status", "shipped", "status_unknown"),
        ("billing.status", "refunded", "status_unknown"),
        ("shipping.mode", "drone", "mode_unknown"),
        ("shipping.amount", "-5", "amount_invalid"),
        ("billing.scheduled_at", "31/02/2024", "date_invalid"),
        ("reference", "#X", "not_editable"),
        ("shipping.address.city", 12, "text_expected"),
    ],
)
def test_fields(order: Order, key: str, value: object, code: str) -> None:
    assert codes(order, OrderEdit(fields={key: value})) == {key: code}


def test_empty_email_and_phone_are_allowed(order: Order) -> None:
    assert validate_edit(order, OrderEdit(fields={"billing.address.email": "", "billing.address.phone": None})) == []


def test_unknown_line_and_last_line_removal(order: Order) -> None:
    assert codes(order, OrderEdit(lines={"999": LineChange(quantity=1)})) == {"lines.999": "line_unknown"}
    assert codes(order, OrderEdit(removed_lines=["4839"])) == {"lines": "lines_empty"}
    new = NewLine(product_id="p", title="x", quantity=1, price=Decimal(1))
    assert validate_edit(order, OrderEdit(removed_lines=["4839"], added_lines=[new])) == []


def test_new_line_checks(order: Order) -> None:
    new = NewLine(product_id="", title="x", quantity=0, price=Decimal(-3))
    found = codes(order, OrderEdit(added_lines=[new]))
    assert set(found.values()) == {"product_missing", "quantity_min", "price_min"}


def test_an_address_keeps_street_city_and_country(order: Order) -> None:
    # The server refuses an inline address without line1, city and country.
    assert codes(order, OrderEdit(fields={"shipping.address.city": "  "})) == {
        "shipping.address.city": "address_required"
    }


def test_a_new_address_needs_its_required_parts(order: Order) -> None:
    raw = order.raw_view
    raw.get("billing", {}).pop("address", None)
    bare = Order.from_raw(raw)
    found = codes(bare, OrderEdit(fields={"billing.address.phone": "+237 699 00 00 00"}))
    assert found == {f"billing.address.{name}": "address_required" for name in ("line1", "city", "country")}
    whole = {"billing.address.line1": "Rue 1", "billing.address.city": "Douala", "billing.address.country": "CM"}
    assert validate_edit(bare, OrderEdit(fields=whole)) == []


def test_a_cancelled_order_takes_no_edit(order: Order) -> None:
    raw = order.raw_view
    raw["deleted_at"] = "2026-11-24T09:00:00.000000Z"
    cancelled = Order.from_raw(raw)
    assert codes(cancelled, OrderEdit(fields={"shipping.status": "delivered"})) == {"order": "order_cancelled"}
    assert validate_edit(cancelled, OrderEdit()) == []


def test_status_side_effects_are_a_rule_of_the_models() -> None:
    from genuka_desk.models import SideEffect, status_side_effect

    assert status_side_effect("billing", "pending", "paid") is SideEffect.CREDIT_NOTE
    assert status_side_effect("billing", "pending", "pending") is None
    assert status_side_effect("billing", "canceled") is SideEffect.PAYMENT_CANCELLED
    assert status_side_effect("shipping", "pending", "delivered") is None
    assert status_side_effect("billing", "paid", "pending") is None


def test_an_edit_without_the_parts_the_server_refused() -> None:
    from genuka_desk.models import LineChange, NewLine, OrderEdit

    edit = OrderEdit(
        fields={"shipping.address.city": "Kribi", "shipping.address.line1": "Rue 1", "billing.status": "paid"},
        lines={"7": LineChange(quantity=3)},
        removed_lines=["8"],
        added_lines=[NewLine(product_id="p", title="Sac", quantity=1, price=1000)],
    )
    assert edit.without(["products"]) == OrderEdit(fields=edit.fields)
    rest = edit.without(["shipping.address"])
    assert rest.fields == {"billing.status": "paid"} and rest.lines == edit.lines and rest.removed_lines == ["8"]
    assert edit.without(["shipping.address.city"]).fields == {
        "shipping.address.line1": "Rue 1",
        "billing.status": "paid",
    }
    assert edit.without(["nothing.named"]) == edit


def test_a_line_edit_is_refused_when_line_discounts_are_counted_but_not_shown() -> None:
    from genuka_desk.models import LineChange, Order, OrderEdit, validate_edit
    from tests.support.fixtures import load_fixture

    raw = load_fixture("order-update.response.json")
    raw = raw.get("data", raw)
    line_id = str(raw["order_products"][0]["id"])
    edit = OrderEdit(lines={line_id: LineChange(quantity=3)})
    assert validate_edit(Order.from_raw(raw), edit) == []
    hidden = {**raw, "billing": {**raw["billing"], "line_discounts_total": 500}}
    assert [p.code for p in validate_edit(Order.from_raw(hidden), edit)] == ["line_discounts_hidden"]
    shown = {**hidden, "order_products": [{**raw["order_products"][0], "discounts": [{"discount_type": "fixed"}]}]}
    assert validate_edit(Order.from_raw(shown), edit) == []
    assert validate_edit(Order.from_raw(hidden), OrderEdit(fields={"shipping.status": "delivered"})) == []
