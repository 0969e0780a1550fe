"""Every real body parses; odd shapes and unknown values never crash."""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

from genuka_desk.models import (
    BillingStatus,
    Customer,
    LoginResult,
    Order,
    OrderState,
    Product,
    ShippingMode,
    ShippingStatus,
    is_valid_email,
    parse_page,
)
from tests.support.fixtures import load_fixture


def test_update_response_parses_into_the_seed_order() -> None:
    order = Order.from_raw(load_fixture("order-update.response.json"))
    assert order.reference == "#ORDER_1174"
    assert order.state is OrderState.INVOICE
    assert order.shipping_status is ShippingStatus.PENDING
    assert order.billing_status is BillingStatus.PENDING
    assert order.shipping and order.shipping.mode is ShippingMode.DELIVERY
    assert order.amount == Decimal(80000)
    [line] = order.lines
    assert (line.id, line.title, line.price, line.quantity) == ("4839", "Sac bleu", Decimal(40000), 2)
    assert line.line_total == Decimal(80000)
    assert order.customer_name == "Gaëlle"
    assert order.company and [m.name for m in order.company.payment_methods] == ["Cash", "PawaPay", "NotchPay"]
    assert order.billing and order.billing.treasury_account and order.billing.treasury_account.label == "PawaPay"
    assert order.shop and order.shop.warehouses[0].name == "Bogan Inc Warehouse"
    # "18/01/2024" and "2024-01-18" are the same day.
    assert order.billing.scheduled_at and order.shipping.scheduled_at
    assert order.billing.scheduled_at.date() == order.shipping.scheduled_at.date()
    # Booleans as 0/1; the mangled email parses and is known to be invalid.
    assert order.addresses[0].is_billing is True and order.addresses[0].is_shipping is False
    assert order.user and order.user.email and "protected" in order.user.email
    assert not is_valid_email(order.user.email)


def test_request_body_parses() -> None:
    order = Order.from_raw(load_fixture("order-update.request.json"))
    assert order.products[0].pivot and order.products[0].pivot.variant
    assert order.products[0].pivot.variant.options == [0]
    assert order.metadata == {"matchingMediaIds": []}


def test_unknown_keys_are_kept_on_the_model() -> None:
    raw = load_fixture("order-update.response.json")
    raw["brand_new_field"] = {"x": 1}
    order = Order.from_raw(raw)
    assert order.extra("brand_new_field") == {"x": 1}
    assert order.raw["brand_new_field"] == {"x": 1}


def test_odd_shapes_of_one_body() -> None:
    raw: dict[str, Any] = copy.deepcopy(load_fixture("order-update.response.json"))
    raw["metadata"] = []
    raw["amount"] = "80000"
    raw["state"] = "3"
    raw["billing"]["status"] = "refunded_by_magic"  # a value that does not exist yet
    raw["shipping"]["status"] = None
    raw["shipping"]["address"] = []
    raw["customer"] = []
    raw["order_products"][0]["quantity"] = "2"
    raw["addresses"][0]["is_billing"] = True
    raw["addresses"][0]["email"] = "[email protected]"
    raw["deliveries"] = {}
    raw["company"]["paymentMethods"] = {"0": raw["company"]["paymentMethods"][0]}
    order = Order.from_raw(raw)
    assert order.metadata == {}
    assert order.amount == Decimal(80000)
    assert order.state is OrderState.SALES_ORDER
    assert order.billing_status is BillingStatus.UNKNOWN
    assert order.shipping_status is ShippingStatus.UNKNOWN
    assert order.shipping and order.shipping.address is None
    assert order.customer is None
    assert order.lines[0].quantity == 2
    assert not order.addresses[0].email_valid
    assert order.deliveries == []
    assert order.company and len(order.company.payment_methods) == 1


def test_garbage_values_become_none_not_errors() -> None:
    raw = {
        "id": "x",
        "amount": {"weird": True},
        "billing": "not an object",
        "order_products": [1, "two", None, {}],
        "created_at": 12,
        "reference": ["#1"],
        "shipping": {"amount": "free", "mode": "teleport"},
    }
    order = Order.from_raw(raw)
    assert order.amount is None
    assert order.billing is None
    assert len(order.order_products) == 1
    assert order.reference is None
    assert order.shipping and order.shipping.amount is None and order.shipping.mode is ShippingMode.UNKNOWN


def test_lines_fall_back_to_products_pivot() -> None:
    raw = load_fixture("order-update.response.json")
    del raw["order_products"]
    order = Order.from_raw(raw)
    [line] = order.lines
    assert (line.id, line.quantity, line.price, line.title) == ("4839", 2, Decimal(40000), "Sac bleu")


def test_cancelled_with_two_l_is_canceled() -> None:
    assert BillingStatus.parse("cancelled") is BillingStatus.CANCELED
    assert BillingStatus.parse("canceled") is BillingStatus.CANCELED
    assert ShippingStatus.parse("TAKEN_IN_CHARGE") is ShippingStatus.TAKEN_IN_CHARGE


def test_length_aware_page() -> None:
    page = parse_page(load_fixture("customers-list.paginated.json"), Customer.model_validate)
    assert (page.current_page, page.last_page, page.total, page.per_page, page.has_next) == (1, 1, 1, 2, False)
    assert page.items[0].full_name == "Test maintenant Test W"


def test_simple_page_with_per_page_as_string() -> None:
    page = parse_page(load_fixture("products-list.simple-paginate.json"), Product.model_validate)
    assert page.per_page == 1
    assert page.total is None and page.last_page is None
    assert page.has_next is True
    product = page.items[0]
    assert product.display_price == Decimal(6500)
    assert product.first_variant and product.first_variant.sku == "le paquet"


def test_pagination_block_page() -> None:
    body = {
        "data": [{"id": "a"}],
        "pagination": {"total": 31, "count": 1, "per_page": "15", "current_page": 2, "total_pages": 3},
    }
    page = parse_page(body, lambda raw: raw)
    assert (page.current_page, page.last_page, page.total, page.per_page, page.has_next) == (2, 3, 31, 15, True)


def test_login_answer_keeps_the_token_secret() -> None:
    body = load_fixture("auth-login.200.json")
    result = LoginResult.from_body(body)
    assert result.company_id == "01hqydxwtxdj3kmzp3bz7jk73g"
    assert result.can("orders.update")
    assert "redacted JWT" not in repr(result)
    assert result.access_token.get_secret_value() == "<redacted JWT>"
    assert LoginResult.from_body({"plainTextToken": "abc"}).access_token.get_secret_value() == "abc"
